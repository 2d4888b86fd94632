import Extraction

/// The words the tagger precomputes when it loads: every normalised form of the training text,
/// most frequent first. Every one, because the tagger also reads this list as the words it
/// has features for: an unknown word whose lower case is not a listed word's has none that
/// name it, and the tagger does not look them up.
package enum VocabularySelection {
    /// The normalised texts of the sentences' words, most frequent first (ties in byte order,
    /// so the list is the same on every run).
    package static func words(_ sentences: [TaggedSentence]) -> [String] {
        let features = TaggerFeatures()
        var counts: [String: Int] = [:]
        for s in sentences {
            for w in s.words { counts[features.normalized(w), default: 0] += 1 }
        }
        return counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : Array(a.key.utf8).lexicographicallyPrecedes(b.key.utf8)
        }.map(\.key)
    }
}
