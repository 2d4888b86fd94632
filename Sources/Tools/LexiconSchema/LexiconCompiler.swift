import Foundation

/// The build step behind the lexicon plugin: reads every table, checks it, and writes the
/// Swift source, or prints each problem as `file:line: error: …` and fails.
public enum LexiconCompiler {
    /// Compiles the tables at `inputs` into `output` (rewritten only when its text changes,
    /// so an unchanged lexicon does not recompile the module).
    ///
    /// - Returns: the problems found (nothing is written when there are any).
    /// - Throws: when a file cannot be read or the output cannot be written.
    public static func compile(inputs: [String], output: String) throws -> [LexiconDiagnostic] {
        var tables: [LexiconTable] = []
        var problems: [LexiconDiagnostic] = []
        for path in inputs.sorted() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(LexiconDiagnostic(file: path, line: 0, message: "not UTF-8 text"))
                continue
            }
            let (table, found) = LexiconTable.parse(text, file: path)
            problems += found
            if let table { tables.append(table) }
        }
        problems += LexiconValidator.problems(in: tables)
        guard problems.isEmpty else { return problems }
        let source = SwiftSourceWriter.source(for: tables)
        let url = URL(fileURLWithPath: output)
        if let old = try? String(contentsOf: url, encoding: .utf8), old == source { return [] }
        try source.write(to: url, atomically: true, encoding: .utf8)
        return []
    }
}
