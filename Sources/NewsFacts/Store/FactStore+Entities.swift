/// Entities by name: the name index (canonical names and aliases, folded), its map for
/// completion, and an entity's type and aliases.
extension FactStore {
    /// Entities (terms of kind entity with a `type` fact, or named by `name`/`alias` facts)
    /// whose canonical name or alias matches `name`, ignoring case, diacritics, dots and
    /// repeated spaces. An exact entity id always matches itself.
    public func entities(named name: String) -> [TermID] {
        // The folded key: an ASCII name (most are) folded as bytes, without a String made for
        // it or for each candidate's text (`NameKey.foldASCII` is what `NameKey.fold` does
        // first, so the key and its hash are the same either way).
        var keyBytes: [UInt8] = []
        var utf8 = name
        let asciiKey = utf8.withUTF8 { NameKey.foldASCII($0, into: &keyBytes) }
        let keyString = asciiKey ? nil : NameKey.fold(name)
        let hash = asciiKey ? keyBytes.withUnsafeBufferPointer(NameIndex.hash) : NameIndex.hash(keyString!)
        var found: [TermID] = []
        let entries = nameEntries(hash: hash)
        if !entries.isEmpty {
            // The hash found the key; the key term's text confirms it (once per term).
            var checked: [(term: TermID, matches: Bool)] = []
            var folded: [UInt8] = []
            for (term, id) in entries {
                let matches: Bool
                if let known = checked.first(where: { $0.term == term }) {
                    matches = known.matches
                } else {
                    if asciiKey, terms.withUTF8(term, { NameKey.foldASCII($0, into: &folded) }) {
                        matches = folded == keyBytes
                    } else {
                        matches = NameKey.fold(text(term)) == (keyString ?? String(decoding: keyBytes, as: UTF8.self))
                    }
                    checked.append((term, matches))
                }
                if matches, !found.contains(id) { found.append(id) }
            }
        }
        if let exact = terms.lookup(.entity(name)), !found.contains(exact), isEntity(exact) {
            // An exact id wins over names that merely fold to the same key.
            return [exact]
        }
        return found
    }

    /// Every folded name and alias with the entities it denotes (for completion and suggestions).
    public func entityNames() -> [String: [TermID]] {
        if let nameMap { return nameMap }
        var map: [String: [TermID]] = [:]
        nameIndex().forEachChain { chain in
            // Each entry under its own term's folded text: a chain may hold keys whose hashes
            // collide, and an entity listed under two terms of one key (`NameIndex.add`).
            var keys: [(key: String, ids: [TermID])] = []
            var lastTerm = TermID.max, k = 0
            for (term, id) in chain {
                if term != lastTerm {
                    lastTerm = term
                    let key = NameKey.fold(text(term))
                    if let found = keys.firstIndex(where: { $0.key == key }) {
                        k = found
                    } else {
                        keys.append((key, []))
                        k = keys.count - 1
                    }
                }
                keys[k].ids.append(id)
            }
            for (key, ids) in keys {
                if ids.count == 1, map[key] == nil {
                    map[key] = ids // most names: one entity
                    continue
                }
                var seen = Set(map[key] ?? [])
                map[key, default: []].append(contentsOf: ids.filter { seen.insert($0).inserted })
            }
        }
        nameMap = map
        return map
    }

    /// True when a term is an entity with at least one fact about it.
    public func isEntity(_ id: TermID) -> Bool {
        // The kind byte read in place, as `kind(_:)` does: a call of `terms.has` copies the
        // whole term table first (five columns retained and released) for one byte.
        terms.kinds[Int(id)] == TermKind.entity.rawValue
            && ensureIndexes().subjectCount(id) > 0
    }

    /// The `type` of an entity (`person`, `country`, `event`…), if known.
    public func entityType(_ id: TermID) -> String? {
        guard let p = predicateID("type") else { return nil }
        for f in match(subject: id, predicate: p, object: nil) { return text(object(f)) }
        return nil
    }

    /// The distinct aliases of an entity, in the order first seen.
    public func aliases(of id: TermID) -> [String] {
        guard let p = predicateID("alias") else { return [] }
        var seen = Set<String>(), out: [String] = []
        for f in match(subject: id, predicate: p, object: nil) {
            let a = text(object(f))
            if seen.insert(a).inserted { out.append(a) }
        }
        return out
    }

    /// The name index's entries under `hash`: while a snapshot's lookup is stored and nothing
    /// has needed it whole, read from it as stored, checking only what this key's path reads
    /// (`NameIndex.entries(in:hash:termCount:)`); if that path is damaged, the index is built
    /// again from the facts, as `nameIndex()` does for a lookup that fails its whole check.
    func nameEntries(hash: UInt64) -> [(term: TermID, entity: TermID)] {
        if let found = names?.entries(hash: hash) { return found } // read in place, not copied out
        if let parts = storedNames {
            if let found = try? NameIndex.entries(in: parts, hash: hash, termCount: terms.count) { return found }
            storedNames = nil
        }
        return nameIndex().entries(hash: hash)
    }

    func nameIndex() -> NameIndex {
        if let names { return names }
        if let parts = storedNames {
            storedNames = nil
            // A snapshot's lookup that could read out of bounds or loop is not used: the facts
            // give it again, below.
            if let restored = try? NameIndex(parts: parts, termCount: terms.count) {
                names = restored
                return restored
            }
        }
        names = builtNameIndex()
        // After the builder's scratch is freed (its locals end with it): handed back here.
        releaseFreePages()
        return names!
    }

    /// The name lookup built from the facts: each entity's canonical name (the subjects of
    /// `type`) and its `alias` and `name` objects, folded.
    private func builtNameIndex() -> NameIndex {
        let ix = ensureIndexes()
        let typeID = predicateID("type")
        let aliasIDs = ["alias", "name"].compactMap { predicateID($0) }
        var index = NameIndex(
            expectedKeys: (typeID.map { statistics(predicate: $0).subjects } ?? 0)
                + aliasIDs.reduce(0) { $0 + statistics(predicate: $1).objects })
        // Folds a term's text into `folded` and hashes it, without a String for ASCII names.
        var folded: [UInt8] = []
        func keyHash(_ term: TermID) -> UInt64? {
            let ascii = terms.withUTF8(term) { NameKey.foldASCII($0, into: &folded) }
            if !ascii {
                folded = Array(NameKey.fold(text(term)).utf8)
            }
            if folded.isEmpty { return nil }
            return folded.withUnsafeBufferPointer { NameIndex.hash($0) }
        }
        // A corpus repeats each name in every article that mentions it: fold each name once.
        if let p = typeID {
            // Articles are found by their exact id only: a file named `motegi.txt` must not
            // make the name Motegi ambiguous.
            let article = terms.lookup(.text("article"))
            var named = [Bool](repeating: false, count: terms.count)
            for i in predicateRange(p) {
                let s = ix.predicateSubjects[i]
                guard !named[Int(s)], terms.kind(s) == .entity, ix.predicateObjects[i] != article else { continue }
                named[Int(s)] = true
                if let h = keyHash(s) { index.add(hash: h, term: s, entity: s) }
            }
        }
        for p in aliasIDs {
            // The facts come grouped by object (the alias): fold it once a group.
            var groupObject = TermID.max
            var groupHash: UInt64?
            for i in predicateRange(p) {
                let o = ix.predicateObjects[i]
                if o != groupObject {
                    groupObject = o
                    groupHash = keyHash(o)
                }
                if let h = groupHash { index.add(hash: h, term: o, entity: ix.predicateSubjects[i]) }
            }
        }
        return index.fitted()
    }
}
