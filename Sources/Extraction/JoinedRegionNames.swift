import NewsFacts

/// A region whose own name joins two names with a lower-case "and" is one place, not two:
/// "Jammu and Kashmir", "Dumfries and Galloway", "Andaman and Nicobar Islands", "Newfoundland
/// and Labrador".
///
/// The gazetteer lists such regions and counties (ISO 3166-2 subdivisions, US counties) under
/// their whole name; a run of capitalised words stops at "and", so the run goes on past it when
/// the words from one of its last name words through the "and" to the capitalised words after it
/// are a region or a county the gazetteer lists (no city: "Brighton and Hove" is listed as a
/// region, a town "X and Y" is rarer than two towns), no ordinary word, closing the run. Countries
/// of this shape ("Trinidad and Tobago") the lexicon lists already.
enum JoinedRegionNames {
    /// Most words on either side of the "and".
    static let maxSide = 3

    /// Where a region named across the "and" at `and` ends, when its name opens at `start`
    /// (capitalised words from `start` to `and`) and its words after the "and" close the run
    /// (before `end`, or a word no name continues with); else nil.
    static func end(_ t: [Token], from start: Int, and: Int, _ end: Int) -> Int? {
        guard start < and, and - start <= maxSide, and + 1 < end, t[and].word == KnownWords.shared.and,
            (start..<and).allSatisfy({ t[$0].kind == .word && MentionFinder.isNameWord(t, $0) })
        else { return nil }
        var e = and + 1
        var found: Int?
        while e < end, e - and <= maxSide, t[e].kind == .word, MentionFinder.isNameWord(t, e), !t[e].has(.newlineBefore) {
            e += 1
            let key = t[start..<e].map(\.lower).joined(separator: " ")
            if let place = Gazetteer.shared.place(key), place.kind != "city", !place.isCommonWord { found = e }
        }
        guard let found, found == end || !MentionFinder.isNameWord(t, found) else { return nil }
        return found
    }

    /// The region's end when the run that stopped at an "and" (`and`, run opening at `runStart`)
    /// holds one of its name's openings: tried from the furthest back (at most `maxSide` words).
    static func runEnd(_ t: [Token], _ runStart: Int, and: Int, _ end: Int) -> Int? {
        for start in max(runStart, and - maxSide)..<and {
            if let e = self.end(t, from: start, and: and, end) { return e }
        }
        return nil
    }

    /// A region named across an "and" opening at `p` inside a run ending at `end`: its end.
    static func at(_ t: [Token], _ p: Int, _ end: Int) -> Int? {
        guard t[p].kind == .word, t[p].isCapitalized else { return nil }
        for and in p + 1..<min(end, p + maxSide + 1) where t[and].word == KnownWords.shared.and {
            return self.end(t, from: p, and: and, end)
        }
        return nil
    }
}
