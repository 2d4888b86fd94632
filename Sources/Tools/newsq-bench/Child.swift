import ArgumentParser
import Foundation

/// Child processes: `newsq` (for start-up times), this tool again, and the helper scripts.
enum Child {
    /// This executable, for the measurements that need a fresh process of their own.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Wall seconds of `command`; output discarded; fails on a non-zero exit.
    static func time(_ command: [String], environment: [String: String]) throws -> Double {
        var t = Clock()
        let (status, _, err) = try run(command, environment: environment, capture: false)
        let seconds = t.lap()
        guard status == 0 else {
            throw ValidationError("\(command.joined(separator: " ")) failed (\(status)): \(err)")
        }
        return seconds
    }

    /// Wall seconds, peak resident memory and CPU seconds (user + system) of `command` (a
    /// program path and its arguments); output discarded; fails on a non-zero exit.
    static func timeAndPeakRSS(
        _ command: [String], environment: [String: String]
    ) throws
        -> (seconds: Double, peakRSS: Int, cpu: Double)
    {
        // Measured by a small process of its own (see MeasureChild.swift): a child of this one
        // would count this process's memory in its peak.
        let file = NSTemporaryDirectory() + "newsq-peak-\(getpid())"
        defer { unlink(file) }
        let launcher = [selfPath, "measure-child", "--report", file, "--"] + command
        let (status, _, err) = try run(launcher, environment: environment, capture: false)
        guard status == 0 else {
            throw ValidationError("\(command.joined(separator: " ")) failed (\(status)): \(err)")
        }
        let fields = ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: " ")
        guard fields.count == 3, let seconds = Double(fields[0]), let peak = Int(fields[1]),
            let cpu = Double(fields[2].trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw ValidationError("measure-child wrote no figures for \(command.joined(separator: " "))")
        }
        return (seconds, peak, cpu)
    }

    /// Standard output of a command; fails on a non-zero exit.
    static func output(_ command: [String]) throws -> String {
        let (status, out, err) = try run(command, environment: [:], capture: true)
        guard status == 0 else { throw ValidationError("\(command.joined(separator: " ")) failed (\(status)): \(err)") }
        return out
    }

    private static func run(
        _ command: [String], environment: [String: String], capture: Bool
    ) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0].contains("/") ? command[0] : "/usr/bin/env")
        process.arguments = command[0].contains("/") ? Array(command.dropFirst()) : command
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = capture ? out : FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let outData = Collected(), errData = Collected()
        let group = DispatchGroup()
        if capture {
            group.enter()
            DispatchQueue.global().async {
                outData.data = out.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        group.enter()
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        try process.run()
        process.waitUntilExit()
        group.wait()
        return (
            process.terminationStatus, String(decoding: outData.data, as: UTF8.self),
            String(decoding: errData.data, as: UTF8.self)
        )
    }

    /// What one reader thread collected; read only after the group is done.
    private final class Collected: @unchecked Sendable {
        // Safe: one reader thread writes data; it is read after group.wait(), which orders the two.
        var data = Data()
    }
}
