import Foundation
import NewsFacts

/// Standard output and error for the whole program, through `FileOutput`: written at once,
/// escaped on a terminal, and never lost in silence.
///
/// - A closed pipe on standard output (`newsq … | head`) ends newsq quietly with status 0:
///   the reader asked for no more.
/// - Any other failure (`> /dev/full`, a broken device) is named once on standard error;
///   further output to that stream is dropped, and the exit status becomes 1 (`lostOutput`).
public enum Console {
    /// Set when output could not be written; `main` then exits with status 1.
    public static var lostOutput: Bool { flags.lostOutput }

    private static var outputBroken: Bool { flags.outputBroken }
    private static var errorsBroken: Bool { flags.errorsBroken }
    private static let flags = StreamFlags()

    /// Text for the reader on standard output (escaped on a terminal).
    public static func out(_ text: String) {
        guard !outputBroken else { return }
        do { try FileOutput.standardOutput.show(text) } catch let error as OutputError { outputFailed(error) } catch {}
    }

    /// A message on standard error (escaped on a terminal).
    public static func err(_ text: String) {
        guard !errorsBroken else { return }
        do { try FileOutput.standardError.show(text) } catch let error as OutputError { errorsFailed(error) } catch {}
    }

    /// Terminal control of newsq's own on standard error (the `.load` progress line), unescaped.
    static func errControl(_ text: String) {
        guard !errorsBroken else { return }
        do { try FileOutput.standardError.write(text) } catch let error as OutputError { errorsFailed(error) } catch {}
    }

    /// Data for standard output: unchanged to a file or a pipe, escaped on a terminal.
    ///
    /// - Returns: false once standard output is lost (the caller may stop producing it).
    @discardableResult
    public static func outData(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard !outputBroken else { return false }
        do {
            if FileOutput.standardOutput.isTerminal {
                try FileOutput.standardOutput.show(String(decoding: bytes, as: UTF8.self))
            } else {
                try FileOutput.standardOutput.write(bytes)
            }
            return true
        } catch let error as OutputError {
            outputFailed(error)
        } catch {}
        return false
    }

    /// Notes output that a command wrote itself and lost (an export file on a full disk).
    public static func reportLost(_ error: OutputError) {
        flags.set(\.lostOutput)
        err("newsq: \(error)\n")
    }

    private static func outputFailed(_ error: OutputError) {
        if error.isClosedPipe { exit(0) }
        flags.set(\.outputBroken)
        reportLost(error)
    }

    private static func errorsFailed(_ error: OutputError) {
        flags.set(\.errorsBroken)
        // A reader of messages that went away lost nothing it wanted; anything else did.
        if !error.isClosedPipe { flags.set(\.lostOutput) }
    }

    /// Everything left on `handle`, as UTF-8 text (bad bytes replaced).
    public static func readAll(_ handle: FileHandle) -> String {
        let data = handle.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self)
    }
}

/// What went wrong with the standard streams so far. Flags only ever go from false to true.
private final class StreamFlags: @unchecked Sendable {
    // Safe: every read and write holds `lock`.
    private let lock = NSLock()
    private var state = (lostOutput: false, outputBroken: false, errorsBroken: false)

    var lostOutput: Bool { lock.withLock { state.lostOutput } }
    var outputBroken: Bool { lock.withLock { state.outputBroken } }
    var errorsBroken: Bool { lock.withLock { state.errorsBroken } }

    func set(_ flag: WritableKeyPath<(lostOutput: Bool, outputBroken: Bool, errorsBroken: Bool), Bool>) {
        lock.withLock { state[keyPath: flag] = true }
    }
}
