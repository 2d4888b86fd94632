/// Asked while articles are extracted whether the caller wants to stop (Ctrl-C at the
/// prompt). It is asked from every worker thread, so it must be cheap and thread-safe, such
/// as reading a flag a signal handler sets.
public typealias CancellationCheck = @Sendable () -> Bool

/// Extraction stopped because its `CancellationCheck` said so.
public struct ExtractionCancelled: Error, Equatable, CustomStringConvertible {
    public init() {}
    public var description: String { "extraction cancelled" }
}

/// The cancellation state of one article's extraction, polled by the stages in their long
/// loops (over sentences, mentions, tokens): the check is asked once every `interval` polls
/// and between stages, so even a huge article stops soon after it is asked to; once the
/// check says stop, every later poll does, and the stages return early.
final class CancellationPoint {
    private let check: CancellationCheck?
    private let interval: Int
    private var polls = 0
    /// Whether the check said stop.
    private(set) var isCancelled = false

    /// A point that never stops.
    static var never: CancellationPoint { CancellationPoint(nil) }

    init(_ check: CancellationCheck?, interval: Int = ExtractionLimits.pollsBetweenCancelChecks) {
        self.check = check
        self.interval = max(1, interval)
    }

    /// Whether to stop; asks the check every `interval` calls.
    @inline(__always) func poll() -> Bool {
        guard check != nil, !isCancelled else { return isCancelled }
        polls += 1
        guard polls >= interval else { return false }
        return checkNow()
    }

    /// Asks the check now (between stages); whether to stop.
    @discardableResult
    func checkNow() -> Bool {
        polls = 0
        if !isCancelled, let check { isCancelled = check() }
        return isCancelled
    }
}
