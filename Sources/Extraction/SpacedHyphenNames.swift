/// "the Council on American - Islamic Relations": a compound of a people's adjective and another
/// capitalised word, its hyphen set off by spaces as some tokenised texts write every hyphen, is
/// one word of the name, not a dash between two names. Only a people's adjective the lexicon
/// lists (`demonym`: "American", "Italian") before a lone "-" with a space on each side and a
/// capitalised word after it joins: "Paris - Berlin", "BEIJING - China's" stay apart.
extension MentionFinder {
    /// Whether the token at `k` is such a hyphen inside a name (before `end`).
    static func spacedHyphenJoins(_ t: [Token], _ k: Int, _ end: Int) -> Bool {
        guard k > 0, k + 1 < end, t[k].kind == .dash, t[k].text == "-", t[k].has(.spaceBefore),
              t[k + 1].has(.spaceBefore), t[k + 1].kind == .word, isNameWord(t[k + 1]),
              t[k - 1].kind == .word, t[k - 1].isCapitalized, !t[k - 1].has(.allCaps)
        else { return false }
        guard let phrase = Lexicon.shared.phrase(at: k - 1, in: t, end: k) else { return false }
        return phrase.kind == .demonym && phrase.tokenCount == 1
    }

    /// Whether the listed name at `k` is a people's adjective that a spaced hyphen joins to the
    /// next word ("on American - Islamic Relations"): no listed name the connector before it
    /// must stop at.
    static func opensSpacedCompound(_ t: [Token], _ k: Int, _ end: Int) -> Bool {
        k + 1 < end && spacedHyphenJoins(t, k + 1, end)
    }
}
