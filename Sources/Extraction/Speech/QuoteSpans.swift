/// A direct quote: its opening mark and its closing mark (or the paragraph end).
struct QuoteSpan {
    var open: Int
    var close: Int // index of the closing mark, or the paragraph end
}

/// Pairs the quote marks of an article into `QuoteSpan`s.
enum QuoteSpans {
    /// Pairs opening and closing quote marks within paragraphs.
    static func find(_ t: [Token]) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        var open = -1
        for k in t.indices {
            if t[k].has(.paragraphBefore) && open >= 0 {
                // An unclosed quote ends with its paragraph (a quote running on continues).
                out.append(QuoteSpan(open: open, close: k))
                open = -1
            }
            guard t[k].kind == .quote else { continue }
            if open < 0 {
                if opens(t, k) { open = k }
            } else {
                out.append(QuoteSpan(open: open, close: k))
                open = -1
            }
        }
        if open >= 0 { out.append(QuoteSpan(open: open, close: t.count)) }
        return out
    }

    /// Whether the quote mark at `k`, outside a quote, opens one. A straight mark against the
    /// word or stop before it and followed by a space closes a quote that ran on from an earlier
    /// paragraph (`early." After`): it opens none.
    static func opens(_ t: [Token], _ k: Int) -> Bool {
        let known = KnownWords.shared
        let attached = k > 0 && !t[k].has(.spaceBefore) && !t[k].has(.paragraphBefore)
        let spaced = k + 1 >= t.count || t[k + 1].has(.spaceBefore)
        let stop =
            k > 0
            && (t[k - 1].word == known.period || t[k - 1].word == known.question
                || t[k - 1].word == known.exclamation)
        let closesRunOn = attached && spaced && stop
        return t[k].has(.opening) || !(attached && t[k - 1].isWord) && !closesRunOn
    }

    /// For each token, whether a quote covers it (its marks included).
    static func mask(_ quotes: [QuoteSpan], tokenCount: Int) -> [Bool] {
        var inQuote = [Bool](repeating: false, count: tokenCount)
        for q in quotes { for k in q.open...min(q.close, tokenCount - 1) { inQuote[k] = true } }
        return inQuote
    }
}
