/// A forgiving lexer for completion and for telling blank input from a statement: it never
/// fails, an unfinished string runs to the end, and every token keeps its UTF-8 offsets.
///
/// For example, `CompletionLexer.tokens("find ?p where ?p ti")` gives the words `find`,
/// `where`, `ti` and the variables `?p`, `?p`.
public enum CompletionLexer {
    /// A word, variable, string or punctuation mark, with its UTF-8 offsets in the text.
    public struct Token: Equatable, Sendable {
        public enum Kind: Sendable { case word, variable, string, punctuation }
        public var kind: Kind
        public var text: String
        /// UTF-8 offsets.
        public var start: Int
        public var end: Int

        public init(kind: Kind, text: String, start: Int, end: Int) {
            self.kind = kind
            self.text = text
            self.start = start
            self.end = end
        }
    }

    /// Whether a scalar may be part of a bare word (or, but for `.`, a variable name).
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" || s == "-" || s == "'"
            || s == "." || s == "/" || s == "\u{2019}"
    }

    /// Tokens of `text`; an unfinished string runs to the end.
    /// The word being completed at UTF-8 offset `cursor` of `line` (empty when the cursor follows
    /// a space or a mark), and the tokens before it: what both completion engines start from.
    public static func split(line: String, cursor: Int) -> (partial: Token, previous: [Token]) {
        let utf8 = Array(line.utf8)
        let cursor = min(max(0, cursor), utf8.count)
        let tokens = tokens(String(decoding: utf8[..<cursor], as: UTF8.self))
        let partial: Token
        if let last = tokens.last, last.end == cursor, last.kind != .punctuation {
            partial = last
        } else {
            partial = Token(kind: .word, text: "", start: cursor, end: cursor)
        }
        return (partial, Array(tokens.prefix(while: { $0.start < partial.start })))
    }

    public static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = [0]
        for s in scalars { offsets.append((offsets.last ?? 0) + UTF8.width(s)) }
        var i = 0
        func slice(_ a: Int, _ b: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[a..<b])
            return String(s)
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                i += 1
                continue
            }
            if c == "-" && i + 1 < scalars.count && scalars[i + 1] == "-" {
                // A comment runs to the end of the line.
                while i < scalars.count && scalars[i] != "\n" { i += 1 }
                continue
            }
            let start = i
            if c == "\"" {
                i += 1
                while i < scalars.count && scalars[i] != "\"" {
                    if scalars[i] == "\\" { i += 1 }
                    i += 1
                }
                i = min(i + 1, scalars.count)
                out.append(Token(kind: .string, text: slice(start, i), start: offsets[start], end: offsets[i]))
            } else if c == "?" {
                i += 1
                while i < scalars.count && isWordScalar(scalars[i]) && scalars[i] != "." { i += 1 }
                out.append(Token(kind: .variable, text: slice(start, i), start: offsets[start], end: offsets[i]))
            } else if c == ":" && i + 1 < scalars.count && scalars[i + 1] == "-" {
                i += 2
                out.append(Token(kind: .punctuation, text: ":-", start: offsets[start], end: offsets[i]))
            } else if isWordScalar(c)
                && !(c == "." && out.last.map { $0.end == offsets[start] && $0.kind != .punctuation } == true
                    && i + 1 == scalars.count)
            {
                i += 1
                while i < scalars.count && isWordScalar(scalars[i]) { i += 1 }
                out.append(Token(kind: .word, text: slice(start, i), start: offsets[start], end: offsets[i]))
            } else {
                i += 1
                out.append(Token(kind: .punctuation, text: slice(start, i), start: offsets[start], end: offsets[i]))
            }
        }
        return out
    }

    /// How many whole terms (subject, predicate, object) the clause tokens hold: a run of
    /// capitalized words is one name.
    public static func terms(_ clause: [Token]) -> Int {
        var count = 0
        var inName = false
        for t in clause {
            if t.kind == .punctuation {
                inName = false
                continue
            }
            let capitalized = t.kind == .word && (t.text.first?.isUppercase ?? false)
            if capitalized && inName { continue }
            count += 1
            inName = capitalized
        }
        return count
    }
}
