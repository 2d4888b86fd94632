import Foundation
import NewsFacts

/// newsq's value semantics in SQL: term identity, the filters of Grammar.md ("Filters": dates
/// overlap, numbers by value, text otherwise) and the value order (empty, numbers, dates by
/// first day then precision, text without case then exactly).
struct SQLSemantics {
    let dialect: SQLDialect

    func literal(_ s: String) -> String { dialect.literal(s) }

    // MARK: - Identity

    /// The same term: same text and kind.
    func same(_ a: SQLValue, _ b: SQLValue) -> SQLCondition {
        let uses = a.aliases.union(b.aliases)
        if let ka = a.literalKind, let kb = b.literalKind {
            return ka == kb ? SQLCondition(sql: "\(a.text) = \(b.text)", aliases: uses) : .never
        }
        return SQLCondition(sql: "\(a.text) = \(b.text) AND \(a.kind) = \(b.kind)", aliases: uses)
    }

    /// One of the terms `terms`.
    func isOne(of terms: [(text: String, kind: TermKind)], _ v: SQLValue) -> SQLCondition {
        var byKind: [(TermKind, [String])] = []
        for t in terms {
            if let k = v.literalKind, k != t.kind { continue }
            if let i = byKind.firstIndex(where: { $0.0 == t.kind }) {
                if !byKind[i].1.contains(t.text) { byKind[i].1.append(t.text) }
            } else {
                byKind.append((t.kind, [t.text]))
            }
        }
        if byKind.isEmpty { return .never }
        let parts = byKind.map { kind, texts -> String in
            let test =
                texts.count == 1
                ? "\(v.text) = \(literal(texts[0]))"
                : "\(v.text) IN (" + texts.map(literal).joined(separator: ", ") + ")"
            return v.literalKind == nil ? "\(v.kind) = \(SQLValue.literal(kind)) AND \(test)" : test
        }
        return SQLCondition(
            sql: parts.count == 1 ? parts[0] : "(" + parts.map { "(\($0))" }.joined(separator: " OR ") + ")",
            aliases: v.aliases)
    }

    // MARK: - Dates

    /// The first day of an ISO date's text (day, month, year or decade `YYYYs`), as ISO text.
    func firstDay(_ t: String) -> String {
        "CASE length(\(t)) WHEN 10 THEN \(t) WHEN 7 THEN \(t) || '-01' WHEN 4 THEN \(t) || '-01-01' "
            + "ELSE substr(\(t), 1, 3) || '0-01-01' END"
    }

    /// The last day, as text that compares like it (a month's is its `-31`: no real day lies between).
    func lastDay(_ t: String) -> String {
        "CASE length(\(t)) WHEN 10 THEN \(t) WHEN 7 THEN \(t) || '-31' WHEN 4 THEN \(t) || '-12-31' "
            + "ELSE substr(\(t), 1, 3) || '9-12-31' END"
    }

    static func firstDay(_ d: DateValue) -> String { d.iso.count == 10 ? d.iso : ends(d).0 }
    static func lastDay(_ d: DateValue) -> String { d.iso.count == 10 ? d.iso : ends(d).1 }

    private static func ends(_ d: DateValue) -> (String, String) {
        let y = String(format: "%04d", d.year)
        switch d.precision {
        case .decade: return (String(format: "%04d-01-01", d.year), String(format: "%04d-12-31", d.year + 9))
        case .year: return ("\(y)-01-01", "\(y)-12-31")
        case .month: return (d.iso + "-01", d.iso + "-31")
        case .day: return (d.iso, d.iso)
        }
    }

    // MARK: - Filters

    /// An operand of a filter: a variable's value or a constant.
    enum Operand {
        case value(SQLValue)
        case constant(SQLConstant)
    }

    /// `a = b` as Grammar.md defines it.
    func equal(_ a: Operand, _ b: Operand) -> SQLCondition {
        switch (a, b) {
        case (.value(let x), .value(let y)):
            var parts = [same(x, y).sql]
            let uses = x.aliases.union(y.aliases)
            let kinds = [x.literalKind, y.literalKind]
            if !kinds.contains(where: { $0 != nil && $0 != .date }) {
                parts.append(
                    "(\(kindTest(x, .date)) AND \(kindTest(y, .date)) AND \(lastDay(x.text)) >= \(firstDay(y.text)) "
                        + "AND \(firstDay(x.text)) <= \(lastDay(y.text)))")
            }
            if !kinds.contains(where: { $0 != nil && $0 != .number }) {
                parts.append(
                    "(\(kindTest(x, .number)) AND \(kindTest(y, .number)) "
                        + "AND \(dialect.number(x.text)) = \(dialect.number(y.text)))")
            }
            return SQLCondition(sql: or(parts.filter { $0 != "FALSE" }), aliases: uses)
        case (.value(let x), .constant(let c)), (.constant(let c), .value(let x)):
            var parts: [String] = []
            let ids = isOne(of: c.terms, x)
            if ids.sql != "FALSE" { parts.append(ids.sql) }
            if let d = c.date, x.literalKind == nil || x.literalKind == .date {
                parts.append(
                    "(\(kindTest(x, .date)) AND \(lastDay(x.text)) >= \(literal(SQLSemantics.firstDay(d))) "
                        + "AND \(firstDay(x.text)) <= \(literal(SQLSemantics.lastDay(d))))")
            }
            if let n = c.number, x.literalKind == nil || x.literalKind == .number {
                parts.append("(\(kindTest(x, .number)) AND \(dialect.number(x.text)) = \(Term.format(number: n)))")
            }
            if c.terms.isEmpty, x.literalKind == nil || x.literalKind == .text || x.literalKind == .entity {
                let k =
                    x.literalKind == nil ? "\(x.kind) IN ('text', 'entity') AND " : ""
                parts.append("(\(k)\(x.text) = \(literal(c.text)))")
            }
            return parts.isEmpty ? .never : SQLCondition(sql: or(parts), aliases: x.aliases)
        case (.constant(let c), .constant(let d)):
            return SQLCondition(sql: c.text == d.text ? "TRUE" : "FALSE", aliases: [])
        }
    }

    /// `a < b`, `<=`, `>`, `>=`: dates by the days they cover, numbers by value, else text.
    func compare(_ op: FilterOperator, _ a: Operand, _ b: Operand) -> SQLCondition {
        let (ax, ad, an, aa) = readings(a)
        let (bx, bd, bn, ba) = readings(b)
        let textOp = ["<": "<", "<=": "<=", ">": ">", ">=": ">="][op.rawValue] ?? "="
        var dateTest: String
        switch op {
        case .less: dateTest = "\(ad.first) < \(bd.first)"
        case .lessEqual: dateTest = "\(ad.first) <= \(bd.last)"
        case .greater: dateTest = "\(ad.last) > \(bd.last)"
        default: dateTest = "\(ad.last) >= \(bd.first)"
        }
        return SQLCondition(
            sql: branches(
                date: (ad.isDate, bd.isDate, dateTest),
                number: (an.isNumber, bn.isNumber, "\(an.value) \(textOp) \(bn.value)"),
                text: "\(ax) \(textOp) \(bx)"),
            aliases: aa.union(ba))
    }

    /// `a between lo and hi`.
    func between(_ a: Operand, _ lo: Operand, _ hi: Operand) -> SQLCondition {
        let (ax, ad, an, aa) = readings(a)
        let (lx, ld, ln, la) = readings(lo)
        let (hx, hd, hn, ha) = readings(hi)
        let isDate =
            ad.isDate == "FALSE" || ld.isDate == "FALSE" || hd.isDate == "FALSE"
            ? "FALSE" : and([ad.isDate, ld.isDate, hd.isDate])
        let isNumber =
            an.isNumber == "FALSE" || ln.isNumber == "FALSE" || hn.isNumber == "FALSE"
            ? "FALSE" : and([an.isNumber, ln.isNumber, hn.isNumber])
        return SQLCondition(
            sql: branches(
                date: (isDate, "TRUE", "\(ad.last) >= \(ld.first) AND \(ad.first) <= \(hd.last)"),
                number: (isNumber, "TRUE", "\(an.value) >= \(ln.value) AND \(an.value) <= \(hn.value)"),
                text: "\(ax) >= \(lx) AND \(ax) <= \(hx)"),
            aliases: aa.union(la).union(ha))
    }

    /// `a contains b`: a substring without regard to case or diacritics.
    func contains(_ a: Operand, _ b: Operand) -> SQLCondition {
        let (ax, _, _, aa) = readings(a)
        switch b {
        case .constant(let c):
            let needle = c.text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            if needle.isEmpty { return SQLCondition(sql: "TRUE", aliases: aa) }
            return SQLCondition(sql: "instr(\(dialect.folded(ax)), \(literal(needle))) > 0", aliases: aa)
        case .value(let v):
            return SQLCondition(
                sql: "(\(v.text) = '' OR instr(\(dialect.folded(ax)), \(dialect.folded(v.text))) > 0)",
                aliases: aa.union(v.aliases))
        }
    }

    /// `a matches "re"`.
    func matches(_ a: Operand, _ pattern: String) -> SQLCondition {
        let (ax, _, _, aa) = readings(a)
        return SQLCondition(sql: dialect.matches(ax, pattern), aliases: aa)
    }

    // MARK: - Order

    /// The ORDER BY keys that sort values in newsq's value order.
    func orderKeys(_ v: SQLValue, descending: Bool) -> [String] {
        let dir = descending ? " DESC" : ""
        return sortFields(v).map { $0 + dir }
    }

    /// A single comparable key (a row of fields) in value order, NULL for an empty value.
    func sortKey(_ v: SQLValue) -> String {
        "CASE WHEN \(v.text) IS NULL THEN NULL ELSE \(dialect.tuple(sortFields(v, forTuple: true))) END"
    }

    private func sortFields(_ v: SQLValue, forTuple: Bool = false) -> [String] {
        let t = v.text
        // A tuple's fields may not be NULL where they do not apply (engines differ on NULL
        // inside rows): they take a neutral value instead.
        let zero = forTuple ? " ELSE 0" : ""
        let blank = forTuple ? " ELSE ''" : ""
        var out: [String] = []
        switch v.literalKind {
        case .number?:
            if v.nullable { out.append("CASE WHEN \(t) IS NULL THEN 0 ELSE 1 END") }
            out.append(dialect.number(t))
        case .date?:
            if v.nullable { out.append("CASE WHEN \(t) IS NULL THEN 0 ELSE 1 END") }
            out += [firstDay(t), precision(t)]
        case .text?, .entity?:
            if v.nullable { out.append("CASE WHEN \(t) IS NULL THEN 0 ELSE 1 END") }
            out += ["lower(\(t))", t]
        case nil:
            let k = v.kind
            out.append("CASE WHEN \(t) IS NULL THEN 0 WHEN \(k) = 'number' THEN 1 WHEN \(k) = 'date' THEN 2 ELSE 3 END")
            out.append("CASE WHEN \(k) = 'number' THEN \(dialect.number(t))\(zero) END")
            out.append("CASE WHEN \(k) = 'date' THEN \(firstDay(t))\(blank) END")
            out.append("CASE WHEN \(k) = 'date' THEN \(precision(t))\(zero) END")
            out += ["lower(\(t))", t]
        }
        return out
    }

    /// A date's precision as a rank: decade 0, year 1, month 2, day 3.
    private func precision(_ t: String) -> String {
        "CASE length(\(t)) WHEN 5 THEN 0 WHEN 4 THEN 1 WHEN 7 THEN 2 ELSE 3 END"
    }

    // MARK: - Helpers

    private func kindTest(_ v: SQLValue, _ kind: TermKind) -> String {
        if let k = v.literalKind { return k == kind ? "TRUE" : "FALSE" }
        return "\(v.kind) = \(SQLValue.literal(kind))"
    }

    private struct DateReading {
        var isDate: String
        var first: String
        var last: String
    }

    private struct NumberReading {
        var isNumber: String
        var value: String
    }

    /// An operand's text, date and number readings as SQL.
    private func readings(_ o: Operand) -> (String, DateReading, NumberReading, Set<String>) {
        switch o {
        case .value(let v):
            return (
                v.text, DateReading(isDate: kindTest(v, .date), first: firstDay(v.text), last: lastDay(v.text)),
                NumberReading(isNumber: kindTest(v, .number), value: dialect.number(v.text)), v.aliases
            )
        case .constant(let c):
            let d =
                c.date.map {
                    DateReading(
                        isDate: "TRUE", first: literal(SQLSemantics.firstDay($0)),
                        last: literal(SQLSemantics.lastDay($0)))
                } ?? DateReading(isDate: "FALSE", first: "NULL", last: "NULL")
            let n =
                c.number.map { NumberReading(isNumber: "TRUE", value: Term.format(number: $0)) }
                ?? NumberReading(isNumber: "FALSE", value: "NULL")
            return (literal(c.text), d, n, [])
        }
    }

    /// CASE over the readings both sides have: dates first, then numbers, then text.
    private func branches(date: (String, String, String), number: (String, String, String), text: String) -> String {
        var cases: [(String, String)] = []
        for (l, r, test) in [date, number] {
            let when = and([l, r])
            if when == "FALSE" { continue }
            if when == "TRUE" { return cases.isEmpty ? test : caseExpr(cases, otherwise: test) }
            cases.append((when, test))
        }
        return cases.isEmpty ? text : caseExpr(cases, otherwise: text)
    }

    private func caseExpr(_ cases: [(String, String)], otherwise: String) -> String {
        "CASE " + cases.map { "WHEN \($0.0) THEN \($0.1)" }.joined(separator: " ") + " ELSE \(otherwise) END"
    }

    func and(_ parts: [String]) -> String {
        if parts.contains("FALSE") { return "FALSE" }
        let rest = parts.filter { $0 != "TRUE" }
        return rest.isEmpty ? "TRUE" : rest.joined(separator: " AND ")
    }

    func or(_ parts: [String]) -> String {
        let rest = parts.filter { $0 != "FALSE" }
        if rest.isEmpty { return "FALSE" }
        return rest.count == 1 ? rest[0] : "(" + rest.map { "(\($0))" }.joined(separator: " OR ") + ")"
    }
}
