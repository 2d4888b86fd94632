/// What a fact's subject or object is: an entity (by canonical name or id) or a literal.
///
/// For example, `Toshimitsu Motegi title "Foreign Minister"` has subject
/// `.entity("Toshimitsu Motegi")` and object `.text("Foreign Minister")`.
public enum Term: Hashable, Sendable, CustomStringConvertible {
    case entity(String)
    case text(String)
    case date(DateValue)
    case number(Double)

    public var kind: TermKind {
        switch self {
        case .entity: return .entity
        case .text: return .text
        case .date: return .date
        case .number: return .number
        }
    }

    /// The text the store interns for this term (the kind is kept beside it).
    public var lexical: String {
        switch self {
        case .entity(let s), .text(let s): return s
        case .date(let d): return d.iso
        case .number(let n): return Term.format(number: n)
        }
    }

    public var description: String { lexical }

    /// Builds a term back from its kind and interned text.
    public init(kind: TermKind, lexical: String) {
        switch kind {
        case .entity: self = .entity(lexical)
        case .text: self = .text(lexical)
        case .date: self = DateValue(iso: lexical).map(Term.date) ?? .text(lexical)
        case .number: self = Double(lexical).map(Term.number) ?? .text(lexical)
        }
    }

    /// Whole numbers print without a fraction: 30, not 30.0.
    public static func format(number n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }
}

/// The kind of a term, stored as one byte beside its interned text.
public enum TermKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case entity = 0, text = 1, date = 2, number = 3

    public var description: String {
        switch self {
        case .entity: return "entity"
        case .text: return "text"
        case .date: return "date"
        case .number: return "number"
        }
    }
}
