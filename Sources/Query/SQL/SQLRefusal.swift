/// A statement `newsq sql` does not compile, and why: the limitation named, not a crash.
///
/// For example, `timeline of Duarte` is refused with "a timeline adds its 'with' and
/// 'sentence' columns after the query, which SQL over the tables does not build".
public struct SQLRefusal: Error, Equatable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
