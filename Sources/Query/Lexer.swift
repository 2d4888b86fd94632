import NewsFacts

/// The scanner: statement text → tokens. It never fails; input it cannot read becomes an
/// `.error` token carrying the message, so the parser reports it at its place.
///
/// Words are runs of letters, digits and `_ - / # @ '`, plus `.` when a letter or digit
/// follows (so `person/1234`, `phone-talks#1@kyodo`, `U.S` are one word). A word that reads as
/// an ISO date (`2021-01-20`, `2021-02`, `1970s`) is a date; one that reads as a number is a
/// number. `--` starts a comment that runs to the end of the line.
struct Lexer {
    private let bytes: [UInt8]
    private var pos = 0
    private var tokens: [Token] = []

    /// A text (a whole script) holding more tokens than this is refused as a whole, before any
    /// of it runs (see `Parser.parseScript`): about 200 MB of tokens. One statement has its own,
    /// smaller limit (`Parser.maxStatementTokens`).
    static let maxTokens = 2_000_000

    init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// Every token of `source`, ending with `.eof`.
    static func tokenize(_ source: String) -> [Token] {
        scan(source).tokens
    }

    /// Every token of `source`, ending with `.eof`; `overflowed` when the text holds more than
    /// `maxTokens` tokens (the last token before `.eof` is then an error saying so, and the
    /// rest of the text was not read).
    static func scan(_ source: String) -> (tokens: [Token], overflowed: Bool) {
        var lexer = Lexer(source)
        let tokens = lexer.run()
        return (tokens, lexer.overflowed)
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
                tokens.append(
                    Token(
                        kind: .error, text: "the input holds more than \(Lexer.maxTokens) tokens", start: pos,
                        end: bytes.count))
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
                add(.newline, blank ? "blank" : "", pos, pos + 1)
                pos += 1
                lineStart = pos
            case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-"):
                while pos < bytes.count && bytes[pos] != 0x0A { pos += 1 }
                continue
            case UInt8(ascii: "\""):
                string()
            case UInt8(ascii: "?"):
                variableOrQuestion()
            case UInt8(ascii: ","): single(.comma, ",")
            case UInt8(ascii: ";"): single(.semicolon, ";")
            case UInt8(ascii: "("): single(.lparen, "(")
            case UInt8(ascii: ")"): single(.rparen, ")")
            case UInt8(ascii: "["): single(.lbracket, "[")
            case UInt8(ascii: "]"): single(.rbracket, "]")
            case UInt8(ascii: "*"): single(.star, "*")
            case UInt8(ascii: "."): single(.dot, ".")
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
                    add(.error, "unexpected character '\(shown)'", pos, pos + length)
                    pos += length
                }
            }
            if tokens.count > 0 { tokens[tokens.count - 1].spaceBefore = spaced }
            spaced = false
        }
        tokens.append(Token(kind: .eof, text: "", start: bytes.count, end: bytes.count))
        return tokens
    }

    /// `=` or `==`, `:` or `:-`, `!=` (a lone `!` is an error), `<`, `<=`, `<>`, `>`, `>=`:
    /// the tokens that start with the byte `b` at `pos`.
    private mutating func comparisonOrColon(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "="):
            single(.equal, "=")
            if pos < bytes.count && bytes[pos] == UInt8(ascii: "=") {
                pos += 1
                tokens[tokens.count - 1].end = pos
            }
        case UInt8(ascii: ":"):
            if peek(1) == UInt8(ascii: "-") {
                add(.implies, ":-", pos, pos + 2)
                pos += 2
            } else {
                single(.colon, ":")
            }
        case UInt8(ascii: "!"):
            if peek(1) == UInt8(ascii: "=") {
                add(.notEqual, "!=", pos, pos + 2)
                pos += 2
            } else {
                add(.error, "unexpected character '!' (did you mean '!='?)", pos, pos + 1)
                pos += 1
            }
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "=") {
                add(.lessEqual, "<=", pos, pos + 2)
                pos += 2
            } else if peek(1) == UInt8(ascii: ">") {
                add(.notEqual, "<>", pos, pos + 2)
                pos += 2
            } else {
                single(.less, "<")
            }
        default: // ">"
            if peek(1) == UInt8(ascii: "=") {
                add(.greaterEqual, ">=", pos, pos + 2)
                pos += 2
            } else {
                single(.greater, ">")
            }
        }
    }

    // MARK: - Token kinds

    /// A one-byte token whose text is `text` (a literal: no string is made for it).
    private mutating func single(_ kind: Token.Kind, _ text: String) {
        add(kind, text, pos, pos + 1)
        pos += 1
    }

    private mutating func add(_ kind: Token.Kind, _ text: String, _ start: Int, _ end: Int) {
        tokens.append(Token(kind: kind, text: text, start: start, end: end))
    }

    private mutating func string() {
        let start = pos
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                add(.string, String(decoding: out, as: UTF8.self), start, pos)
                return
            }
            if b == 0x0A { break }
            if b == UInt8(ascii: "\\") && pos + 1 < bytes.count {
                let e = bytes[pos + 1]
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(e)
                default:
                    add(
                        .error,
                        "unknown escape '\\\(TerminalSafe.escape(String(decode(pos + 1).0)))' in a string (use \\\" \\\\ \\n \\t)",
                        pos, pos + 2)
                    skipToStringEnd()
                    return
                }
                pos += 2
                continue
            }
            out.append(b)
            pos += 1
        }
        add(.error, "unterminated string", start, start + 1)
        tokens[tokens.count - 1].end = start + 1
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
            add(.question, "?", start, pos)
            return
        }
        add(.variable, String(decoding: bytes[pos..<end], as: UTF8.self), start, end)
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
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        if text == "_" {
            add(.wildcard, "_", start, end)
            return
        }
        let first = bytes[start]
        if Lexer.isDigit(first) || first == UInt8(ascii: "-") {
            if text.utf8.count > 4, DateValue(iso: text) != nil {
                add(.date, text, start, end)
                return
            }
            if Lexer.looksNumeric(bytes[start..<end]), let n = Double(text) {
                if !n.isFinite {
                    add(
                        .error, "number '\(text.count > 40 ? String(text.prefix(40)) + "…" : text)' is too large",
                        start, end)
                    return
                }
                var t = Token(kind: .number, text: text, start: start, end: end)
                t.number = n
                tokens.append(t)
                return
            }
            if Lexer.looksNumeric(bytes[start..<end])
                || (bytes[start..<end].allSatisfy { Lexer.isDigit($0) || $0 == UInt8(ascii: "-") })
            {
                add(
                    .error, "'\(text)' is neither a number nor a date (dates are YYYY, YYYY-MM or YYYY-MM-DD)", start,
                    end)
                return
            }
        }
        var t = Token(kind: .word, text: text, start: start, end: end)
        t.capitalized =
            first < 0x80 ? (first >= 65 && first <= 90) : (text.unicodeScalars.first?.properties.isUppercase ?? false)
        tokens.append(t)
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
    static func foldNewlines(_ tokens: [Token]) -> [Token] {
        // One line (as most typed statements are): nothing to fold, and no copy.
        guard tokens.contains(where: { $0.kind == .newline }) else { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        // The first word of the statement under way (a rule ends at its `.`).
        var firstWord: String? = nil
        while i < tokens.count {
            let t = tokens[i]
            if t.kind != .newline {
                if t.kind == .semicolon || t.kind == .end {
                    firstWord = nil
                } else if firstWord == nil {
                    firstWord = t.kind == .word ? t.text : ""
                }
                out.append(t)
                i += 1
                continue
            }
            var j = i
            var blank = false
            while j < tokens.count && tokens[j].kind == .newline {
                if tokens[j].text == "blank" { blank = true }
                j += 1
            }
            let next = tokens[j]
            let open = out.last.map { $0.kind != .semicolon && $0.kind != .end } ?? false
            let startsStatement = next.kind == .word && Vocabulary.statementKeywords.contains(next.text)
            let terminated =
                out.last.map { $0.kind == .question || ($0.kind == .dot && firstWord == "rule") } ?? false
            if open && (blank || startsStatement || terminated || next.kind == .eof) {
                out.append(Token(kind: .end, text: "", start: t.start, end: t.end))
                firstWord = nil
            }
            i = j
        }
        return out
    }
}
