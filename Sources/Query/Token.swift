/// One lexical token of the query language: a kind and the byte range of the statement's text
/// it covers. It holds no `String`: the parser makes one from the range only where a value
/// needs it (a name, a string literal, a variable's name), and compares keywords in place
/// (`isWord(_:in:)`).
///
/// For example, in `find ?p where Motegi title ?p` the token `Motegi` is `.word` over bytes
/// 14..<20, `capitalized`; `?p` is `.variable` over 5..<7 (its name is the bytes after `?`).
///
/// Offsets are UTF-8 byte offsets into the statement text; `Diagnostic` turns them into a
/// 1-based line and a column counted in characters.
struct Token: Equatable {
    enum Kind: Equatable {
        /// `?name`: a variable (its name is the range without the `?`).
        case variable
        /// A bare word: a keyword, a predicate, part of a name, an entity id such as `person/1234`.
        case word
        /// `"…"` (its content is the range without the quotes, escapes resolved).
        case string
        case number
        case date
        /// `_`: matches anything, binds nothing.
        case wildcard
        /// `?` alone: ends a question.
        case question
        case comma, semicolon, dot, colon, implies, lparen, rparen, lbracket, rbracket, star
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        /// A line break; the newline rule (see Grammar.md) turns it into a statement end or drops it.
        case newline
        /// A statement end produced from a newline.
        case end
        case eof
        /// Input the lexer could not read; `message` numbers its text in `Lexer.Scan.messages`.
        case error
    }

    /// UTF-8 offsets into the source.
    var start: Int
    var end: Int
    /// The number's value for `.number`.
    var number: Double = 0
    /// For `.error`: the index of its message in the scan's `messages`.
    var message: Int32 = 0
    var kind: Kind
    /// True when a word starts with an upper-case letter (names join such words).
    var capitalized = false
    /// True when whitespace (not a line break) separates this token from the previous one.
    var spaceBefore = false
    /// For `.newline`: the line it ends held nothing but blank space (a blank line ends a
    /// statement). For `.string`: the content holds an escape, so it is decoded, not sliced.
    var flag = false

    init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    var range: Range<Int> { start..<end }
}

// MARK: - The text a token covers

extension Token {
    /// True when the token is the bare word `w` (a keyword is compared in place, byte by byte).
    func isWord(_ w: StaticString, in bytes: [UInt8]) -> Bool {
        guard kind == .word else { return false }
        // Through the buffer, not `utf8Start`: that traps for a literal held as one scalar.
        return w.withUTF8Buffer { p in
            guard p.count == end - start else { return false }
            for k in 0..<p.count where bytes[start + k] != p[k] { return false }
            return true
        }
    }

    /// The token's text as a value: a variable's name without `?`, a string's content with its
    /// escapes resolved, any other token's bytes as written. (An `.error` token's message is in
    /// the scan's `messages`.)
    func text(in bytes: [UInt8]) -> String {
        switch kind {
        case .variable:
            return String(decoding: bytes[start + 1..<end], as: UTF8.self)
        case .string:
            guard flag else { return String(decoding: bytes[start + 1..<end - 1], as: UTF8.self) }
            var out: [UInt8] = []
            var i = start + 1
            while i < end - 1 {
                if bytes[i] == UInt8(ascii: "\\") {
                    // The lexer let only these escapes through.
                    switch bytes[i + 1] {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    default: out.append(bytes[i + 1])
                    }
                    i += 2
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        case .eof, .end, .newline, .error: return ""
        default:
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }
}

extension Token.Kind {
    /// How the kind is named in messages ("expected a variable, found ','").
    var label: String {
        switch self {
        case .variable: return "a variable"
        case .word: return "a word"
        case .string: return "a string"
        case .number: return "a number"
        case .date: return "a date"
        case .wildcard: return "'_'"
        case .question: return "'?'"
        case .comma: return "','"
        case .semicolon: return "';'"
        case .dot: return "'.'"
        case .colon: return "':'"
        case .implies: return "':-'"
        case .lparen: return "'('"
        case .rparen: return "')'"
        case .lbracket: return "'['"
        case .rbracket: return "']'"
        case .star: return "'*'"
        case .equal: return "'='"
        case .notEqual: return "'!='"
        case .less: return "'<'"
        case .lessEqual: return "'<='"
        case .greater: return "'>'"
        case .greaterEqual: return "'>='"
        case .newline, .end: return "the end of the line"
        case .eof: return "the end of the input"
        case .error: return "bad input"
        }
    }
}
