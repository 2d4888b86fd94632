/// A problem in a lexicon file, with where it is: printed as `file:line: error: message`, the
/// form compilers use, so a build shows it as an error at that line.
public struct LexiconDiagnostic: Error, Equatable, CustomStringConvertible {
    /// The file as named on the command line (a path).
    public var file: String
    /// 1-based line number; 0 for a problem with the file as a whole.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(max(line, 1)): error: \(message)" }
}
