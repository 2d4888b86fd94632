/// "For the last year SNY has broadcast footage of me", "on the WB series, Supernatural", "MTV's
/// horror reality series": what only a broadcaster does or has. A verb of broadcasting right after
/// the name (over "has", "had", "is", "was": `typer.organizationVerb`) makes it an organization,
/// unless a possessive pronoun follows ("Quennell has broadcast his sermons": people
/// broadcast too); a capitals-only name before a programme's noun (`typer.programmeNoun`), over
/// at most two lower-case words, is a channel's or a network's when it owns the programme by its
/// possessive ("MTV's ... series") or "the" opens it ("the WB series"), one more cue for the body
/// an acronym already leans to. "an HIV documentary", "a COVID series" name their topic, not their
/// maker. Not a name of ordinary words: "the Harry Potter series" is no acronym.
extension EntityTyper {
    /// The verbs and nouns, by word id.
    struct BroadcasterWords {
        let verbs = WordSet(.typerOrganizationVerb)
        let programmes = WordSet(.typerProgrammeNoun)
    }
    static let broadcasterWords = BroadcasterWords()

    /// Whether the broadcasting verb at `verb`, right after the name, is a body's: not
    /// when a possessive pronoun follows ("Quennell has broadcast his sermons").
    static func namesBroadcaster(_ doc: Document, span: Range<Int>, verb: Int) -> Bool {
        let t = doc.tokens
        guard broadcasterWords.verbs.contains(t[verb]) else { return false }
        return !(verb + 1 < span.upperBound && possessivePronouns.contains(t[verb + 1].lower))
    }

    /// Whether a capitals-only one-word name at `start..<end` comes before a programme's noun.
    static func namesProgrammeMaker(_ doc: Document, span: Range<Int>, start: Int, end: Int) -> Bool {
        let t = doc.tokens
        guard end - start == 1, t[start].has(.allCaps) else { return false }
        var j = end
        if j < span.upperBound, t[j].kind == .possessive {
            j += 1
        } else if start == span.lowerBound || t[start - 1].lower != "the" {
            return false
        }
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
