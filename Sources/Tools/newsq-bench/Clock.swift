import Foundation

/// A monotonic stopwatch.
struct Clock {
    private var start = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the start or the last lap.
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { start = now }
        return Double(now - start) / 1e9
    }
}
