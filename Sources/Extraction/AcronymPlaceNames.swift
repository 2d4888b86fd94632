/// A body named by an acronym and a place: "papers like QZ Chicago", "viewers of KXYZ Boston".
/// A local paper's or a broadcaster's edition takes its city into its name; split there, the
/// acronym was dropped or read alone and the city stood for the paper, a place the story says
/// nothing of. Read whole, the name is an organization and the city a place nested in it.
/// Capitals before a city are not always a body's, though: a time zone ("midnight EST Washington
/// time") names a clock, and two initials before a town that is also a family name, the name
/// then acting or set off by commas, are a person's ("TJ Washington scored", "the driver, AJ
/// Houston, fled").
///
/// For example, "Readers of QZ Chicago wrote in." yields the organization "QZ Chicago".
extension MentionFinder {
    private static let timeZones = WordSet(.nameTimeZone)

    /// Where such a name starting at `p` ends, if the run (before `end`) is one: an acronym of two
    /// to five capital letters no list knows (no listed name, title, head, role or time zone,
    /// `name.timeZone`), first in its run or after a capitalised "The", then a place
    /// (`placeLength`: listed, or a gazetteer place that is no ordinary word) written in lower
    /// case after its capital, closing the run. Not after a number ("at 10 AM Chicago time": a
    /// clock time), nor before "time" ("QZ Chicago time"), nor in a line written in capitals, nor
    /// when two initials and a one-word place make a person's name (`initialsAndFamilyName`).
    static func acronymPlaceEnd(_ t: [Token], _ p: Int, _ run: Range<Int>, _ span: SentenceSpan, _ lex: LexiconTables) -> Int? {
        // Cheap test first: an acronym with a capitalised word after it.
        guard p + 1 < run.upperBound, t[p].kind == .word, t[p].has(.allCaps), !t[p].has(.dotted), !t[p].has(.hyphenated),
              (2...5).contains(t[p].text.utf8.count), t[p].text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }),
              t[p + 1].kind == .word, t[p + 1].isCapitalized, !t[p + 1].has(.allCaps) else { return nil }
        guard p == run.lowerBound || p == run.lowerBound + 1 && lex.classes(of: t[run.lowerBound]).contains(.article) && t[run.lowerBound].isCapitalized
        else { return nil }
        if p > 0, t[p - 1].kind == .number { return nil }
        guard !timeZones.contains(t[p]), lex.phrase(at: p, in: t, end: p + 1) == nil,
              lex.classes(of: t[p]).isDisjoint(with: [.titleStart, .orgHead, .placeHead, .role, .calendar]),
              let n = placeLength(t, p + 1, run.upperBound, lex), p + 1 + n == run.upperBound else { return nil }
        let after = run.upperBound
        if after < span.tokens.upperBound, t[after].kind == .word, t[after].lower == "time" { return nil }
        if n == 1, initialsAndFamilyName(t, p, span) { return nil }
        return run.upperBound
    }

    /// Whether the two capitals at `p` and the one word after them, closing the run, read as a
    /// person's initials and family name: the word is a family name the census lists, and a comma
    /// follows the name (an apposition: "the driver, AJ Houston, fled") or the part-of-speech
    /// tagger, the sentence tagged whole, reads the word after it as a verb or an auxiliary ("TJ
    /// Washington scored").
    private static func initialsAndFamilyName(_ t: [Token], _ p: Int, _ span: SentenceSpan) -> Bool {
        let next = p + 2
        guard t[p].text.utf8.count == 2, Gazetteer.shared.isFamilyName(t[p + 1].lower), next < span.tokens.upperBound
        else { return false }
        if t[next].text == "," { return true }
        let tags = PartOfSpeechTagger.shared.tag(t, span.tokens)
        let tag = tags[next - span.tokens.lowerBound]
        return tag == .verb || tag == .auxiliary
    }
}
