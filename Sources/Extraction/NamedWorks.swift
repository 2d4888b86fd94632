/// A work named right after its class noun and a naming verb ("toys called Wiggle Moth", "a
/// project called WordLoom"; not "pilot", "column", "print" or "programme", whose other senses
/// name people and schemes: "a pilot named Quennell"): the noun says what the name is, a work or a product, whatever its
/// words sound like. The noun is a work's (`typer.workNoun`), a product's (`thing.productNoun`)
/// or one of `thing.calledNoun` ("story", "project", "theory"); the verb one of
/// `thing.namingVerb` ("called", "titled", "entitled", "named"). The title runs over capitalised
/// words, numbers and possessives up to the first other word (not over "in", "at": "a project
/// called WordLoom at Berkeley" names no work "Berkeley"); each name starting in it is typed
/// `work`, but for a possessor the title is about ("Thad's World Destruction": a character, whom
/// GUM counts as a person). "a girl named Isabel", "a city called Ix'ka" say nothing.
extension ThingNames {
    static func namedWorks(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        for span in doc.sentences.map(\.tokens) {
            var k = span.lowerBound
            while k + 2 < span.upperBound {
                defer { k += 1 }
                guard words.namingVerbs.contains(t[k + 1]), isWorkClassNoun(t[k]) else { continue }
                var j = k + 2
                if t[j].kind == .quote { j += 1 }
                while j < span.upperBound {
                    let w = t[j]
                    let inTitle = w.kind == .word && w.isCapitalized || w.kind == .number || w.kind == .possessive
                    guard inTitle else { break }
                    // Not the possessor the title is about ("Thad's World Destruction": Thad is
                    // a character, a person to GUM's annotators).
                    if let m = doc.mention(at: j), m.kind == .name, m.entity >= 0, m.tokens.lowerBound == j,
                       m.tokens.upperBound >= span.upperBound || t[m.tokens.upperBound].kind != .possessive {
                        cue[m.entity] = "work"
                    }
                    j += 1
                }
            }
        }
    }

    /// A lower-case noun of a work's or a product's class ("story", "novel", "toys").
    private static func isWorkClassNoun(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized
            && (EntityTyper.tokenWords.workNouns.contains(token) || words.productNouns.contains(token) || words.calledNouns.contains(token))
    }
}
