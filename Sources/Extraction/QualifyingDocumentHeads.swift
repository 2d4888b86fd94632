extension MentionFinder {
    /// "Florida Department of Law Enforcement", "National Organization of Black Law Enforcement
    /// Executives": a document's head word (`dochead` in `words.tsv`: "Law", "Plan", "Treaty")
    /// that more name words follow in the same run qualifies them; it closes no name of its own,
    /// so the search for the name's head goes on to its left ("Department of" takes the whole
    /// run). A head that is also a body's or a place's, a number or a suffix after it ("World War
    /// II") and a head closing the run ("Paris Agreement") keep their reading.
    static func docHeadQualifying(_ t: [Token], _ q: Int, _ limit: Int, _ classes: WordClass) -> Bool {
        guard classes.contains(.docHead), classes.isDisjoint(with: [.orgHead, .placeHead]), q + 1 < limit else {
            return false
        }
        let next = t[q + 1]
        return next.kind == .word && isNameWord(next) && !isNameSuffix(next)
    }
}
