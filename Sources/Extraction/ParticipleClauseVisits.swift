import NewsFacts

extension EventExtractor {
    /// Most tokens from a participle trigger to the comma that closes its phrase.
    static let maxParticiplePhrase = 12

    /// "Whitmore said that after traveling back from Florida, Montalvo walked into the station",
    /// "Before flying to Oslo, Foreign Minister Lena Holm met …": a trigger's "-ing" form right
    /// after a subordinating word (`event.participleOpeners`) has no subject of its own; the one
    /// who travels is the person opening the clause after the phrase's comma (past titles and
    /// people's adjectives), not someone named before the phrase. Nil when no comma closes the
    /// phrase within `maxParticiplePhrase` tokens or no person follows it.
    static func participleSubject(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Int? {
        let w = Words.shared
        let t = doc.tokens
        guard k > r.lowerBound, t[k].lower.hasSuffix("ing"), w.participleOpeners.contains(t[k - 1]),
              let comma = (k + 1..<min(r.upperBound, k + maxParticiplePhrase)).first(where: { t[$0].word == w.comma })
        else { return nil }
        var j = comma + 1
        while j < r.upperBound, let m = doc.mention(at: j) {
            if m.kind == .title || m.kind == .demonym {
                j = max(j + 1, m.tokens.upperBound)
                continue
            }
            guard m.kind == .name || m.kind == .pronoun, isPerson(doc, m.entity) else { return nil }
            return m.entity
        }
        return nil
    }

    /// "Haddad landed in Tokyo", "she has landed in Oslo": the person named (or a pronoun
    /// standing for one) right before the verb, past adverbs and auxiliaries
    /// (`speech.adverbs`) and words of time; nil for anything else ("missile debris landed").
    static func subjectRightBefore(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Int? {
        let j = SpeechExtractor.tokenBefore(doc, verb: k, limit: r.lowerBound, time: true)
        guard j >= r.lowerBound, let m = doc.mention(at: j), m.tokens.upperBound == j + 1,
              m.kind == .name || m.kind == .pronoun, isPerson(doc, m.entity) else { return nil }
        return m.entity
    }
}
