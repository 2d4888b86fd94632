import Dispatch
import Foundation

/// What a running statement may still spend, checked as the evaluator works: Ctrl-C
/// (`isCancelled`), the time limit and the memory limit of `QueryLimits`.
///
/// The evaluator counts its work (facts read, rows probed and produced) and calls `check`
/// every `checkEvery` units, so a check comes every few microseconds of work however the
/// work is shaped — a left row that yields 200,000 rows counts 200,000. Memory is the bytes of
/// rows held: `held` (relations alive while a step runs, kept by the evaluator as it goes),
/// `kept` (rule relations, for the whole statement) and what the step is building.
final class StatementBudget {
    /// Work between two checks.
    static let checkEvery = 4096

    var limits: QueryLimits
    var isCancelled: () -> Bool
    /// Bytes of rows in relations alive besides the one being built.
    var held = 0
    /// Bytes of rows kept for the whole statement (rule relations).
    var kept = 0
    /// When the statement's clock started (uptime in nanoseconds), 0 until the first check:
    /// a statement that ends before its first check never reads the clock.
    private var started: UInt64 = 0
    /// The clock, in nanoseconds (monotonic); a test may give its own.
    var now: () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
    /// The CPU time this thread has used, in nanoseconds: what a regular expression's budget
    /// on one value reads, so that a busy machine pausing the process does not count.
    var cpuNow: () -> UInt64 = StatementBudget.threadCPUTime

    static func threadCPUTime() -> UInt64 {
        var t = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0 else { return DispatchTime.now().uptimeNanoseconds }
        return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
    }

    init(limits: QueryLimits = QueryLimits(), isCancelled: @escaping () -> Bool = { false }) {
        self.limits = limits
        self.isCancelled = isCancelled
    }

    /// Starts a statement: nothing held, the clock not yet started.
    func begin(_ limits: QueryLimits) {
        self.limits = limits
        held = 0
        kept = 0
        started = 0
    }

    /// Checks Ctrl-C, the time and the memory (with `building` bytes in a relation under way).
    ///
    /// - Throws: `QueryCancelled`, or `LimitExceeded` for the time or the memory.
    func check(building: Int = 0) throws {
        if isCancelled() { throw QueryCancelled() }
        try checkMemory(building: building)
        guard let time = limits.time else { return }
        let now = self.now()
        if started == 0 {
            started = now
            return
        }
        if Double(now &- started) > time * 1e9 { throw LimitExceeded(kind: .time, limits: limits) }
    }

    /// The memory part of `check` alone (no clock, no callback): cheap enough for every step.
    ///
    /// - Throws: `LimitExceeded` when the rows held and `building` pass the memory limit.
    @inline(__always)
    func checkMemory(building: Int = 0) throws {
        if let memory = limits.memory, held &+ kept &+ building > memory {
            throw LimitExceeded(kind: .memory, limits: limits)
        }
    }

    /// Bytes of `values` row values.
    @inline(__always) static func bytes(_ values: Int) -> Int { values &* 4 }
}

/// Thrown when a statement passes a limit of `QueryLimits`.
struct LimitExceeded: Error {
    enum Kind { case time, memory }
    var kind: Kind
    var limits: QueryLimits

    /// What the error says, and how to change the limit.
    var message: String {
        switch kind {
        case .time:
            return "the statement ran past the time limit (\(QueryLimits.describe(time: limits.time)))"
        case .memory:
            let limit = QueryLimits.describe(memory: limits.memory)
            return "the statement needs more than the memory limit (\(limit)) for its rows"
        }
    }

    var notes: [String] {
        let narrow = "narrow the query (a constant, a limit), or raise the limit: "
        switch kind {
        case .time: return [narrow + ".limit time 5m, or --max-time"]
        case .memory: return [narrow + ".limit memory 8GB, or --max-memory"]
        }
    }
}
