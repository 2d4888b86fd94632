import NewsFacts

/// A title written with its country and no name stands for the one person named before who
/// holds that office, and gives them the country and the title as written:
///
///     "Prime Minister Ana Lund met Secretary Vos … the Velmoran Prime Minister stressed …"
///                                           Lund: Prime Minister, of Velmora
///     "Minister of Foreign Affairs Karel Dusek … Quarnia's Foreign Minister said …"
///                                           Dusek (of Quarnia): Foreign Minister too
///
/// The title mention holds no one next to it (no rule of `TitleNextToName` found a holder),
/// carries no holder modifier ("the former Velmoran Prime Minister" is someone else) and is no
/// one introduced unnamed ("a Velmoran minister"); the country is written right before it (a
/// people's adjective, a country's name or its possessive: "the President of Velmora" in a list
/// of those someone will work with is often an office whose holder the text never names), and
/// it opens its clause, its subject (`opensClause`: "At the fair, the Velmoran Prime Minister
/// called for …"; not an object or a reported clause's subject: "when she meets the Velmoran
/// Prime Minister", "Lund said the Velmoran Foreign Minister had not answered"). Its person is
/// the one person named before it in the body (not the headline) and not in its own sentence,
/// within `ExtractionLimits.mentionLookback` mentions, found holding the same office
/// (`TitleExtractor.sameOffice`: "Foreign Minister" and "Minister of Foreign Affairs" are one)
/// with no country or this one, and of no other country by any other title. Two such people, or
/// none, give nothing: the text names someone else, or no one.
enum TitleDescribedHolders {
    static func find(_ doc: Document, _ found: [TitleExtractor.Found]) -> [TitleExtractor.Found] {
        let held = Set(found.map { $0.title.tokens.lowerBound })
        // The countries each person serves, and the titles each holds, by the titles found so far
        // (asked by person in the look-back, not searched title by title).
        var countries: [Int: Set<Int>] = [:]
        var titles: [Int: [(title: TitleMatch, of: Int)]] = [:]
        for f in found {
            if f.of >= 0 && doc.entities[f.of].type == "country" { countries[f.person, default: []].insert(f.of) }
            if titles[f.person, default: []].count < ExtractionLimits.maxTitlesPerEntity {
                titles[f.person, default: []].append((f.title, f.of))
            }
        }
        var out: [TitleExtractor.Found] = []
        for i in doc.mentions.indices where doc.mentions[i].kind == .title {
            if doc.cancellation.poll() { break }
            let m = doc.mentions[i]
            guard let written = m.title, !held.contains(written.tokens.lowerBound),
                !doc.sentences[m.sentence].isHeadline, let c = TitleContext(doc, m), c.title.modifier == nil, c.ofBefore >= 0,
                doc.entities[c.ofBefore].type == "country", TitleExtractor.personMention(doc, at: c.holderEnd) < 0,
                !DescribedTitleSpeakers.introducesUnnamed(doc, m), opensClause(doc, c)
            else { continue }
            let office = TitleExtractor.officeKeys(c.title)
            var person = -1
            var j = i - 1
            var seen = 0
            while j >= 0, seen < ExtractionLimits.mentionLookback {
                defer { j -= 1; seen += 1 }
                let q = doc.mentions[j]
                guard q.kind == .name, q.entity >= 0, q.entity != person, doc.entities[q.entity].type == "person",
                    !doc.sentences[q.sentence].isHeadline
                else { continue }
                let serves = countries[q.entity] ?? []
                guard serves.isEmpty || serves == [c.ofBefore],
                    (titles[q.entity] ?? []).contains(where: {
                        ($0.of < 0 || $0.of == c.ofBefore) && TitleExtractor.sameOffice(TitleExtractor.officeKeys($0.title), office)
                    })
                else { continue }
                // Named in the title's own sentence, the holder is the one who speaks of the
                // other ("Lund said the Quarnish Foreign Minister had not answered").
                if person >= 0 || q.sentence == m.sentence { person = -2; break }
                person = q.entity
            }
            guard person >= 0 else { continue }
            out.append(
                TitleExtractor.Found(
                    person: person, title: c.title, of: c.ofBefore, sentence: m.sentence, tokens: c.title.tokens,
                    rule: "title-described"))
        }
        return out
    }

    /// Whether the title with its country opens its clause, its subject: "the" or the
    /// country's name (past a style of address: "HE Quarnia's Foreign Minister") right after the
    /// sentence's start or a comma. An object ("meets the Quarnish Prime Minister"), a
    /// preposition's ("a letter to the Quarnish Prime Minister") or a reported clause's ("said
    /// the Quarnish Foreign Minister had …") speaks of the office, often of someone else.
    static func opensClause(_ doc: Document, _ c: TitleContext) -> Bool {
        let t = doc.tokens
        guard let q = doc.mention(at: c.title.tokens.lowerBound - 1 - (t[c.title.tokens.lowerBound - 1].kind == .possessive ? 1 : 0))
        else { return false }
        var k = q.tokens.lowerBound - 1
        if k >= c.sStart, t[k].word == KnownWords.shared.the { k -= 1 }
        // "HE Quarnia's Foreign Minister": past a style of address.
        var s = k
        while s >= c.sStart, k - s < 2, t[s].kind == .word, t[s].isCapitalized { s -= 1 }
        if s < k, HonorificStyles.length(t, s + 1, c.title.tokens.lowerBound) == k - s { k = s }
        return k < c.sStart || t[k].word == KnownWords.shared.comma
    }
}
