import ArgumentParser
import Foundation
import NewsFacts
import NewsqCLI

/// `newsq export --format nquads|csv|jsonl [--out FILE]`: every fact of the loaded corpus
/// with its source (article and sentence), for other tools; `--dir FOLDER` (csv or jsonl)
/// writes the relational tables of `TableSchema` instead, one file a table and `schema.sql`.
///
/// For example:
///
///     newsq export --data ~/wires --format nquads --out wires.nq
///     newsq export --format jsonl Data/extra.facts | head
///     newsq export --format csv --dir tables
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every fact with its source as N-Quads, CSV or JSON lines.",
        discussion: """
            N-Quads: entities are <newsq:entity/NAME>, predicates <newsq:p/NAME>, and each fact \
            sits in the graph <newsq:article/ID#s=N> naming its article and sentence; dates are \
            typed xsd:date, xsd:gYearMonth or xsd:gYear (decades <newsq:type/decade>), numbers \
            xsd:integer or xsd:double. A fact with qualifiers is also stated as an RDF reification \
            (a blank node with rdf:subject, rdf:predicate, rdf:object and one <newsq:q/KEY> a \
            qualifier) in the same graph. CSV and JSON lines carry the qualifiers as a column. \
            With --dir, CSV or JSON lines write the tables facts, qualifiers, entities and articles \
            into the folder, one file each, and schema.sql (their columns and types) beside them.
            """)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "nquads, csv or jsonl.")
    var format: ExportFormat = .nquads

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Option(help: "Write the tables (facts, qualifiers, entities, articles) and schema.sql into this folder.")
    var dir: String?

    @Argument(help: "Article files, folders, or curated facts files to load besides the data folder.")
    var files: [String] = []

    func run() throws {
        let store = FactStore()
        let report = corpus.load(into: store, files: files)
        if let dir {
            try writeTables(store, to: dir)
            if !report.problems.isEmpty { throw ExitCode(1) }
            return
        }
        let exporter = FactExporter(store: store, format: format)
        if let out {
            let file: FileOutput
            do { file = try FileOutput.create(out) } catch let error as OutputError {
                Console.reportLost(error)
                throw ExitCode(1)
            }
            var lost: OutputError?
            exporter.write { chunk in
                do { try file.write(chunk) } catch let error as OutputError { lost = error } catch {}
                return lost == nil
            }
            do { try file.close() } catch let error as OutputError { lost = lost ?? error }
            if let lost {
                Console.reportLost(lost)
                throw ExitCode(1)
            }
        } else {
            // Unchanged to a pipe or a file; escaped on a terminal (an article's text could
            // otherwise set the window title or write the clipboard).
            exporter.write { chunk in Console.outData(chunk) }
        }
        if !report.problems.isEmpty { throw ExitCode(1) }
    }

    func validate() throws {
        if dir != nil && out != nil { throw ValidationError("--dir and --out exclude each other") }
        if dir != nil && format == .nquads { throw ValidationError("--dir writes csv or jsonl tables, not nquads") }
    }

    /// The tables into `dir`, with a line on standard error counting each.
    private func writeTables(_ store: FactStore, to dir: String) throws {
        let exporter = TableExporter(store: store, format: format == .csv ? .csv : .jsonl)
        do {
            let counts = try exporter.write(to: dir)
            let summary = TableSchema.tables.map { "\(counts[$0.name] ?? 0) \($0.name)" }.joined(separator: ", ")
            Console.err("wrote \(summary) and schema.sql to \(dir)\n")
        } catch let error as OutputError {
            Console.reportLost(error)
            throw ExitCode(1)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
