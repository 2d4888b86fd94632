/// "(Photo: Northern Press Bureau/Harbour Picture Desk, Public Domain)", "(Image: State
/// News Service / Quarnvox / …)": a caption's credit names who made or holds the picture. A name of ordinary
/// words right after the credit label and its colon (`name.creditLabel`; no first name opening
/// it) and a name after a slash that goes on the credit's sources are a body's, an agency's, a
/// site's or an archive's: evidence of an organization (a person's own names outweigh it:
/// "NASA/Margaret Quarnby"). A licence is no source ("Public Domain", "licensed under CC BY
/// 4.0": `credit.licenceWord`). A one-word name of no ordinary word right after the colon is a
/// user's name, left to the typer's credit rule ("Photo: Vostabi77.").
extension EntityTyper {
    /// Points of organization for the name at `start..<end`: 2 right after the label's colon, 1
    /// after a slash among the sources, else 0.
    static func creditSourcePoints(_ doc: Document, span: Range<Int>, start: Int, end: Int) -> Int {
        let t = doc.tokens
        guard start - 2 >= span.lowerBound else { return 0 }
        let g = Gazetteer.shared
        if (start..<end).contains(where: { licenceWords.contains(t[$0].lower) }) { return 0 }
        if g.isGivenName(t[start].lower) { return 0 }
        let before = t[start - 1]
        if before.word == KnownWords.shared.colon {
            guard MentionFinder.isCreditLabel(t, start - 2, start) else { return 0 }
            return (start..<end).contains(where: { t[$0].kind == .word && g.isCommonWord(t[$0].lower) }) ? 2 : 0
        }
        guard before.text == "/" else { return 0 }
        // Back over the sources before it (words, quotation marks, slashes) to the label's colon.
        var k = start - 2
        while k > span.lowerBound, start - k <= creditReach {
            if t[k].word == KnownWords.shared.colon { return MentionFinder.isCreditLabel(t, k - 1, k + 1) ? 1 : 0 }
            guard t[k].kind == .word || t[k].text == "/" || quotationMarks.contains(t[k].text) else { return 0 }
            k -= 1
        }
        return 0
    }

    /// How far back from a slash a credit's label may stand: "Photo: adapted from a picture by
    /// “quarn_v” / Vostabi" has eight tokens between.
    static let creditReach = 12

    private static let licenceWords = ListedWords(Lexicon.shared.words(in: .creditLicenceWord))

    /// Quotation marks around a source's user name: punctuation, so a set of marks, no word list.
    private static let quotationMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]
}
