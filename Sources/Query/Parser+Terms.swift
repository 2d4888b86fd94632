import NewsFacts

// The parser's term rules (names, variables, numbers) and its token primitives and errors.
extension Parser {
    // MARK: - Terms

    /// ```
    /// term = variable | "_" | name | STRING | NUMBER | DATE ;
    /// name = WORD | CAPWORD { CAPWORD } ;   (capitalised words on one line join into one name)
    /// ```
    mutating func term(_ context: @autoclosure () -> String) throws -> TermRef {
        try checkLength()
        let t = peek
        switch t.kind {
        case .variable:
            advance()
            return .variable(variable(of: t))
        case .wildcard:
            advance()
            return .wildcard(range: t.range)
        case .string:
            advance()
            return .name(text(t), quoted: true, range: t.range)
        case .number:
            advance()
            return .number(t.number, text: text(t), range: t.range)
        case .date:
            // The lexer makes a date token only of text that reads as one.
            let written = text(t)
            guard let d = DateValue(iso: written) else { throw error(.badValue, at: t, "'\(written)' is not a date") }
            advance()
            return .date(d, range: t.range)
        case .word:
            return try name(context())
        case .question where peekNext.kind == .word && peekNext.start == t.end:
            throw error(at: t, "expected a term \(context()), found '?'")
        default:
            throw error(at: t, "expected a term \(context()), found \(describe(t))")
        }
    }

    /// A name: one bare word, or capitalised words joined (`Antony Blinken`); or a quoted string.
    mutating func name(_ context: @autoclosure () -> String) throws -> TermRef {
        let t = peek
        if t.kind == .string {
            advance()
            return .name(text(t), quoted: true, range: t.range)
        }
        guard t.kind == .word else {
            if t.kind == .variable || t.kind == .number || t.kind == .date { return try term(context()) }
            throw error(at: t, "expected a name \(context()), found \(describe(t))")
        }
        advance()
        guard t.capitalized, nextJoinsName else { return .name(text(t), quoted: false, range: t.range) }
        // Capitalised words joined with single spaces, whatever blank space lay between them.
        var joined = Array(bytes[t.range])
        while nextJoinsName {
            joined.append(0x20)
            joined += bytes[peek.range]
            advance()
        }
        return .name(String(decoding: joined, as: UTF8.self), quoted: false, range: t.start..<previous.end)
    }

    /// Whether the next token continues a name of capitalised words (and is no rule call's name).
    private var nextJoinsName: Bool {
        peek.kind == .word && peek.capitalized && peek.spaceBefore && peekNext.kind != .lparen
    }

    mutating func variable(_ context: @autoclosure () -> String) throws -> Variable {
        try checkLength()
        let t = peek
        guard t.kind == .variable else { throw error(at: t, "expected a variable \(context()), found \(describe(t))") }
        advance()
        return variable(of: t)
    }

    /// The variable a `.variable` token names.
    func variable(of t: Token) -> Variable {
        Variable(name: t.text(in: bytes), range: t.range)
    }

    mutating func integer(_ context: @autoclosure () -> String) throws -> Int {
        let t = peek
        guard t.kind == .number else {
            throw error(at: t, "expected a whole number \(context()), found \(describe(t))")
        }
        guard t.number >= 0, t.number == t.number.rounded(), t.number <= 1_000_000_000 else {
            throw error(.badValue, at: t, "expected a whole number from 0 to 1000000000 \(context()), found \(text(t))")
        }
        advance()
        return Int(t.number)
    }

    /// Called by the rules a long statement repeats (clauses, outputs, terms, variables).
    ///
    /// - Throws: a `tooComplex` error at the current token once the statement holds more than
    ///   `maxStatementTokens` tokens.
    mutating func checkLength() throws {
        if current - statementStart > Parser.maxStatementTokens {
            throw error(
                .tooComplex, at: peek, "the statement holds more than \(Parser.maxStatementTokens) tokens",
                notes: ["split it into smaller statements"])
        }
    }

    /// Enters one level of nesting at `t` (the caller leaves it with `depth -= 1`).
    ///
    /// - Throws: a `tooComplex` error at `t` when `what` nests deeper than `maxDepth`.
    mutating func nest(_ what: String, at t: Token) throws {
        depth += 1
        if depth > Parser.maxDepth {
            depth -= 1
            throw error(.tooComplex, at: t, "\(what) nested more than \(Parser.maxDepth) deep")
        }
    }

    // MARK: - Tokens

    var peek: Token { tokens[current] }

    /// A token's text as a value (see `Token.text(in:)`); an error token's message.
    func text(_ t: Token) -> String {
        t.kind == .error ? messages[Int(t.message)] : t.text(in: bytes)
    }

    /// True when `t` is the bare word `w`, compared in place.
    func isWord(_ t: Token, _ w: StaticString) -> Bool { t.isWord(w, in: bytes) }

    /// True when `t` is a bare word among `words`, compared in place.
    func isWord(_ t: Token, oneOf words: [String]) -> Bool {
        guard t.kind == .word else { return false }
        let written = bytes[t.range]
        return words.contains { $0.utf8.count == written.count && $0.utf8.elementsEqual(written) }
    }

    /// True when the next token is the bare word `w`.
    func peekIs(_ w: StaticString) -> Bool { tokens[current].isWord(w, in: bytes) }
    var peekNext: Token { tokens[min(current + 1, tokens.count - 1)] }
    var previous: Token { tokens[max(0, current - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[current]
        if t.kind != .eof { current += 1 }
        return t
    }

    func check(_ k: Token.Kind) -> Bool { tokens[current].kind == k }

    mutating func match(_ k: Token.Kind) -> Bool {
        if check(k) {
            advance()
            return true
        }
        return false
    }

    mutating func expect(_ k: Token.Kind, _ context: @autoclosure () -> String) throws {
        if match(k) { return }
        throw error(at: peek, "expected \(k.label) \(context()), found \(describe(peek))")
    }

    mutating func expectWord(_ w: StaticString, context: @autoclosure () -> String) throws {
        if peekIs(w) {
            advance()
            return
        }
        var notes: [String] = []
        if peek.kind == .word, Suggest.nearest(text(peek), in: ["\(w)"]).first != nil {
            notes = ["did you mean '\(w)'?"]
        }
        throw error(
            notes.isEmpty ? .syntax : .unknownKeyword, at: peek,
            "expected '\(w)' \(context()), found \(describe(peek))",
            notes: notes)
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .word: return "'\(text(t))'"
        case .variable: return "'?\(text(t))'"
        case .string:
            let s = text(t)
            return "\"\(TerminalSafe.escape(s.count > 30 ? String(s.prefix(30)) + "…" : s))\""
        case .number, .date: return "'\(text(t))'"
        default: return t.kind.label
        }
    }

    /// Skips to the start of the next statement: past the next `;` or ending line break.
    mutating func synchronize() {
        while !check(.eof) {
            let t = advance()
            if t.kind == .semicolon || t.kind == .end { return }
        }
    }
}
