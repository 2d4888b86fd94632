import NewsFacts

/// The one "did you mean" of newsq: query diagnostics and dot-commands alike.
///
/// The distance is Damerau–Levenshtein (optimal string alignment: insertions, deletions,
/// substitutions and swaps of neighbours each cost 1), compared without case. A candidate is
/// suggested when its distance is at most `threshold(for:)` of the word typed: 1 for words of
/// up to 4 characters, 2 up to 8, and 3 beyond.
public enum Suggest {
    /// The largest distance at which `word` still gets a suggestion.
    public static func threshold(for word: String) -> Int {
        let n = word.count
        return n <= 4 ? 1 : (n <= 8 ? 2 : 3)
    }

    /// The nearest candidates within the threshold, best first (ties alphabetical), at most `limit`.
    public static func nearest(_ word: String, in candidates: [String], limit: Int = 1) -> [String] {
        let w = Array(word.lowercased())
        let t = threshold(for: word)
        var scored: [(Int, String)] = []
        for c in candidates {
            let cc = Array(c.lowercased())
            if abs(cc.count - w.count) > t { continue }
            let d = distance(w, cc, cutoff: t)
            if d <= t { scored.append((d, c)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var seen = Set<String>(), out: [String] = []
        for (_, c) in scored where seen.insert(c).inserted {
            out.append(c)
            if out.count == limit { break }
        }
        return out
    }

    /// Optimal string alignment distance (`EditDistance`); stops early, returning cutoff + 1,
    /// once every cell of a row exceeds `cutoff`.
    public static func distance(_ a: [Character], _ b: [Character], cutoff: Int = .max) -> Int {
        EditDistance.between(a, b, cutoff: cutoff)
    }
}
