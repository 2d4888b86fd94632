#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output that could not be written, and where: a full disk, a closed pipe, a broken device.
/// Its description is its `Diagnostic`.
///
/// For example, `newsq export > /dev/full` reports
/// `<stdout>: error: cannot write: No space left on device`.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was being written: a path (`wires.nq`), `<stdout>` or `<stderr>`.
    public var destination: String
    /// The `errno` of the failed call.
    public var code: Int32

    public init(destination: String, code: Int32) {
        self.destination = destination
        self.code = code
    }

    /// The reader went away (`newsq … | head`): it asked for no more, nothing is broken.
    public var isClosedPipe: Bool { code == EPIPE }

    /// The error as a `Diagnostic` (code `output`) about the whole destination.
    public var diagnostic: Diagnostic {
        Diagnostic.file(destination, .output, "cannot write: \(String(cString: strerror(code)))")
    }

    /// The rendered diagnostic, without its final line break.
    public var description: String { diagnostic.renderedText }
}

/// A file descriptor that takes all of what is written to it, or says why not.
///
/// For example:
///
///     let out = try FileOutput.create("wires.nq")
///     try out.write("…")
///     try out.close()
///
/// Every writer in newsq goes through it (standard output and error, exports, snapshots,
/// generated articles): short writes are continued, `EINTR` retried, and any other failure
/// (`ENOSPC`, `EPIPE`, `EIO`) thrown as an `OutputError` naming the destination.
public struct FileOutput: Sendable {
    public let descriptor: Int32
    public let destination: String
    /// Whether the descriptor is a terminal: what `show` writes is then escaped.
    public let isTerminal: Bool

    public init(descriptor: Int32, destination: String) {
        self.descriptor = descriptor
        self.destination = destination
        self.isTerminal = isatty(descriptor) != 0
    }

    public static let standardOutput = FileOutput(descriptor: STDOUT_FILENO, destination: "<stdout>")
    public static let standardError = FileOutput(descriptor: STDERR_FILENO, destination: "<stderr>")

    /// Creates (or truncates) the file at `path` for writing.
    ///
    /// - Parameter fresh: remove whatever is at `path` first and create a new regular file
    ///   there (for temporary files: a FIFO left under the name cannot block the write).
    /// - Throws: `OutputError` when it cannot be created.
    public static func create(_ path: String, mode: mode_t = 0o644, fresh: Bool = false) throws -> FileOutput {
        if fresh { unlink(path) }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (fresh ? O_EXCL | O_NOFOLLOW : O_TRUNC)
        let fd = open(path, flags, mode)
        guard fd >= 0 else { throw OutputError(destination: path, code: errno) }
        return FileOutput(descriptor: fd, destination: path)
    }

    /// Writes every byte.
    ///
    /// - Throws: `OutputError` with the `errno` of the first write that failed.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let n = Glibc.write(descriptor, base + offset, bytes.count - offset)
            #else
            let n = Darwin.write(descriptor, base + offset, bytes.count - offset)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(destination: destination, code: errno)
            }
            if n == 0 { throw OutputError(destination: destination, code: EIO) }
            offset += n
        }
    }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Writes text exactly as it is (data for a file or a pipe, or terminal control of
    /// newsq's own, such as a progress line).
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes text meant for a person: on a terminal through `TerminalSafe.escapeOutput`, so
    /// no byte of the data can drive it; to a file or a pipe unchanged.
    public func show(_ text: String) throws {
        try write(isTerminal ? TerminalSafe.escapeOutput(text) : text)
    }

    /// Closes a file made by `create` (some file systems report a full disk only here).
    ///
    /// - Throws: `OutputError` when the close fails.
    public func close() throws {
        #if canImport(Glibc)
        let result = Glibc.close(descriptor)
        #else
        let result = Darwin.close(descriptor)
        #endif
        if result != 0 && errno != EINTR { throw OutputError(destination: destination, code: errno) }
    }
}
