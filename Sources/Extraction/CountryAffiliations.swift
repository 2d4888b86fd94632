/// "publisher Carlo De Benedetti of Italy's la Repubblica", "Mei Tanaka of Japan's Asahi": a
/// person's name, "of", a country's possessive, then the name: what a person is "of" in a
/// country is a body there (a newspaper, a company, a party), as "Ann Chiang of DAB" is. One
/// cue, enough for a name of no ordinary word; "Italy's Matteo Renzi" (no "of" and no person
/// before) says nothing.
extension EntityTyper {
    static func affiliationPastCountry(_ doc: Document, span: Range<Int>, start: Int) -> Bool {
        let t = doc.tokens
        guard start - 4 >= span.lowerBound, t[start - 1].kind == .possessive,
              let country = doc.mention(at: start - 2), country.kind == .name, country.type == "country",
              country.tokens.upperBound == start - 1
        else { return false }
        let of = country.tokens.lowerBound - 1
        guard of - 1 >= span.lowerBound, t[of].word == KnownWords.shared.of,
              let holder = doc.mention(at: of - 1), holder.kind == .name, holder.type == "person",
              holder.tokens.upperBound == of
        else { return false }
        return true
    }
}
