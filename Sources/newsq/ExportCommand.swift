import ArgumentParser
import Foundation
import NewsFacts
import NewsqCLI

/// `newsq export --format nquads|csv|jsonl [--out FILE]`: every fact of the loaded corpus
/// with its source (article and sentence), for other tools.
///
/// For example:
///
///     newsq export --data ~/wires --format nquads --out wires.nq
///     newsq export --format jsonl Data/extra.facts | head
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every fact with its source as N-Quads, CSV or JSON lines.",
        discussion: """
            N-Quads: entities are <newsq:entity/NAME>, predicates <newsq:p/NAME>, and each fact \
            sits in the graph <newsq:article/ID#s=N> naming its article and sentence; dates are \
            typed xsd:date, xsd:gYearMonth or xsd:gYear (decades <newsq:type/decade>), numbers \
            xsd:integer or xsd:double. A fact with qualifiers is also stated as an RDF reification \
            (a blank node with rdf:subject, rdf:predicate, rdf:object and one <newsq:q/KEY> a \
            qualifier) in the same graph. CSV and JSON lines carry the qualifiers as a column.
            """)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "nquads, csv or jsonl.")
    var format: ExportFormat = .nquads

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Argument(help: "Article files, folders, or curated facts files to load besides the data folder.")
    var files: [String] = []

    func run() throws {
        let store = FactStore()
        let report = corpus.load(into: store, files: files)
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
}

extension ExportFormat: ExpressibleByArgument {}
