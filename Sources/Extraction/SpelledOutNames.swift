import NewsFacts

/// A body the lexicon files under its acronym is named by its full name when the text writes
/// that out: "the 12th Quarnic Economic Forum (QEF)" makes the entity "Quarnic Economic Forum"
/// with the alias "QEF", as a body the lexicon does not know is named ("the Nordic Fisheries
/// Council (NFC)"); an article that only writes "QEF" keeps "QEF" [resolution].
///
/// The full name counts when a name mention of the body is written as one of its lexicon
/// aliases of two or more words (matched without regard to case: "the Internet Corporation for
/// Assigned Names and Numbers"); the first such spelling is taken as the lexicon writes it.
enum SpelledOutNames {
    /// Whether a name is an acronym: two to six capital letters.
    static func isAcronym(_ name: String) -> Bool {
        (2...6).contains(name.utf8.count) && name.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    static func canonicalize(_ doc: Document) {
        var spelled: [Int: String] = [:]
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && m.entity < doc.entities.count {
            let e = m.entity
            guard spelled[e] == nil, doc.entities[e].type == "organization", isAcronym(doc.entities[e].name),
                m.surface.utf8.contains(32)
            else { continue }
            let written = m.surface.lowercased()
            if let full = doc.entities[e].aliases.first(where: { $0.utf8.contains(32) && $0.lowercased() == written }) {
                spelled[e] = full
            }
        }
        for e in spelled.keys.sorted() {
            guard let full = spelled[e] else { continue }
            let acronym = doc.entities[e].name
            doc.entityIndex[doc.cachedKey(acronym)] = nil
            doc.entities[e].aliases.removeAll { $0 == full }
            doc.entities[e].name = full
            doc.entities[e].addAlias(acronym)
            doc.entityIndex[doc.cachedKey(full)] = e
        }
    }
}
