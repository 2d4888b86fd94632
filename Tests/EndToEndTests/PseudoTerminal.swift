import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a pseudo-terminal, so it sees a real terminal (libedit, Ctrl-C, window
/// size), types into it and waits for what it prints.
///
/// For example:
///
///     let term = try PseudoTerminal(executable: newsq, arguments: ["--data", dir])
///     try term.expect("newsq> ")
///     term.send("who is Motegi?\r")
///     let answer = try term.expect("newsq> ")
///
/// Every wait has a timeout so a test fails instead of hanging; none measures how fast the
/// program is. `expect` looks only at output that arrived after the previous match, so
/// waiting for the prompt after each statement keeps the test in step with the program.
final class PseudoTerminal {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var recentOutput: String
        var description: String {
            "timed out waiting for \(waitingFor.debugDescription); the terminal shows:\n\(recentOutput)"
        }
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    private let master: Int32
    private var bytes: [UInt8] = []
    /// Where the next `expect` starts looking.
    private var mark = 0
    private var exitStatus: Int32?

    /// Starts `executable` on a new terminal of `columns` × `rows`, as the leader of its own
    /// session (so Ctrl-C typed into it sends SIGINT to it), with an empty signal mask and
    /// default signal actions (the test runner's threads block SIGINT, and a blocked mask
    /// would otherwise survive exec).
    ///
    /// - Parameter environment: the whole environment; TERM is set to xterm when missing, and
    ///   the test run's sanitizer options (`Sanitizers.environment`) are added.
    init(
        executable: String, arguments: [String] = [], environment: [String: String],
        columns: UInt16 = 100, rows: UInt16 = 30
    ) throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw SpawnError(description: "no executable at \(executable)")
        }
        let pty = try PseudoTerminal.openPair()
        master = pty.master
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        let slave = open(pty.slaveName, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw SpawnError(description: "cannot open \(pty.slaveName)") }
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        defer { close(slave) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        let setSession: Int32 = 0x80 // POSIX_SPAWN_SETSID (glibc), not imported into Swift
        posix_spawnattr_setflags(
            &attributes,
            Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setSession))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid and without O_NOCTTY, the terminal becomes the child's controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, pty.slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var env = environment
        if env["TERM"] == nil { env["TERM"] = "xterm" }
        env.merge(Sanitizers.environment) { given, _ in given }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else {
            close(master)
            throw SpawnError(description: "posix_spawn \(executable): \(String(cString: strerror(rc)))")
        }
        pid = child
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    // MARK: - Talking to the program

    /// Types `text` (use "\r" for Enter, "\u{3}" for Ctrl-C, "\t" for Tab).
    func send(_ text: String) {
        var rest = Array(text.utf8)
        let deadline = Date().addingTimeInterval(10)
        while !rest.isEmpty, Date() < deadline {
            let n = rest.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if n > 0 {
                rest.removeFirst(n)
            } else {
                // The terminal's input queue is full: let the program read.
                drain(timeout: 0.05)
            }
        }
    }

    /// Waits until `text` appears in what the program printed since the last match, and
    /// returns that output up to and including `text`.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 30) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = find(needle, from: mark) {
                let found = String(decoding: bytes[mark..<range.upperBound], as: UTF8.self)
                mark = range.upperBound
                return found
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 || (exitStatus != nil && !drain(timeout: 0)) {
                throw Timeout(waitingFor: text, recentOutput: recentScreenText())
            }
            if !drain(timeout: min(left, 0.2)) { reap() }
        }
    }

    /// Everything printed so far, as raw text (escape sequences included).
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Everything printed since the last match, as raw text.
    var unmatchedOutput: String { String(decoding: bytes[mark...], as: UTF8.self) }

    /// Waits for the program to end, reading what it prints meanwhile; its exit status, or
    /// 128 + the signal that ended it.
    func waitForExit(timeout: TimeInterval = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil {
            guard Date() < deadline else {
                throw Timeout(waitingFor: "the program to exit", recentOutput: recentScreenText())
            }
            drain(timeout: 0.1)
            reap()
        }
        while drain(timeout: 0) {}
        return exitStatus!
    }

    /// The last part of the output with terminal escape sequences removed, for failure messages.
    func recentScreenText(limit: Int = 2000) -> String {
        let text = PseudoTerminal.strippingEscapes(output)
        return String(text.suffix(limit))
    }

    /// `text` without CSI/OSC escape sequences and carriage returns.
    static func strippingEscapes(_ text: String) -> String {
        var out = ""
        var it = text.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\u{1B}" {
                guard let next = it.next() else { break }
                if next == "[" {
                    while let d = it.next(), !(0x40...0x7E).contains(d.value) {}
                } else if next == "]" {
                    while let d = it.next(), d != "\u{07}", d != "\u{1B}" {}
                }
                continue
            }
            if c == "\r" { continue }
            out.unicodeScalars.append(c)
        }
        return out
    }

    // MARK: - Internals

    /// Reads whatever is available within `timeout`; whether anything was read.
    @discardableResult
    private func drain(timeout: TimeInterval) -> Bool {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&fds, 1, Int32(max(0, timeout) * 1000))
        guard ready > 0 else { return false }
        var any = false
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            let n = read(master, &chunk, chunk.count)
            if n > 0 {
                bytes.append(contentsOf: chunk[..<n])
                any = true
            } else {
                break // EAGAIN, or EIO once the program has closed the terminal
            }
        }
        return any
    }

    private func reap() {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            let signal = status & 0x7F
            exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, bytes.count - start >= needle.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) {
                return i..<(i + needle.count)
            }
            i += 1
        }
        return nil
    }

    private static func openPair() throws -> (master: Int32, slaveName: String) {
        // posix_openpt and friends are not imported into Swift's Glibc module; find them by name.
        typealias IntFunction = @convention(c) (Int32) -> Int32
        typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
        guard let libc = dlopen(nil, RTLD_NOW),
            let openSymbol = dlsym(libc, "posix_openpt"), let grantSymbol = dlsym(libc, "grantpt"),
            let unlockSymbol = dlsym(libc, "unlockpt"), let nameSymbol = dlsym(libc, "ptsname_r")
        else { throw SpawnError(description: "no pseudo-terminal functions in libc") }
        let openpt = unsafeBitCast(openSymbol, to: IntFunction.self)
        let grantpt = unsafeBitCast(grantSymbol, to: IntFunction.self)
        let unlockpt = unsafeBitCast(unlockSymbol, to: IntFunction.self)
        let ptsname = unsafeBitCast(nameSymbol, to: NameFunction.self)
        let master = openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw SpawnError(description: "posix_openpt: \(String(cString: strerror(errno)))") }
        var name = [CChar](repeating: 0, count: 256)
        guard grantpt(master) == 0, unlockpt(master) == 0, ptsname(master, &name, name.count) == 0 else {
            close(master)
            throw SpawnError(description: "cannot set up a pseudo-terminal")
        }
        let bytes = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return (master, String(decoding: bytes, as: UTF8.self))
    }
}
