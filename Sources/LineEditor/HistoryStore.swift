import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A size-limited list of lines, kept by libedit and saved in its `_HiStOrY_V2_` file format.
///
/// For example:
///
///     let history = HistoryStore(size: 1000)
///     history.load(from: "/home/me/.newsq_history")   // nil: read, or no file yet
///     history.add("who is Motegi?  ")                 // stored trimmed
///     history.add("who is Motegi?")                   // a consecutive duplicate: dropped
///     try history.save(to: "/home/me/.newsq_history") // temp file + rename
///
/// A file that is not a history file is left alone: ``load(from:)`` says so, and
/// ``save(to:)`` refuses to overwrite it, so a mistyped `$NEWSQ_HISTORY` cannot destroy data.
public final class HistoryStore {
    /// libedit's `History *`.
    let handle: OpaquePointer
    /// The most entries kept; adding more drops the oldest.
    public let size: Int
    /// Paths that held something other than a history file when loaded; never overwritten.
    private var foreignFiles: Set<String> = []

    public init(size: Int = 1000) {
        self.size = max(1, size)
        guard let h = nq_history_open(Int32(clamping: self.size)) else {
            fatalError("libedit: cannot be loaded, or history_init failed (out of memory)")
        }
        handle = h
        nq_history_setunique(handle, 1)
    }

    deinit { nq_history_end(handle) }

    /// The number of entries.
    public var count: Int { Int(nq_history_count(handle)) }

    /// The entries, oldest first.
    public var entries: [String] {
        var result: [String] = []
        var first: Int32 = 1
        while let p = nq_history_next_oldest(handle, first) {
            result.append(String(cString: p))
            first = 0
        }
        return result
    }

    /// Adds `line` without its surrounding white space (completion leaves a trailing space);
    /// an empty line or a repeat of the newest entry is not added.
    /// Returns whether the line was added.
    @discardableResult
    public func add(_ line: String) -> Bool {
        let trimmed = HistoryStore.normalize(line)
        guard !trimmed.isEmpty else { return false }
        if entries.last == trimmed { return false }
        return nq_history_enter(handle, trimmed) >= 0
    }

    /// Removes every entry.
    public func clear() { nq_history_clear(handle) }

    /// The text kept for `line`: trimmed, with line breaks turned into spaces so a statement
    /// typed over several lines comes back as one editable line.
    public static func normalize(_ line: String) -> String {
        let joined = line.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        return joined.trimmingWhitespace()
    }

    // MARK: - Files

    /// Reads the entries of the history file at `path` and adds them after the current ones.
    ///
    /// - Returns: nil when the file was read or does not exist; otherwise one warning to show.
    @discardableResult
    public func load(from path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT { return nil }
            return "warning: cannot read history file \(path): \(String(cString: strerror(errno)))"
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            foreignFiles.insert(path)
            return "warning: history file \(path) is not a regular file; history will not be saved"
        }
        guard access(path, R_OK) == 0 else {
            return "warning: cannot read history file \(path): \(String(cString: strerror(errno)))"
        }
        if st.st_size == 0 { return nil }
        // Read into a scratch list first, so a bad file leaves the current entries untouched,
        // and so every entry can be checked before it reaches the editor.
        guard let scratch = nq_history_open(Int32(clamping: size)) else { return nil }
        defer { nq_history_end(scratch) }
        if nq_history_load(scratch, path) < 0 {
            foreignFiles.insert(path)
            return "warning: \(path) is not a history file; history will not be saved to it "
                + "(move it away to start a new one)"
        }
        var first: Int32 = 1
        while let p = nq_history_next_oldest(scratch, first) {
            first = 0
            // A damaged file can hold bytes that are not UTF-8; the editor must never see them.
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self),
                count: strlen(p))
            add(String(decoding: bytes, as: UTF8.self))
        }
        return nil
    }

    /// An error saving the history file.
    public struct SaveError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "warning: cannot save history to \(path): \(reason)" }
    }

    /// Writes the entries to `path` atomically: a temporary file in the same folder, then a rename,
    /// so a crash or a full disk never leaves half a history behind. The file is private (0600).
    public func save(to path: String) throws {
        if foreignFiles.contains(path) {
            throw SaveError(path: path, reason: "it is not a history file")
        }
        // Write through a symbolic link rather than replacing it.
        let target = HistoryStore.followingLinks(path)
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let temp = (folder.isEmpty ? "" : folder) + "/.\(name).tmp-\(getpid())"
        if nq_history_save(handle, temp) < 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw SaveError(path: path, reason: reason)
        }
        if rename(temp, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw SaveError(path: path, reason: reason)
        }
    }
}

extension HistoryStore {
    /// The file a path names once symbolic links are followed, even when the last link
    /// points to a file that does not exist yet.
    static func followingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<16 {
            var st = stat()
            guard lstat(current, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let destination = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if destination.hasPrefix("/") {
                current = destination
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + destination
            } else {
                current = destination
            }
        }
        return current
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
