/// "pro-Beijing district councillor Marcus Or was elected": a family name that is also a
/// conjunction or preposition. A capitalised "In", "Or", "But" closing a run before a lower-case
/// word usually opens a clause that a heading ran into ("DAB's Elizabeth Quat In the New
/// Territories"), so the name ends before it (`name.notLast`). A clause does not open with the
/// conjunction and then a verb, though: after a first name, the capitalised word before a verb
/// or an auxiliary is the person's family name ("Marcus Or was", "Rosa In said").
extension MentionFinder {
    /// Whether the `name.notLast` word at token `k`, closing its run at `k + 1`, is a family name:
    /// a first name the census lists before it, and the part-of-speech tagger, the sentence tagged
    /// whole, reads the word after the run as a verb or an auxiliary.
    static func notLastWordIsSurname(_ t: [Token], _ k: Int, _ span: SentenceSpan) -> Bool {
        let next = k + 1
        guard k > span.tokens.lowerBound, next < span.tokens.upperBound, t[k - 1].kind == .word,
              t[k - 1].isCapitalized, !t[k - 1].has(.allCaps), Gazetteer.shared.isGivenName(t[k - 1].lower)
        else { return false }
        let first = span.tokens.lowerBound
        let tags = PartOfSpeechTagger.shared.tag(t, span.tokens)
        return tags[next - first] == .verb || tags[next - first] == .auxiliary
    }
}
