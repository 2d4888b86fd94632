/// A facts file that cannot be read, with where: file, line and (when known) column.
///
/// Its description reads like a compiler's: `curated.facts:3:17: expected '|' after the predicate`.
public struct FactsFileError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int?
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(file):\(line)\(column.map { ":\($0)" } ?? ""): \(message)"
    }
}
