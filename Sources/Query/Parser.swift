import NewsFacts

/// The parser: tokens → statements, by recursive descent, one method a grammar rule (the
/// rule repeats in each method's doc comment; the whole grammar is in Grammar.md).
///
/// Errors are reported at a token and recovered from: `synchronize()` skips to the next
/// statement end (`;` or an ending line break), so one pass reports every bad statement.
struct Parser {
    private let tokens: [Token]
    private let source: SourceText
    private var current = 0
    private var depth = 0
    private(set) var diagnostics: [Diagnostic] = []

    /// Nesting deeper than this — `explain explain …`, `not (not (…))`, `optional (…)` — is
    /// refused with an error at the token rather than recursed into: every recursive rule of
    /// the grammar passes through `nest(_:at:)`, so this one bound keeps the parser (and
    /// everything that walks its tree) off the end of the stack.
    static let maxDepth = 64

    /// A statement holding more tokens than this is an error at the token past the limit; the
    /// statements around it still run.
    static let maxStatementTokens = 200_000

    private struct ParseError: Error {}
    /// The text held more than `Lexer.maxTokens` tokens: it is refused whole.
    private let overflowed: Bool
    /// Where the statement being parsed starts (a token index), for `maxStatementTokens`.
    private var statementStart = 0

    init(source: SourceText) {
        self.source = source
        let (scanned, overflowed) = Lexer.scan(source.text)
        self.overflowed = overflowed
        tokens = overflowed ? [scanned[scanned.count - 1]] : Lexer.foldNewlines(scanned)
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
    private mutating func statement() throws -> Statement {
        let t = peek
        guard t.kind == .word else {
            if t.kind == .variable || t.kind == .string {
                throw error(
                    at: t, "a statement starts with a keyword such as 'find', not \(describe(t))",
                    notes: ["write 'find … where …' or a question such as 'who is Motegi?'"])
            }
            throw error(at: t, "expected a statement, found \(describe(t))")
        }
        switch t.text {
        case "find": return .find(try find())
        case "rule": return .rule(try rule())
        case "who", "what", "when", "timeline", "articles": return try question()
        case "explain":
            advance()
            if check(.eof) || check(.end) || check(.semicolon) {
                throw error(at: peek, "expected a statement after 'explain'")
            }
            try nest("'explain'", at: t)
            defer { depth -= 1 }
            let inner = try statement()
            return .explain(inner, range: t.start..<previous.end)
        case "why":
            advance()
            let p = try pattern()
            return .why(p, range: t.start..<previous.end)
        default:
            let near = Suggest.nearest(t.text, in: Vocabulary.statementKeywords)
            throw error(
                .unknownKeyword, at: t, "unknown statement keyword '\(t.text)'",
                notes: near.isEmpty
                    ? [
                        "statements start with \(Vocabulary.statementKeywords.map { "'\($0)'" }.joined(separator: ", "))"
                    ] : ["did you mean '\(near[0])'?"])
        }
    }

    /// ```
    /// find    = "find" [ "distinct" ] output { [ "," ] output } "where" clauses
    ///           [ "group" "by" variable { "," variable } ]
    ///           [ "order" "by" orderKey { "," orderKey } ]
    ///           [ "limit" INTEGER ] [ "offset" INTEGER ] ;
    /// ```
    private mutating func find() throws -> FindQuery {
        let start = advance().start
        var q = FindQuery()
        if peek.isWord("distinct") {
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
                || (check(.word) && AggregateFunction(rawValue: peek.text) != nil && peekNext.kind == .lparen)
            {
                q.outputs.append(try output())
                continue
            }
            break
        }
        try expectWord("where", context: "after the outputs of 'find'")
        q.clauses = try clauses()
        try modifiers(&q)
        q.range = start..<previous.end
        return q
    }

    private mutating func modifiers(_ q: inout FindQuery) throws {
        while check(.word) {
            let t = peek
            switch t.text {
            case "group":
                advance()
                try expectWord("by", context: "after 'group'")
                repeat { q.groupBy.append(try variable("in 'group by'")) } while match(.comma)
            case "order":
                advance()
                try expectWord("by", context: "after 'order'")
                repeat {
                    let o = try output()
                    var desc = false
                    if peek.isWord("desc") {
                        advance()
                        desc = true
                    } else if peek.isWord("asc") {
                        advance()
                    }
                    q.orderBy.append(OrderKey(output: o, descending: desc))
                } while match(.comma)
            case "limit":
                advance()
                q.limit = try integer("after 'limit'")
            case "offset":
                advance()
                q.offset = try integer("after 'offset'")
            default:
                let near = Suggest.nearest(t.text, in: ["group", "order", "limit", "offset"])
                var notes =
                    near.isEmpty
                    ? ["separate clauses with ','; a query may end with 'group by', 'order by', 'limit' or 'offset'"]
                    : ["did you mean '\(near[0])'?"]
                if startsLine(t) {
                    // A line break is not the end of a statement: say how to end one.
                    let keyword = Suggest.nearest(t.text, in: Vocabulary.statementKeywords)
                    notes = ["a line break does not end a statement: end the one before with ';' or a blank line"]
                    if let k = keyword.first ?? near.first { notes.append("did you mean '\(k)'?") }
                }
                throw error(.unknownKeyword, at: t, "unexpected '\(t.text)' after the clauses", notes: notes)
            }
        }
    }

    /// `output = variable | aggregate ;`
    /// `aggregate = ( "count" | "sum" | "min" | "max" | "avg" ) "(" [ "distinct" ] ( variable | "*" ) ")" ;`
    private mutating func output() throws -> Output {
        try checkLength()
        let t = peek
        if t.kind == .variable {
            advance()
            return .variable(Variable(name: t.text, range: t.range))
        }
        if t.kind == .word && peekNext.kind == .lparen {
            guard let fn = AggregateFunction(rawValue: t.text) else {
                let near = Suggest.nearest(t.text, in: AggregateFunction.allCases.map(\.rawValue))
                throw error(
                    .unknownKeyword, at: t, "unknown aggregate '\(t.text)'",
                    notes: near.isEmpty ? ["aggregates are count, sum, min, max, avg"] : ["did you mean '\(near[0])'?"])
            }
            advance()
            advance()
            var distinct = false
            if peek.isWord("distinct") {
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
    private mutating func rule() throws -> RuleDefinition {
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
            name: name.text, nameRange: name.range, parameters: params, body: body, range: start..<previous.end)
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
    private mutating func question() throws -> Statement {
        let first = advance()
        let q: Question
        switch first.text {
        case "who":
            let verb = peek
            guard verb.kind == .word, ["is", "holds", "met"].contains(verb.text) else {
                let near = verb.kind == .word ? Suggest.nearest(verb.text, in: ["is", "holds", "met"]) : []
                throw error(
                    .unknownKeyword, at: verb, "expected 'is', 'holds' or 'met' after 'who', found \(describe(verb))",
                    notes: near.isEmpty ? [] : ["did you mean 'who \(near[0])'?"])
            }
            advance()
            let x = try name("after 'who \(verb.text)'")
            q = verb.text == "is" ? .whoIs(x) : verb.text == "holds" ? .whoHolds(x) : .whoMet(x)
        case "what":
            try expectWord("did", context: "after 'what'")
            let x = try name("after 'what did'")
            try expectWord("say", context: "after 'what did \(x.source)'")
            var about: TermRef?
            if peek.isWord("about") {
                advance()
                about = try name("after 'about'")
            }
            q = .whatDidSay(x, about: about)
        case "when":
            try expectWord("did", context: "after 'when'")
            let x = try name("after 'when did'")
            try expectWord("meet", context: "after 'when did \(x.source)'")
            let y = try name("after 'meet'")
            q = .whenDidMeet(x, y)
        case "timeline":
            try expectWord("of", context: "after 'timeline'")
            q = .timeline(try name("after 'timeline of'"))
        default:
            try expectWord("about", context: "after 'articles'")
            q = .articlesAbout(try name("after 'articles about'"))
        }
        _ = match(.question)
        return .question(q, range: first.start..<previous.end)
    }

    // MARK: - Clauses

    /// `clauses = clause { "," clause } ;`
    private mutating func clauses() throws -> [Clause] {
        var out = [try clause()]
        while match(.comma) { out.append(try clause()) }
        return out
    }

    /// ```
    /// clause = "not" group | "optional" group | call | filter | pattern ;
    /// group  = "(" clauses ")" | clause ;
    /// ```
    private mutating func clause() throws -> Clause {
        try checkLength()
        try nest("clauses", at: peek)
        defer { depth -= 1 }
        let t = peek
        if t.isWord("not") || t.isWord("optional") {
            advance()
            let body: [Clause]
            if match(.lparen) {
                body = try clauses()
                try expect(.rparen, "to close '\(t.text) ('")
            } else {
                body = [try clause()]
            }
            let r = t.start..<previous.end
            return t.text == "not" ? .not(body, range: r) : .optional(body, range: r)
        }
        if t.kind == .word && peekNext.kind == .lparen && !peekNext.spaceBefore {
            return .call(try call())
        }
        if t.kind == .lparen {
            throw error(at: t, "a '(' group must follow 'not' or 'optional'")
        }
        let left = try term("at the start of a clause")
        switch peek.kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            let op = advance()
            let right = try term("after '\(op.text)'")
            let fo: FilterOperator = [
                .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
                .greater: .greater, .greaterEqual: .greaterEqual,
            ][op.kind]!
            return .filter(Filter(op: fo, left: left, right: right, range: left.range.lowerBound..<previous.end))
        case .word where Vocabulary.filters.contains(peek.text):
            return .filter(try filter(left))
        default:
            return .pattern(try patternRest(left))
        }
    }

    /// `filter = term ( compare term | "between" term "and" term | "contains" term | "matches" STRING
    ///          | "in" "(" term { "," term } ")" ) ;`
    private mutating func filter(_ left: TermRef) throws -> Filter {
        let op = advance()
        switch op.text {
        case "in":
            try expect(.lparen, "after 'in' (a list: ?k in (\"talks\", \"meeting\"))")
            var list: [TermRef] = []
            repeat { list.append(try term("in the list of 'in'")) } while match(.comma)
            try expect(.rparen, "to close the list of 'in'")
            return Filter(op: .in, left: left, right: list[0], list: list, range: left.range.lowerBound..<previous.end)
        case "between":
            let lo = try term("after 'between'")
            try expectWord("and", context: "between the bounds of 'between'")
            let hi = try term("after 'and'")
            return Filter(op: .between, left: left, right: lo, upper: hi, range: left.range.lowerBound..<previous.end)
        case "contains":
            let r = try term("after 'contains'")
            return Filter(op: .contains, left: left, right: r, range: left.range.lowerBound..<previous.end)
        default:
            let r = peek
            guard r.kind == .string else {
                throw error(at: r, "expected a quoted regular expression after 'matches', found \(describe(r))")
            }
            advance()
            return Filter(
                op: .matches, left: left, right: .name(r.text, quoted: true, range: r.range),
                range: left.range.lowerBound..<previous.end)
        }
    }

    /// Whether token `t` is the first on its line (a line break lies between it and the token
    /// before).
    private func startsLine(_ t: Token) -> Bool {
        source.bytes[min(previous.end, t.start)..<t.start].contains(0x0A)
    }

    /// `call = WORD "(" term { "," term } ")" ;`
    private mutating func call() throws -> RuleCall {
        let name = advance()
        advance()
        var args: [TermRef] = []
        if !check(.rparen) {
            repeat { args.append(try term("as an argument of \(name.text)( )")) } while match(.comma)
        }
        try expect(.rparen, "to close \(name.text)(")
        return RuleCall(name: name.text, nameRange: name.range, arguments: args, range: name.start..<previous.end)
    }

    /// `pattern = term predicate term [ "[" qualifier { "," qualifier } "]" ] ;`
    private mutating func pattern() throws -> Pattern {
        let s = try term("as the subject of a pattern")
        return try patternRest(s)
    }

    /// `predicate = WORD | STRING | variable | "_" ;`
    /// `qualifier = WORD ":" term ;`
    private mutating func patternRest(_ subject: TermRef) throws -> Pattern {
        let pt = peek
        let predicate: TermRef
        switch pt.kind {
        case .word, .string:
            advance()
            predicate = .name(pt.text, quoted: pt.kind == .string, range: pt.range)
        case .variable:
            advance()
            predicate = .variable(Variable(name: pt.text, range: pt.range))
        case .wildcard:
            advance()
            predicate = .wildcard(range: pt.range)
        default:
            throw error(
                at: pt, "expected a predicate after \(subject.source), found \(describe(pt))",
                notes: pt.kind == .eof || pt.kind == .end
                    ? ["a pattern is 'subject predicate object', such as '?p title ?t'"] : [])
        }
        let object = try term("as the object of '\(subject.source) \(predicate.source)'")
        var p = Pattern(
            subject: subject, predicate: predicate, object: object, range: subject.range.lowerBound..<previous.end)
        if match(.lbracket) {
            repeat {
                let k = peek
                guard k.kind == .word else {
                    throw error(at: k, "expected a qualifier name such as 'of', found \(describe(k))")
                }
                advance()
                try expect(.colon, "after the qualifier '\(k.text)'")
                let v = try term("as the value of '\(k.text):'")
                p.qualifiers.append((k.text, k.range, v))
            } while match(.comma)
            try expect(.rbracket, "to close the qualifiers")
            p.range = subject.range.lowerBound..<previous.end
        }
        return p
    }

    // MARK: - Terms

    /// ```
    /// term = variable | "_" | name | STRING | NUMBER | DATE ;
    /// name = WORD | CAPWORD { CAPWORD } ;   (capitalised words on one line join into one name)
    /// ```
    private mutating func term(_ context: String) throws -> TermRef {
        try checkLength()
        let t = peek
        switch t.kind {
        case .variable:
            advance()
            return .variable(Variable(name: t.text, range: t.range))
        case .wildcard:
            advance()
            return .wildcard(range: t.range)
        case .string:
            advance()
            return .name(t.text, quoted: true, range: t.range)
        case .number:
            advance()
            return .number(t.number, text: t.text, range: t.range)
        case .date:
            // The lexer makes a date token only of text that reads as one.
            guard let d = DateValue(iso: t.text) else { throw error(.badValue, at: t, "'\(t.text)' is not a date") }
            advance()
            return .date(d, range: t.range)
        case .word:
            return try name(context)
        case .question where peekNext.kind == .word && peekNext.start == t.end:
            throw error(at: t, "expected a term \(context), found '?'")
        default:
            throw error(at: t, "expected a term \(context), found \(describe(t))")
        }
    }

    /// A name: one bare word, or capitalised words joined (`Antony Blinken`); or a quoted string.
    private mutating func name(_ context: String) throws -> TermRef {
        let t = peek
        if t.kind == .string {
            advance()
            return .name(t.text, quoted: true, range: t.range)
        }
        guard t.kind == .word else {
            if t.kind == .variable || t.kind == .number || t.kind == .date { return try term(context) }
            throw error(at: t, "expected a name \(context), found \(describe(t))")
        }
        advance()
        var text = t.text
        var end = t.end
        if t.capitalized {
            while peek.kind == .word && peek.capitalized && peek.spaceBefore && peekNext.kind != .lparen {
                text += " " + peek.text
                end = advance().end
            }
        }
        return .name(text, quoted: false, range: t.start..<end)
    }

    private mutating func variable(_ context: String) throws -> Variable {
        try checkLength()
        let t = peek
        guard t.kind == .variable else { throw error(at: t, "expected a variable \(context), found \(describe(t))") }
        advance()
        return Variable(name: t.text, range: t.range)
    }

    private mutating func integer(_ context: String) throws -> Int {
        let t = peek
        guard t.kind == .number else { throw error(at: t, "expected a whole number \(context), found \(describe(t))") }
        guard t.number >= 0, t.number == t.number.rounded(), t.number <= 1_000_000_000 else {
            throw error(.badValue, at: t, "expected a whole number from 0 to 1000000000 \(context), found \(t.text)")
        }
        advance()
        return Int(t.number)
    }

    /// Called by the rules a long statement repeats (clauses, outputs, terms, variables).
    ///
    /// - Throws: a `tooComplex` error at the current token once the statement holds more than
    ///   `maxStatementTokens` tokens.
    private mutating func checkLength() throws {
        if current - statementStart > Parser.maxStatementTokens {
            throw error(
                .tooComplex, at: peek, "the statement holds more than \(Parser.maxStatementTokens) tokens",
                notes: ["split it into smaller statements"])
        }
    }

    /// Enters one level of nesting at `t` (the caller leaves it with `depth -= 1`).
    ///
    /// - Throws: a `tooComplex` error at `t` when `what` nests deeper than `maxDepth`.
    private mutating func nest(_ what: String, at t: Token) throws {
        depth += 1
        if depth > Parser.maxDepth {
            depth -= 1
            throw error(.tooComplex, at: t, "\(what) nested more than \(Parser.maxDepth) deep")
        }
    }

    // MARK: - Tokens

    private var peek: Token { tokens[current] }
    private var peekNext: Token { tokens[min(current + 1, tokens.count - 1)] }
    private var previous: Token { tokens[max(0, current - 1)] }

    @discardableResult
    private mutating func advance() -> Token {
        let t = tokens[current]
        if t.kind != .eof { current += 1 }
        return t
    }

    private func check(_ k: Token.Kind) -> Bool { tokens[current].kind == k }

    private mutating func match(_ k: Token.Kind) -> Bool {
        if check(k) {
            advance()
            return true
        }
        return false
    }

    private mutating func expect(_ k: Token.Kind, _ context: String) throws {
        if match(k) { return }
        throw error(at: peek, "expected \(k.label) \(context), found \(describe(peek))")
    }

    private mutating func expectWord(_ w: String, context: String) throws {
        if peek.isWord(w) {
            advance()
            return
        }
        var notes: [String] = []
        if peek.kind == .word, Suggest.nearest(peek.text, in: [w]).first != nil { notes = ["did you mean '\(w)'?"] }
        throw error(
            notes.isEmpty ? .syntax : .unknownKeyword, at: peek, "expected '\(w)' \(context), found \(describe(peek))",
            notes: notes)
    }

    private func describe(_ t: Token) -> String {
        switch t.kind {
        case .word: return "'\(t.text)'"
        case .variable: return "'?\(t.text)'"
        case .string: return "\"\(TerminalSafe.escape(t.text.count > 30 ? String(t.text.prefix(30)) + "…" : t.text))\""
        case .number, .date: return "'\(t.text)'"
        default: return t.kind.label
        }
    }

    /// Records a diagnostic at `t` and returns the error that unwinds to `parseScript`.
    private mutating func error(
        _ code: Diagnostic.Code = .syntax, at t: Token, _ message: String, notes: [String] = []
    ) -> ParseError {
        if t.kind == .error {
            diagnostics.append(source.diagnostic(.badToken, t.text, at: t.range))
        } else if t.kind == .eof {
            diagnostics.append(source.diagnostic(.unexpectedEnd, message, at: t.range, notes: notes))
        } else {
            diagnostics.append(source.diagnostic(code, message, at: t.range, notes: notes))
        }
        return ParseError()
    }

    /// Skips to the start of the next statement: past the next `;` or ending line break.
    private mutating func synchronize() {
        while !check(.eof) {
            let t = advance()
            if t.kind == .semicolon || t.kind == .end { return }
        }
    }
}
