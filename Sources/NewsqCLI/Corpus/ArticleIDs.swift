import NewsFacts

/// Keeps article ids unique across files, so no file's facts silently replace another's.
///
/// An id is held by the file it came from. Another file with the same id (two wires both
/// `ID: same`, or `2024/report.txt` and `2025/report.txt`) still loads, as
/// `ID@relative/path` (`same@sub/b.txt`), with a warning naming both files; a second record
/// with the same id inside one file becomes `ID@relative/path#2`. Reading a file again keeps
/// the ids it had, so a changed file still replaces its own facts.
///
/// For example:
///
///     var ids = ArticleIDs(store: store, roots: ["Data"])
///     let warnings = ids.assign(&articles)   // "Data/b.txt: article id 'same' is taken by Data/a.txt; …"
struct ArticleIDs {
    let store: FactStore
    /// The folders and files the paths were found under: ids are made unique by the path below them.
    let roots: [String]
    /// Ids given out by this loader, with the file each came from.
    private var given: [String: String?] = [:]
    /// How many records of one file asked for one id (for `#2`, `#3`).
    private var repeats: [String: Int] = [:]

    init(store: FactStore, roots: [String]) {
        self.store = store
        self.roots = roots
    }

    /// Gives each article an id no other file holds, in order.
    ///
    /// - Returns: one warning for each article that had to take another id.
    mutating func assign(_ articles: inout [Article]) -> [String] {
        var warnings: [String] = []
        for i in articles.indices {
            let id = articles[i].id, path = articles[i].path
            // Held by the same file in the store: that file read again keeps its id.
            if let owner = holder(of: id), !(owner == path && given[id] == nil) {
                let unique = uniqueID(for: id, path: path)
                let place = path ?? "an article"
                if owner == path {
                    warnings.append(
                        "\(place): article id '\(id)' appears more than once; "
                            + "this one is loaded as '\(unique)'")
                } else {
                    warnings.append(
                        "\(place): article id '\(id)' is taken by \(owner ?? "another article"); "
                            + "this one is loaded as '\(unique)'")
                }
                articles[i].id = unique
                given[unique] = .some(path)
            } else {
                given[id] = .some(path)
            }
        }
        return warnings
    }

    /// The file that holds `id`: given out by this loader, or in the store.
    private func holder(of id: String) -> String?? {
        if let mine = given[id] { return mine }
        if let stored = store.article(id: id) { return .some(stored.article.path) }
        return nil
    }

    private mutating func uniqueID(for id: String, path: String?) -> String {
        let base = id + "@" + relativePath(path ?? "")
        var candidate = base
        var n = repeats[base, default: 1]
        // Held by the same file in the store (read again): keep it; held by anything else, or
        // given out in this load: count on.
        while let owner = holder(of: candidate), !(owner == path && given[candidate] == nil) {
            n += 1
            candidate = base + "#\(n)"
        }
        repeats[base] = n
        return candidate
    }

    /// `path` below the root it was found under (`sub/b.txt`), or as given.
    func relativePath(_ path: String) -> String {
        for root in roots where root != path {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        }
        return path
    }

    /// The id an article had before `assign` changed it, when `id` is of the form it gives
    /// (`base@relative/path` or `base@relative/path#n`); nil for an id it did not make.
    func originalID(of id: String, path: String?) -> String? {
        guard let path else { return nil }
        let tail = "@" + relativePath(path)
        if id.hasSuffix(tail) { return String(id.dropLast(tail.count)) }
        guard let hash = id.lastIndex(of: "#"), id[id.index(after: hash)...].allSatisfy(\.isNumber) else { return nil }
        let head = id[..<hash]
        return head.hasSuffix(tail) ? String(head.dropLast(tail.count)) : nil
    }
}
