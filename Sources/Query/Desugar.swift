import NewsFacts

/// Questions as `find` queries.
enum Desugar {
    private static func v(_ name: String, _ r: Range<Int>) -> TermRef { .variable(Variable(name: name, range: r)) }
    private static func word(_ w: String, _ r: Range<Int>) -> TermRef { .name(w, quoted: false, range: r) }
    private static func pattern(_ s: TermRef, _ p: String, _ o: TermRef, _ q: [(String, TermRef)] = []) -> Clause {
        .pattern(
            Pattern(
                subject: s, predicate: word(p, s.range), object: o,
                qualifiers: q.map { ($0.0, s.range, $0.1) }, range: s.range))
    }
    private static func out(_ name: String, _ r: Range<Int>) -> Output { .variable(Variable(name: name, range: r)) }

    /// The `find` a question stands for (`who is` has two: see `cardQueries`).
    static func find(_ q: Question) -> FindQuery {
        let f = FindQuery()
        switch q {
        case .whoIs(let x):
            return cardQueries(x)[0]
        case .whoHolds(let t):
            let r = t.range
            f.distinct = true
            f.outputs = [out("who", r), out("of", r)]
            f.clauses = [
                pattern(v("who", r), "title", t),
                .optional([pattern(v("who", r), "title", t, [("of", v("of", r))])], range: r),
            ]
            f.orderBy = [OrderKey(output: out("who", r), descending: false)]
        case .whatDidSay(let x, let about):
            let r = x.range
            f.outputs = [out("quote", r)]
            f.clauses = [pattern(x, "said", v("quote", r))]
            if let about {
                let text: String
                if case .name(let s, _, _) = about { text = s } else { text = about.source }
                f.clauses.append(
                    .filter(
                        Filter(
                            op: .contains, left: v("quote", r), right: .name(text, quoted: true, range: about.range),
                            range: about.range)))
            }
        case .whoMet(let x):
            let r = x.range
            f.distinct = true
            f.outputs = [out("who", r)]
            // People who took part in a meeting with X: not the countries and agencies named
            // with X, nor someone who only shares a statement or an occurrence with X.
            f.clauses = [
                pattern(v("e", r), "participant", x), pattern(v("e", r), "participant", v("who", r)),
                .filter(Filter(op: .notEqual, left: v("who", r), right: x, range: r)),
                pattern(v("who", r), "type", word("person", r)),
                pattern(v("e", r), "kind", v("kind", r)), meetingFilter(v("kind", r)),
            ]
            f.orderBy = [OrderKey(output: out("who", r), descending: false)]
        case .whenDidMeet(let x, let y):
            let r = x.range
            f.distinct = true
            f.outputs = [out("date", r), out("kind", r), out("status", r)]
            f.clauses = [
                pattern(v("e", r), "participant", x), pattern(v("e", r), "participant", y),
                pattern(v("e", r), "kind", v("kind", r)), meetingFilter(v("kind", r)),
                .optional([pattern(v("e", r), "date", v("date", r))], range: r),
                .optional([pattern(v("e", r), "status", v("status", r))], range: r),
            ]
            f.orderBy = [OrderKey(output: out("date", r), descending: false)]
        case .timeline(let x):
            let r = x.range
            f.outputs = [out("date", r), out("kind", r), out("event", r)]
            f.clauses = [
                pattern(v("event", r), "participant", x),
                .optional([pattern(v("event", r), "date", v("date", r))], range: r),
                .optional([pattern(v("event", r), "kind", v("kind", r))], range: r),
            ]
            f.orderBy = [OrderKey(output: out("date", r), descending: false)]
        case .articlesAbout(let x):
            let r = x.range
            f.distinct = true
            f.outputs = [out("article", r)]
            f.clauses = [
                .pattern(
                    Pattern(
                        subject: x, predicate: .wildcard(range: r), object: .wildcard(range: r),
                        qualifiers: [("article", r, v("article", r))], range: r))
            ]
            f.orderBy = [OrderKey(output: out("article", r), descending: false)]
        }
        return f
    }

    /// Event kinds (see the extractor's `kind`) that bring their participants together: what
    /// `who met X?`, `when did X meet Y?` and the card's "met" lines count as meeting. A
    /// statement or an occurrence that names two people is not a meeting.
    static let meetingKindList = FactVocabulary.meetingKinds
    static let meetingKinds = Set(meetingKindList)

    /// `?kind in ("meeting", "talks", …)`: the meeting kinds.
    static func meetingFilter(_ kind: TermRef) -> Clause {
        let r = kind.range
        let list = meetingKindList.map { TermRef.name($0, quoted: true, range: r) }
        return .filter(Filter(op: .in, left: kind, right: list[0], list: list, range: r))
    }

    /// The two queries behind an entity card: everything said about X, and whom X met, when.
    static func cardQueries(_ x: TermRef) -> [FindQuery] {
        let r = x.range
        let facts = FindQuery()
        facts.outputs = [out("p", r), out("o", r)]
        facts.clauses = [.pattern(Pattern(subject: x, predicate: v("p", r), object: v("o", r), range: r))]
        let met = FindQuery()
        met.outputs = [out("other", r), out("date", r), out("kind", r)]
        // "met" lists people: countries and bodies party to an event are not someone one meets.
        met.clauses = [
            pattern(v("e", r), "participant", x), pattern(v("e", r), "participant", v("other", r)),
            .filter(Filter(op: .notEqual, left: v("other", r), right: x, range: r)),
            pattern(v("other", r), "type", word("person", r)),
            .optional([pattern(v("e", r), "date", v("date", r))], range: r),
            .optional([pattern(v("e", r), "kind", v("kind", r))], range: r),
        ]
        met.orderBy = [OrderKey(output: out("date", r), descending: false)]
        return [facts, met]
    }

    /// `why PATTERN` as the `find` it runs.
    static func why(_ p: Pattern) -> FindQuery {
        let f = FindQuery()
        var vars: [Output] = []
        for t in [p.subject, p.predicate, p.object] + p.qualifiers.map(\.value) {
            if case .variable(let v) = t, !vars.contains(where: { $0.source == "?" + v.name }) {
                vars.append(.variable(v))
            }
        }
        f.outputs =
            vars.isEmpty
            ? [.aggregate(Aggregate(function: .count, distinct: false, variable: nil, range: p.range))] : vars
        f.clauses = [.pattern(p)]
        return f
    }
}
