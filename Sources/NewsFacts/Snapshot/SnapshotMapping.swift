#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot file mapped read-only into memory, kept while any store column reads it in place
/// (`Column`) and unmapped when the last one lets go.
///
/// newsq replaces a snapshot by writing a new file and renaming it over the old one, so a
/// mapped snapshot never changes under a running store: the old file lives on, unnamed,
/// until it is unmapped.
@usableFromInline
final class SnapshotMapping: @unchecked Sendable {
    // Sendable: the bytes are mapped read-only and never change while mapped.
    let bytes: UnsafeRawBufferPointer

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }

    /// Maps the regular file at `path` read-only.
    ///
    /// - Throws: `SnapshotError.unreadable` when it cannot be opened or mapped, or is not a
    ///   regular file (a FIFO named like the snapshot must not hang start-up: opened without
    ///   blocking).
    static func map(_ path: String) throws -> SnapshotMapping {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw SnapshotError(path: path, reason: .unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            throw SnapshotError(path: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            let why = FolderWalk.notRegular(FolderWalk.direntType(st.st_mode))
            throw SnapshotError(path: path, reason: .unreadable(why))
        }
        let size = Int(st.st_size)
        guard size > 0 else { return SnapshotMapping(bytes: UnsafeRawBufferPointer(start: nil, count: 0)) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw SnapshotError(path: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        return SnapshotMapping(bytes: UnsafeRawBufferPointer(start: base, count: size))
    }
}
