import NewsFacts

/// "Weber's predecessor, Hans Roth, visited Kyiv", "The group's lawyer, Ana Ortiz, said …": a
/// person's name set off by commas after a noun phrase that opens the sentence is the subject of
/// the verb after the second comma (the noun phrase describes the person; its possessor does not
/// act). Wire copy writes a relation or a role this way before the name it introduces.
enum AppositionSubjects {
    /// The person named between the comma at `comma` and the comma before the name, when the
    /// words from `start` (the sentence's first token) to that comma are an opening noun phrase:
    /// at most `maxPhraseTokens`, no comma, quote or capitalised word after a lower-case one
    /// would start a clause, opened by a determiner or a possessive pronoun, or holding a
    /// possessive ("Weber's predecessor"), and ending in a lower-case word; else nil.
    static func person(_ doc: Document, closingComma comma: Int, sentenceStart start: Int) -> Int? {
        let t = doc.tokens
        let known = KnownWords.shared
        guard comma > start, t[comma].word == known.comma, let m = doc.mention(at: comma - 1), m.kind == .name,
            m.entity >= 0, m.tokens.upperBound == comma, doc.entities[m.entity].type == "person"
        else { return nil }
        let open = m.tokens.lowerBound - 1
        guard open > start, t[open].word == known.comma else { return nil }
        let last = t[open - 1]
        guard last.kind == .word, !last.isCapitalized else { return nil }
        // Back to the sentence's start, or to the dash closing a dateline ("LONDON, March 3
        // (Reuters) - The company's chief executive, X, said").
        var possessive = false
        var first = open - 1
        while first > start && t[first - 1].kind != .dash {
            if open - first >= maxPhraseTokens { return nil }
            first -= 1
        }
        for k in first..<open {
            if t[k].word == known.comma || t[k].kind == .quote || t[k].kind == .punct { return nil }
            if t[k].kind == .possessive { possessive = true }
        }
        return possessive || opensNounPhrase(t[first]) ? m.entity : nil
    }

    /// Most tokens of the noun phrase before the apposition's name ("The company's new chief
    /// financial officer").
    static let maxPhraseTokens = 8

    /// Whether a sentence's first word opens a noun phrase: an article or a possessive pronoun.
    static func opensNounPhrase(_ t: Token) -> Bool {
        guard t.kind == .word, t.word >= 0 else { return false }
        let w = t.word, known = KnownWords.shared
        return w == known.the || w == known.a || w == known.an || w == known.his || w == known.her || w == known.its
            || w == known.their
    }
}
