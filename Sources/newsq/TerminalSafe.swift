import Query

/// The terminal side of `TerminalSafe` (defined in the Query module, so its formatter and
/// this executable escape the same way).
extension TerminalSafe {
    /// Output on its way to a terminal: everything `escape` escapes, except line breaks and
    /// tabs, which the formats use for layout.
    ///
    /// For example, `TerminalSafe.escapeOutput("a\t\u{1B}[2J\n")` is `"a\t\\e[2J\n"`.
    static func escapeOutput(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 >= 0x7F }) else {
            return text
        }
        if !text.utf8.contains(0x09) { return escape(text, keepLineBreaks: true) }
        return text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { escape(String($0), keepLineBreaks: true) }
            .joined(separator: "\t")
    }
}

extension TerminalSafe {
    /// Whether `text` holds anything `escape` would change (no completion offers such names:
    /// they cannot be typed back).
    static func hasControlCharacters(_ text: String) -> Bool {
        escape(text) != text
    }
}
