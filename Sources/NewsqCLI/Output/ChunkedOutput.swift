/// Writes a long answer a piece at a time, asking between pieces whether to stop: Ctrl-C at the
/// prompt stops the printing of an answer as it stops the computing of one.
///
/// For example, `ChunkedOutput.write(text, isCancelled: { Interrupt.isSet }, write: Console.out)`
/// writes a 10 MB table in pieces of about 16 kB, ending at a line break where it can.
enum ChunkedOutput {
    /// About how many bytes a piece holds.
    static let pieceBytes = 16_384

    /// Writes `text` with `write` in pieces of about `pieceBytes` (each ends at a line break
    /// when one comes within the next piece), and stops when `isCancelled` says so.
    ///
    /// - Returns: false when it stopped before the end.
    @discardableResult
    static func write(
        _ text: String, pieceBytes: Int = pieceBytes, isCancelled: () -> Bool, write: (String) -> Void
    ) -> Bool {
        let bytes = text.utf8
        guard bytes.count > pieceBytes else {
            write(text)
            return true
        }
        var start = bytes.startIndex
        while start < bytes.endIndex {
            if isCancelled() { return false }
            var end = bytes.index(start, offsetBy: pieceBytes, limitedBy: bytes.endIndex) ?? bytes.endIndex
            if end < bytes.endIndex {
                // Up to the next line break; else to the next character boundary.
                if let lineEnd = bytes[end...].prefix(pieceBytes).firstIndex(of: UInt8(ascii: "\n")) {
                    end = bytes.index(after: lineEnd)
                } else {
                    while end < bytes.endIndex && bytes[end] & 0xC0 == 0x80 { end = bytes.index(after: end) }
                }
            }
            write(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
        return true
    }
}
