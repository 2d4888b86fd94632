/// A categories line ("Categories: August 15, 2008 Canada Published North America Politics and
/// conflicts Environment Canada Archived"): the names of a site's category pages run together
/// after a label (`name.categoryLabel`: "Categories:", "Tags:"), with no comma between them. A
/// listed name closes its category there: the capitalised word after it opens the next one
/// ("North America" then "Politics and conflicts"), not a longer name ("North America Politics",
/// an organization no text speaks of).
extension MentionFinder {
    /// Whether the sentence whose first word is at `first` opens with a category label and a colon.
    static func isCategoryLine(_ t: [Token], _ first: Int, _ end: Int) -> Bool {
        first + 1 < end && t[first].isCapitalized && t[first + 1].word == KnownWords.shared.colon
            && categoryLabels.contains(t[first])
    }

    /// Whether a lexicon name ends right before `j` inside the run that started at `i`: the longest
    /// listed phrase from one of the run's words stops exactly at `j`.
    static func listedNameEnds(_ t: [Token], _ i: Int, _ j: Int, _ end: Int, _ lex: LexiconTables) -> Bool {
        (i..<j).contains { k in lex.phrase(at: k, in: t, end: end)?.tokenCount == j - k }
    }

    private static let categoryLabels = WordSet(.nameCategoryLabel)
}
