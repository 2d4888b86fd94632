/// The names of a line that credits the story or its picture, which reads like a headline (all
/// its words capitalised) and so keeps only names something marks:
///
/// - a byline: a line opening with "By" or "From" (`name.bylineWord`), a name of two words or
///   more, then a comma or the line's end ("By Ama Owusu-Boateng, Senior Correspondent", "From
///   Tunde Bakare, Vosta"): the reporter, a person, when a listed first name opens the name or
///   none of its words is an ordinary one (not a Title Case headline: "By Air And Sea, …");
/// - a picture's credit: a line of capitalised words that one slash splits in two, in
///   parentheses or not ("(Quarnpress/Li Wen)", "Tobi Asante/QNS"): the agency and the
///   photographer, each a name of its own.
enum CreditLineNames {
    static let bylineWords = WordSet(.nameBylineWord)

    /// Whether the name at `start..<stop` is a byline's: right after the line's opening "By" or
    /// "From", a comma or the line's end after it.
    static func bylineName(_ t: [Token], _ start: Int, _ stop: Int, _ span: SentenceSpan) -> Bool {
        let line = span.tokens
        guard span.isHeadline, line.lowerBound > 0, start - 1 == line.lowerBound, t[start - 1].isCapitalized,
              bylineWords.contains(t[start - 1]) else { return false }
        guard stop == line.upperBound || t[stop].word == KnownWords.shared.comma else { return false }
        // A person's name, no Title Case headline ("By Air And Sea, Aid Arrives"): a listed
        // first name opens it, or none of its words is an ordinary one.
        let g = Gazetteer.shared
        return g.isGivenName(t[start].lower)
            || (start..<stop).allSatisfy { t[$0].kind != .word || !g.isCommonWord(t[$0].lower) && !t[$0].lower.contains(where: \.isNumber) }
    }

    /// Whether the name at `start..<stop` stands beside the one slash of a line made only of
    /// capitalised words, that slash and parentheses around the whole.
    static func slashCreditName(_ t: [Token], _ start: Int, _ stop: Int, _ span: SentenceSpan) -> Bool {
        let line = span.tokens
        guard span.isHeadline, line.count >= 3, line.count <= 12 else { return false }
        var lower = line.lowerBound, upper = line.upperBound
        if t[lower].word == KnownWords.shared.open && t[upper - 1].word == KnownWords.shared.close {
            lower += 1; upper -= 1
        }
        var slash = -1
        for k in lower..<upper {
            if t[k].text == "/" {
                guard slash < 0 else { return false }
                slash = k
            } else if t[k].kind != .word || !t[k].isCapitalized {
                return false
            }
        }
        guard slash > lower, slash + 1 < upper else { return false }
        return start == slash + 1 || stop == slash
    }
}
