/// "Since March KQV has broadcast footage of her", "on the QWB series, Nightfall", "MTV's
/// horror reality series": what only a broadcaster does or has. A verb of broadcasting after the
/// name and "has" or "had" (`typer.organizationVerb`) makes it an organization (not the verb
/// alone: people broadcast too, "Quennell broadcast his sermons"; nor after "is"/"was": "X was
/// broadcast" is the programme); a capitals-only name before a programme's noun
/// (`typer.programmeNoun`), over its possessive and at most two lower-case words, is a channel's
/// or a network's, one more cue for the body an acronym already leans to. Not a name of ordinary
/// words ("the Harry Potter series" is no acronym), nor one after "a" or "an": "an HIV series"
/// is about it, not made by it. (`AcronymModifiers` leaves an acronym before a programme's noun
/// to this rule.)
extension EntityTyper {
    /// The verbs and nouns, by word id.
    struct BroadcasterWords {
        let verbs = WordSet(.typerOrganizationVerb)
        let programmes = WordSet(.typerProgrammeNoun)
    }
    static let broadcasterWords = BroadcasterWords()

    /// Whether a capitals-only one-word name at `start..<end` comes before a programme's noun.
    static func namesProgrammeMaker(_ doc: Document, span: Range<Int>, start: Int, end: Int) -> Bool {
        let t = doc.tokens
        guard end - start == 1, t[start].has(.allCaps) else { return false }
        if start > span.lowerBound, ["a", "an"].contains(t[start - 1].lower) { return false }
        var j = end
        if j < span.upperBound, t[j].kind == .possessive { j += 1 }
        var words = 0
        while j < span.upperBound, t[j].kind == .word, !t[j].isCapitalized {
            if broadcasterWords.programmes.contains(t[j]) { return true }
            words += 1
            if words > 2 { return false }
            j += 1
        }
        return false
    }
}
