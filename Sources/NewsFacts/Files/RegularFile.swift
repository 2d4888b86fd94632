#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files whole, and only regular files: a FIFO, a device or a socket named like an
/// article is refused at once instead of blocking start-up in `open` or `read`.
///
/// For example:
///
///     let (bytes, stamp) = try RegularFile.read("Data/a.txt", maxBytes: 16 << 20)
///     stamp.modified    // the modification time of the version read
public enum RegularFile {
    /// The whole file, and its size and modification time as `fstat` saw them on the open
    /// descriptor just before reading: a change made while or after it is read shows as a
    /// newer time, so a snapshot never records new times with old content.
    ///
    /// - Throws: `SkippedPath` naming the path and why it was not read (missing, no
    ///   permission, a folder, not a regular file, larger than `maxBytes`).
    public static func read(_ path: String, maxBytes: Int) throws -> (bytes: [UInt8], stamp: SnapshotInput) {
        func failure(_ reason: String) -> SkippedPath { SkippedPath(path: path, reason: reason) }
        // Look before opening: opening a FIFO blocks until a writer comes, and opening some
        // devices does something.
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure("cannot read the file (\(FolderWalk.lastError()))") }
        try check(info, path: path)
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw failure("cannot read the file (\(FolderWalk.lastError()))") }
        defer { close(fd) }
        // The file may have been swapped since `stat`: what counts is what was opened.
        guard fstat(fd, &info) == 0 else { throw failure("cannot read the file (\(FolderWalk.lastError()))") }
        try check(info, path: path)
        let size = Int(info.st_size)
        if size > maxBytes { throw failure("file too large (\(size) bytes; the limit is \(maxBytes))") }
        let stamp = SnapshotInput(path: path, size: Int64(size), modified: FolderWalk.nanoseconds(info))
        // Read until end of file, not just st_size bytes: the file may have grown. One byte
        // more than its size lets the read that finds the end come without growing the buffer
        // (a buffer of exactly `size` doubled there: a 467 MB facts file took 934 MB to read).
        var bytes = [UInt8](repeating: 0, count: max(size + 1, 4096))
        var count = 0
        while true {
            if count == bytes.count {
                if count > maxBytes {
                    throw failure("file too large (more than \(maxBytes) bytes; the limit is \(maxBytes))")
                }
                bytes.append(contentsOf: repeatElement(0, count: bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                readBytes(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read the file (\(FolderWalk.lastError()))")
            }
            if n == 0 { break }
            count += n
        }
        if count > maxBytes { throw failure("file too large (\(count) bytes; the limit is \(maxBytes))") }
        bytes.removeLast(bytes.count - count)
        // A write in the clock tick this read ended in would leave the time unchanged (the kernel
        // stamps files with a coarse clock): such a version is not vouched for, so the next start
        // reads the file again (as git treats a "racily clean" file).
        if stamp.modified >= RegularFile.coarseNow() { return (bytes, stamp.unverified) }
        return (bytes, stamp)
    }

    /// The clock the kernel stamps file times with, in nanoseconds since 1970.
    static func coarseNow() -> Int64 {
        var now = timespec()
        #if os(Linux)
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        #else
        clock_gettime(CLOCK_REALTIME, &now)
        #endif
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    private static func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #else
        return Darwin.read(fd, buffer, count)
        #endif
    }

    private static func check(_ info: stat, path: String) throws {
        let type = FolderWalk.direntType(info.st_mode)
        if type == UInt8(DT_DIR) { throw SkippedPath(path: path, reason: "is a folder, not a file") }
        if type != UInt8(DT_REG) { throw SkippedPath(path: path, reason: FolderWalk.notRegular(type)) }
    }
}
