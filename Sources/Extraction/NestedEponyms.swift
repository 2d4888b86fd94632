/// People named inside the name of a place, an organization or a work: "Will Rogers" in "Will
/// Rogers Turnpike", "Hewlett" in "Hewlett Foundation", "Nobel" in "Nobel Peace Prize". Such a
/// name is an entity of its own (a reader asking about Will Rogers wants the turnpike too).
///
/// The outer name must end in a head word (a place or organization head, "Prize", "Award"), and
/// the words before it must read as a person's name without any doubt: a person the article
/// already names, a first name and a family name, or, before a head names often honour someone
/// ("Foundation", "Prize", "Turnpike"), one family name that is neither a place nor an ordinary word. Places inside names are `NestedPlaces`' work.
///
/// For example, "They drove the Will Rogers Turnpike." yields the place "Will Rogers Turnpike"
/// and the person "Will Rogers".
enum NestedEponyms {
    static func find(_ doc: Document) {
        let t = doc.tokens
        let lex = Lexicon.shared
        let gazetteer = Gazetteer.shared
        // First: the people a leader pair names are people the loop below knows.
        leaderPairs(doc)
        // The people's names by index: filtering the entities copied each (its strings and lists).
        let people = Set(doc.entities.indices.filter { doc.entities[$0].type == "person" }.map { Document.key(doc.entities[$0].name) })
        for m in doc.mentionSpots where m.kind == .name && m.entity >= 0 && m.tokens.count >= 2 {
            let type = doc.entities[m.entity].type
            guard type == "organization" || type == "place" || type == "work" else { continue }
            let head = m.tokens.upperBound - 1
            let headClasses = lex.classes(of: t[head])
            let eponymHead = eponymHeads.contains(t[head].lower)
            guard headClasses.contains(.placeHead) || headClasses.contains(.orgHead) || eponymHead else { continue }
            // The capitalised words opening the name, up to the first ordinary word or place.
            var end = m.tokens.lowerBound
            while end < head, t[end].kind == .word, t[end].isCapitalized, end - m.tokens.lowerBound < 3 {
                let w = t[end].lower
                if gazetteer.isCommonWord(w) || gazetteer.place(w) != nil || lex.phrase(at: end, in: t, end: end + 1) != nil
                    || !lex.classes(of: t[end]).isDisjoint(with: [.placeHead, .orgHead, .nonName]) { break }
                end += 1
            }
            guard end > m.tokens.lowerBound, end <= head else { continue }
            // "Chiang Kai Shek Memorial": a capitalised word that is no ordinary word and no head
            // goes on with the person's name where the words above stopped; a part of it is none.
            if end < head, end - m.tokens.lowerBound < 3, t[end].kind == .word, t[end].isCapitalized, !gazetteer.isCommonWord(t[end].lower),
               lex.classes(of: t[end]).isDisjoint(with: [.placeHead, .orgHead]) { continue }
            let words = (m.tokens.lowerBound..<end).map { t[$0].lower }
            let name = MentionFinder.surface(t, m.tokens.lowerBound..<end)
            let known = people.contains(Document.key(name))
            let firstAndFamily = words.count == 2 && gazetteer.isGivenName(words[0], uncommonOnly: true)
                && (gazetteer.isFamilyName(words[1]) || !gazetteer.isCommonWord(words[1]))
            let familyOnly = eponymHead && words.count == 1 && gazetteer.isFamilyName(words[0], uncommonOnly: true)
                && !gazetteer.isGivenName(words[0])
            guard known || firstAndFamily || familyOnly else { continue }
            let e = doc.entity(named: name, type: "person", sentence: m.sentence)
            guard e != m.entity, doc.entities[e].type == "person" else { continue }
            if !doc.nestedEntities.contains(e) { doc.nestedEntities.append(e) }
        }
    }

    /// "the Biden-Harris Administration", "the Rudd-Gillard Government": two names joined by a
    /// hyphen before a capitalised word for a body that governs (`name.governmentWord`), no
    /// ordinary word and one at least a family name the census lists, are two people, and the
    /// name is the body they lead, an organization. Not one name alone ("the Lamont
    /// Administration"), nor a name of ordinary words ("the Labour-Green Government"), a place
    /// ("the Schleswig-Holstein Government") or a person's double-barrelled family name ("the
    /// Campbell-Bannerman Government" after "Henry Campbell-Bannerman"). A part that is a person
    /// the article names by more ("Joe Biden") is that person, no new one.
    static func leaderPairs(_ doc: Document) {
        let t = doc.tokens
        let gazetteer = Gazetteer.shared
        for m in doc.mentionSpots where m.kind == .name && m.entity >= 0 && m.tokens.count == 2 {
            let pair = t[m.tokens.lowerBound], head = t[m.tokens.lowerBound + 1]
            guard pair.kind == .word, pair.has(.hyphenated), head.isCapitalized, governmentWords.contains(head) else { continue }
            let parts = pair.text.split(separator: "-").map(String.init)
            guard parts.count == 2,
                  parts.allSatisfy({ $0.first?.isUppercase == true && $0.count > 1 && !gazetteer.isCommonWord($0.lowercased()) }),
                  parts.contains(where: { gazetteer.isFamilyName($0.lowercased()) }),
                  !isPlace(doc, pair.text, orFamilyName: false), !parts.contains(where: { isPlace(doc, $0, orFamilyName: true) }),
                  !isFamilyName(doc, pair.text)
            else { continue }
            let type = doc.entities[m.entity].type
            guard type == EntityTyper.unknown || type == "organization" else { continue }
            doc.entities[m.entity].type = "organization"
            for part in parts {
                let e = person(doc, known: part) ?? doc.entity(named: part, type: "person", sentence: m.sentence)
                guard e != m.entity, doc.entities[e].type == "person" else { continue }
                if !doc.nestedEntities.contains(e) { doc.nestedEntities.append(e) }
            }
        }
    }

    private static let governmentWords = WordSet(.nameGovernmentWord)

    /// "Schleswig-Holstein", "Baden-Württemberg": a place the gazetteer lists or the article
    /// names, no leader's name. A part that is also a census family name ("Harris", an island
    /// and a county) counts only when the article names the place (`orFamilyName`).
    private static func isPlace(_ doc: Document, _ name: String, orFamilyName: Bool) -> Bool {
        let lower = name.lowercased()
        if Gazetteer.shared.place(lower) != nil, !(orFamilyName && Gazetteer.shared.isFamilyName(lower)) { return true }
        guard let e = doc.entityIndex[Document.key(name)] else { return false }
        return ["place", "country"].contains(doc.entities[e].type)
    }

    /// "the Campbell-Bannerman Government" after "Henry Campbell-Bannerman": the hyphenated
    /// word closes the name of a person the article names, one double-barrelled family name.
    private static func isFamilyName(_ doc: Document, _ word: String) -> Bool {
        doc.entities.contains { $0.type == "person" && NameWords($0.name).last == word }
    }

    /// The person of the article a leader pair's part names: the one whose name's last word or
    /// an alias is the part ("Biden" after "Joe Biden"), the first named if several.
    private static func person(_ doc: Document, known part: String) -> Int? {
        doc.entities.indices.first { e in
            doc.entities[e].type == "person" && (NameWords(doc.entities[e].name).last == part || doc.entities[e].aliases.contains(part))
        }
    }

    /// Heads of names often given in someone's honour (`typer.eponymHead` in `wordlists.tsv`):
    /// only these let one family name ("Hewlett Foundation") count, as "Fox Theater" or "Pill
    /// Hill" are seldom named after a person.
    static let eponymHeads = Set(Lexicon.shared.words(in: .typerEponymHead))
}
