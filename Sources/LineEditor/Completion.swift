/// What a completion callback offers for the word at the cursor.
///
/// For example, with the line `.load Da` and the cursor at its end (offset 8), a callback
/// returns `Completion(replacementStart: 6, candidates: ["Data/"], listsBasenames: true)`:
/// the two bytes `Da` are replaced by `Data/` and, since it ends with `/`, no space follows.
///
/// Offsets count UTF-8 bytes of the line, as libedit reports them.
public struct Completion: Equatable, Sendable {
    /// Where the text being completed starts; it runs to the cursor.
    public var replacementStart: Int
    /// The full words that could replace that text, in the order to list them.
    public var candidates: [String]
    /// Whether to list only what follows the last `/` of each candidate (file paths).
    public var listsBasenames: Bool
    /// Whether a single match is followed by a space (never after a trailing `/`).
    public var appendsSpace: Bool

    public init(
        replacementStart: Int, candidates: [String], listsBasenames: Bool = false,
        appendsSpace: Bool = true
    ) {
        self.replacementStart = replacementStart
        self.candidates = candidates
        self.listsBasenames = listsBasenames
        self.appendsSpace = appendsSpace
    }

    /// No candidates.
    public static func none(at cursor: Int) -> Completion {
        Completion(replacementStart: cursor, candidates: [])
    }

    /// What pressing Tab does with these candidates.
    public enum Action: Equatable, Sendable {
        /// Nothing matches: ring the bell.
        case beep
        /// Replace the typed text by `text`; when `list` is not empty, show it under the line.
        case replace(with: String, list: [String])
    }

    /// Decides what Tab does, given the text typed between ``replacementStart`` and the cursor.
    ///
    /// One candidate replaces the typed text, followed by a space unless it ends with `/`.
    /// Several replace it by their longest common prefix (when that is at least as long as what
    /// was typed, so matching without regard to case never loses letters) and are listed.
    public func action(typed: String) -> Action {
        let unique = Completion.deduplicated(candidates)
        switch unique.count {
        case 0:
            return .beep
        case 1:
            let word = unique[0]
            let space = appendsSpace && !word.hasSuffix("/") ? " " : ""
            return .replace(with: word + space, list: [])
        default:
            let prefix = Completion.commonPrefix(unique)
            let text = prefix.count >= typed.count ? prefix : typed
            let shown = listsBasenames ? unique.map(Completion.basename) : unique
            return .replace(with: text, list: shown)
        }
    }

    // MARK: - Pure helpers

    /// The longest prefix, in whole characters, shared by every string.
    public static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map({ Substring($0) }) else { return "" }
        for word in words.dropFirst() {
            var i = prefix.startIndex, j = word.startIndex
            while i < prefix.endIndex, j < word.endIndex, prefix[i] == word[j] {
                i = prefix.index(after: i)
                j = word.index(after: j)
            }
            prefix = prefix[..<i]
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// What follows the last `/` that is not the final character: `Data/a.txt` → `a.txt`,
    /// `Data/wires/` → `wires/`.
    public static func basename(_ path: String) -> String {
        var body = Substring(path)
        if body.hasSuffix("/") { body = body.dropLast() }
        guard let slash = body.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func deduplicated(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// Lays out `words` in columns, down then across as `ls` does, within `width` columns.
    /// Each returned line has no trailing spaces. Control characters are shown escaped so a
    /// listed name cannot drive the terminal.
    ///
    /// For example, `columns(["alpha", "beta", "gamma", "delta"], width: 20)` gives
    /// `["alpha  gamma", "beta   delta"]`.
    public static func columns(_ words: [String], width: Int) -> [String] {
        let shown = words.map(visible)
        guard !shown.isEmpty else { return [] }
        let widths = shown.map(displayWidth)
        let gap = 2
        let cell = (widths.max() ?? 0) + gap
        let perRow = max(1, (max(width, 1) + gap) / cell)
        let rows = (shown.count + perRow - 1) / perRow
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            var col = 0
            while true {
                let i = col * rows + r
                guard i < shown.count else { break }
                let isLast = (col + 1) * rows + r >= shown.count
                line += shown[i]
                if !isLast { line += String(repeating: " ", count: cell - widths[i]) }
                col += 1
            }
            lines.append(line)
        }
        return lines
    }

    /// The number of terminal columns `text` takes: two for East Asian wide characters,
    /// none for combining marks.
    public static func displayWidth(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let props = scalar.properties
            if props.generalCategory == .nonspacingMark || props.generalCategory == .enclosingMark
                || v == 0x200B || v == 0x200D
            {
                continue
            }
            total += isWide(v) ? 2 : 1
        }
        return total
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
    }

    /// `text` with C0/C1 control characters and DEL written as `\e`, `\x07`, `\u{9b}`.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1B: out += "\\e"
            case 0x00..<0x20, 0x7F: out += "\\x" + hex(scalar.value, 2)
            case 0x80..<0xA0: out += "\\u{" + hex(scalar.value, 2) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hex(_ v: UInt32, _ digits: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
