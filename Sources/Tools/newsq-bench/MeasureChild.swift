import ArgumentParser
import Foundation

/// `newsq-bench measure-child --report FILE -- PROGRAM ARGUMENTS…` (hidden; the benchmark runs
/// it): runs PROGRAM, then writes `SECONDS PEAK_BYTES CPU_SECONDS` to FILE, its wall time, its
/// peak resident memory (`ru_maxrss` from `wait4`) and its user + system time (which other
/// work on a shared machine disturbs far less than wall time), and exits with its status.
///
/// Why a process of its own: on Linux a child's `ru_maxrss` also counts the memory of the
/// process it was forked from, up to its `exec`. Forked from the benchmark, which holds every
/// article and a whole store, that would hide newsq's own figure; forked from this fresh, small
/// process it adds at most this process's few MB, below any newsq start-up.
struct MeasureChild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure-child",
        abstract: "Run a program and write its wall time and peak resident memory (for the benchmark).",
        shouldDisplay: false)

    @Option(help: "The file to write `SECONDS PEAK_BYTES CPU_SECONDS` to.")
    var report: String

    @Argument(parsing: .postTerminator, help: "The program (a path) and its arguments, after `--`.")
    var command: [String] = []

    func validate() throws {
        guard let program = command.first, program.contains("/") else {
            throw ValidationError("give the program as a path after '--'")
        }
    }

    func run() throws {
        #if os(Linux)
        // Everything the child needs is made before the fork: after it, only exec or _exit.
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var clock = Clock()
        let pid = fork()
        if pid == 0 {
            if let program = argv[0] { execv(program, argv) }
            _exit(127)
        }
        guard pid > 0 else { throw ValidationError("cannot start \(command[0]): \(String(cString: strerror(errno)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else {
                throw ValidationError("lost \(command[0]): \(String(cString: strerror(errno)))")
            }
        }
        let seconds = clock.lap()
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        try "\(seconds) \(Int(usage.ru_maxrss) * 1024) \(cpu)\n".write(
            toFile: report, atomically: false, encoding: .utf8)
        // The status as the shell reports it: the exit code, or 128 + the signal that ended it.
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        if code != 0 { throw ExitCode(code) }
        #else
        // fork is unavailable to Swift elsewhere, and ru_maxrss counts other units there.
        throw ValidationError("measure-child runs on Linux only")
        #endif
    }
}
