import NewsFacts

// The parser's clause rules: patterns, filters, rule calls, `not` and `optional`.
extension Parser {
    // MARK: - Clauses

    /// `clauses = clause { "," clause } ;`
    mutating func clauses() throws -> [Clause] {
        var out = [try clause()]
        while match(.comma) { out.append(try clause()) }
        return out
    }

    /// ```
    /// clause = "not" group | "optional" group | call | filter | pattern ;
    /// group  = "(" clauses ")" | clause ;
    /// ```
    mutating func clause() throws -> Clause {
        try checkLength()
        try nest("clauses", at: peek)
        defer { depth -= 1 }
        let t = peek
        let negated = isWord(t, "not")
        if negated || isWord(t, "optional") {
            advance()
            let body: [Clause]
            if match(.lparen) {
                body = try clauses()
                try expect(.rparen, "to close '\(negated ? "not" : "optional") ('")
            } else {
                body = [try clause()]
            }
            let r = t.start..<previous.end
            return negated ? .not(body, range: r) : .optional(body, range: r)
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
            // `==` is written back as `=`; `<>` as itself.
            let bytes = self.bytes // read by the context only when it is shown
            let right = try term("after '\(op.kind == .equal ? "=" : op.text(in: bytes))'")
            let fo: FilterOperator = [
                .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
                .greater: .greater, .greaterEqual: .greaterEqual,
            ][op.kind]!
            return .filter(Filter(op: fo, left: left, right: right, range: left.range.lowerBound..<previous.end))
        case .word where isWord(peek, oneOf: Vocabulary.filters):
            return .filter(try filter(left))
        default:
            return .pattern(try patternRest(left))
        }
    }

    /// `filter = term ( compare term | "between" term "and" term | "contains" term | "matches" STRING
    ///          | "in" "(" term { "," term } ")" ) ;`
    mutating func filter(_ left: TermRef) throws -> Filter {
        let op = advance()
        if isWord(op, "in") {
            try expect(.lparen, "after 'in' (a list: ?k in (\"talks\", \"meeting\"))")
            var list: [TermRef] = []
            repeat { list.append(try term("in the list of 'in'")) } while match(.comma)
            try expect(.rparen, "to close the list of 'in'")
            return Filter(op: .in, left: left, right: list[0], list: list, range: left.range.lowerBound..<previous.end)
        }
        if isWord(op, "between") {
            let lo = try term("after 'between'")
            try expectWord("and", context: "between the bounds of 'between'")
            let hi = try term("after 'and'")
            return Filter(op: .between, left: left, right: lo, upper: hi, range: left.range.lowerBound..<previous.end)
        }
        if isWord(op, "contains") {
            let r = try term("after 'contains'")
            return Filter(op: .contains, left: left, right: r, range: left.range.lowerBound..<previous.end)
        }
        let r = peek
        guard r.kind == .string else {
            throw error(at: r, "expected a quoted regular expression after 'matches', found \(describe(r))")
        }
        advance()
        return Filter(
            op: .matches, left: left, right: .name(text(r), quoted: true, range: r.range),
            range: left.range.lowerBound..<previous.end)
    }

    /// Whether token `t` is the first on its line (a line break lies between it and the token
    /// before).
    func startsLine(_ t: Token) -> Bool {
        bytes[min(previous.end, t.start)..<t.start].contains(0x0A)
    }

    /// `call = WORD "(" term { "," term } ")" ;`
    mutating func call() throws -> RuleCall {
        let nameToken = advance()
        let name = text(nameToken)
        advance()
        var args: [TermRef] = []
        if !check(.rparen) {
            repeat { args.append(try term("as an argument of \(name)( )")) } while match(.comma)
        }
        try expect(.rparen, "to close \(name)(")
        return RuleCall(name: name, nameRange: nameToken.range, arguments: args, range: nameToken.start..<previous.end)
    }

    /// `pattern = term predicate term [ "[" qualifier { "," qualifier } "]" ] ;`
    mutating func pattern() throws -> Pattern {
        let s = try term("as the subject of a pattern")
        return try patternRest(s)
    }

    /// `predicate = WORD | STRING | variable | "_" ;`
    /// `qualifier = WORD ":" term ;`
    mutating func patternRest(_ subject: TermRef) throws -> Pattern {
        let pt = peek
        let predicate: TermRef
        switch pt.kind {
        case .word, .string:
            advance()
            predicate = .name(text(pt), quoted: pt.kind == .string, range: pt.range)
        case .variable:
            advance()
            predicate = .variable(variable(of: pt))
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
                let key = text(k)
                try expect(.colon, "after the qualifier '\(key)'")
                let v = try term("as the value of '\(key):'")
                p.qualifiers.append((key, k.range, v))
            } while match(.comma)
            try expect(.rbracket, "to close the qualifiers")
            p.range = subject.range.lowerBound..<previous.end
        }
        return p
    }
}
