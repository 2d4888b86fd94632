import NewsFacts

/// "The prime minister, Shinzo Abe, said", "the chairman, Kazuo Tanemura, told reporters": a
/// role noun after "the" (a role mention, kept for anaphora: "the minister said") whose holder
/// the text names right after it, set off by commas [title-before-name].
///
/// The role must open the sentence (after opening quotes at most): after a phrase that ends in
/// one ("After meeting the president, Olaf Brandt said") the name is the clause's subject, no
/// holder. The title is the role's words as a title ("Prime Minister"); the holder's name must
/// be closed by a comma, a semicolon, a dash, the sentence's end or a speech verb, as a possessed
/// title's is ("Its chairman, X, said"), so "The minister, Ahmed and Bilal" lists no holder.
/// Its `of` is left to what the text implies (the article's country for a government office).
extension TitleExtractor {
    static func roleAppositions(_ doc: Document) -> [Found] {
        let t = doc.tokens
        let known = KnownWords.shared
        var out: [Found] = []
        for m in doc.mentions where m.kind == .role && m.type == "person" {
            let span = doc.sentences[m.sentence]
            if span.isExcluded { continue }
            let end = span.tokens.upperBound
            let at = m.tokens.upperBound
            var first = span.tokens.lowerBound
            while first < end, !t[first].isWord { first += 1 }
            guard m.tokens.lowerBound == first, at + 1 < end, t[at].word == known.comma,
                t[m.tokens.lowerBound].word == known.the,
                let title = TitleMatcher.match(t, at: m.tokens.lowerBound + 1, end: at), title.tokens.upperBound == at
            else { continue }
            let p = personMention(doc, at: at + 1)
            guard p >= 0, let pm = doc.mention(at: at + 1) else { continue }
            let close = pm.tokens.upperBound
            guard close >= end || t[close].word == known.comma || t[close].word == known.semicolon
                || t[close].kind == .dash || t[close].word == known.period || SpeechExtractor.isSpeechVerb(t, close)
            else { continue }
            out.append(
                Found(
                    person: p, title: title, of: -1, sentence: m.sentence, tokens: m.tokens.lowerBound..<close,
                    rule: "title-before-name"))
        }
        return out
    }
}
