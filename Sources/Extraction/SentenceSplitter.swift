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
        split(tokens, text: text, cancel: .never)
    }

    /// `split`, asking `cancel` every 16,384 tokens; once it says stop, the sentences so far.
    static func split(_ tokens: [Token], text: String, cancel: CancellationPoint) -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        let lex = Lexicon.shared
        let known = KnownWords.shared
        var start = 0
        let n = tokens.count
        func close(_ end: Int) {
            for piece in pieces(tokens, start..<end) { spans.append(SentenceSpan(tokens: piece)) }
            start = end
        }
        func startsSentence(_ k: Int) -> Bool {
            guard k < n else { return true }
            let t = tokens[k]
            if t.isCapitalized || t.kind == .number { return true }
            if t.kind == .quote && t.has(.opening) { return true }
            if t.word == known.open || t.word == known.openBracket { return true }
            return false
        }
        var k = 0
        var nextCheck = 16_384
        while k < n {
            if k >= nextCheck {
                nextCheck = k + 16_384
                if cancel.checkNow() { return spans }
            }
            let flags = tokens[k].flags, w = tokens[k].word
            if k > start && flags.contains(.paragraphBefore) { close(k) }
            else if k > start && flags.contains(.newlineBefore) && lineBreakEnds(tokens, k, text) { close(k) }
            if w == known.period || w == known.question || w == known.exclamation || w == known.dots || w == known.ellipsis {
                var j = k + 1
                // Closing quotes and brackets stay with the sentence they close.
                while j < n && !tokens[j].has(.spaceBefore) && (tokens[j].kind == .quote || tokens[j].word == known.close || tokens[j].word == known.closeBracket
                                                               || tokens[j].word == known.apostrophe || tokens[j].word == known.curlyApostrophe) { j += 1 }
                if j >= n || tokens[j].has(.newlineBefore) { k = j; close(j); continue }
                if startsSentence(j) && tokens[j].has(.spaceBefore) {
                    // "...?" he asked: a lower-case word after the quote keeps the sentence going.
                    close(j); k = j; continue
                }
                k = j
                continue
            }
            if flags.contains(.dotted), k + 1 < n, lex.classes(of: tokens[k]).contains(.sentenceEndingAbbreviation) {
                let next = tokens[k + 1]
                if next.has(.newlineBefore) || (next.isCapitalized && lex.classes(of: next).contains(.starter) && next.word != known.a && next.word != known.i) {
                    close(k + 1)
                }
            }
            k += 1
        }
        close(n)
        classify(&spans, tokens)
        return spans
    }

    /// `r` cut into pieces of at most `ExtractionLimits.maxSentenceTokens` tokens: each piece
    /// ends after the last clause mark (`,` `;` `:`, a spaced dash) in the second half of the
    /// limit, else at the limit. Real sentences are one piece; none is empty.
    static func pieces(_ tokens: [Token], _ r: Range<Int>) -> [Range<Int>] {
        let limit = ExtractionLimits.maxSentenceTokens
        guard r.count > limit else { return r.isEmpty ? [] : [r] }
        let known = KnownWords.shared
        var out: [Range<Int>] = []
        var start = r.lowerBound
        while r.upperBound - start > limit {
            var cut = start + limit
            var k = cut - 1
            while k >= start + limit / 2 {
                let w = tokens[k].word
                let spacedDash = tokens[k].kind == .dash && tokens[k].has(.spaceBefore)
                if w == known.comma || w == known.semicolon || w == known.colon || spacedDash {
                    cut = k + 1
                    break
                }
                k -= 1
            }
            out.append(start..<cut)
            start = cut
        }
        out.append(start..<r.upperBound)
        return out
    }

    /// A single line break ends a sentence when the next line starts like a sentence and the
    /// line before ends like one or is short (a headline, a caption, a list item).
    static func lineBreakEnds(_ tokens: [Token], _ k: Int, _ text: String) -> Bool {
        let known = KnownWords.shared
        let next = tokens[k]
        let prev = tokens[k - 1]
        let starts = next.isCapitalized || next.kind == .number || next.kind == .quote || next.kind == .dash || next.word == known.open || next.word == known.star || next.word == known.bullet
        guard starts else { return false }
        let p = prev.word
        if p == known.period || p == known.question || p == known.exclamation || p == known.colon || p == known.close || p == known.ellipsis || prev.kind == .quote { return true }
        // Find the start of the previous line.
        var j = k - 1
        while j > 0 && !tokens[j].has(.newlineBefore) { j -= 1 }
        return prev.end - tokens[j].start < 60
    }

    /// The phrases that open a list of links to other articles (`sentence.relatedMarker` in
    /// `wordlists.tsv`) as word ids; their words are all in the vocabulary.
    static let relatedMarkerIDs: [[Int32]] = Lexicon.shared.words(in: .sentenceRelatedMarker).map { marker in
        marker.split(separator: " ").map { Lexicon.shared.id(of: String($0)) }
    }

    /// Whether the words of `tokens[r]`, joined by spaces, are one of the related-coverage markers.
    static func isRelatedMarker(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        markers: for marker in relatedMarkerIDs {
            var m = 0
            for k in r where tokens[k].kind == .word {
                guard m < marker.count, tokens[k].word == marker[m] else { continue markers }
                m += 1
            }
            if m == marker.count { return true }
        }
        return false
    }

    /// Marks captions, headline-like lines and the link lists after "Related coverage:".
    ///
    /// One pass over each sentence's tokens, comparing word ids; no per-sentence arrays.
    static func classify(_ spans: inout [SentenceSpan], _ tokens: [Token]) {
        let lex = Lexicon.shared
        let known = KnownWords.shared
        let photo = lex.id(.photo), shows = lex.id(.shows), taken = lex.id(.taken), file = lex.id(.file)
        let close = lex.id(.close), open = lex.id(.open), equals = lex.id(.equals)
        var excluded = false
        for s in spans.indices {
            let r = spans[s].tokens
            var wordCount = 0, content = 0, capital = 0
            var caption = false
            for k in r {
                let w = tokens[k].word
                if tokens[k].kind == .word {
                    wordCount += 1
                    if !lex.classes(of: tokens[k]).contains(.headlineFunctionWord) {
                        content += 1
                        if tokens[k].isCapitalized { capital += 1 }
                    }
                }
                // Captions: "photo shows", "(Kyodo)" / "(AP Photo/...)" at the end, "==Kyodo".
                if w == photo && k + 1 < r.upperBound {
                    let next = tokens[k + 1].word
                    if next == shows || next == taken || next == close { caption = true }
                }
                if w == equals { caption = true }
            }
            if wordCount <= 5 && isRelatedMarker(tokens, r) { excluded = true }
            if excluded { spans[s].isExcluded = true; spans[s].isHeadline = true; continue }
            let first = tokens[r.lowerBound].word
            if first == photo || first == file && r.count >= 2 && tokens[r.lowerBound + 1].word == photo { caption = true }
            if tokens[r.upperBound - 1].word == close, r.count >= 3 {
                let inner = tokens[r.upperBound - 2].lower
                if tokens[r.upperBound - 2].isCapitalized, tokens[r.upperBound - 3].word == open, lex.phrases[inner]?.kind == .organization || inner.contains("photo") {
                    caption = true
                }
                if inner.contains("photo") { caption = true }
            }
            spans[s].isCaption = caption
            // Headline: no final punctuation and most words capitalised.
            // (A `"` token is a quote.)
            let last = tokens[r.upperBound - 1].word
            if wordCount >= 3, last != known.period, last != known.question, last != known.exclamation, tokens[r.upperBound - 1].kind != .quote {
                if content >= 3 && capital * 10 >= content * 7 && !isLabelledList(tokens, r) { spans[s].isHeadline = true }
            }
        }
    }
}
