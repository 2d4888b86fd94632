extension MentionFinder {
    /// "South Court Auditorium", "Eisenhower Executive Office Building" (a speech's venue line),
    /// "Resting place Varnel Cemetery, Lyon, France" (a biography's fact box), "The Plains of
    /// Kessar on the day of Tashu" (a caption): in a headline-like line a name is otherwise kept
    /// only when the body names it too, but a name of two or more words whose last word is a
    /// place's or a body's head word (`placehead`, `orghead`), or whose word before an inner "of"
    /// is one, says itself what it names, as it does in a sentence ("buried in Varnel
    /// Cemetery"): the type its head gives, or nil when no head word is there. A name that a
    /// first name opens is a person's whatever it ends with ("John Hall"), and a head word alone
    /// before "of" needs a capitalised word after the "of" ("Plains of Kessar", not "Day of").
    static func headlineHeadType(_ t: [Token], _ start: Int, _ stop: Int, _ lex: LexiconTables) -> String? {
        var words = 0
        for k in start..<stop where t[k].kind == .word { words += 1 }
        guard words >= 2, t[start].kind == .word, !t[start].has(.allCaps),
              !Gazetteer.shared.isGivenName(t[start].lower) else { return nil }
        func type(of k: Int) -> String? {
            let c = lex.classes(of: t[k])
            if c.contains(.placeHead) { return "place" }
            if c.contains(.orgHead) || c.contains(.orgFirst) && k != stop - 1 { return "organization" }
            return nil
        }
        let last = stop - 1
        if t[last].kind == .word, t[last].isCapitalized, let head = type(of: last) { return head }
        // "Plains of Kessar", "Ministry of Health": the head before an inner "of".
        var k = start
        while k + 2 < stop {
            if t[k].kind == .word, t[k].isCapitalized, t[k + 1].word == KnownWords.shared.of,
               t[k + 2].isCapitalized, let head = type(of: k) { return head }
            k += 1
        }
        return nil
    }
}

extension MentionFinder {
    /// Whether a run `headlineHeadType` types reads as a clause, not a name: a headline written
    /// in Title Case capitalises every word ("Storm Damages Local School Building", "Investors
    /// Flock To Regional Bank"), so a run of it that a head word closes names nothing. The
    /// article's first line (sentence 0) is its headline, whatever its words; on another line the
    /// part-of-speech tagger, the line tagged whole, must read no verb or auxiliary in the run
    /// ("Thieves Target Quarnby Museum" as a subheading). The venue lines, fact boxes and
    /// captions the rule is for come after the headline ("South Court Auditorium", "Resting
    /// place Varnel Cemetery, Lyon, France").
    static func headlineRunIsClause(_ t: [Token], _ start: Int, _ stop: Int, _ span: SentenceSpan, sentence: Int) -> Bool {
        if sentence == 0 { return true }
        let first = span.tokens.lowerBound
        let tags = PartOfSpeechTagger.shared.tag(t, span.tokens)
        return tags[(start - first)..<(stop - first)].contains { $0 == .verb || $0 == .auxiliary }
    }
}
