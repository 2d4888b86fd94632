import NewsFacts

extension EventExtractor {
    /// Tokens from the verb to its "with": what is discussed is a short phrase ("discussed the
    /// state of the new port with").
    static let discussionReach = 14

    /// "Minister Ruiz discussed trade and fisheries with Governor Okafor", "Ruiz also discussed
    /// with Okafor, Berg and Smit the state of the port": a person who discusses something with
    /// another holds talks with them (`event.discussVerbs`, triggers of kind "talks"), the
    /// subject right before the verb (adverbs, "has" and times passed over) and a person named
    /// after a "with" in the same clause, before any comma, quote or speech verb; the talks'
    /// people are then the sentence's, as for "met" [event-trigger]. Not "the ministers
    /// discussed the budget" (no "with"), nor "discussed the plan with reporters" (no person),
    /// nor "to discuss trade with Okafor" (no subject before it: the main verb tells the event),
    /// nor "discussed trade in a meeting with Okafor" (the meeting's noun tells it), nor "with
    /// Okafor's envoy" (the envoy is the other side).
    static func discussesWith(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Bool {
        let w = Words.shared
        let t = doc.tokens
        guard subjectRightBefore(doc, k, r) != nil else { return false }
        var a = k + 1
        while a < r.upperBound && a <= k + discussionReach {
            if t[a].word == w.with {
                guard a + 1 < r.upperBound else { return false }
                var b = a + 1
                while b < r.upperBound && b <= a + 8 {
                    if let m = doc.mention(at: b) {
                        // "with President Ruiz's envoy": the envoy, not Ruiz.
                        if m.kind == .name && isPerson(doc, m.entity) {
                            return !(m.tokens.upperBound < r.upperBound && t[m.tokens.upperBound].kind == .possessive)
                        }
                        b = m.tokens.upperBound; continue
                    }
                    if t[b].kind == .word && !t[b].isCapitalized { return false }  // "with the widow of X"
                    b += 1
                }
                return false
            }
            if t[a].kind == .quote || t[a].word == w.comma || w.clauseMarks.contains(t[a]) || SpeechExtractor.isSpeechVerb(t, a) { return false }
            // "discussed trade in a meeting with Y": the "with" is the meeting's, which tells the talks.
            if nounTriggers[t[a].lower]?.family == "talks" { return false }
            a += 1
        }
        return false
    }

    /// "Berg discussed plans for the coming summit with Okafor on Monday": a discussion told in
    /// the past was held, whatever plan its topic tells of, on a weekday of the week before the
    /// article's when the topic's plan read it as the coming one.
    static func discussionTense(_ doc: Document, _ k: Int, _ e: inout Event, today: DateValue?) {
        let t = doc.tokens
        // A denial stays one ("has never discussed the dispute with Y").
        guard t[k].endsInEd(longerThan: 3), e.status != "denied" else { return }
        e.status = "held"
        if let d = e.date, d.precision == .day, let today, d.firstDay > today.lastDay, d.firstDay - today.lastDay < 7,
           doc.timesBySentence[e.sentence].contains(where: { doc.times[$0].kind == .weekday && doc.times[$0].date == d }) {
            e.date = d.adding(days: -7)
        }
    }
}
