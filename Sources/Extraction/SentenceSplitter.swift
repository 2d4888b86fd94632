import NewsFacts

/// A sentence as the pipeline sees it: its token range and what kind of text it is.
public struct SentenceSpan: Sendable, Equatable {
    public var tokens: Range<Int>
    /// A photo caption ("Combined photo shows …", "… (Kyodo)"): facts are kept, events are not.
    public var isCaption = false
    /// A headline-like line in Title Case, or a list of links after "Related coverage:";
    /// only names already known are found in it.
    public var isHeadline = false
    /// After a "Related coverage:"-style marker: other articles' headlines, not this article.
    public var isExcluded = false
}

/// Splits tokens into sentences.
///
/// A sentence ends at `.`, `?` or `!` (with any closing quotes and brackets after it) when the
/// next word starts a sentence, and always at a paragraph break. Abbreviations ("U.S.",
/// "Jan.", "Mr.") are single tokens, so their dots never end a sentence; "U.S." followed by
/// a word that starts sentences ("The", "He") does.
public enum SentenceSplitter {
    public static func split(_ tokens: [Token], text: String) -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        let lex = Lexicon.shared
        var start = 0
        let n = tokens.count
        func close(_ end: Int) {
            if end > start { spans.append(SentenceSpan(tokens: start..<end)) }
            start = end
        }
        func startsSentence(_ k: Int) -> Bool {
            guard k < n else { return true }
            let t = tokens[k]
            if t.isCapitalized || t.kind == .number { return true }
            if t.kind == .quote && t.has(.opening) { return true }
            if t.kind == .punct && (t.text == "(" || t.text == "[") { return true }
            return false
        }
        var k = 0
        while k < n {
            let t = tokens[k]
            if k > start && t.has(.paragraphBefore) { close(k) }
            else if k > start && t.has(.newlineBefore) && lineBreakEnds(tokens, k, text) { close(k) }
            if t.kind == .punct && (t.text == "." || t.text == "?" || t.text == "!" || t.text == "..." || t.text == "\u{2026}") {
                var j = k + 1
                // Closing quotes and brackets stay with the sentence they close.
                while j < n && !tokens[j].has(.spaceBefore) && (tokens[j].kind == .quote || tokens[j].text == ")" || tokens[j].text == "]" || tokens[j].text == "'" || tokens[j].text == "\u{2019}") { j += 1 }
                if j >= n || tokens[j].has(.newlineBefore) { k = j; close(j); continue }
                if startsSentence(j) && tokens[j].has(.spaceBefore) {
                    // "...?" he asked: a lower-case word after the quote keeps the sentence going.
                    close(j); k = j; continue
                }
                k = j
                continue
            }
            if t.has(.dotted), k + 1 < n, lex.sentenceEndingAbbreviations.contains(t.lower) {
                let next = tokens[k + 1]
                if next.has(.newlineBefore) || (next.isCapitalized && lex.starters.contains(next.lower) && !["a", "i"].contains(next.lower)) {
                    close(k + 1)
                }
            }
            k += 1
        }
        close(n)
        classify(&spans, tokens)
        return spans
    }

    /// A single line break ends a sentence when the next line starts like a sentence and the
    /// line before ends like one or is short (a headline, a caption, a list item).
    static func lineBreakEnds(_ tokens: [Token], _ k: Int, _ text: String) -> Bool {
        let next = tokens[k]
        let prev = tokens[k - 1]
        let starts = next.isCapitalized || next.kind == .number || next.kind == .quote || next.kind == .dash || next.text == "(" || next.text == "*" || next.text == "•"
        guard starts else { return false }
        if [".", "?", "!", ":", ")", "\u{2026}"].contains(prev.text) || prev.kind == .quote { return true }
        // Find the start of the previous line.
        var j = k - 1
        while j > 0 && !tokens[j].has(.newlineBefore) { j -= 1 }
        return prev.end - tokens[j].start < 60
    }

    static let relatedMarkers: Set<String> = ["related coverage", "related", "related stories", "related articles", "read more",
                                               "see also", "more on this", "also read", "recommended", "more from",
                                               "related news", "you may also like", "most read", "trending"]

    /// Marks captions, headline-like lines and the link lists after "Related coverage:".
    static func classify(_ spans: inout [SentenceSpan], _ tokens: [Token]) {
        var excluded = false
        for s in spans.indices {
            let r = spans[s].tokens
            let words = tokens[r].filter { $0.kind == .word }
            if words.count <= 5 && relatedMarkers.contains(words.map(\.lower).joined(separator: " ")) { excluded = true }
            if excluded { spans[s].isExcluded = true; spans[s].isHeadline = true; continue }
            // Captions: "photo shows", "(Kyodo)" / "(AP Photo/...)" at the end, "==Kyodo".
            let lowers = tokens[r].map(\.lower)
            var caption = false
            for i in lowers.indices.dropLast() where lowers[i] == "photo" && (lowers[i + 1] == "shows" || lowers[i + 1] == "taken" || lowers[i + 1] == ")") { caption = true }
            if lowers.first == "photo" || lowers.starts(with: ["file", "photo"]) || lowers.contains("==") { caption = true }
            if let last = lowers.last, last == ")", lowers.count >= 3 {
                let inner = lowers[lowers.count - 2]
                let closeIndex = r.upperBound - 1
                if tokens[closeIndex - 1].isCapitalized, lowers[lowers.count - 3] == "(", Lexicon.shared.phrases[inner]?.kind == .organization || inner.contains("photo") {
                    caption = true
                }
                if inner.contains("photo") { caption = true }
            }
            spans[s].isCaption = caption
            // Headline: no final punctuation and most words capitalised.
            if words.count >= 3, let last = tokens[r].last, ![".", "?", "!", "\""].contains(last.text), last.kind != .quote {
                let content = words.filter { !["of", "the", "a", "an", "and", "to", "in", "on", "for", "with", "at", "as", "by"].contains($0.lower) }
                let capital = content.filter { $0.isCapitalized || $0.kind == .number }.count
                if content.count >= 3 && capital * 10 >= content.count * 7 { spans[s].isHeadline = true }
            }
        }
    }
}
