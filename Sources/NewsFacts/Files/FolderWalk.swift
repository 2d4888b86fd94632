#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path a walk or a read passed over, and why. Its description is its `Diagnostic`:
/// `wires/2024: error: cannot read the folder (Permission denied)`.
public struct SkippedPath: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The error as a `Diagnostic` (code `skipped-path`) about the whole path.
    public var diagnostic: Diagnostic {
        Diagnostic.file(path, .skippedPath, reason)
    }

    /// The rendered diagnostic, without its final line break.
    public var description: String { diagnostic.renderedText }
}

/// What a walk of one folder found.
public struct FolderListing: Sendable {
    /// One regular file, with its size and modification time when the walk was asked for them.
    public struct File: Equatable, Sendable {
        public var path: String
        public var size: Int64
        /// Nanoseconds since 1970.
        public var modified: Int64
    }

    /// Regular files, sorted by path.
    public var files: [File] = []
    /// Folders that could not be read, links that lead out of the folder or to nothing, and
    /// wanted names that are not regular files (a FIFO, a device): input that was not loaded.
    public var skipped: [SkippedPath] = []
    /// Links to a folder or file the walk reached already: passed over, nothing lost.
    public var repeated: [SkippedPath] = []

    public var paths: [String] { files.map(\.path) }
}

/// Walks a folder the way every part of newsq does (the loader, `.load`, the snapshot's
/// scan), so they all agree on what the folder holds.
///
/// For example:
///
///     let listing = FolderWalk.list("Data", wanted: { $0.hasSuffix(".txt") })
///     for skipped in listing.skipped { print("skipped \(skipped)") }
///
/// - Names starting with a dot (hidden files, the snapshot) are passed over.
/// - Each folder is read once (by device and inode), so `ln -s . loop` costs nothing, and a
///   symbolic link is followed only when what it names lies inside the folder: `ln -s ../..
///   up` loads no grandparent. Real folders are walked before any link, so a file is listed
///   under its own path rather than a link's.
/// - A folder that cannot be read is named in `skipped`, as are links leading out of the
///   folder or to nothing, and wanted names that are not regular files.
public enum FolderWalk {
    /// Lists the regular files under `root` (a folder), recursively.
    ///
    /// - Parameters:
    ///   - wanted: which file names to list, and to name in `skipped` when they cannot be.
    ///   - named: which file names to name in `skipped` (default: the wanted ones); folders
    ///     that cannot be read or lie outside are always named.
    ///   - withStatus: also read each file's size and modification time (one `fstatat` each).
    public static func list(
        _ root: String, wanted: (String) -> Bool, named: ((String) -> Bool)? = nil,
        withStatus: Bool = false
    ) -> FolderListing {
        withoutActuallyEscaping(wanted) { wanted in
            withoutActuallyEscaping(named ?? wanted) { named in
                var walk = Walk(root: root, wanted: wanted, named: named, withStatus: withStatus)
                walk.run()
                walk.listing.files.sort { $0.path < $1.path }
                return walk.listing
            }
        }
    }

    /// The folders walked, by their identity (device and inode): a link back to one must not
    /// walk it again. Kept as devices by inode in a dictionary keyed by `Int`, not a set of a
    /// type of our own: a one-shot query then looks up no conformance to `Hashable` that the
    /// rest of its run does not need anyway (each first lookup scans every conformance record).
    private struct FolderIDs {
        private var devicesByInode: [Int: [UInt64]] = [:]

        /// Records the folder `st` describes; false when it was recorded already.
        mutating func insert(_ st: stat) -> Bool {
            guard !contains(st) else { return false }
            devicesByInode[Int(truncatingIfNeeded: st.st_ino), default: []].append(UInt64(st.st_dev))
            return true
        }

        func contains(_ st: stat) -> Bool {
            devicesByInode[Int(truncatingIfNeeded: st.st_ino)]?.contains(UInt64(st.st_dev)) ?? false
        }
    }

    private struct Walk {
        let root: String
        let wanted: (String) -> Bool
        let named: (String) -> Bool
        let withStatus: Bool
        var listing = FolderListing()
        /// The root's real path: links are followed only to it or below it.
        var rootReal = ""
        var visited = FolderIDs()
        /// Links met so far, followed once every real folder has been walked.
        var links: [(path: String, name: String)] = []
        /// Real paths of the files listed (built the first time a link names a file).
        var listedReal: Set<String>?
        /// The real folder of each listed file, by index into `listing.files`.
        var fileFolders: [Int] = []
        var folderReals: [String] = []

        init(root: String, wanted: @escaping (String) -> Bool, named: @escaping (String) -> Bool, withStatus: Bool) {
            self.root = root
            self.wanted = wanted
            self.named = named
            self.withStatus = withStatus
        }

        mutating func run() {
            guard let real = FolderWalk.realPath(root) else {
                skip(root, "cannot read the folder (\(FolderWalk.lastError()))")
                return
            }
            rootReal = real
            walkTree(root, real: real)
            var next = 0
            while next < links.count {
                let link = links[next]
                next += 1
                follow(link.path, name: link.name)
            }
        }

        /// Walks a folder and its real subfolders, depth first; links wait in `links`.
        mutating func walkTree(_ top: String, real topReal: String) {
            var stack = [(path: top, real: topReal)]
            while let (folder, folderReal) = stack.popLast() {
                let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard fd >= 0 else {
                    skip(folder, "cannot read the folder (\(FolderWalk.lastError()))")
                    continue
                }
                var st = stat()
                guard fstat(fd, &st) == 0,
                    visited.insert(st)
                else {
                    close(fd)
                    continue
                }
                guard let dir = fdopendir(fd) else {
                    skip(folder, "cannot read the folder (\(FolderWalk.lastError()))")
                    close(fd)
                    continue
                }
                defer { closedir(dir) }
                let folderIndex = folderReals.count
                folderReals.append(folderReal)
                var entries: [(name: String, type: UInt8)] = []
                while true {
                    errno = 0
                    guard let entry = readdir(dir) else { break }
                    // Safe: the name is read up to its NUL inside the record readdir returned. Copying
                    // the whole 256-byte `d_name` field reads past a short last record (AddressSanitizer
                    // caught it: a heap-buffer-overflow on the real-corpus folder).
                    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
                    let namePointer = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self)
                    let name = String(cString: namePointer)
                    if name.hasPrefix(".") { continue }
                    entries.append((name, entry.pointee.d_type))
                }
                if errno != 0 {
                    skip(folder, "cannot read the whole folder (\(FolderWalk.lastError()))")
                }
                entries.sort { $0.name < $1.name }
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                var subfolders: [(path: String, real: String)] = []
                for (name, listedType) in entries {
                    let path = prefix + name
                    var type = listedType
                    var info = stat()
                    var haveInfo = false
                    if type == UInt8(DT_UNKNOWN) {
                        // Some file systems leave the type out: ask, without following a link.
                        guard fstatat(dirfd(dir), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                        haveInfo = true
                        type = FolderWalk.direntType(info.st_mode)
                    }
                    switch type {
                    case UInt8(DT_DIR):
                        subfolders.append((path, folderReal == "/" ? "/" + name : folderReal + "/" + name))
                    case UInt8(DT_LNK):
                        links.append((path, name))
                    case UInt8(DT_REG):
                        guard wanted(name) else { continue }
                        if withStatus && !haveInfo {
                            guard fstatat(dirfd(dir), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                                if named(name) {
                                    skip(path, "cannot read the file (\(FolderWalk.lastError()))")
                                }
                                continue
                            }
                        }
                        add(path, info: withStatus ? info : nil, folder: folderIndex)
                    default:
                        if named(name) { skip(path, FolderWalk.notRegular(type)) }
                    }
                }
                // Reversed onto the stack, so subfolders are walked in name order.
                stack.append(contentsOf: subfolders.reversed())
            }
        }

        mutating func skip(_ path: String, _ reason: String) {
            listing.skipped.append(SkippedPath(path: path, reason: reason))
        }

        mutating func passOver(_ path: String, _ reason: String) {
            listing.repeated.append(SkippedPath(path: path, reason: reason))
        }

        mutating func add(_ path: String, info: stat?, folder: Int) {
            listing.files.append(
                FolderListing.File(
                    path: path, size: info.map { Int64($0.st_size) } ?? 0,
                    modified: info.map(FolderWalk.nanoseconds) ?? 0))
            fileFolders.append(folder)
            if listedReal != nil { listedReal!.insert(FolderWalk.join(folderReals[folder], path)) }
        }

        /// Follows one link: into the folder it names, or to the file, if it lies inside the root.
        mutating func follow(_ path: String, name: String) {
            guard let target = FolderWalk.realPath(path) else {
                if named(name) {
                    skip(path, "a link to nothing (\(FolderWalk.lastError()))")
                }
                return
            }
            var info = stat()
            guard stat(target, &info) == 0 else { return }
            let inside = target == rootReal || target.hasPrefix(rootReal == "/" ? "/" : rootReal + "/")
            switch FolderWalk.direntType(info.st_mode) {
            case UInt8(DT_DIR):
                guard inside else {
                    skip(path, "a link to '\(target)', outside '\(root)'; not followed")
                    return
                }
                if visited.contains(info) {
                    passOver(path, "a link to a folder read already ('\(target)')")
                    return
                }
                walkTree(path, real: target)
            case UInt8(DT_REG):
                guard wanted(name) else { return }
                guard inside else {
                    if !named(name) { return }
                    skip(path, "a link to '\(target)', outside '\(root)'; not followed")
                    return
                }
                if listedReal == nil {
                    listedReal = Set(
                        listing.files.indices.compactMap { i in
                            fileFolders[i] < 0
                                ? nil : FolderWalk.join(folderReals[fileFolders[i]], listing.files[i].path)
                        })
                }
                if listedReal!.contains(target) {
                    passOver(path, "a link to a file read already ('\(target)')")
                    return
                }
                listedReal!.insert(target)
                listing.files.append(
                    FolderListing.File(
                        path: path, size: withStatus ? Int64(info.st_size) : 0,
                        modified: withStatus ? FolderWalk.nanoseconds(info) : 0))
                fileFolders.append(-1)
            default:
                if named(name) {
                    skip(path, FolderWalk.notRegular(FolderWalk.direntType(info.st_mode)))
                }
            }
        }
    }

    // MARK: - Helpers

    /// A real folder's path joined with the last component of `path`.
    private static func join(_ folderReal: String, _ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        return folderReal == "/" ? "/" + name : folderReal + "/" + name
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func lastError() -> String { String(cString: strerror(errno)) }

    static func direntType(_ mode: mode_t) -> UInt8 {
        switch mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFREG: return UInt8(DT_REG)
        case S_IFLNK: return UInt8(DT_LNK)
        case S_IFIFO: return UInt8(DT_FIFO)
        case S_IFCHR: return UInt8(DT_CHR)
        case S_IFBLK: return UInt8(DT_BLK)
        case S_IFSOCK: return UInt8(DT_SOCK)
        default: return UInt8(DT_UNKNOWN)
        }
    }

    /// Why a name that is not a regular file is not read.
    static func notRegular(_ type: UInt8) -> String {
        let what: String
        switch type {
        case UInt8(DT_FIFO): what = "a FIFO"
        case UInt8(DT_CHR): what = "a character device"
        case UInt8(DT_BLK): what = "a block device"
        case UInt8(DT_SOCK): what = "a socket"
        default: what = "of an unknown type"
        }
        return "not a regular file (\(what))"
    }

    static func nanoseconds(_ st: stat) -> Int64 {
        #if os(Linux)
        return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #else
        return Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #endif
    }
}
