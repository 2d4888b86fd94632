import NewsFacts

/// The scanner: statement text → tokens, each a kind and a byte range (no `String` a token).
/// It never fails; input it cannot read becomes an `.error` token whose message is kept in
/// `Scan.messages`, so the parser reports it at its place.
///
/// Words are runs of letters, digits and `_ - / # @ '`, plus `.` when a letter or digit
/// follows (so `person/1234`, `phone-talks#1@kyodo`, `U.S` are one word). A word that reads as
/// an ISO date (`2021-01-20`, `2021-02`, `1970s`) is a date; one that reads as a number is a
/// number. `--` starts a comment that runs to the end of the line.
struct Lexer {
    private let bytes: [UInt8]
    private var pos = 0
    private var tokens: [Token] = []
    private var messages: [String] = []

    /// A text (a whole script) holding more tokens than this is refused as a whole, before any
    /// of it runs (see `Parser.parseScript`): about 64 MB of tokens. One statement has its own,
    /// smaller limit (`Parser.maxStatementTokens`).
    static let maxTokens = 2_000_000

    init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// What a scan gives: the tokens (ending with `.eof`), the text's bytes they point into,
    /// the messages of its `.error` tokens, and whether the text held more than `maxTokens`
    /// tokens (the last token before `.eof` is then an error saying so, and the rest of the
    /// text was not read).
    struct Scan {
        var tokens: [Token]
        var bytes: [UInt8]
        var messages: [String]
        var overflowed: Bool
    }

    /// Every token of `source`, ending with `.eof`.
    static func tokenize(_ source: String) -> [Token] {
        scan(source).tokens
    }

    /// Every token of `source` with the bytes they point into (see `Scan`).
    static func scan(_ source: String) -> Scan {
        var lexer = Lexer(source)
        let tokens = lexer.run()
        return Scan(tokens: tokens, bytes: lexer.bytes, messages: lexer.messages, overflowed: lexer.overflowed)
    }

    private var overflowed = false

    private mutating func run() -> [Token] {
        // Room for a typed statement's tokens at once (most take two bytes or more with the
        // blank after them), rather than the array grown again and again as they come.
        tokens.reserveCapacity(min(bytes.count / 2 + 2, 4096))
        var spaced = false
        // Where the current line started: a line break after a line of blank space (no token,
        // no comment) is a blank line, which ends a statement.
        var lineStart = 0
        while pos < bytes.count {
            if tokens.count >= Lexer.maxTokens {
                fail("the input holds more than \(Lexer.maxTokens) tokens", pos, bytes.count)
                overflowed = true
                pos = bytes.count
                break
            }
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
                pos += 1
                spaced = true
                continue
            case 0x0A:
                let blank =
                    lineStart > 0
                    && bytes[lineStart..<pos].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }
                add(.newline, pos, pos + 1)
                tokens[tokens.count - 1].flag = blank
                pos += 1
                lineStart = pos
            case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-"):
                while pos < bytes.count && bytes[pos] != 0x0A { pos += 1 }
                continue
            case UInt8(ascii: "\""):
                string()
            case UInt8(ascii: "?"):
                variableOrQuestion()
            case UInt8(ascii: ","): single(.comma)
            case UInt8(ascii: ";"): single(.semicolon)
            case UInt8(ascii: "("): single(.lparen)
            case UInt8(ascii: ")"): single(.rparen)
            case UInt8(ascii: "["): single(.lbracket)
            case UInt8(ascii: "]"): single(.rbracket)
            case UInt8(ascii: "*"): single(.star)
            case UInt8(ascii: "."): single(.dot)
            case UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                comparisonOrColon(b)
            case UInt8(ascii: "-") where peek(1).map(Lexer.isDigit) == true:
                word()
            default:
                if Lexer.isWordByte(b) || (b >= 0x80 && isLetterAt(pos)) {
                    word()
                } else {
                    let (scalar, length) = decode(pos)
                    let shown = TerminalSafe.escape(String(Character(scalar)))
                    fail("unexpected character '\(shown)'", pos, pos + length)
                    pos += length
                }
            }
            if tokens.count > 0 { tokens[tokens.count - 1].spaceBefore = spaced }
            spaced = false
        }
        add(.eof, bytes.count, bytes.count)
        return tokens
    }

    /// `=` or `==`, `:` or `:-`, `!=` (a lone `!` is an error), `<`, `<=`, `<>`, `>`, `>=`:
    /// the tokens that start with the byte `b` at `pos`.
    private mutating func comparisonOrColon(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "="):
            single(.equal)
            if pos < bytes.count && bytes[pos] == UInt8(ascii: "=") {
                pos += 1
                tokens[tokens.count - 1].end = pos
            }
        case UInt8(ascii: ":"):
            if peek(1) == UInt8(ascii: "-") {
                add(.implies, pos, pos + 2)
                pos += 2
            } else {
                single(.colon)
            }
        case UInt8(ascii: "!"):
            if peek(1) == UInt8(ascii: "=") {
                add(.notEqual, pos, pos + 2)
                pos += 2
            } else {
                fail("unexpected character '!' (did you mean '!='?)", pos, pos + 1)
                pos += 1
            }
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "=") {
                add(.lessEqual, pos, pos + 2)
                pos += 2
            } else if peek(1) == UInt8(ascii: ">") {
                add(.notEqual, pos, pos + 2)
                pos += 2
            } else {
                single(.less)
            }
        default: // ">"
            if peek(1) == UInt8(ascii: "=") {
                add(.greaterEqual, pos, pos + 2)
                pos += 2
            } else {
                single(.greater)
            }
        }
    }

    // MARK: - Token kinds

    /// A one-byte token.
    private mutating func single(_ kind: Token.Kind) {
        add(kind, pos, pos + 1)
        pos += 1
    }

    private mutating func add(_ kind: Token.Kind, _ start: Int, _ end: Int) {
        tokens.append(Token(kind: kind, start: start, end: end))
    }

    /// An `.error` token over `start..<end` saying `message`.
    private mutating func fail(_ message: String, _ start: Int, _ end: Int) {
        var t = Token(kind: .error, start: start, end: end)
        t.message = Int32(messages.count)
        messages.append(message)
        tokens.append(t)
    }

    /// `"…"`: a `.string` token over the quotes, `flag`ged when an escape (`\" \\ \n \t`)
    /// lies inside, so the content is decoded only then (`Token.text(in:)`).
    private mutating func string() {
        let start = pos
        pos += 1
        var escaped = false
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                add(.string, start, pos)
                tokens[tokens.count - 1].flag = escaped
                return
            }
            if b == 0x0A { break }
            if b == UInt8(ascii: "\\") && pos + 1 < bytes.count {
                switch bytes[pos + 1] {
                case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    escaped = true
                default:
                    fail(
                        "unknown escape '\\\(TerminalSafe.escape(String(decode(pos + 1).0)))' in a string (use \\\" \\\\ \\n \\t)",
                        pos, pos + 2)
                    skipToStringEnd()
                    return
                }
                pos += 2
                continue
            }
            pos += 1
        }
        fail("unterminated string", start, start + 1)
    }

    private mutating func skipToStringEnd() {
        pos += 2
        while pos < bytes.count && bytes[pos] != 0x0A {
            if bytes[pos] == UInt8(ascii: "\\") {
                pos += 2
                continue
            }
            if bytes[pos] == UInt8(ascii: "\"") {
                pos += 1
                return
            }
            pos += 1
        }
    }

    private mutating func variableOrQuestion() {
        let start = pos
        pos += 1
        var end = pos
        while end < bytes.count && (Lexer.isNameByte(bytes[end]) || (bytes[end] >= 0x80 && isLetterAt(end))) {
            end += bytes[end] >= 0x80 ? decode(end).1 : 1
        }
        if end == pos {
            add(.question, start, pos)
            return
        }
        add(.variable, start, end)
        pos = end
    }

    private mutating func word() {
        let start = pos
        var end = pos + 1
        if bytes[start] >= 0x80 { end = pos + decode(pos).1 }
        while end < bytes.count {
            let b = bytes[end]
            if Lexer.isWordByte(b)
                || b == UInt8(ascii: "-") && !(end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "-"))
            {
                end += 1
            } else if b == UInt8(ascii: ".") && end + 1 < bytes.count
                && (Lexer.isWordByte(bytes[end + 1]) || (bytes[end + 1] >= 0x80 && isLetterAt(end + 1)))
            {
                end += 1
            } else if (b == UInt8(ascii: "+") || b == UInt8(ascii: "-")) && end > start
                && (bytes[end - 1] | 0x20) == UInt8(ascii: "e") && Lexer.isDigit(bytes[start])
            {
                end += 1 // exponent sign: 1e-5
            } else if b >= 0x80 && isLetterAt(end) {
                end += decode(end).1
            } else {
                break
            }
        }
        pos = end
        let first = bytes[start]
        if end - start == 1 && first == UInt8(ascii: "_") {
            add(.wildcard, start, end)
            return
        }
        // Only a word that may be a number or a date is made into a String, to read it so.
        if Lexer.isDigit(first) || first == UInt8(ascii: "-") {
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            if end - start > 4, DateValue(iso: text) != nil {
                add(.date, start, end)
                return
            }
            if Lexer.looksNumeric(bytes[start..<end]), let n = Double(text) {
                if !n.isFinite {
                    fail("number '\(text.count > 40 ? String(text.prefix(40)) + "…" : text)' is too large", start, end)
                    return
                }
                add(.number, start, end)
                tokens[tokens.count - 1].number = n
                return
            }
            if Lexer.looksNumeric(bytes[start..<end])
                || (bytes[start..<end].allSatisfy { Lexer.isDigit($0) || $0 == UInt8(ascii: "-") })
            {
                fail("'\(text)' is neither a number nor a date (dates are YYYY, YYYY-MM or YYYY-MM-DD)", start, end)
                return
            }
        }
        add(.word, start, end)
        tokens[tokens.count - 1].capitalized =
            first < 0x80 ? (first >= 65 && first <= 90) : decode(start).0.properties.isUppercase
    }

    // MARK: - Bytes

    private func peek(_ k: Int) -> UInt8? { pos + k < bytes.count ? bytes[pos + k] : nil }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Letters, digits and `_` (variable names).
    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95
    }

    /// ASCII bytes that continue a bare word (`-` and `.` are handled apart).
    static func isWordByte(_ b: UInt8) -> Bool {
        isNameByte(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: "#") || b == UInt8(ascii: "@")
            || b == UInt8(ascii: "'")
    }

    static func looksNumeric(_ s: ArraySlice<UInt8>) -> Bool {
        s.allSatisfy {
            isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
        }
    }

    private func decode(_ at: Int) -> (Unicode.Scalar, Int) {
        var it = bytes[at...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&it) { return (s, UTF8.width(s)) }
        return ("\u{FFFD}", 1)
    }

    /// True when the scalar at `at` (non-ASCII) is a letter, digit or combining mark.
    private func isLetterAt(_ at: Int) -> Bool {
        let (s, _) = decode(at)
        if s == "\u{FFFD}" { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    // MARK: - The newline rule

    /// Applies the newline rule: a statement ends at `;`, at a blank line, at the end of the
    /// text, after the `?` that ends a question or the `.` that ends a rule at the end of a line,
    /// or where a line starts with a statement keyword (`find rule who what when timeline
    /// articles explain why`). Any other line break is blank space, however complete the
    /// statement before it looks: `find ?p where ?p title ?t` then `order by ?p` on the next
    /// line is one statement. Ending breaks become `.end`; the rest vanish.
    static func foldNewlines(_ tokens: [Token], bytes: [UInt8]) -> [Token] {
        // One line (as most typed statements are): nothing to fold, and no copy.
        guard tokens.contains(where: { $0.kind == .newline }) else { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        // The first token of the statement under way (a rule ends at its `.`).
        var first: Token? = nil
        while i < tokens.count {
            let t = tokens[i]
            if t.kind != .newline {
                if t.kind == .semicolon || t.kind == .end {
                    first = nil
                } else if first == nil {
                    first = t
                }
                out.append(t)
                i += 1
                continue
            }
            var j = i
            var blank = false
            while j < tokens.count && tokens[j].kind == .newline {
                if tokens[j].flag { blank = true }
                j += 1
            }
            let next = tokens[j]
            let open = out.last.map { $0.kind != .semicolon && $0.kind != .end } ?? false
            let startsStatement =
                next.kind == .word && Vocabulary.statementKeywords.contains(next.text(in: bytes))
            let rule = first?.isWord("rule", in: bytes) ?? false
            let terminated = out.last.map { $0.kind == .question || ($0.kind == .dot && rule) } ?? false
            if open && (blank || startsStatement || terminated || next.kind == .eof) {
                out.append(Token(kind: .end, start: t.start, end: t.end))
                first = nil
            }
            i = j
        }
        return out
    }
}
