import NewsFacts

/// The parser: tokens → statements, by recursive descent, one method a grammar rule (the
/// rule repeats in each method's doc comment; the whole grammar is in Grammar.md). The
/// statement rules are here, the clause rules in Parser+Clauses.swift, the term rules and
/// the token primitives in Parser+Terms.swift.
///
/// Errors are reported at a token and recovered from: `synchronize()` skips to the next
/// statement end (`;` or an ending line break), so one pass reports every bad statement.
struct Parser {
    let tokens: [Token]
    /// The text's UTF-8 bytes, which the tokens point into (the lexer's array, not a copy).
    let bytes: [UInt8]
    /// The messages of the lexer's `.error` tokens.
    let messages: [String]
    let source: SourceText
    var current = 0
    var depth = 0
    private(set) var diagnostics: [Diagnostic] = []

    /// Nesting deeper than this — `explain explain …`, `not (not (…))`, `optional (…)` — is
    /// refused with an error at the token rather than recursed into: every recursive rule of
    /// the grammar passes through `nest(_:at:)`, so this one bound keeps the parser (and
    /// everything that walks its tree) off the end of the stack.
    static let maxDepth = 64

    /// A statement holding more tokens than this is an error at the token past the limit; the
    /// statements around it still run.
    static let maxStatementTokens = 200_000

    struct ParseError: Error {}
    /// The text held more than `Lexer.maxTokens` tokens: it is refused whole.
    let overflowed: Bool
    /// Where the statement being parsed starts (a token index), for `maxStatementTokens`.
    var statementStart = 0

    init(source: SourceText) {
        self.source = source
        let scan = Lexer.scan(source.text)
        bytes = scan.bytes
        messages = scan.messages
        overflowed = scan.overflowed
        tokens = overflowed ? [scan.tokens[scan.tokens.count - 1]] : Lexer.foldNewlines(scan.tokens, bytes: scan.bytes)
    }

    /// A parsed statement with the UTF-8 range it spans.
    struct Parsed {
        var statement: Statement
        var range: Range<Int>
    }

    /// A statement or the error that stopped one, in source order.
    enum Item {
        case statement(Parsed)
        case error(Diagnostic)
    }

    /// `script = { statement ( ";" | END | EOF ) } ;`
    mutating func parseScript() -> [Item] {
        if overflowed {
            // Refused whole: running the part before the limit would silently drop the rest.
            let d = source.diagnostic(
                .tooComplex,
                "the text holds more than \(Lexer.maxTokens) tokens; none of it was run",
                at: 0..<0, notes: ["split it into smaller scripts"])
            diagnostics.append(d)
            return [.error(d)]
        }
        var out: [Item] = []
        while true {
            while match(.semicolon) || match(.end) {}
            if check(.eof) { break }
            let start = peek.start
            statementStart = current
            let before = diagnostics.count
            do {
                let s = try statement()
                let end = previous.end
                if !(match(.semicolon) || match(.end) || check(.eof)) {
                    throw error(
                        at: peek, "expected the end of the statement, found \(describe(peek))",
                        notes: ["separate statements with ';' or a line break; separate clauses with ','"])
                }
                out.append(.statement(Parsed(statement: s, range: start..<end)))
            } catch {
                for d in diagnostics[before...] { out.append(.error(d)) }
                synchronize()
            }
        }
        return out
    }

    /// True when the parser stopped because the input ended inside a statement.
    var endedEarly: Bool { diagnostics.contains { $0.code == .unexpectedEnd } }

    // MARK: - Statements

    /// `statement = find | rule | question | explain | why ;`
    mutating func statement() throws -> Statement {
        let t = peek
        guard t.kind == .word else {
            if t.kind == .variable || t.kind == .string {
                throw error(
                    at: t, "a statement starts with a keyword such as 'find', not \(describe(t))",
                    notes: ["write 'find … where …' or a question such as 'who is Motegi?'"])
            }
            throw error(at: t, "expected a statement, found \(describe(t))")
        }
        if isWord(t, "find") { return .find(try find()) }
        if isWord(t, "rule") { return .rule(try rule()) }
        if isWord(t, "who") || isWord(t, "what") || isWord(t, "when") || isWord(t, "timeline")
            || isWord(t, "articles")
        {
            return try question()
        }
        if isWord(t, "explain") {
            advance()
            if check(.eof) || check(.end) || check(.semicolon) {
                throw error(at: peek, "expected a statement after 'explain'")
            }
            try nest("'explain'", at: t)
            defer { depth -= 1 }
            let inner = try statement()
            return .explain(inner, range: t.start..<previous.end)
        }
        if isWord(t, "why") {
            advance()
            let p = try pattern()
            return .why(p, range: t.start..<previous.end)
        }
        let word = text(t)
        let near = Suggest.nearest(word, in: Vocabulary.statementKeywords)
        throw error(
            .unknownKeyword, at: t, "unknown statement keyword '\(word)'",
            notes: near.isEmpty
                ? [
                    "statements start with \(Vocabulary.statementKeywords.map { "'\($0)'" }.joined(separator: ", "))"
                ] : ["did you mean '\(near[0])'?"])
    }

    /// ```
    /// find    = "find" [ "distinct" ] output { [ "," ] output } "where" clauses
    ///           [ "group" "by" variable { "," variable } ]
    ///           [ "order" "by" orderKey { "," orderKey } ]
    ///           [ "limit" INTEGER ] [ "offset" INTEGER ] ;
    /// ```
    mutating func find() throws -> FindQuery {
        let start = advance().start
        let q = FindQuery()
        q.outputs.reserveCapacity(4) // a typed query's few, in one allocation
        if peekIs("distinct") {
            advance()
            q.distinct = true
        }
        q.outputs.append(try output())
        while true {
            if match(.comma) {
                q.outputs.append(try output())
                continue
            }
            if check(.variable)
                || (check(.word) && peekNext.kind == .lparen && AggregateFunction(rawValue: text(peek)) != nil)
            {
                q.outputs.append(try output())
                continue
            }
            break
        }
        try expectWord("where", context: "after the outputs of 'find'")
        q.clauses = try clauses()
        try modifiers(q)
        q.range = start..<previous.end
        return q
    }

    mutating func modifiers(_ q: FindQuery) throws {
        while check(.word) {
            let t = peek
            if isWord(t, "group") {
                advance()
                try expectWord("by", context: "after 'group'")
                repeat { q.groupBy.append(try variable("in 'group by'")) } while match(.comma)
            } else if isWord(t, "order") {
                advance()
                try expectWord("by", context: "after 'order'")
                repeat {
                    let o = try output()
                    var desc = false
                    if peekIs("desc") {
                        advance()
                        desc = true
                    } else if peekIs("asc") {
                        advance()
                    }
                    q.orderBy.append(OrderKey(output: o, descending: desc))
                } while match(.comma)
            } else if isWord(t, "limit") {
                advance()
                q.limit = try integer("after 'limit'")
            } else if isWord(t, "offset") {
                advance()
                q.offset = try integer("after 'offset'")
            } else {
                let word = text(t)
                let near = Suggest.nearest(word, in: ["group", "order", "limit", "offset"])
                var notes =
                    near.isEmpty
                    ? ["separate clauses with ','; a query may end with 'group by', 'order by', 'limit' or 'offset'"]
                    : ["did you mean '\(near[0])'?"]
                if startsLine(t) {
                    // A line break is not the end of a statement: say how to end one.
                    let keyword = Suggest.nearest(word, in: Vocabulary.statementKeywords)
                    notes = ["a line break does not end a statement: end the one before with ';' or a blank line"]
                    if let k = keyword.first ?? near.first { notes.append("did you mean '\(k)'?") }
                }
                throw error(.unknownKeyword, at: t, "unexpected '\(word)' after the clauses", notes: notes)
            }
        }
    }

    /// `output = variable | aggregate ;`
    /// `aggregate = ( "count" | "sum" | "min" | "max" | "avg" ) "(" [ "distinct" ] ( variable | "*" ) ")" ;`
    mutating func output() throws -> Output {
        try checkLength()
        let t = peek
        if t.kind == .variable {
            advance()
            return .variable(variable(of: t))
        }
        if t.kind == .word && peekNext.kind == .lparen {
            let word = text(t)
            guard let fn = AggregateFunction(rawValue: word) else {
                let near = Suggest.nearest(word, in: AggregateFunction.allCases.map(\.rawValue))
                throw error(
                    .unknownKeyword, at: t, "unknown aggregate '\(word)'",
                    notes: near.isEmpty ? ["aggregates are count, sum, min, max, avg"] : ["did you mean '\(near[0])'?"])
            }
            advance()
            advance()
            var distinct = false
            if peekIs("distinct") {
                advance()
                distinct = true
            }
            var v: Variable?
            if check(.star) && fn == .count && !distinct {
                advance()
            } else {
                v = try variable("inside \(fn.rawValue)( )")
            }
            try expect(.rparen, "to close \(fn.rawValue)(")
            return .aggregate(Aggregate(function: fn, distinct: distinct, variable: v, range: t.start..<previous.end))
        }
        throw error(at: t, "expected a variable or an aggregate such as count(?x), found \(describe(t))")
    }

    /// `rule = "rule" WORD "(" variable { "," variable } ")" ":-" clauses [ "." ] ;`
    mutating func rule() throws -> RuleDefinition {
        let start = advance().start
        let name = peek
        guard name.kind == .word else { throw error(at: name, "expected the rule's name, found \(describe(name))") }
        advance()
        try expect(.lparen, "after the rule's name")
        var params: [Variable] = []
        repeat {
            if check(.rparen) && params.isEmpty { break }
            params.append(try variable("as a rule parameter (rule heads take variables)"))
        } while match(.comma)
        try expect(.rparen, "to close the rule's parameters")
        try expect(.implies, "after the rule's head")
        let body = try clauses()
        _ = match(.dot)
        return RuleDefinition(
            name: text(name), nameRange: name.range, parameters: params, body: body, range: start..<previous.end)
    }

    /// ```
    /// question = "who" "is" name [ "?" ]
    ///          | "who" "holds" name [ "?" ]
    ///          | "who" "met" name [ "?" ]
    ///          | "what" "did" name "say" [ "about" name ] [ "?" ]
    ///          | "when" "did" name "meet" name [ "?" ]
    ///          | "timeline" "of" name
    ///          | "articles" "about" name ;
    /// ```
    mutating func question() throws -> Statement {
        let first = advance()
        let q: Question
        if isWord(first, "who") {
            let verb = peek
            guard isWord(verb, "is") || isWord(verb, "holds") || isWord(verb, "met") else {
                let near = verb.kind == .word ? Suggest.nearest(text(verb), in: ["is", "holds", "met"]) : []
                throw error(
                    .unknownKeyword, at: verb, "expected 'is', 'holds' or 'met' after 'who', found \(describe(verb))",
                    notes: near.isEmpty ? [] : ["did you mean 'who \(near[0])'?"])
            }
            advance()
            let written = text(verb)
            let x = try name("after 'who \(written)'")
            q = isWord(verb, "is") ? .whoIs(x) : isWord(verb, "holds") ? .whoHolds(x) : .whoMet(x)
        } else if isWord(first, "what") {
            try expectWord("did", context: "after 'what'")
            let x = try name("after 'what did'")
            try expectWord("say", context: "after 'what did \(x.source)'")
            var about: TermRef?
            if peekIs("about") {
                advance()
                about = try name("after 'about'")
            }
            q = .whatDidSay(x, about: about)
        } else if isWord(first, "when") {
            try expectWord("did", context: "after 'when'")
            let x = try name("after 'when did'")
            try expectWord("meet", context: "after 'when did \(x.source)'")
            let y = try name("after 'meet'")
            q = .whenDidMeet(x, y)
        } else if isWord(first, "timeline") {
            try expectWord("of", context: "after 'timeline'")
            q = .timeline(try name("after 'timeline of'"))
        } else {
            try expectWord("about", context: "after 'articles'")
            q = .articlesAbout(try name("after 'articles about'"))
        }
        _ = match(.question)
        return .question(q, range: first.start..<previous.end)
    }

    // MARK: - Errors

    /// Records a diagnostic at `t` and returns the error that unwinds to `parseScript`.
    mutating func error(
        _ code: Diagnostic.Code = .syntax, at t: Token, _ message: String, notes: [String] = []
    ) -> ParseError {
        if t.kind == .error {
            diagnostics.append(source.diagnostic(.badToken, messages[Int(t.message)], at: t.range))
        } else if t.kind == .eof {
            diagnostics.append(source.diagnostic(.unexpectedEnd, message, at: t.range, notes: notes))
        } else {
            diagnostics.append(source.diagnostic(code, message, at: t.range, notes: notes))
        }
        return ParseError()
    }
}
