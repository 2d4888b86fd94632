import NewsFacts

/// Titles written as letters after the holder's name [title-post-nominal]: "the Crown
/// prosecutor, Mark Ellery, QC, said", "Tom Varga SC told the court", "Ana Ruiz MEP".
extension TitleExtractor {
    /// Each listed post-nominal (`title.postNominal`, in capitals) right after a person's name,
    /// with or without a comma, that ends the name's phrase: a comma, a full stop, a semicolon,
    /// a closing bracket, a speech verb or the sentence's end follows. The letters as written
    /// are the title; they name no body.
    static func postNominals(_ doc: Document) -> [Found] {
        let t = doc.tokens
        let known = KnownWords.shared
        let words = TitleWords.shared
        var out: [Found] = []
        for span in doc.sentences where !span.isExcluded {
            let r = span.tokens
            for k in words.postNominal.positions(in: t, r) where k > r.lowerBound && t[k].has(.allCaps) {
                var j = k - 1
                if t[j].word == known.comma, j > r.lowerBound { j -= 1 }
                let p = personMention(doc, at: j)
                guard p >= 0, let m = doc.mention(at: j), m.tokens.upperBound == j + 1 else { continue }
                let next = k + 1
                guard next == r.upperBound || t[next].word == known.comma || t[next].word == known.period
                    || t[next].word == known.semicolon || t[next].word == known.close
                    || SpeechExtractor.isSpeechVerb(t, next)
                else { continue }
                let title = TitleMatch(tokens: k..<k + 1, canonical: t[k].text, portfolio: nil, modifier: nil,
                                       head: t[k].text)
                out.append(Found(person: p, title: title, of: -1, sentence: Int(doc.sentenceOf[k]),
                                 tokens: m.tokens.lowerBound..<k + 1, rule: "title-post-nominal"))
            }
        }
        return out
    }
}
