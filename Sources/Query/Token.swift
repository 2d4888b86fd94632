/// One lexical token of the query language, with where it lies in the source.
///
/// Offsets are UTF-8 byte offsets into the statement text; `Diagnostic` turns them into a
/// 1-based line and a column counted in characters.
struct Token: Equatable {
    enum Kind: Equatable {
        /// `?name`: a variable (the text holds the name without `?`).
        case variable
        /// A bare word: a keyword, a predicate, part of a name, an entity id such as `person/1234`.
        case word
        /// `"…"` with its escapes resolved (the text holds the content).
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
        /// Input the lexer could not read; `text` holds the message.
        case error
    }

    var kind: Kind
    var text: String
    /// UTF-8 offsets into the source.
    var start: Int
    var end: Int
    /// The number's value for `.number`; for `.date`, nil.
    var number: Double = 0
    /// True when a word starts with an upper-case letter (names join such words).
    var capitalized = false
    /// True when whitespace (not a line break) separates this token from the previous one.
    var spaceBefore = false

    var range: Range<Int> { start..<end }

    func isWord(_ w: String) -> Bool { kind == .word && text == w }
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
