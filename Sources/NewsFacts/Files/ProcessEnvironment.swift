#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A few variables of the process's environment, read with `getenv`.
///
/// `ProcessInfo.processInfo.environment` makes a dictionary of every variable (a million
/// instructions the first time, 5% of a one-shot query), where start-up reads one or two.
///
/// For example:
///
///     ProcessEnvironment.values(["NEWSQ_SNAPSHOT"])   // ["NEWSQ_SNAPSHOT": "verify"], or [:]
public enum ProcessEnvironment {
    /// The variables among `names` that are set, with their values.
    public static func values(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { found[name] = String(cString: value) }
        }
        return found
    }
}
