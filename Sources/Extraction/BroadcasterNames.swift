/// "For the last year SNY has broadcast footage of me", "on the WB series, Supernatural", "MTV's
/// horror reality series": what only a broadcaster does or has. A verb of broadcasting right
/// after the name (over "has", "had", "is", "was": `typer.organizationVerb`) makes it an
/// organization; a capitals-only name before a programme's noun (`typer.programmeNoun`), over its
/// possessive and at most two lower-case words, is a channel's or a network's, one more cue for
/// the body an acronym already leans to. Not a name of ordinary words: "the Harry Potter series"
/// is no acronym.
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
