/// Bodies named after a country by a word before or after the country's name, each an
/// organization whose name holds the country nested in it (as "the Mexican Army" does):
/// - a country's government: "the UK Government", "the Austrian Government";
/// - a country's branch of an international body: "the British Red Cross".
/// Each needs the body's word or name to close the run: "the Italian Supreme Court of
/// Cassation" and "UK Government Minister" are read as before.
extension MentionFinder {
    /// Where "the UK Government", "the Austrian Government" (from `p`, before the run's `end`)
    /// ends, if the run is one: a listed country's name or its people's adjective, then a
    /// capitalised word for the body that governs a country (`name.governmentWord`) closing the
    /// run. Neither word names that body alone: "the Government" and "Austrian" are left as they
    /// were, and so are "the Monti government" (a person's) and "the Austrian government" (lower
    /// case, a description).
    static func nationalGovernmentEnd(_ t: [Token], _ p: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        guard end - p >= 2, t[end - 1].kind == .word, governmentWords.contains(t[end - 1]),
              let phrase = lex.phrase(at: p, in: t, end: end), phrase.kind == .country || phrase.kind == .demonym,
              p + phrase.tokenCount == end - 1 else { return nil }
        return end
    }

    /// Where "the British Red Cross", "the American Red Cross", "the Syrian Red Crescent" (from
    /// `p`, before the run's `end`) ends, if the run is one: a people's adjective right before a
    /// listed body's name of two or more words that the lexicons give no home country and whose
    /// national societies are named by their people's adjective (`name.nationalBranchBody`),
    /// closing the run, names that country's own body (a branch), not the international one, also
    /// before a noun it qualifies ("British Red Cross volunteers"). Before another international
    /// body the adjective is a person's nationality ("a Kenyan Amnesty International researcher",
    /// "an American Human Rights Watch lawyer"), read as before. A body named with a head word
    /// ("Syrian World Health Organization") is read by its head, as before.
    static func nationalBranchEnd(_ t: [Token], _ p: Int, _ end: Int, _ lex: LexiconTables) -> Int? {
        guard end - p >= 3, let adjective = lex.phrase(at: p, in: t, end: end), adjective.kind == .demonym else { return nil }
        let k = p + adjective.tokenCount
        guard let body = lex.phrase(at: k, in: t, end: end), body.kind == .organization, body.tokenCount >= 2,
              k + body.tokenCount == end, lex.shared.homeCountry[body.canonical] == nil,
              branchBodies.contains((k..<end).map { t[$0].lower }.joined(separator: " ")) else { return nil }
        return end
    }

    /// The bodies made of national societies, each named by its people's adjective
    /// (`name.nationalBranchBody` in `Lexicons/wordlists.tsv`: "red cross", "red crescent").
    private static let branchBodies = Set(Lexicon.shared.words(in: .nameNationalBranchBody))

    private static let governmentWords = WordSet(.nameGovernmentWord)
}
