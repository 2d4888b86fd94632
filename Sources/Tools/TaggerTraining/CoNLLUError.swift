/// A CoNLL-U file that could not be read: which file, which line (1-based; 0 for the whole
/// file) and what was wrong there.
package struct CoNLLUError: Error, Equatable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var problem: String

    package var description: String {
        line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)"
    }
}
