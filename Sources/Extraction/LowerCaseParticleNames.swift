/// "Carlo De Benedetti of Italy's la Repubblica", "as de Gaulle said": a particle written in
/// lower case (`name.openingParticle`: "la", "le", "de", "von") right before a capitalised name
/// word opens the name when no name word comes before it: the writer kept the particle's own
/// case, and the name is "la Repubblica", not "Repubblica". Only where a name may begin: at the
/// sentence's start, after a mark or a possessive, or after a lower-case word that opens a
/// phrase (a preposition, a conjunction, a speech verb: "told le Monde"); "a van Ford" (after a
/// determiner or an adjective) is no name's particle. Inside a run the particle is a connector
/// as before ("Charles de Gaulle", "Rio de Janeiro").
extension MentionFinder {
    /// Whether the lower-case word at `k` opens the name whose run of capitalised words starts
    /// at `k + 1` (the sentence's words start at `first`).
    static func lowerCaseParticleOpens(_ t: [Token], _ k: Int, _ first: Int) -> Bool {
        guard k >= first, k + 1 < t.count, t[k].kind == .word, !t[k].isCapitalized, !t[k].has(.hyphenated),
              openingParticlesLower.contains(t[k]), t[k + 1].has(.spaceBefore), t[k + 1].kind == .word,
              isNameWord(t[k + 1]), !t[k + 1].has(.allCaps), !t[k + 1].has(.newlineBefore)
        else { return false }
        guard k > first else { return true }
        let before = t[k - 1]
        switch before.kind {
        case .punct, .quote, .dash, .possessive: return true
        case .number: return false
        case .word:
            guard !before.isCapitalized else { return false }
            let lex = Lexicon.shared
            return phraseOpeners.contains(before) || lex.locativePrepositions.contains(before.lower)
                || lex.speechLemma[before.lower] != nil
        }
    }

    /// The opening particles (`name.openingParticle`), matched in lower case.
    private static let openingParticlesLower = WordSet(.nameOpeningParticle)
    /// Lower-case words after which a name may begin (`name.beforeParticleName`).
    private static let phraseOpeners = WordSet(.nameBeforeParticleName)
}

extension MentionFinder {
    /// Whether the token at `k` is the lower-case particle opening `run` (the run was started on
    /// it by `lowerCaseParticleOpens`): the segmenter keeps it in the name.
    @inline(__always) static func lowerParticleOpensRun(_ t: [Token], _ k: Int, _ run: Range<Int>) -> Bool {
        k == run.lowerBound && !t[k].isCapitalized && t[k].kind == .word && k + 1 < run.upperBound && isNameWord(t[k + 1])
    }
}
