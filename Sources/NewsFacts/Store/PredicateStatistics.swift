/// Per-predicate counts the planner uses to estimate a pattern's rows.
public struct PredicateStatistics: Sendable, Equatable {
    public var facts: Int
    public var subjects: Int
    public var objects: Int
}
