extension MentionFinder {
    /// "the Gold Service Medal of the Institute for Quarnic Affairs", "the Founders' Prize of the
    /// Vostabi Engineering Society": an honour's head word (`name.honourHead`),
    /// "of the" and a body's name closed by its own head word name two things, the honour and
    /// the body that gives it; the honour's name ends before "of". Where "of" stands in
    /// `p..<limit`, if it does. "Medal of Honor" (no "the", no body's head) stays one name.
    static func awardingBodyStart(_ t: [Token], _ p: Int, _ limit: Int, _ lex: LexiconTables) -> Int? {
        let known = KnownWords.shared
        return (p + 1..<max(p + 1, limit - 2)).first { f in
            t[f].word == known.of && honourHeads.contains(t[f - 1]) && t[f + 1].word == known.the
                && endsInOrgHead(t, f + 2, limit)
        }
    }

    private static let honourHeads = WordSet(.nameHonourHead)
}
