import Foundation

/// The process's own peak resident memory (`VmHWM` in /proc/self/status), written at exit to
/// the file `NEWSQ_PEAK_RSS_FILE` names, for the benchmark.
enum PeakMemory {
    nonisolated(unsafe) static var file: String?

    /// Bytes, or nil where /proc is not there.
    static var bytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kB = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return kB.map { $0 * 1024 }
        }
        return nil
    }

    static func write() {
        guard let file, let bytes else { return }
        try? "\(bytes)\n".write(toFile: file, atomically: false, encoding: .utf8)
    }
}
