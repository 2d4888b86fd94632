import NewsFacts

/// Titles that follow from another: a second title chained after a first [the first one's rule],
/// and the leader of an organization named before "led by" [title-led-by].
extension TitleExtractor {
    /// "X, the finance minister and deputy prime minister," / "as finance minister and deputy prime
    /// minister": a second title joined by "and" after one found after its holder is the holder's
    /// too, unless a name follows it ("the minister and Deputy Prime Minister Y").
    static func chainedTitles(_ doc: Document, _ found: [Found]) -> [Found] {
        let t = doc.tokens
        let known = KnownWords.shared
        var out: [Found] = []
        let foundTitles = Set(found.map { $0.title.tokens })
        for f in found where f.rule == "title-apposition" || f.rule == "title-as" {
            let span = doc.sentences[f.sentence].tokens
            var k = pastOfBody(doc, f.title.tokens.upperBound, span.upperBound)
            // "Director of the X study, and Chairman of Y": a comma may close the first title's body.
            if k > f.title.tokens.upperBound, k + 1 < span.upperBound, t[k].word == known.comma { k += 1 }
            guard k + 1 < span.upperBound, t[k].word == known.and else { continue }
            k += 1
            if t[k].word == known.the { k += 1 }
            if k < span.upperBound, t[k].word >= 0, Lexicon.shared.titleModifierOf[Int(t[k].word)] != nil { k += 1 }
            guard k < span.upperBound, let m = doc.mention(at: k), m.kind == .title, let title = m.title,
                m.tokens.lowerBound == k, title.tokens.lowerBound == k
            else { continue }
            let next = title.tokens.upperBound
            if next < span.upperBound, personMention(doc, at: next) >= 0 { continue }
            if foundTitles.contains(title.tokens) { continue }
            var of = qualifierAfter(doc, next, span.upperBound)
            if of < 0 { of = f.of }
            out.append(
                Found(
                    person: f.person, title: title, of: of, sentence: f.sentence, tokens: f.tokens.lowerBound..<next,
                    rule: f.rule))
        }
        return out
    }

    /// "The Civic Renewal Party (CRP), led by Matej Rozman," and "the IML, a group of local
    /// politicians led by Celje mayor Bojan Kralj,": the person leads the organization named
    /// right before (or before a short apposition) [title-led-by].
    static func ledBy(_ doc: Document) -> [Found] {
        let t = doc.tokens
        let known = KnownWords.shared
        var out: [Found] = []
        for k in WordSet(ids: [known.led]).positions(in: t, t.indices) {
            let s = Int(doc.sentenceOf[k])
            let span = doc.sentences[s]
            guard !span.isExcluded, k + 2 < span.tokens.upperBound, t[k + 1].word == known.by else { continue }
            // The leader: a person, maybe after a title ("led by former deputy mayor X").
            var j = k + 2
            // "led by former Ljubljana deputy mayor X": a modifier, a place, a title before the name.
            if j < span.tokens.upperBound, t[j].word >= 0, Lexicon.shared.titleModifierOf[Int(t[j].word)] != nil {
                j += 1
            }
            if j + 1 < span.tokens.upperBound, t[j].isCapitalized, personMention(doc, at: j) < 0,
                doc.mention(at: j)?.kind != .title,
                let tm = doc.mention(at: j + 1), tm.kind == .title
            {
                j += 1
            }
            if let m = doc.mention(at: j), m.kind == .title { j = m.tokens.upperBound }
            guard j < span.tokens.upperBound else { continue }
            let person = personMention(doc, at: j)
            guard person >= 0, let pm = doc.mention(at: j) else { continue }
            // The organization: "ORG (ACR), led by" or "ORG, a group of … led by".
            var b = k - 1
            if b >= span.tokens.lowerBound, t[b].word == known.comma {
                b -= 1
            } else {
                var n = 0
                while b >= span.tokens.lowerBound, n < 8, t[b].kind == .word, !t[b].isCapitalized {
                    b -= 1
                    n += 1
                }
                guard n > 0, b >= span.tokens.lowerBound, t[b].word == known.comma else { continue }
                let article = t[b + 1].word
                guard article == known.a || article == known.an || article == known.the else { continue }
                b -= 1
            }
            if b >= span.tokens.lowerBound, t[b].word == known.close, let m = doc.mention(at: b - 1),
                m.tokens.lowerBound - 1 >= span.tokens.lowerBound,
                t[m.tokens.lowerBound - 1].word == known.open
            {
                b = m.tokens.lowerBound - 2
            }
            guard b >= span.tokens.lowerBound, let o = doc.mention(at: b), o.kind == .name, o.entity >= 0,
                doc.entities[o.entity].type == "organization"
            else { continue }
            let match = TitleMatch(
                tokens: k..<k + 2, canonical: "Leader", portfolio: nil, modifier: nil, head: "Leader")
            out.append(
                Found(
                    person: person, title: match, of: o.entity, sentence: s,
                    tokens: o.tokens.lowerBound..<pm.tokens.upperBound, rule: "title-led-by"))
        }
        return out
    }
}
