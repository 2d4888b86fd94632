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
/// of those someone will work with is often an office whose holder the text never names). Its person is the one person named before it in the body (not the headline),
/// within `ExtractionLimits.mentionLookback` mentions, found holding the same office
/// (`TitleExtractor.sameOffice`: "Foreign Minister" and "Minister of Foreign Affairs" are one)
/// with no country or this one, and of no other country by any other title. Two such people, or
/// none, give nothing: the text names someone else, or no one.
enum TitleDescribedHolders {
    static func find(_ doc: Document, _ found: [TitleExtractor.Found]) -> [TitleExtractor.Found] {
        let held = Set(found.map { $0.title.tokens.lowerBound })
        // The countries each person serves by the titles found so far.
        var countries: [Int: Set<Int>] = [:]
        for f in found where f.of >= 0 && doc.entities[f.of].type == "country" {
            countries[f.person, default: []].insert(f.of)
        }
        var out: [TitleExtractor.Found] = []
        for i in doc.mentions.indices where doc.mentions[i].kind == .title {
            if doc.cancellation.poll() { break }
            let m = doc.mentions[i]
            guard let written = m.title, !held.contains(written.tokens.lowerBound),
                !doc.sentences[m.sentence].isHeadline, let c = TitleContext(doc, m), c.title.modifier == nil, c.ofBefore >= 0,
                doc.entities[c.ofBefore].type == "country", TitleExtractor.personMention(doc, at: c.holderEnd) < 0,
                !DescribedTitleSpeakers.introducesUnnamed(doc, m)
            else { continue }
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
                    found.contains(where: {
                        $0.person == q.entity && ($0.of < 0 || $0.of == c.ofBefore)
                            && TitleExtractor.sameOffice($0.title, c.title)
                    })
                else { continue }
                if person >= 0 { person = -2; break }
                person = q.entity
            }
            guard person >= 0 else { continue }
            let title = c.title
            out.append(
                TitleExtractor.Found(
                    person: person, title: title, of: c.ofBefore, sentence: m.sentence, tokens: title.tokens,
                    rule: "title-described"))
        }
        return out
    }
}
