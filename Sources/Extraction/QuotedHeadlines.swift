/// "On Sunday the front page read "No Quarnby Vestal News Today" in red.": a
/// quotation in Title Case that opens with a word that opens clauses, never names (`starter`,
/// `sentence-openers.tsv`: "No", "Why", "How"), and runs to the closing mark is a headline quoted
/// whole. Its words are read as a headline line's are: a head word there ("News") makes no body
/// of the words before it, and a name in it survives only when the article names it elsewhere
/// ("No Quarnby Vestal News" is no organization). At least three words: "'No' vote" is no
/// headline; an article opening the quotation opens a name ("rename it "The Quarnby Bridge"").
extension MentionFinder {
    /// Whether the run `start..<end` of capitalised words (in the sentence `span`) is such a quoted headline.
    static func quotedHeadline(_ t: [Token], _ start: Int, _ end: Int, _ span: SentenceSpan) -> Bool {
        guard end - start >= 3, start > span.tokens.lowerBound, t[start - 1].kind == .quote, t[start - 1].has(.opening),
              end < span.tokens.upperBound, t[start].kind == .word, t[start].isCapitalized, !t[start].has(.allCaps),
              !Lexicon.shared.classes(of: t[start]).isDisjoint(with: [.starter, .sentenceOpener]),
              !Lexicon.shared.classes(of: t[start]).contains(.article),
              !Gazetteer.shared.isGivenName(t[start].lower)
        else { return false }
        let close = t[end].kind == .punct && end + 1 < span.tokens.upperBound ? end + 1 : end
        return t[close].kind == .quote && !t[close].has(.opening)
    }
}
