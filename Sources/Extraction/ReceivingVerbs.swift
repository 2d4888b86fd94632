import NewsFacts

/// A host receiving a guest: "French President Paul Carter hosted German Chancellor Ines Dumont",
/// "Romero welcomed visiting Portuguese President Ana Costa", "Castro will host Ortega in Lima".
/// The verb (`event.receivingVerbs`) makes a meeting when a person is its subject and a person its object; "welcomed" with a
/// person as its object reports no statement (it does with a thing: "welcomed the decision").
/// The host receives at home: meeting there sends the guest, not the host, on a visit.
enum ReceivingVerbs {
    /// Word sets, looked up once.
    final class Words: Sendable {
        static let shared = Words()
        let verbs = WordSet(.eventReceivingVerbs)
        /// "visiting", "the", "his": words that may stand between the verb and its guest.
        let objectWords = WordSet(.eventReceivingObjectWords)
        let the = Lexicon.shared.id(.the)
    }

    /// Whether the token at `k` is a receiving verb.
    static func isReceivingVerb(_ t: [Token], _ k: Int) -> Bool { Words.shared.verbs.contains(t[k]) }

    /// Whether the receiving verb at `k` has a person as its object: past "visiting", an
    /// article or a possessive, titles, people's adjectives, "COUNTRY's" and a country's name
    /// before a title ("US Secretary of State X"), the first name is a
    /// person's, not owning something ("welcomed Smith's decision").
    static func hasPersonObject(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        var a = k + 1
        while a < r.upperBound && a <= k + 10 {
            if let m = doc.mention(at: a) {
                // "welcomed his Quarnish counterpart", "received the visiting Quarnish premier": a
                // description standing for a person named before (`DescriptionCoreference`).
                if m.kind == .role, m.entity >= 0, doc.described.contains(doc.mentionIndex(at: a)),
                    EventExtractor.isPerson(doc, m.entity), doc.mention(at: m.tokens.upperBound).map({ $0.kind == .name }) != true
                {
                    return true
                }
                if m.kind == .title || m.kind == .demonym || m.kind == .role {
                    a = m.tokens.upperBound
                    continue
                }
                if m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "country",
                    m.tokens.upperBound < r.upperBound, t[m.tokens.upperBound].kind == .possessive
                {
                    a = m.tokens.upperBound + 1
                    continue
                }
                // "received his Turkish counterpart X": a possessive pronoun before the guest.
                if m.kind == .pronoun, w.objectWords.contains(t[a]) {
                    a = m.tokens.upperBound
                    continue
                }
                // "received US Secretary of State X": a country's name before a title.
                if m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "country",
                    let next = doc.mention(at: m.tokens.upperBound), next.kind == .title
                {
                    a = m.tokens.upperBound
                    continue
                }
                guard m.kind == .name, EventExtractor.isPerson(doc, m.entity) else { return false }
                let after = m.tokens.upperBound
                return !(after < r.upperBound && t[after].kind == .possessive)
            }
            // "the" only before a title or an adjective: "welcomed the Japanese prime minister".
            guard t[a].kind == .word, w.objectWords.contains(t[a]) else { return false }
            if t[a].word == w.the, !(a + 1 < r.upperBound && doc.mention(at: a + 1).map { $0.kind == .title || $0.kind == .demonym } == true) {
                return false
            }
            a += 1
        }
        return false
    }

    /// The host of the receiving verb at `k`: the person right before it, past speech adverbs
    /// ("also", "warmly"), a time ("on Monday"), a parenthetical between commas ("X, the
    /// foreign minister, on Monday received Y") and the words of a plan (`event.planned`, a form of "be": "will host",
    /// "is set to host", "is expected to receive"; at most `maxPlanWords` of them), when a person
    /// is its object; nil otherwise.
    static func host(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Int? {
        let t = doc.tokens
        let lex = Lexicon.shared
        let be = EventExtractor.Words.shared.copula
        let comma = Lexicon.shared.id(.comma)
        let on = Lexicon.shared.id(.on)
        var j = k - 1
        var planWords = 0
        while j >= r.lowerBound {
            let classes = lex.classes(of: t[j])
            if classes.contains(.speechAdverb) { j -= 1; continue }
            // "X on Monday received Y": a time between the host and the verb, "on" with it.
            if doc.inTime[j] { j -= 1; continue }
            if t[j].word == on, j + 1 < k, doc.inTime[j + 1] { j -= 1; continue }
            guard planWords < maxPlanWords, t[j].kind == .word, !t[j].isCapitalized,
                classes.contains(.plannedWord) || be.contains(t[j])
            else { break }
            planWords += 1
            j -= 1
        }
        // "Romero, accompanied by his wife, welcomed X": a parenthetical between commas stands
        // between the host and the verb.
        if j > r.lowerBound, t[j].word == comma, let open = parentheticalOpening(doc, closingComma: j, r) { j = open - 1 }
        guard j >= r.lowerBound, let subject = doc.mention(at: j), subject.kind == .name || subject.kind == .pronoun,
            EventExtractor.isPerson(doc, subject.entity), hasPersonObject(doc, k, r)
        else { return nil }
        return subject.entity
    }

    /// Most words of a plan between a host and the verb ("is expected to host": three).
    static let maxPlanWords = 3

    /// Most tokens of a parenthetical between a host and the verb ("accompanied by First Lady
    /// Ana Ruiz": six).
    static let maxParentheticalTokens = 12

    /// The comma opening the parenthetical that `closingComma` closes, when a person's name ends
    /// right before it and no other clause mark, quote or speech verb lies between.
    static func parentheticalOpening(_ doc: Document, closingComma: Int, _ r: Range<Int>) -> Int? {
        let t = doc.tokens
        let comma = Lexicon.shared.id(.comma)
        let marks = EventExtractor.Words.shared.clauseMarks
        var j = closingComma - 1
        while j > r.lowerBound && closingComma - j <= maxParentheticalTokens {
            if t[j].word == comma {
                guard let m = doc.mention(at: j - 1), m.tokens.upperBound == j, m.kind == .name,
                      EventExtractor.isPerson(doc, m.entity) else { return nil }
                return j
            }
            if marks.contains(t[j]) || t[j].kind == .quote || SpeechExtractor.isSpeechVerb(t, j) { return nil }
            j -= 1
        }
        return nil
    }
}
