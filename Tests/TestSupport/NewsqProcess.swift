import Foundation

/// Runs the built `newsq` binary the way a user would, and captures what it printed.
///
/// For example:
///
///     let result = try NewsqProcess.run(["-e", "who is Motegi?"], in: TestPaths.repositoryRoot)
///     XCTAssertEqual(result.status, 0)
public enum NewsqProcess {
    /// Bytes one reader thread fills; read only after the group is waited on.
    private final class Captured: @unchecked Sendable {
        // Safe: one reader thread writes `data`; it is read after group.wait(), which orders the two.
        var data = Data()
    }

    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `newsq` executable beside the test bundle (the same build folder, whatever
    /// `--scratch-path` was used), or `$NEWSQ_TEST_BINARY` when set (to check that a new test
    /// fails on an older build).
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["NEWSQ_TEST_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // On Linux arguments[0] is the .xctest file itself; on macOS it may sit deeper in a bundle.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("newsq")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "newsq")
    }

    /// Runs newsq with `arguments` in `directory`, feeding `stdin` (closed when nil), with a
    /// time limit so a hang fails the test instead of stalling the suite.
    ///
    /// - Parameters:
    ///   - standardOutput, standardError: where that stream goes instead of being captured
    ///     (`/dev/full`, say); its text in the result is then empty.
    ///   - launcher: a program and its arguments that run newsq (`setpriv …` to drop root).
    public static func run(
        _ arguments: [String], in directory: URL? = nil, stdin: String? = nil,
        environment: [String: String] = [:], timeout: TimeInterval = 120,
        standardOutput: FileHandle? = nil, standardError: FileHandle? = nil,
        launcher: [String] = []
    ) throws -> Result {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = standardError ?? err
        process.standardInput = input
        let stdoutData = Captured(), stderrData = Captured()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            stdoutData.data = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            stderrData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        try process.run()
        // Streams sent elsewhere: close this side's write ends so the readers see end of file.
        if standardOutput != nil { try? out.fileHandleForWriting.close() }
        if standardError != nil { try? err.fileHandleForWriting.close() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw NSError(
                domain: "NewsqProcess", code: 1,
                userInfo: [NSLocalizedDescriptionKey: "newsq \(arguments) did not finish in \(timeout) s"])
        }
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdoutData.data, as: UTF8.self),
            stderr: String(decoding: stderrData.data, as: UTF8.self))
    }

    /// A launcher that runs newsq as the unprivileged user `nobody` when the tests run as root
    /// (root reads folders whatever their permissions say); empty when they do not. nil when
    /// the tests run as root and `setpriv` is missing: permission tests cannot run then.
    public static var unprivileged: [String]? {
        guard geteuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
}
