extension EntityTyper {
    /// "we need the "Lofty Lectern" to reach the People": a determiner, then the name
    /// alone between quotation marks. The closing mark ends the noun phrase the determiner opens,
    /// whatever word follows it, so the name takes an article as a thing's or a body's name does
    /// and a person's does not.
    static func quotedAfterDeterminer(_ t: [Token], _ start: Int, _ end: Int, _ sentence: Range<Int>,
                                      _ w: TokenWords) -> Bool {
        guard start - 2 >= sentence.lowerBound, end < sentence.upperBound else { return false }
        return t[start - 1].kind == .quote && t[start - 1].has(.opening)
            && t[end].kind == .quote && !t[end].has(.opening)
            && w.determiners.contains(t[start - 2])
    }
}
