/// "York was known as Eboracum by the Romans", "Guadeloupe, known as Gwadloup in the creole",
/// "Saint Jerome (also known as Hieronymus)": a name given as another name of a name its
/// sentence typed is a name of the same kind. The other name stands after "known as" or
/// "renamed", at most a copula, an adverb ("also", "commonly", "once"), a comma or an opening
/// bracket from the typed name before it.
extension EntityTyper {
    /// The kind of the typed name the name at `start` is another name of, if it is one.
    static func otherNameKind(_ doc: Document, span: Range<Int>, start: Int) -> IntroducedKind? {
        let t = doc.tokens
        guard start - 2 >= span.lowerBound else { return nil }
        var k: Int
        if t[start - 1].lower == "as", t[start - 2].lower == "known" {
            k = start - 3
        } else if t[start - 1].lower == "renamed" {
            k = start - 2
        } else {
            return nil
        }
        // Back over at most two linking words ("was", "also", ",", "(") to the typed name.
        var skipped = 0
        while k >= span.lowerBound, skipped < 2, (linkingWords.contains(t[k].lower) || t[k].text == "," || t[k].text == "(") {
            k -= 1; skipped += 1
        }
        guard k >= span.lowerBound, let named = doc.mention(at: k), named.kind == .name,
              named.tokens.upperBound == k + 1, !named.guessed else { return nil }
        switch named.type {
        case "person": return .person
        case "place", "country": return .place
        case "organization": return .organization
        default: return nil
        }
    }

    /// "was", "also", ",", "(" (`typer.otherNameLink`).
    private static let linkingWords = ListedWords(Lexicon.shared.words(in: .typerOtherNameLink))
}
