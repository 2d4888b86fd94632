import NewsFacts

extension EventExtractor {
    /// "In an interview with Mara Quist, Tom Varley said …" and "Varley said in an
    /// interview with Quist …": the interviewer and the person interviewed met (kind
    /// `interview`, family talks) [event-trigger]. Both must be named people.
    static func interviews(_ doc: Document, _ events: inout [Event]) {
        let w = Words.shared
        let t = doc.tokens
        let mentions = doc.mentions
        let nouns = WordSet(.interviewVerbs)
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded && !span.isHeadline && !span.isCaption {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            for k in nouns.positions(in: t, r) where k > r.lowerBound && k + 2 < r.upperBound {
                let before = t[k - 1]
                let article = before.word == w.a || before.word == KnownWords.shared.an
                    || w.nounContext.contains(before)
                guard article, t[k + 1].word == w.with, let host = doc.mention(at: k + 2), host.kind == .name,
                      isPerson(doc, host.entity) else { continue }
                // The one interviewed: the subject after the phrase ("…, Varley said"), else the first
                // person named before it ("Varley said in an interview with …").
                var guest = -1
                let after = host.tokens.upperBound
                if after + 1 < r.upperBound, t[after].word == w.comma, let m = doc.mention(at: after + 1),
                   m.kind == .name, isPerson(doc, m.entity) { guest = m.entity }
                let named = { (m: Int) in
                    mentions[m].tokens.upperBound < k && mentions[m].kind == .name && isPerson(doc, mentions[m].entity)
                }
                if guest < 0, let mi = doc.mentionRange(sentence: s).first(where: named) { guest = mentions[mi].entity }
                guard guest >= 0, guest != host.entity else { continue }
                var e = Event(kind: "interview", family: "talks", status: status(doc, k, r), sentence: s,
                              tokens: k..<k + 1)
                e.participants = [guest, host.entity]
                e.participantSentences = [s, s]
                if let d = eventDate(doc, k, r, segment(doc, r)) { e.date = d; e.dateSentence = s }
                merge(&events, e, definite: false, caption: false, s)
            }
        }
    }
}
