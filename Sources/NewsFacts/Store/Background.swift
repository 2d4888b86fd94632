import Foundation

/// A value computed once on a background thread; reading `value` waits for it.
final class Background<Value: Sendable>: @unchecked Sendable {
    // Safe: `result` is read and written only while holding `lock`; `done` is a semaphore, made
    // to be shared; `compute` is @Sendable and its value Sendable.
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            let v = compute()
            self.lock.lock()
            self.result = v
            self.lock.unlock()
            self.done.signal()
        }
    }

    init(value: Value) {
        result = value
        done.signal()
    }

    /// Computes on a background thread, or right here when `runningNow` (small inputs, where a
    /// thread costs more than it saves).
    convenience init(runningNow: Bool, _ compute: @escaping @Sendable () -> Value) {
        if runningNow { self.init(value: compute()) } else { self.init(compute) }
    }

    var value: Value {
        lock.lock()
        if let result {
            lock.unlock()
            return result
        }
        lock.unlock()
        done.wait()
        done.signal() // later readers pass straight through
        lock.lock()
        defer { lock.unlock() }
        return result!
    }
}
