/// A person's initial written without its dot before one name: "File photo of interviewee R
/// Kumaresan", "Image: R Kumaresan". "R", "L" and "C" alone are no names (`nonname`: a grade, a
/// size, a programming language), so the letter was skipped and the name cut to a word the typer
/// could not read; written as "R. Kumaresan" it is a person.
extension MentionFinder {
    /// Whether the run's words from `p` to its `end` are one such initial and one name: a single
    /// capital letter the lists call no name (not "I"), first in its run and not after another
    /// single letter ("T C Phailin": a storm's class), then one capitalised word of three letters
    /// or more closing the run that no list knows (no ordinary word, listed name, gazetteer place,
    /// first name or head: not "L Magazine").
    static func initialBeforeName(_ t: [Token], _ p: Int, _ run: Range<Int>, _ lex: LexiconTables) -> Bool {
        guard p == run.lowerBound, p + 2 == run.upperBound, t[p].kind == .word, t[p].text.utf8.count == 1,
              t[p].text != "I", lex.classes(of: t[p]).contains(.nonName), !t[p].has(.dotted) else { return false }
        if p > 0, t[p - 1].kind == .word, t[p - 1].text.utf8.count == 1, t[p - 1].isCapitalized { return false }
        let name = t[p + 1]
        guard name.kind == .word, name.isCapitalized, !name.has(.allCaps), !name.has(.hyphenated), name.text.count >= 3,
              lex.phrase(at: p + 1, in: t, end: run.upperBound) == nil,
              lex.classes(of: name).isDisjoint(with: [.nonName, .orgHead, .placeHead, .orgFirst, .placeFirst, .titleStart, .docHead])
        else { return false }
        let g = Gazetteer.shared
        return !g.isCommonWord(name.lower) && g.place(name.lower) == nil && !g.isGivenName(name.lower)
    }
}
