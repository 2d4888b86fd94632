import Foundation
import NewsFacts

// The evaluator's filters.
extension Evaluator {
    /// The rows of `rel` that pass filter `f`.
    func filter(_ rel: Relation, _ f: BoundFilter) throws -> Relation {
        if let out = try filterEqualColumns(rel, f) { return out }
        func column(_ o: Operand?) throws -> Int? {
            guard let v = o?.variable else { return nil }
            return try self.column(of: v, in: rel)
        }
        let cols = (try column(f.left), try column(f.right), try column(f.upper))
        var failure: Error?
        let out = rel.filtered { r in
            do { try poll() } catch {
                failure = error
                return false
            }
            func item(_ o: Operand?, _ col: Int?) -> Item? {
                guard let o else { return nil }
                switch o {
                // A variable's column was found above.
                case .variable: return .value(col.map { rel.value(r, $0) } ?? Relation.null)
                case .constant(let c): return .constant(c)
                }
            }
            guard let a = item(f.left, cols.0), let b = item(f.right, cols.1) else { return false }
            if f.op == .matches {
                // The one filter that can fail: a search may pass its budget.
                do { return try matches(f, a) } catch {
                    failure = error
                    return false
                }
            }
            return test(f, a, b, item(f.upper, cols.2))
        }
        if let failure { throw failure }
        return out
    }

    /// `matches`: whether the regular expression is found in `a`'s text.
    ///
    /// - Throws: what `RegexMatcher.matches` throws.
    func matches(_ f: BoundFilter, _ a: Item) throws -> Bool {
        guard let re = f.regex, !isNull(a) else { return false }
        return try RegexMatcher.matches(re, in: text(a), budget: budget)
    }

    enum Item {
        case value(Value)
        case constant(Constant)
    }

    func isNull(_ i: Item) -> Bool {
        if case .value(let v) = i { return v == Relation.null }
        return false
    }
    func text(_ i: Item) -> String {
        switch i {
        case .value(let v): return values.text(v)
        case .constant(let c): return c.text
        }
    }
    func date(_ i: Item) -> DateValue? {
        switch i {
        case .value(let v): return values.date(v)
        case .constant(let c): return c.date
        }
    }
    func number(_ i: Item) -> Double? {
        switch i {
        case .value(let v): return values.number(v)
        case .constant(let c): return c.number
        }
    }

    /// The filter semantics documented in Grammar.md ("Filters"), but for `matches` (see
    /// `matches(_:_:)`, which may throw).
    func test(_ f: BoundFilter, _ a: Item, _ b: Item, _ c: Item?) -> Bool {
        if isNull(a) || isNull(b) || c.map(isNull) == true { return false }
        switch f.op {
        case .equal: return equal(a, b)
        case .notEqual: return !equal(a, b)
        case .less, .lessEqual, .greater, .greaterEqual:
            if let x = date(a), let y = date(b) {
                switch f.op {
                case .less: return x.firstDay < y.firstDay
                case .lessEqual: return x.firstDay <= y.lastDay
                case .greater: return x.lastDay > y.lastDay
                default: return x.lastDay >= y.firstDay
                }
            }
            if let x = number(a), let y = number(b) {
                switch f.op {
                case .less: return x < y
                case .lessEqual: return x <= y
                case .greater: return x > y
                default: return x >= y
                }
            }
            let x = text(a), y = text(b)
            switch f.op {
            case .less: return x < y
            case .lessEqual: return x <= y
            case .greater: return x > y
            default: return x >= y
            }
        case .between:
            guard let c else { return false }
            if let x = date(a), let lo = date(b), let hi = date(c) {
                return x.lastDay >= lo.firstDay && x.firstDay <= hi.lastDay
            }
            if let x = number(a), let lo = number(b), let hi = number(c) { return x >= lo && x <= hi }
            let x = text(a)
            return x >= text(b) && x <= text(c)
        case .in:
            return f.list.contains { equal(a, .constant($0)) }
        case .contains:
            let needle = text(b)
            if needle.isEmpty { return true }
            return text(a).range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        case .matches:
            return false
        }
    }

    func equal(_ a: Item, _ b: Item) -> Bool {
        switch (a, b) {
        case (.value(let x), .value(let y)):
            if x == y { return true }
            if let dx = values.date(x), let dy = values.date(y) {
                return dx.lastDay >= dy.firstDay && dx.firstDay <= dy.lastDay
            }
            if let nx = values.number(x), let ny = values.number(y) { return nx == ny }
            return false
        case (.value(let x), .constant(let c)), (.constant(let c), .value(let x)):
            if c.ids.contains(x) { return true }
            if let d = c.date, let dx = values.date(x) { return dx.lastDay >= d.firstDay && dx.firstDay <= d.lastDay }
            if let n = c.number, let nx = values.number(x) { return n == nx }
            if let k = values.kind(x), k == .text || k == .entity, c.ids.isEmpty { return values.text(x) == c.text }
            return false
        case (.constant(let c), .constant(let d)):
            return c.text == d.text
        }
    }

}
