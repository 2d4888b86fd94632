/// Decides what a name names when the sentence that holds it did not say: the evidence of all
/// the entity's mentions in the article is weighed, and a name with too little evidence stays
/// `unknown` rather than defaulting to a person.
///
/// Evidence for a person: a title or honorific before a mention ("Senator Mahady", "Mr. Klenk"),
/// an apposition that gives a role or an age ("Jeff Rathke, the State Department spokesperson",
/// "Ann Chiang, 45,"), a speech verb after ("Simrock said"), "X, who …", a first name opening the
/// name ("Jack London"), a family name closing it, a name made of words that are not ordinary
/// English words ("Toshimitsu Motegi", but not "Brideshead Revisited").
/// Evidence for a place: the gazetteer (cities, regions, counties, continents), weighted by how
/// large and how unambiguous the place is. Evidence for an organization: an acronym.
///
/// For example, in "Herat lies west of Kabul. Webber said the road was closed.", Herat is a
/// place (gazetteer), Webber a person (a speech verb after it).
enum EntityTyper {
    /// The entity types a guessed name may take, with `unknown` when nothing decides.
    static let unknown = "unknown"

    static func retype(_ doc: Document) {
        bodiesWithDocumentHeads(doc)
        var guessedOnly = [Bool](repeating: true, count: doc.entities.count)
        var mentionsOf = [[Int]](repeating: [], count: doc.entities.count)
        var typedElsewhere = [Bool](repeating: false, count: doc.entities.count)
        // Persons only the name's own words made (a first or family name, no word around any
        // mention): a list of places may still make them places ("to Lyon and Ghent").
        var nameOnlyPerson = [Bool](repeating: false, count: doc.entities.count)
        for (i, m) in doc.mentionSpots.enumerated() where m.kind == .name && m.entity >= 0 {
            mentionsOf[m.entity].append(i)
            // A mention its sentence typed otherwise ("in Manhattan", taken as the surname of a
            // guessed "Upper Manhattan") is evidence below, not a verdict on the entity's type.
            if !m.guessed && doc.mentions[i].type == doc.entities[m.entity].type { guessedOnly[m.entity] = false }
            if !m.guessed { typedElsewhere[m.entity] = true }
        }
        for e in doc.entities.indices where guessedOnly[e] && !mentionsOf[e].isEmpty {
            let type = doc.entities[e].type
            guard type == "person" || type == "organization" else { continue }
            var evidence = Evidence()
            for m in mentionsOf[e] {
                // The mention's fields, not the mention: a copy of it (four strings) for each was a
                // twentieth of this stage.
                evidence.add(context: doc, sentence: doc.mentions[m].sentence, tokens: doc.mentions[m].tokens)
                if !doc.mentions[m].guessed {
                    let type = doc.mentions[m].type
                    if type == "place" || type == "country" { evidence.place += 3 }
                    if type == "organization" { evidence.organization += 3 }
                }
            }
            evidence.contextBest = max(evidence.person, evidence.place, evidence.organization)
            let contextPerson = evidence.person
            evidence.add(name: doc.entities[e].name, doc: doc, acronym: type == "organization")
            if evidence.notName && !typedElsewhere[e] {
                // Not a name at all: its mentions refer to nothing, so it is not listed.
                for m in mentionsOf[e] { doc.mentions[m].entity = -1 }
                continue
            }
            doc.entities[e].type = evidence.decision
            nameOnlyPerson[e] = doc.entities[e].type == "person" && contextPerson == 0
        }
        typeListsAlike(doc, guessedOnly: guessedOnly, nameOnlyPerson: nameOnlyPerson)
        typePartyShortForms(doc)
        NamePartTypes.type(doc)
        LoneHeadWords.type(doc)
        PublisherNames.type(doc)
    }

    /// "Mark Twain, Robert Louis Stevenson and Goscinny", "writers Morris and Goscinny": the names
    /// of one list name things of one kind. A name left `unknown` takes the type its listed
    /// neighbours agree on (places and countries count as places), or `person` after a plural
    /// title head ("writers", "rappers"). A list whose typed names disagree decides nothing. An
    /// item no name covers ("…, American, British Airways, …") does not end the list
    /// (`listMarksAroundOneItem`). A person only its own words typed (a first or family name, nothing around it) is a place
    /// when the list's other names are places and either the gazetteer lists it ("Tulsa, Sapulpa,
    /// Jenks and Broken Arrow"; "to Lyon and Ghent") or two other places stand with it.
    static func typeListsAlike(_ doc: Document, guessedOnly: [Bool], nameOnlyPerson: [Bool]) {
        let t = doc.tokens
        // The name mentions' indices: a list is read only when two follow each other, so the
        // mentions themselves (strings and all) are not copied for every name.
        let mentions = doc.mentions
        let names = mentions.indices.filter { mentions[$0].kind == .name && mentions[$0].entity >= 0 }
        var k = 0
        while k < names.count {
            var j = k + 1
            while j < names.count, mentions[names[j]].sentence == mentions[names[k]].sentence,
                  listMarksAroundOneItem(doc, mentions[names[j - 1]].tokens.upperBound, mentions[names[j]].tokens.lowerBound) {
                j += 1
            }
            defer { k = j }
            guard j - k >= 2 else { continue }
            let list = names[k..<j].map { mentions[$0] }
            // "A and B", "A, B or C", "A, B, C"; not "Tavo Brenner, Veloria's envoy" (apposition).
            let joined = zip(list, list.dropFirst()).contains { a, b in
                (a.tokens.upperBound..<b.tokens.lowerBound).contains { t[$0].lower == "and" || t[$0].lower == "or" }
            }
            guard list.count >= 3 || list.count == 2 && joined else { continue }
            // Read across an item no name covers, the list needs two typed names of its own.
            guard !zip(list, list.dropFirst()).contains(where: { a, b in holdsAnItem(t, a.tokens.upperBound, b.tokens.lowerBound) })
                || Set(list.map(\.entity).filter { doc.entities[$0].type != unknown }).count >= 2
            else { continue }
            let start = list[0].tokens.lowerBound
            let afterPluralRole = start > doc.sentences[list[0].sentence].tokens.lowerBound
                && isPluralTitleHead(t[start - 1].lower)
            if !afterPluralRole { placeNameOnlyPersons(doc, list, nameOnlyPerson: nameOnlyPerson) }
            var kinds = Set<String>()
            for m in list {
                switch doc.entities[m.entity].type {
                case "person": kinds.insert("person")
                case "place", "country": kinds.insert("place")
                case "organization": kinds.insert("organization")
                default: continue
                }
            }
            // "Senators Kelly, Hickenlooper and Luján": after a plural title every name is a person's,
            // whatever a gazetteer made of one of them.
            if afterPluralRole {
                kinds = ["person"]
                // "Senators Kelly, Hickenlooper, and Luján": a name the gazetteer alone made a place
                // (no lexicon entry) is one more of the people the title lists.
                for m in list where !m.fromLexicon && doc.entities[m.entity].type == "place" {
                    doc.entities[m.entity].type = "person"
                }
            }
            guard kinds.count == 1, let kind = kinds.first else { continue }
            // A name made only of ordinary words ("Tax Code", "Sport Studies") is more often a
            // heading or a subject than a name: the list does not make it one.
            for m in list where guessedOnly[m.entity] && doc.entities[m.entity].type == unknown
                && doc.entities[m.entity].name.split(separator: " ").contains(where: { word in
                    !Gazetteer.shared.isCommonWord(word.lowercased()) && word.first?.isLetter == true && word.count > 1
                }) {
                doc.entities[m.entity].type = kind
            }
        }
    }

    /// The place-list half of `typeListsAlike`: a listed name typed person by its own words alone
    /// becomes a place when every other typed name of the list is a place.
    private static func placeNameOnlyPersons(_ doc: Document, _ list: [Mention], nameOnlyPerson: [Bool]) {
        var places = 0
        for m in list where !nameOnlyPerson[m.entity] {
            switch doc.entities[m.entity].type {
            case "place", "country": places += 1
            case unknown: continue
            default: return
            }
        }
        guard places >= 1 else { return }
        for m in list where nameOnlyPerson[m.entity] && doc.entities[m.entity].type == "person" {
            let listed = Gazetteer.shared.place(doc.entities[m.entity].name.lowercased()) != nil
            if listed || places >= 2 { doc.entities[m.entity].type = "place" }
        }
    }

    /// "writers", "rappers", "philosophers": the plural of a title head.
    static func isPluralTitleHead(_ word: String) -> Bool {
        guard word.count > 3, word.hasSuffix("s") else { return false }
        return Lexicon.shared.titleHeads[String(word.dropLast())] != nil
            || pluralPersonNouns.contains(word)
    }

    /// Scores for each type a name may have.
    struct Evidence {
        var person = 0, place = 0, organization = 0
        /// Evidence for the title of a work ("the film X", "X (2008)"): a work is no named entity.
        var work = 0
        var notName = false
        /// A determiner before a mention ("the Emancipation Proclamation", "his Cello Concerto"):
        /// people's names take none (a title in between aside: "the President, X").
        var afterDeterminer: Bool { determined * 2 > mentions }
        /// How many mentions were read, and how many of them end a noun phrase a determiner opens.
        var mentions = 0, determined = 0
        /// Whether no word of the name is an ordinary English word ("Aquileia", "Goldbach"): then
        /// one cue is enough to type it.
        var nameShaped = false
        /// The largest score the words around the mentions gave, before the name's own words.
        var contextBest = 0
        /// Whether a mention follows a person's name and "of" ("Nick Rhodes of Duran Duran"): what a
        /// person is "of" is a body or a place, so the name's own first and family names say nothing.
        var affiliated = false
        /// Whether a mention is the subject of a verb that "its" follows ("A. P. Quarnsk cut its
        /// forecast"): what the name stands for is no person, whatever its shape says.
        var ownsAsIt = false

        var decision: String {
            // What would have made it a person makes it an organization ("the Pittsburgh Pirates",
            // "the Velvet Underground"): a name-shaped name that takes an article.
            let person = afterDeterminer ? 0 : self.person
            let organization = afterDeterminer ? self.organization + max(self.person - 1, 0) : self.organization
            if work >= 3 && work > person && work > place && work > organization { return "work" }
            let best = max(person, place, organization)
            // One cue from the words around a name made of no ordinary word is enough; the name's
            // own words alone ("English" is also a family name) are not.
            let contextDecides = nameShaped && contextBest > 0
            guard best >= (contextDecides ? 1 : 2) else { return EntityTyper.unknown }
            if person == best && place < best && organization < best { return "person" }
            if place == best && organization < best { return "place" }
            if organization == best && place < best { return "organization" }
            return EntityTyper.unknown
        }

        /// What the words around one mention say.
        mutating func add(context doc: Document, sentence: Int, tokens: Range<Int>) {
            let m = (sentence: sentence, tokens: tokens)
            let t = doc.tokens
            let lex = Lexicon.shared
            let w = EntityTyper.tokenWords
            // Words compared by id (`Token.word`), not by their lower-cased strings: an unequal
            // pair of strings costs a call, and most comparisons here are unequal.
            let known = KnownWords.shared
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound, end = m.tokens.upperBound
            mentions += 1
            // "an economic partnership agreement (EPA)": the short form of ordinary words.
            if m.tokens.count == 1, t[start].has(.allCaps), start >= 2, t[start - 1].text == "(" {
                let letters = Array(t[start].text.lowercased().filter(\.isLetter))
                var initials: [Character] = []
                var j = start - 2
                while j >= span.lowerBound && initials.count < letters.count && t[j].kind == .word && !t[j].isCapitalized {
                    if !["of", "and", "the", "for", "on", "in"].contains(t[j].lower), let c = t[j].lower.first { initials.insert(c, at: 0) }
                    j -= 1
                }
                if letters.count >= 2 && initials == letters { notName = true }
            }
            if start > span.lowerBound {
                let before = t[start - 1]
                // Only where the name ends the phrase: "the Lena Marsh story" says nothing.
                if w.determiners.contains(before),
                   end >= span.upperBound || t[end].kind == .punct || w.phraseEnders.contains(t[end]) {
                    determined += 1
                } else if EntityTyper.quotedAfterDeterminer(t, start, end, span, w) {
                    determined += 1
                }
                if doc.mention(at: start - 1)?.kind == .title { person += 4 }
                if w.honorifics.contains(before) || HonorificStyles.precedes(t, start, span.lowerBound) { person += 4 }
                // "security firm Quarnsec", "the website Slashdot", "the town of Cruden".
                var b = start - 1
                if before.word == known.of, b > span.lowerBound { b -= 1 }
                if w.organizationNouns.contains(t[b]) { organization += 3 }
                // "the CEO of Hilton", "shareholders of Marriott": what only a body has (`typer.organizationOfNoun`).
                if before.word == known.of, b < start - 1, w.organizationOfNouns.contains(t[b]) { organization += 3 }
                // "Ann Chiang of DAB", "Raymond Chan of People Power": a person's affiliation.
                if before.word == known.of, start - 2 >= span.lowerBound, let holder = doc.mention(at: start - 2),
                   holder.kind == .name, holder.type == "person" {
                    organization += t[start].has(.allCaps) ? 2 : 1
                    // A full name's affiliation ("Nick Rhodes of Duran Duran"), not a one-word
                    // name's ("the Gospel of Matthew") nor a title's ("A Synopsis of English Syntax").
                    if holder.tokens.count >= 2, Gazetteer.shared.isGivenName(t[holder.tokens.lowerBound].lower) {
                        affiliated = true
                    }
                }
                // "Carlo De Benedetti of Italy's la Repubblica": the same affiliation past a country's
                // possessive (`CountryAffiliations.swift`).
                if EntityTyper.affiliationPastCountry(doc, span: span, start: start) { organization += 1 }
                // "Gary Fan of the Neo Democrats", "Anna Mo of the Civic Party": a full name "of the"
                // name of two words or capitals is a body the person belongs to (a place takes no
                // article: "Hilary of Poitiers"; one capitalised word may open a list: "of the
                // Architectural, Surveying … constituency").
                if before.word == KnownWords.shared.the, !before.isCapitalized, start - 3 >= span.lowerBound,
                   t[start - 2].word == KnownWords.shared.of,
                   let holder = doc.mention(at: start - 3), holder.kind == .name, holder.type == "person",
                   holder.tokens.upperBound == start - 2, holder.tokens.count >= 2,
                   end - start >= 2 || t[start].has(.allCaps),
                   Gazetteer.shared.isGivenName(t[holder.tokens.lowerBound].lower) {
                    organization += 2
                    affiliated = true
                }
                if w.placeNouns.contains(t[b]) { place += 3 }
                // "travelled with Corvin to Thrace", "Tårs on Lolland", "Braunsberg, East Prussia,".
                place += EntityTyper.locatedBy(doc, span: span, start: start, end: end)
                // "she joined the Night Watch": what one joins is a body.
                organization += EntityTyper.joinedBody(doc, span: span, start: start, end: end)
                if before.word == known.of, b < start - 1, w.placeOfNouns.contains(t[b]) { place += 2 }
                if w.weakPlaceBefore.contains(before) { place += 1 }
                // "El Faro, located at Punta Varela", "situated in X": where something is.
                if start - 2 >= span.lowerBound, w.placeParticiples.contains(t[start - 2]),
                   lex.locativePrepositions.contains(before.lower) { place += 3 }
                if w.personNouns.contains(before) { person += 3 }
                // "Marta's brother, Corvin,": the same noun set before the name by a comma.
                if before.word == known.comma, start - 2 > span.lowerBound, w.personNouns.contains(t[start - 2]),
                   t[start - 3].kind == .possessive || EntityTyper.possessivePronouns.contains(t[start - 3].lower) {
                    person += 3
                }
                // "Image: Snbehnke.": a caption's credit label (`name.creditLabel`) names who took the
                // picture, a person or a user's name; a body's name there ("Image: Home Office") has
                // ordinary words or capitals of its own, and they decide.
                if before.word == KnownWords.shared.colon, start >= 2, MentionFinder.isCreditLabel(t, start - 2, start),
                   (start..<end).allSatisfy({ t[$0].kind == .word && !t[$0].has(.allCaps)
                       && !Gazetteer.shared.isCommonWord(t[$0].lower) }) {
                    person += 3
                }
                // "(Photo: Northern Press Bureau/Quarnvox, Public Domain)": a credit's sources (`CreditSources.swift`).
                organization += EntityTyper.creditSourcePoints(doc, span: span, start: start, end: end)
                if w.workNouns.contains(before) { work += 3 }
                // "a quote attributed to Voltaire", "a line ascribed to Virgil": words are a person's.
                // Only words (`typer.wordsNoun` within two words before the participle): an attack or
                // an outage "attributed to" a name is a body's as often.
                if before.word == KnownWords.shared.to, start - 2 >= span.lowerBound, w.attributionParticiples.contains(t[start - 2]),
                   (max(span.lowerBound, start - 4)..<start - 2).contains(where: { w.wordsNouns.contains(t[$0]) }) {
                    person += 2
                }
                // "319 S. Denver", "at 1200 N Tatum": a house number, then a compass letter opening
                // the name, is a street's address.
                if before.kind == .number, m.tokens.count >= 2, EntityTyper.compassInitials.contains(t[start].lower) {
                    place += 4
                }
                // "(Marsden, 2014)": an author cited with a year.
                if before.text == "(", end + 2 < span.upperBound, t[end].text == ",",
                   t[end + 1].kind == .number, t[end + 1].text.count == 4, t[end + 2].text == ")" { person += 2 }
            }
            // "the elite group within Orvalism called the Night Watch", "a Maya city called Ix'ka": a
            // kind's noun, then a naming participle right before the name (`typer.namingParticiple`).
            if let kind = EntityTyper.kindNamed(doc, span: span, start: start, end: end) {
                switch kind {
                case .person: person += 3
                case .organization: organization += 3
                case .place: place += 3
                }
            }
            // "the old gods, such as Odin, Thor and Freya", "publishers such as O'Reilly".
            if let kind = EntityTyper.kindIntroduced(doc, span: span, start: start) {
                switch kind {
                case .person: person += 3
                case .organization: organization += 3
                case .place: place += 3
                }
            }
            guard end < span.upperBound else { return }
            // "A. P. Quarnsk cut its profit forecast": one or two lower-case words, no speech verb
            // (whose "its" is another's), then "its" (`EpithetAndInitialNames.swift`).
            var v = end
            while v < min(span.upperBound, end + 2), t[v].kind == .word, !t[v].isCapitalized,
                  lex.speechLemma(of: t[v]) == nil, t[v].word != known.its { v += 1 }
            if v > end, v < span.upperBound, t[v].word == known.its { ownsAsIt = true }
            // "Brellin was the first person I worked with", "Brannock and all of the other singers", "Demosisto's
            // Nathan Law": what the name is said to be, the others it is counted with, the person
            // it has (`PredicateNouns.swift`).
            // Not after a determiner: "Anselm the Meek was the chosen heir" (an epithet).
            if start == span.lowerBound || !w.determiners.contains(t[start - 1]),
               let kind = EntityTyper.copulaPredicateKind(doc, span: span, end: end) {
                switch kind {
                case .person: person += 3
                case .organization: organization += 3
                case .place: place += 3
                }
            }
            if let (kind, weak) = EntityTyper.othersKind(doc, span: span, end: end) {
                let weight = weak ? 1 : 3
                switch kind {
                case .person: person += weight
                case .organization: organization += weight
                case .place: place += weight
                }
            }
            if EntityTyper.ownsPersonName(doc, span: span, end: end) { organization += 1 }
            // "Ace Taxi 1420 Hudson Blvd, tel: …": a guide's listing of a business (`ListingLines.swift`).
            if EntityTyper.opensListingLine(doc, start: start, end: end) { organization += 3 }
            // "Brideshead Revisited (2008)": a name of several words, no first name opening it,
            // then a year in brackets, is a work's title (a person's years are a range).
            if end + 2 < span.upperBound, t[end].text == "(", t[end + 1].kind == .number, t[end + 1].text.count == 4,
               t[end + 2].text == ")", m.tokens.count >= 2, !Gazetteer.shared.isGivenName(t[start].lower) { work += 3 }
            // "Croft (2004)", "Lakoff (1987) argues": one word cited with a year is an author.
            if end + 2 < span.upperBound, t[end].text == "(", t[end + 1].kind == .number, t[end + 1].text.count == 4,
               t[end + 2].text == ")", m.tokens.count == 1, !t[start].has(.allCaps) { person += 2 }
            // "(for example, Marsden, 2014)", "Ardmoth, 2007;": one word cited with a year after a comma.
            if end + 2 < span.upperBound, t[end].text == ",", m.tokens.count == 1, !t[start].has(.allCaps),
               t[end + 1].kind == .number, t[end + 1].text.count == 4, [")", ";"].contains(t[end + 2].text) { person += 2 }
            // "Daily et al.": the first of a work's authors.
            if t[end].lower == "et", end + 1 < span.upperBound, t[end + 1].lower.hasPrefix("al") { person += 3 }
            // "Quillbooks founder Anna Mercer", "the Vostrel poll": what a body has or does (`typer.organizationNounAfter`).
            // "according to a QPO statement": an acronym before what a body issues (`typer.bodyStatement`).
            if m.tokens.count == 1, t[start].has(.allCaps), t[end].kind == .word, !t[end].isCapitalized,
               w.bodyStatements.contains(t[end]) { organization += 3 }
            if t[end].kind == .word, !t[end].isCapitalized, w.organizationNounsAfter.contains(t[end]) { organization += 3 }
            // "the Iron Wolves biker gang": after a determiner, the same noun one lower-case word on.
            else if start > span.lowerBound, w.determiners.contains(t[start - 1]), end + 1 < span.upperBound,
                    t[end].kind == .word, !t[end].isCapitalized, !t[end].has(.hyphenated),
                    t[end + 1].kind == .word, !t[end + 1].isCapitalized, w.organizationNounsAfter.contains(t[end + 1]) {
                organization += 3
            }
            // "the KORA group", "ANDRILL geologists" are not persons; "the KORA group" is an organization's.
            if t[start].has(.allCaps), w.organizationNouns.contains(t[end]) { organization += 2 }
            // "the QWB series", "MTV's horror reality series": a channel's programme (`BroadcasterNames.swift`).
            else if EntityTyper.namesProgrammeMaker(doc, span: span, start: start, end: end) { organization += 2 }
            // "the left-leaning al-Marwadi group", "al-Ikhbariya television": a name the Arabic article
            // opens before a body's noun (`ParticleOpenedNames.swift`).
            else if MentionFinder.opensWithArabicArticle(t[start]), w.organizationNouns.contains(t[end]) { organization += 2 }
            // "the Bush administration", "the Obama presidency": a leader's term of office.
            if t[end].kind == .word, !t[end].isCapitalized, w.leaderNounsAfter.contains(t[end]) { person += 3 }
            // "the Monti government": a leader's only when the name is one family name the census
            // lists and no place; "the Ennahda government" is a party's, "the Puntland government" a place's.
            if t[end].kind == .word, !t[end].isCapitalized, w.governmentNounsAfter.contains(t[end]), m.tokens.count == 1,
               Gazetteer.shared.isFamilyName(t[start].lower), Gazetteer.shared.place(t[start].lower) == nil { person += 3 }
            // "Goscinny was born", "Smith died", "Byron's wife": what only people do and have.
            var after = end
            if t[after].kind == .possessive, after + 1 < span.upperBound {
                // "Byron's wife", "Newton's concept", "Obama's national security advisor"; "Hilton's
                // market capitalization", "Marriott's shareholders": what a person or a body has, in
                // the first three lower-case words after the possessive.
                var j = after + 1, owned = false
                while j < min(span.upperBound, after + 4), t[j].kind == .word, !t[j].isCapitalized || j == after + 1 {
                    if w.personPossessions.contains(t[j]) { person += 3; owned = true; break }
                    if w.organizationPossessions.contains(t[j]) { organization += 3; owned = true; break }
                    j += 1
                }
                // "Piaget's stages", "Tessaly's sonnets": one word owning what people make or think
                // (`typer.ownedWork`) is weak evidence of a person, enough for a name of no ordinary
                // word (`OwnerNames.swift`).
                if !owned, EntityTyper.ownsUnlistedThing(t, start: start, end: end, span: span, determiners: w.determiners) {
                    person += 1
                }
            } else {
                if after + 1 < span.upperBound, ["was", "is", "had", "has"].contains(t[after].lower) { after += 1 }
                if w.personVerbs.contains(t[after]) {
                    person += 3
                } else if after > end, ["has", "had"].contains(t[end].lower),
                    EntityTyper.broadcasterWords.verbs.contains(t[after]) {
                    // "KQV has broadcast footage": what only a broadcaster does (`BroadcasterNames.swift`).
                    organization += 3
                } else if after > end, w.placeParticiples.contains(t[after]) {
                    // "Quelmar was located about twenty miles south": where a place is.
                    place += 3
                } else if after == end, t[after].word >= 0, lex.classes(of: t[after]).contains(.personVerb),
                          lex.speechLemma(of: t[after]) == nil {
                    // "Goldbach noticed", "Smith wrote": a verb EWT's writers use of "he", "she" or
                    // "I" and seldom of "it" (`person-verbs.tsv`); weaker than the hand-picked ones.
                    person += 2
                }
            }
            // "Draco was appointed. He drafted ...": a name opening its sentence, and "he" or "she"
            // opening the next.
            if EntityResolver.opensSentence(doc, start, m.sentence), m.sentence + 1 < doc.sentences.count {
                let next = doc.sentences[m.sentence + 1].tokens
                if let w = next.first(where: { t[$0].isWord }), ["he", "she"].contains(t[w].lower) { person += 2 }
            }
            // "In May, Brannock agreed to a bold step: he agreed to …": the clause after a colon
            // or a semicolon opening with "he" or "she", no name between (`PredicateNouns.swift`).
            if EntityTyper.pronounAfterClauseMark(doc, span: span, end: end) { person += 2 }
            // "the Kelvar mountain range", "the Dayton Metro area", "the Thissio and Pláka districts":
            // a name right before a place noun (`typer.placeNounAfter`) names that place, and so does
            // the first of two names joined by "and" before it. Not a name made of ordinary words,
            // which before such a noun names a sector or a kind ("the Public Works constituency").
            var p = end
            // "the Sabine and Rio Grande Rivers": the second name closes with the plural noun itself.
            var joinedClosesWithPlaceNoun = false
            if t[p].word == known.and, p + 1 < span.upperBound, let next = doc.mention(at: p + 1), next.kind == .name,
               next.tokens.lowerBound == p + 1 {
                p = next.tokens.upperBound
                let last = t[p - 1]
                joinedClosesWithPlaceNoun = next.tokens.count >= 2 && last.isCapitalized && last.lower.hasSuffix("s")
                    && w.placeNounsAfter.contains(last)
            }
            let nameShapedWord = m.tokens.contains(where: { t[$0].kind == .word && !Gazetteer.shared.isCommonWord(t[$0].lower) })
            if p < span.upperBound, t[p].kind == .word, !t[p].isCapitalized, w.placeNounsAfter.contains(t[p]), nameShapedWord {
                place += 3
            } else if joinedClosesWithPlaceNoun, nameShapedWord {
                place += 3
            }
            // "the Quarnby / Vostrel poll", "the Ipsos and Reuters poll": what a body has or does after
            // the last of two joined names tells of the first too.
            if end + 1 < span.upperBound, t[end].word == known.and || t[end].text == "/", let next = doc.mention(at: end + 1),
               next.kind == .name, next.tokens.lowerBound == end + 1, next.tokens.upperBound < span.upperBound {
                let after = t[next.tokens.upperBound]
                if after.kind == .word, !after.isCapitalized, w.organizationNounsAfter.contains(after) { organization += 3 }
            }
            // "Herat, a city in Afghanistan", "Quantcast, a web analytics firm,".
            if t[end].word == known.comma, end + 2 < span.upperBound, ["a", "an", "the"].contains(t[end + 1].lower) {
                for j in end + 2..<min(span.upperBound, end + 6) {
                    if w.placeNouns.contains(t[j]) { place += 3; break }
                    if w.organizationNouns.contains(t[j]) { organization += 3; break }
                    let word = t[j].word
                    if word == known.comma || word == known.period || word == known.of || t[j].lower == "in" { break }
                }
            }
            var k = end
            while k < span.upperBound, w.adverbs.contains(t[k]) { k += 1 }
            // People and organizations both speak: the name's own words decide between them.
            if k < span.upperBound, let lemma = lex.speechLemma(of: t[k]), lemma == "say" || lemma == "tell" {
                person += 1; organization += 1
            }
            // "X, who …", "X, 45,", "X, the State Department spokesperson,".
            if t[end].word == known.comma, end + 1 < span.upperBound {
                let next = t[end + 1]
                if next.word == known.who { person += 3 }
                // "El Faro, located at Punta Varela", "X, situated on the coast": where a place is.
                if w.placeParticiples.contains(next) { place += 3 }
                // "Boxborough, Massachusetts,", "Exeter, Devon.": a place its sentence typed, after a comma
                // and closing the phrase, locates the name before it.
                if let region = doc.mention(at: end + 1), region.kind == .name, !region.guessed,
                   region.tokens.lowerBound == end + 1, region.type == "place" || region.type == "country" {
                    let after = region.tokens.upperBound
                    if after >= span.upperBound || [",", ".", ";", ")"].contains(t[after].lower) { place += 3 }
                }
                if next.kind == .number, end + 2 < span.upperBound, t[end + 2].word == known.comma,
                   let n = Int(next.text), n > 0 && n < 120 { person += 3 }
                // "Corvin, his brother,": a kin or companion noun after a possessive pronoun.
                if end + 2 < span.upperBound, EntityTyper.possessivePronouns.contains(next.lower),
                   w.personNouns.contains(t[end + 2]) { person += 3 }
                // "Peterson, C.;", "Duckworth, A. L.": a family name, then an initial, as works cite authors.
                if next.text.utf8.count == 2, next.text.last == ".", next.text.first?.isUppercase == true { person += 3 }
                var j = end + 1
                if j < span.upperBound, ["the", "a", "an"].contains(t[j].lower) { j += 1 }
                // A link word ends the apposition: in "her novel X, with illustrator Y" the title is Y's.
                let known = KnownWords.shared
                let links = [known.with, known.and, known.for_, known.to, known.from, known.at, known.by]
                while j < span.upperBound && j < end + 6 && !links.contains(t[j].word) {
                    if let a = doc.mention(at: j) {
                        if a.kind == .title || a.kind == .role && a.type == "person" { person += 3 }
                        break
                    }
                    j += 1
                }
            }
        }

        /// What the name's own words say.
        mutating func add(name: String, doc: Document, acronym: Bool) {
            let gazetteer = Gazetteer.shared
            // "guitarist Nick Hallam of Duran Duran": the band's words are no first or family name.
            let personFromContext = person, organizationFromContext = organization
            defer { if affiliated { person = personFromContext } }
            // "Hurricane Ian", "Typhoon Hagibis": a storm, whatever it did ("hit", "killed").
            // The first word by bytes (`NameWords`): Character splitting cost more than the rest.
            // The name's words, split on spaces by bytes, and lower-cased (`NameParts`).
            // A name outside ASCII reads its first word by Characters, as it did.
            let (parts, all, ascii) = NameParts.split(name)
            if name.utf8.contains(32),
               EntityTyper.stormWords.contains(ascii ? all[0] : NameWords(name).first.lowercased()) {
                person = 0; place = 0; organization = 0; return
            }
            // An acronym alone is weak evidence: "DNA", "IQ" and "HTML" are not organizations.
            if acronym && !name.contains(where: \.isNumber) { organization += 1 }
            let key = name.lowercased()
            // A lone word that is both a small town and a family name ("Clinton", "Shaw", "Holt")
            // names a person more often than the town: the town counts for less.
            var smallTownFamilyName = false
            if let p = gazetteer.place(key) {
                var weight = p.kind == "city" ? (p.population >= 100_000 ? 3 : 2) : 4
                if p.isCommonWord { weight -= 2 }
                smallTownFamilyName = weight == 2 && !key.contains(" ") && gazetteer.isFamilyName(key, uncommonOnly: true)
                if smallTownFamilyName { weight = 1 }
                place += weight
            }
            // "St Anne", "San Felipe", "Santa Monica": a name a saint's word opens names a place far more
            // often than a person (`typer.saintWord`); its other words say nothing of a person.
            if all.count >= 2, EntityTyper.saintWords.contains(all[0]) {
                place += 2; return
            }
            // "Wat Arun", "River Ouse", "Plac Wolności", "Anderson Ave", "Basse Terre": a word that opens
            // or closes places' names, in English or another language (`typer.placeOpener`,
            // `typer.placeCloser`); the other words say nothing of a person. Not an opener that is
            // also a first name ("Sierra Boggess", "Monte Melkonian"), whatever follows it.
            if all.count >= 2, (EntityTyper.placeOpeners.contains(all[0]) && !gazetteer.isGivenName(all[0]))
                || EntityTyper.placeClosers.contains(all[all.count - 1]) {
                place += 3; return
            }
            // "Bjerrebyvej 6", "Strynø Brovej 12": a street's suffixed name and its house number
            // (`HouseNumberStreets.swift`); the other words say nothing of a person.
            if all.count >= 2, let number = all.last, number.first?.isNumber == true,
               HouseNumberStreets.isSuffixedStreet(String(all[all.count - 2])) {
                person = 0; place += 4; return
            }
            // "Instituto Gonzaga", "Banco Halvora", "Théâtre National Populaire": a word that opens or
            // closes organizations' names (`typer.organizationWord`); the other words say nothing of a person.
            if all.count >= 2, EntityTyper.organizationWords.contains(all[0])
                || EntityTyper.organizationWords.contains(all[all.count - 1]) {
                organization += 3; return
            }
            // "Ninth Legion", "Second Fleet": a spelled ordinal before a unit's word (`name.unitWord`)
            // names a military unit, as "501st Legion" does.
            if all.count >= 2, EntityTyper.ordinalWords.contains(all[0]), EntityTyper.unitWords.contains(all[1]) {
                person = 0; place = 0; organization += 4; return
            }
            // "Space Shuttle Enterprise", "James Webb Space Telescope", "USS Carl Vinson": a craft or an
            // instrument, whoever it is named after (`typer.craftWord`).
            if all.count >= 2, all.contains(where: { EntityTyper.craftWords.contains($0) }) {
                person = 0; place = 0; organization = 0; return
            }
            // "Constantine the Great", "W. W. Rouse Ball": shapes only people's names take, unless
            // the words around it spoke of a body ("shares of T. Rowe Price", "A. P. Quarnsk cut its
            // forecast": companies named after people) (`EpithetAndInitialNames.swift`).
            if organizationFromContext <= personFromContext, !ownsAsIt {
                person += EntityTyper.takesEpithet(all) ? 3 : EntityTyper.initialsWeight(parts)
            }
            // "I-44 West", "M1", "US 75", "Route 66": a road.
            if let opening = all.first, EntityTyper.isRoadNumber(opening)
                || all.count >= 2 && EntityTyper.roadPrefixes.contains(opening) && all[1].allSatisfy(\.isNumber)
                || all.count >= 2 && EntityTyper.roadWords.contains(opening) && all[1].first?.isNumber == true {
                place += 4
            }
            // "Mr Key", "Professor Matthew Clairmont": an honorific or title opening the name.
            if all.count >= 2, let opening = all.first,
               EntityTyper.honorifics.contains(opening) || Lexicon.shared.titleHeads[opening] != nil { person += 4 }
            // "North Oakland", "Upper Manhattan", "Old Athens": a listed place with a part or age before it.
            if all.count >= 2, EntityTyper.placeModifiers.contains(all[0]),
               gazetteer.place(all.dropFirst().joined(separator: " ")) != nil { place += 4 }
            let words = all.filter { !($0.hasSuffix(".") && $0.count <= 3) && !EntityTyper.particles.contains($0) }
            guard let first = words.first, let last = words.last else { return }
            // "Tsar Aleksei I": a regnal number after the first word (`name.suffix`) is no ordinary
            // word, though "i" is one.
            let noOrdinaryWord = words.indices.allSatisfy { i in
                let w = words[i]
                return i > 0 && EntityTyper.nameSuffixes.contains(w) || !gazetteer.isCommonWord(w) && !w.utf8.contains { $0 >= 48 && $0 <= 57 }
            }
            nameShaped = !acronym && noOrdinaryWord
            // "La Dominique", "Les Saintes", "El Castillo": an article opening the name makes it a
            // place's or a work's; the first name after it says nothing of a person
            // (`typer.romanceArticle`). The words around it decide.
            if all.count >= 2, EntityTyper.romanceArticles.contains(all[0]) { return }
            // "Persians", "Islamic", "Scottish", "Churches", "Studio": a people, an adjective, a
            // plural or an ordinary word written with a capital (a heading, a work's title).
            // A common word that is only a common family name ("Peace", "Grey") counts as unlisted
            // when no word around it spoke of a person or a body ("a state of Justice"); not a head
            // word, which alone names its body ("the Church").
            let listed = EntityTyper.isListedName(first)
                && !(gazetteer.isCommonWord(first) && gazetteer.place(first) == nil && !gazetteer.isGivenName(first)
                    && EntityTyper.isPlainWord(first)
                    && !gazetteer.isFamilyName(first, uncommonOnly: true) && person == 0 && organization == 0)
            // "Chinatown", "Midtown", "Koreatown": one word a place's suffix closes (`PlaceSuffixWords.swift`).
            if words.count == 1, !acronym, EntityTyper.endsWithPlaceSuffix(first), !gazetteer.isGivenName(first),
               !gazetteer.isFamilyName(first) {
                place += 3; return
            }
            if words.count == 1, !acronym, !listed,
               EntityTyper.looksLikeAdjectiveOrPeople(first) || EntityTyper.looksPlural(first) || gazetteer.isCommonWord(first) {
                person = 0; place = 0; organization = 0; notName = true; return
            }
            if words.count >= 2 {
                // "Moon Jae-in", "Kim Jong Un": a Chinese or Korean name, family name first.
                if doc.isFamilyFirst(name) { person += 3 }
                if gazetteer.isGivenName(first) { person += gazetteer.isGivenName(first, uncommonOnly: true) ? 3 : 1 }
                if gazetteer.isFamilyName(last, uncommonOnly: true) { person += 1 }
                let nameShaped = words.count <= 4 && noOrdinaryWord
                // "UNC Greensboro": an acronym, then a listed place, is no person's name (two
                // listed places may be a person's: "Nao Hirokawa").
                let opensWithGivenName = gazetteer.isGivenName(first)
                // Not a Roman numeral ("Johann II").
                // An ASCII name's words by bytes: Characters are ASCII capitals exactly when their bytes are.
                let isAcronym = { (w: Substring) in
                    guard !ascii else {
                        let u = w.utf8
                        return (2...4).contains(u.count) && u.allSatisfy { $0 >= 65 && $0 <= 90 }
                            && !u.allSatisfy { $0 == 73 || $0 == 86 || $0 == 88 || $0 == 76 || $0 == 67 }
                    }
                    return (2...4).contains(w.count) && w.allSatisfy(\.isUppercase) && !w.allSatisfy { "IVXLC".contains($0) }
                }
                let acronymWord = parts.contains(where: isAcronym)
                let firstIsAcronym = parts.first.map(isAcronym) ?? false
                let placeClosing = firstIsAcronym && words.count == 2
                    && gazetteer.place(last).map { !$0.isCommonWord } ?? false
                if placeClosing && !opensWithGivenName { place += 2 }
                // "Triple-A Indianapolis", "HealthSpace Cleveland": a word shaped like no first name, then
                // a city of 100,000 people or more, names something of the city (a team, a site), not a
                // person ("José Ibarra" and "Grover Cleveland" open with first names).
                let cityClosing = !placeClosing && !opensWithGivenName && parts.count == 2
                    && EntityTyper.closesWithCity(words, opening: parts[0]) && !doc.isFamilyFirst(name)
                if cityClosing { place += 2 }
                if nameShaped && !acronymWord && !(placeClosing && !opensWithGivenName) && !cityClosing { person += 2 }
            } else if !acronym {
                if gazetteer.isGivenName(first, uncommonOnly: true) { person += 2 }
                else if gazetteer.isFamilyName(first, uncommonOnly: true) { person += smallTownFamilyName ? 2 : 1 }
            }
        }
    }

    /// "a deserter from the inner group within Orvalism called the Night Watch was …", "a Maya city
    /// called Ix'ka.": a naming participle (`typer.namingParticiple`: "called", "named") right before
    /// the name, or before "the" and the name, and within the four words before it a noun of a
    /// kind (`typer.organizationNoun`, `typer.placeNoun`, `typer.personNoun`), no mark between. The
    /// name must end its phrase (a mark, the sentence's end, or a word that goes on the clause:
    /// `typer.phraseEnder`): "the band named Vorel as its singer" uses the verb, not the participle.
    static func kindNamed(_ doc: Document, span: Range<Int>, start: Int, end: Int) -> IntroducedKind? {
        let t = doc.tokens
        let w = tokenWords
        var k = start - 1
        if k > span.lowerBound, t[k].word == KnownWords.shared.the, !t[k].isCapitalized { k -= 1 }
        guard k > span.lowerBound, w.namingParticiples.contains(t[k]) else { return nil }
        guard end >= span.upperBound || t[end].kind == .punct || w.phraseEnders.contains(t[end]) else { return nil }
        // Back to the noun over names and the prepositions between them only ("group within
        // Orvalism called"): "a line of cat toys called X" names toys, not a brand.
        var j = k - 1
        while j >= max(span.lowerBound, k - 4) {
            if t[j].kind != .word { return nil }
            if !t[j].isCapitalized {
                if w.organizationNouns.contains(t[j]) { return .organization }
                if w.placeNouns.contains(t[j]) { return .place }
                if w.personNouns.contains(t[j]) { return .person }
                guard Lexicon.shared.locativePrepositions.contains(t[j].lower) || t[j].word == KnownWords.shared.of else { return nil }
            }
            j -= 1
        }
        return nil
    }

    /// "i-44", "us-412", "m1", "a1m": road prefix letters (`typer.roadPrefix`), an optional
    /// hyphen, one to four digits and at most one letter after them.
    static func isRoadNumber(_ word: String) -> Bool {
        // Most words hold no digit: say so before any Character is read.
        guard word.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        let letters = word.prefix { $0.isLetter }
        var rest = word.dropFirst(letters.count)
        guard roadPrefixes.contains(String(letters)) else { return false }
        if rest.first == "-" { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isNumber }
        let after = rest.dropFirst(digits.count)
        return (1...4).contains(digits.count) && after.count <= 1 && after.allSatisfy(\.isLetter)
    }

    /// Whether a word (lower case) is a place, first name or family name the gazetteers list.
    static func isListedName(_ word: String) -> Bool {
        let g = Gazetteer.shared
        return g.place(word) != nil || g.isGivenName(word) || g.isFamilyName(word)
    }

    /// Whether a word (lower case) is no head word of a body's, a place's or a document's name.
    static func isPlainWord(_ word: String) -> Bool {
        let lex = Lexicon.shared
        let id = lex.id(of: word)
        return id < 0 || lex.classes[Int(id)].isDisjoint(with: [.orgHead, .placeHead, .docHead])
    }

    /// "Churches", "Huguenots", "Confederates": a capitalised plural names a group, not one entity.
    static func looksPlural(_ word: String) -> Bool {
        // An ASCII word's Characters are its bytes ("\r\n" aside): read them, nothing built.
        if let plural = ASCIIWord.read(word, { b in
            b.count > 4 && b[b.count - 1] == 115 && ![115, 117, 105, 111, 97].contains(b[b.count - 2])
        }) { return plural }
        return word.count > 4 && word.hasSuffix("s") && !["ss", "us", "is", "os", "as"].contains { word.hasSuffix($0) }
    }

    /// Endings of words for peoples and of adjectives made from names ("Persians", "Hellenic").
    static func looksLikeAdjectiveOrPeople(_ word: String) -> Bool {
        let ends = ASCIIWord.read(word) { b in
            b.count > 4 && adjectiveEndingBytes.contains { e in e.count <= b.count && b[(b.count - e.count)...].elementsEqual(e) }
        } ?? (word.count > 4 && adjectiveEndings.contains { word.hasSuffix($0) })
        return ends && Gazetteer.shared.place(word) == nil
    }
    /// The endings `looksLikeAdjectiveOrPeople` reads (made once, not an array for each word).
    private static let adjectiveEndings = ["ese", "ish", "ic", "ian", "ians", "ans", "ers", "ites", "ists", "ics", "ean",
                                           "eans", "ern", "erns"]
    private static let adjectiveEndingBytes = adjectiveEndings.map { Array($0.utf8) }

    /// The lists `Evidence.add(context:)` tests tokens against, by word id: hashing each token's
    /// text for each list was most of that function's time.
    struct TokenWords {
        let organizationNouns = WordSet(.typerOrganizationNoun), placeNouns = WordSet(.typerPlaceNoun)
        let honorifics = WordSet(.typerHonorific), adverbs = WordSet(.typerAdverb)
        let placeOfNouns = WordSet(.typerPlaceOfNoun), workNouns = WordSet(.typerWorkNoun)
        let personNouns = WordSet(.typerPersonNoun), weakPlaceBefore = WordSet(.typerWeakPlaceBefore)
        let determiners = WordSet(.typerDeterminer), phraseEnders = WordSet(.typerPhraseEnder)
        let personVerbs = WordSet(.typerPersonVerb), personPossessions = WordSet(.typerPersonPossession)
        let placeParticiples = WordSet(.typerPlaceParticiple), placeNounsAfter = WordSet(.typerPlaceNounAfter)
        let organizationNounsAfter = WordSet(.typerOrganizationNounAfter)
        let bodyStatements = WordSet(.typerBodyStatement)
        let leaderNounsAfter = WordSet(.typerLeaderNounAfter)
        let organizationPossessions = WordSet(.typerOrganizationPossession)
        let organizationOfNouns = WordSet(.typerOrganizationOfNoun)
        let attributionParticiples = WordSet(.typerAttributionParticiple)
        let namingParticiples = WordSet(.typerNamingParticiple)
        let wordsNouns = WordSet(.typerWordsNoun)
        let governmentNounsAfter = WordSet(.typerGovernmentNounAfter)
    }
    static let tokenWords = TokenWords()

    // Word lists from `wordlists.tsv` (lists `typer.*`), read once.
    static let organizationNouns = ListedWords(Lexicon.shared.words(in: .typerOrganizationNoun))
    static let placeNouns = ListedWords(Lexicon.shared.words(in: .typerPlaceNoun))
    static let honorifics = ListedWords(Lexicon.shared.words(in: .typerHonorific))
    /// Words opening a storm's name (`typer.stormWord`).
    static let stormWords = ListedWords(Lexicon.shared.words(in: .typerStormWord))
    /// "first" … "twentieth" (`typer.ordinalWord`) and the unit words after them (`name.unitWord`).
    static let ordinalWords = ListedWords(Lexicon.shared.words(in: .typerOrdinalWord))
    static let unitWords = ListedWords(Lexicon.shared.words(in: .nameUnitWord))
    /// "n", "s.", "ne": a compass letter opening a street's name after a house number (`typer.compassInitial`).
    static let compassInitials = ListedWords(Lexicon.shared.words(in: .typerCompassInitial))
    static let craftWords = ListedWords(Lexicon.shared.words(in: .typerCraftWord))
    static let saintWords = ListedWords(Lexicon.shared.words(in: .typerSaintWord))
    static let placeOpeners = ListedWords(Lexicon.shared.words(in: .typerPlaceOpener))
    static let placeClosers = ListedWords(Lexicon.shared.words(in: .typerPlaceCloser))
    static let organizationWords = ListedWords(Lexicon.shared.words(in: .typerOrganizationWord))
    static let adverbs = ListedWords(Lexicon.shared.words(in: .typerAdverb))
    static let particles = ListedWords(Lexicon.shared.words(in: .typerParticle))
    static let nameSuffixes = ListedWords(Lexicon.shared.words(in: .nameSuffix) + Lexicon.shared.words(in: .nameRegnalNumber))
    static let romanceArticles = ListedWords(Lexicon.shared.words(in: .typerRomanceArticle))
    static let placeModifiers = ListedWords(Lexicon.shared.words(in: .typerPlaceModifier))
    static let pluralPersonNouns = ListedWords(Lexicon.shared.words(in: .typerPluralPersonNoun))
    static let placeOfNouns = ListedWords(Lexicon.shared.words(in: .typerPlaceOfNoun))
    static let roadWords = ListedWords(Lexicon.shared.words(in: .typerRoadWord))
    static let roadPrefixes = ListedWords(Lexicon.shared.words(in: .typerRoadPrefix))
    static let workNouns = ListedWords(Lexicon.shared.words(in: .typerWorkNoun))
    static let personNouns = ListedWords(Lexicon.shared.words(in: .typerPersonNoun))
    static let weakPlaceBefore = ListedWords(Lexicon.shared.words(in: .typerWeakPlaceBefore))
    static let determiners = ListedWords(Lexicon.shared.words(in: .typerDeterminer))
    static let phraseEnders = ListedWords(Lexicon.shared.words(in: .typerPhraseEnder))
    static let personVerbs = ListedWords(Lexicon.shared.words(in: .typerPersonVerb))
    static let personPossessions = ListedWords(Lexicon.shared.words(in: .typerPersonPossession))
    /// "his", "her", "their": before a kin noun in an apposition ("X, his brother,"; `typer.possessivePronoun`).
    static let possessivePronouns = ListedWords(Lexicon.shared.words(in: .typerPossessivePronoun))
}
