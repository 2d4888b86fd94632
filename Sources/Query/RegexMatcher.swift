import Foundation
import NewsFacts

/// `matches` filters: a search for the regular expression in a value that stops — with an
/// error, not a hang — when it runs too long on one value, when the statement passes its time
/// limit, or on Ctrl-C.
///
/// ICU's matcher backtracks, so a pattern such as `(.*a){20}` can take exponential time. The
/// search asks ICU to report progress (`.reportProgress`: a call every few thousand steps of
/// its engine, and at each start position) and checks the budget from there.
enum RegexMatcher {
    /// Seconds (of this thread's CPU time) one search may take on one value: 10 ms, and 1 µs
    /// a character past 10,000 characters. A sane pattern takes microseconds on a sentence and grows with the text; a
    /// backtracking one can take minutes on a short one.
    static func seconds(forLength length: Int) -> Double {
        max(0.01, Double(length) * 1e-6)
    }
    /// Progress reports between two looks at the clock and at Ctrl-C.
    static let reportsPerCheck = 4

    /// True when `regex` matches somewhere in `text`.
    ///
    /// - Throws: `EvaluationError` (`regex-limit`) when the search takes longer than
    ///   `seconds(forLength:)`; what `StatementBudget.check` throws.
    static func matches(_ regex: NSRegularExpression, in text: String, budget: StatementBudget) throws -> Bool {
        var found = false
        var failure: Error?
        var reports = 0
        var started: UInt64 = 0
        let whole = NSRange(text.startIndex..., in: text)
        let allowed = seconds(forLength: whole.length)
        regex.enumerateMatches(in: text, options: [.reportProgress], range: whole) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
                return
            }
            reports += 1
            guard reports % reportsPerCheck == 0 else { return }
            do {
                try budget.check()
                let now = budget.cpuNow()
                if started == 0 {
                    started = now
                    return
                }
                if Double(now &- started) > allowed * 1e9 {
                    let shown = TermRef.quote(TerminalSafe.escape(regex.pattern))
                    let limit = QueryLimits.describe(time: allowed)
                    let message = "the regular expression \(shown) ran longer than \(limit) on one value"
                    throw EvaluationError(code: .regexLimit, message: message)
                }
            } catch {
                failure = error
                stop.pointee = true
            }
        }
        if let failure { throw failure }
        return found
    }
}
