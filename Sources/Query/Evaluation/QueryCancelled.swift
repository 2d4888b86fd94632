/// Thrown when `isCancelled` reports true while a query runs (Ctrl-C).
public struct QueryCancelled: Error, CustomStringConvertible {
    public var description: String { "cancelled" }
}
