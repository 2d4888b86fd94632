/// Names of things that are neither people, organizations nor places, read from the words that
/// introduce them. The mention finder and the typer see a capitalised name and weigh what makes
/// it a person or a place; these constructions say what it is instead:
///
/// - a noun of its class right before it: "the goddess Athena", "the video game Tetris." (a
///   product's noun only where the name ends its phrase: "the game Smith won" says nothing), a
///   work's noun after a determiner too ("his novel Emma,", "the TV film Undertow."; not "to play
///   Arsenal.") (`thing.beingNoun`, `thing.productNoun`, `typer.workNoun`);
/// - a plural noun of its class before "such as" or "including" and a list of names: "the ancient
///   gods, such as Zeus, Hera and Athena", "games including Doom and Quake";
/// - a craft's or a program's noun right after it, or after names joined to it: "the Galileo and
///   Ulysses spacecraft", "the Opera browser" (`thing.nounAfter`), or a craft's word inside it:
///   "Space Shuttle Enterprise" (`typer.craftWord`);
/// - a subtitle after a colon inside a sentence (a lower-case word before the name: not a label
///   or a headline's "The Quillpost: An interview"), itself no typed name: "face off in
///   Counter-Strike: Global Offensive", "the voice of Vex in Vex: The Midnight Adventures";
/// - an occasion's head joined to a lower-case word: "a Booker Prize-winner", "the Oscar
///   Award-winning film" (the prize, not a body).
///
/// A deity is typed `unknown` (it is no person the article speaks of), a product, a craft or a
/// work `work`. A name the lexicons list, that a title or honorific types a person in any of its
/// mentions, or a person's first and family name keeps its type: the words around one mention do
/// not outweigh them.
///
/// For example, "Today some still honour the old gods, such as Odin, Thor and Freya." leaves
/// no person: the three names are `unknown`.
enum ThingNames {
    static func retype(_ doc: Document) {
        let t = doc.tokens
        var cue = [String?](repeating: nil, count: doc.entities.count)
        for (i, m) in doc.mentionSpots.enumerated() where m.kind == .name && m.entity >= 0 {
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound, end = m.tokens.upperBound
            // "the goddess Athena", "the game Tetris".
            if start > span.lowerBound {
                if words.beingNouns.contains(t[start - 1]) { cue[m.entity] = EntityTyper.unknown }
                // A product's or a work's noun only where the name ends its phrase: "the game
                // Tetris.", not "the game Smith won"; a work's noun after a determiner ("his novel
                // Emma,", "the TV film Undertow,"), not a verb ("to play Arsenal.").
                let endsPhrase = end >= span.upperBound || t[end].kind == .punct
                if words.productNouns.contains(t[start - 1]), endsPhrase { cue[m.entity] = "work" }
                if EntityTyper.tokenWords.workNouns.contains(t[start - 1]), endsPhrase,
                   (max(span.lowerBound, start - 3)..<start - 1).contains(where: { EntityTyper.tokenWords.determiners.contains(t[$0]) }) {
                    cue[m.entity] = "work"
                }
            }
            // "Counter-Strike: Global Offensive": a subtitle after a colon, inside a sentence
            // (not a label opening a line: "Image: Nick Moreau", "Q: …").
            if end + 1 < span.upperBound, t[end].text == ":", !t[end].has(.spaceBefore), isSubtitle(doc, end + 1, span),
               (span.lowerBound..<start).contains(where: { t[$0].kind == .word && !t[$0].isCapitalized }),
               !words.speechBefore(t, start, span) {
                cue[m.entity] = "work"
            }
            // "a Booker Prize-winner": the prize's head joined to a lower-case word.
            if t[end - 1].has(.hyphenated) {
                let parts = t[end - 1].text.split(separator: "-", maxSplits: 1)
                if parts.count == 2, parts[1].first?.isLowercase == true, Lexicon.shared.docHeads.contains(parts[0].lowercased()) {
                    cue[m.entity] = "work"
                }
            }
            // "Space Shuttle Enterprise", "USS Carl Vinson": a craft's word inside the name
            // (`typer.craftWord`), whoever the craft is named after.
            if m.tokens.count >= 2, m.tokens.contains(where: { EntityTyper.craftWords.contains(t[$0].lower) }) {
                cue[m.entity] = "work"
            }
            // "the Galileo and Ulysses spacecraft": the noun after the last of joined names.
            if end < span.upperBound, words.nounsAfter.contains(t[end]) {
                for e in joinedEntities(doc, ending: i) { cue[e] = "work" }
            }
        }
        titlesAfterAuthor(doc, into: &cue)
        listsAfterClassNouns(doc, into: &cue)
        editionsAndVersions(doc, into: &cue)
        siteNames(doc, into: &cue)
        acronymGlosses(doc, into: &cue)
        acronymModifiers(doc, into: &cue)
        namedWorks(doc, into: &cue)
        // Evidence that outweighs one construction: a listed name, a title or honorific before it.
        var firm = [Bool](repeating: false, count: doc.entities.count)
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && cue[m.entity] != nil {
            let start = m.tokens.lowerBound
            if m.fromLexicon || doc.mention(at: start - 1)?.kind == .title
                || start > 0 && EntityTyper.tokenWords.honorifics.contains(t[start - 1]) {
                firm[m.entity] = true
            }
        }
        for e in doc.entities.indices {
            guard let type = cue[e], !firm[e], doc.entities[e].type != "country", !isFullName(doc.entities[e]) else { continue }
            doc.entities[e].type = type
        }
    }

    /// A person's first and family name ("Andy Warhol: Photographs and Prints", an exhibition
    /// named after him): the construction names a work after the person, who stays one.
    private static func isFullName(_ e: WorkingEntity) -> Bool {
        let words = NameWords(e.name)
        return e.type == "person" && e.name.utf8.contains(32) && Gazetteer.shared.isGivenName(words.first.lowercased())
    }

    /// "the old gods, such as Odin, Thor, Freya, Loki, and Baldur": each name of the
    /// list a plural class noun opens with "such as" or "including" is of that class.
    private static func listsAfterClassNouns(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        for span in doc.sentences.map(\.tokens) {
            var k = span.lowerBound
            while k + 2 < span.upperBound {
                defer { k += 1 }
                let type: String
                if words.beingNouns.contains(t[k]) { type = EntityTyper.unknown }
                else if words.productNouns.contains(t[k]) { type = "work" }
                else { continue }
                var j = k + 1
                if t[j].text == "," { j += 1 }
                if j + 1 < span.upperBound, t[j].lower == "such", t[j + 1].lower == "as" { j += 2 }
                else if t[j].lower == "including" { j += 1 }
                else { continue }
                // The names, with only commas, "and" and "or" between them.
                while j < span.upperBound {
                    let mi = doc.mentionIndex(at: j)
                    guard mi >= 0, doc.mentions[mi].kind == .name, doc.mentions[mi].tokens.lowerBound == j else { break }
                    if doc.mentions[mi].entity >= 0 { cue[doc.mentions[mi].entity] = type }
                    j = doc.mentions[mi].tokens.upperBound
                    var marks = 0
                    while j < span.upperBound, marks < 2, [",", "and", "or"].contains(t[j].lower) { j += 1; marks += 1 }
                    if marks == 0 { break }
                }
            }
        }
    }

    /// "the author of Alice in Winterfold.": after an author's noun and "of" (`thing.authorNoun`)
    /// the names that a work's title strings together with lower-case words ("in", "of", "the",
    /// "and") up to the end of the phrase are that title's words, not people or places. A chain
    /// that runs on ("the author of Smith's biography") is left alone.
    private static func titlesAfterAuthor(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        for (i, m) in doc.mentions.enumerated() where m.kind == .name && m.entity >= 0 {
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound
            guard start - 2 >= span.lowerBound, t[start - 1].lower == "of", words.authorNouns.contains(t[start - 2])
            else { continue }
            var chain = [m.entity]
            var j = i
            var end = m.tokens.upperBound
            while j + 1 < doc.mentions.count {
                let next = doc.mentions[j + 1]
                guard next.kind == .name, next.entity >= 0, next.sentence == m.sentence,
                      next.tokens.lowerBound > end, next.tokens.lowerBound - end <= 2,
                      (end..<next.tokens.lowerBound).allSatisfy({ words.titleWords.contains(t[$0]) })
                else { break }
                chain.append(next.entity)
                end = next.tokens.upperBound
                j += 1
            }
            guard end >= span.upperBound || t[end].kind == .punct else { continue }
            for e in chain { cue[e] = "work" }
        }
    }

    /// The entity of name mention `last` and of the names joined to it by "and", "or" or commas
    /// before it ("Galileo and Ulysses").
    private static func joinedEntities(_ doc: Document, ending last: Int) -> [Int] {
        let t = doc.tokens
        var out = [doc.mentions[last].entity]
        var m = last
        while m > 0 {
            let prev = doc.mentions[m - 1]
            guard prev.kind == .name, prev.entity >= 0, prev.sentence == doc.mentions[m].sentence else { break }
            let gap = prev.tokens.upperBound..<doc.mentions[m].tokens.lowerBound
            guard !gap.isEmpty, gap.count <= 2, gap.allSatisfy({ [",", "and", "or"].contains(t[$0].lower) }) else { break }
            out.append(prev.entity)
            m -= 1
        }
        return out
    }

    /// Whether a subtitle starts at `k`: a capitalised word, not a pronoun ("X: We …" is speech),
    /// after an optional article, that opens no name of a person, an organization or a place
    /// ("three inns in Varlo: Harbour View Inn, …" is a list of names, not a title).
    private static func isSubtitle(_ doc: Document, _ k: Int, _ span: Range<Int>) -> Bool {
        let t = doc.tokens
        var k = k
        if ["the", "a", "an"].contains(t[k].lower), k + 1 < span.upperBound { k += 1 }
        guard t[k].kind == .word, t[k].isCapitalized, !Lexicon.shared.classes(of: t[k]).contains(.pronoun) else { return false }
        guard let m = doc.mention(at: k) else { return true }
        let type = m.entity >= 0 ? doc.entities[m.entity].type : m.type
        return m.kind == .name && !["person", "organization", "place", "country"].contains(type)
    }

    /// The word lists of `wordlists.tsv` (lists `thing.*`), read once.
    struct Words {
        let beingNouns = WordSet(.thingBeingNoun), productNouns = WordSet(.thingProductNoun)
        let nounsAfter = WordSet(.thingNounAfter), authorNouns = WordSet(.thingAuthorNoun)
        let titleWords = WordSet(.thingTitleWord), siteNouns = WordSet(.thingSiteNoun)
        let calledNouns = WordSet(.thingCalledNoun), namingVerbs = WordSet(.thingNamingVerb)
        let accountNouns = WordSet(.thingAccountNoun), possessives = WordSet(.thingPossessive)

        /// "told Reuters: The …": a speech verb before the name makes the colon open a quote.
        func speechBefore(_ t: [Token], _ start: Int, _ span: Range<Int>) -> Bool {
            (max(span.lowerBound, start - 2)..<start).contains { Lexicon.shared.speechLemma(of: t[$0]) != nil }
        }
    }
    static let words = Words()
}
