import Foundation

/// How much one statement may take: time, and memory for the rows it holds. A statement that
/// needs more stops with an error (`time-limit`, `memory-limit`); the session, its rules and
/// its store live on.
///
/// Memory is counted as the evaluator's rows, 4 bytes a value, in the relations alive at once
/// (a step's input and what it has built so far, rule relations, the answer being formatted),
/// not as the process's size: the count is the same on every machine and every run.
///
/// For example:
///
///     session.options.limits.time = 10                    // seconds
///     session.options.limits.memory = QueryLimits.parseMemory("512MB") ?? nil
public struct QueryLimits: Equatable, Sendable {
    /// Seconds a statement may run; nil: no limit.
    public var time: Double?
    /// Bytes of rows a statement may hold; nil: no limit.
    public var memory: Int?

    public init(time: Double? = QueryLimits.defaultTime, memory: Int? = QueryLimits.defaultMemory) {
        self.time = time
        self.memory = memory
    }

    /// A minute: far beyond any ordinary question, short enough that a runaway one ends.
    public static let defaultTime: Double? = 60
    /// 1 GB of rows (about 270 million values).
    public static let defaultMemory: Int? = 1 << 30

    // MARK: - Reading and writing limits

    /// A duration: a number with `ms`, `s`, `m`/`min` or `h` (seconds when bare), or `off`.
    ///
    /// - Returns: `.some(nil)` for `off`, `.some(seconds)`, or nil when `text` is not a
    ///   duration above zero.
    public static func parseTime(_ text: String) -> Double?? {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
        if ["off", "none", "unlimited"].contains(t) { return .some(nil) }
        let units: [(String, Double)] = [("ms", 0.001), ("min", 60), ("s", 1), ("m", 60), ("h", 3600), ("", 1)]
        for (suffix, scale) in units where t.hasSuffix(suffix) {
            let number = t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                let n = Double(number), n.isFinite, n > 0, n * scale <= 1e9
            else { continue }
            return .some(n * scale)
        }
        return nil
    }

    /// A size: a number with `B`, `KB`, `MB`, `GB` or `TB` (binary: 1 KB = 1,024 bytes; `K`,
    /// `KiB`… too; bytes when bare), or `off`.
    ///
    /// - Returns: `.some(nil)` for `off`, `.some(bytes)`, or nil when `text` is not a size
    ///   above zero.
    public static func parseMemory(_ text: String) -> Int?? {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
        if ["off", "none", "unlimited"].contains(t) { return .some(nil) }
        let kb = 1024.0, mb = kb * kb, gb = mb * kb, tb = gb * kb
        let units: [(String, Double)] = [
            ("kib", kb), ("mib", mb), ("gib", gb), ("tib", tb), ("kb", kb), ("mb", mb), ("gb", gb), ("tb", tb),
            ("k", kb), ("m", mb), ("g", gb), ("t", tb), ("b", 1), ("", 1),
        ]
        for (suffix, scale) in units where t.hasSuffix(suffix) {
            let number = t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                let n = Double(number), n.isFinite, n * scale >= 1, n * scale <= Double(1 << 50)
            else { continue }
            return .some(Int(n * scale))
        }
        return nil
    }

    /// `10 s`, `500 ms`, `2 min`, `off`.
    public static func describe(time: Double?) -> String {
        guard let time else { return "off" }
        if time < 1 { return "\(trimmed(time * 1000)) ms" }
        if time >= 3600 && (time / 3600).rounded() == time / 3600 { return "\(trimmed(time / 3600)) h" }
        if time >= 60 && (time / 60).rounded() == time / 60 { return "\(trimmed(time / 60)) min" }
        return "\(trimmed(time)) s"
    }

    /// `2 GB`, `512 MB`, `off`.
    public static func describe(memory: Int?) -> String {
        guard let memory else { return "off" }
        let units = [("TB", 1 << 40), ("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)]
        for (unit, scale) in units where memory >= scale {
            return "\(trimmed(Double(memory) / Double(scale))) \(unit)"
        }
        return "\(memory) bytes"
    }

    private static func trimmed(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
