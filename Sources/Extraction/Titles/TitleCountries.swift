import NewsFacts

/// The `of` a text leaves implicit, and the title facts: the second half of the title stage, after
/// anaphora.
extension TitleExtractor {
    /// Counterparts, missing countries, and the facts.
    static func finish(_ doc: Document, _ direct: [Found]) {
        var all = direct
        // "He was also the team manager of Y": pronoun subjects, now that anaphora has run. Not
        // recorded on the holder: a title read through a pronoun gives no country to the others.
        all += copulas(doc, pronouns: true)
        all += counterparts(doc)
        guard implicitBodies(doc, &all) else { return }
        let adjectiveOnly = countriesOnlyAdjectivesName(doc)
        for f in all {
            var q: [Qualifier] = []
            // "Israeli mathematician": the adjective tells where the holder is from, not whose
            // mathematician; a country named only so is no `of` (and is not listed for it).
            let nationality = f.of >= 0 && f.of < adjectiveOnly.count && adjectiveOnly[f.of]
                && nationalityHeads.contains(f.title.head.lowercased())
            if f.of >= 0 && !nationality { q.append(Qualifier("of", .entity(doc.entities[f.of].name))) }
            if let mod = f.title.modifier, mod == "former" || mod == "late" {
                q.append(Qualifier("former", .text("true")))
            }
            if f.derived { q.append(Qualifier("derived", .text("true"))) }
            doc.addFact(
                .entity(doc.entities[f.person].name), "title", .text(f.title.canonical), q,
                sentence: f.sentence, tokens: f.tokens, rule: f.rule)
        }
    }

    /// Heads of occupations a people's adjective gives a nationality to (`title.nationalityHead`).
    static let nationalityHeads = Set(Lexicon.shared.words(in: .titleNationalityHead))

    /// The countries the article names only by a people's adjective ("Israeli"), never by a name.
    /// By entity index (flags, not a set of indices: the set hashed every mention's entity).
    static func countriesOnlyAdjectivesName(_ doc: Document) -> [Bool] {
        var adjective = [Bool](repeating: false, count: doc.entities.count)
        var named = adjective
        for m in doc.mentions where m.entity >= 0 && m.entity < adjective.count {
            if m.kind == .demonym { adjective[m.entity] = true } else if m.kind == .name { named[m.entity] = true }
        }
        for e in adjective.indices where named[e] { adjective[e] = false }
        return adjective
    }

    /// "the Biden administration", "the U.S. government": the people and the countries the
    /// article names with an administration or a government.
    static func administrations(_ doc: Document) -> (people: Set<Int>, countries: [Int]) {
        var people = Set<Int>()
        var countries: [Int] = []
        let t = doc.tokens
        let known = KnownWords.shared
        for m in doc.mentions where m.kind == .name && m.entity >= 0 {
            let e = m.entity
            var k = m.tokens.upperBound
            if k < t.count, t[k].kind == .possessive { k += 1 }
            guard k < t.count, t[k].word == known.administration || t[k].word == known.government else { continue }
            if doc.entities[e].type == "person" {
                people.insert(e)
            } else if doc.entities[e].type == "country" && !countries.contains(e) {
                countries.append(e)
            }
        }
        return (people, countries)
    }

    /// Gives each title without an `of` the one the text implies: "its"/"their" before it, the
    /// holder's country from other titles, "X administration" ↔ "COUNTRY administration" (the
    /// one country so named), the one country of the titled people named in the same sentence,
    /// or, for a government office, the article's country. False when cancelled.
    static func implicitBodies(_ doc: Document, _ all: inout [Found]) -> Bool {
        let administrations = administrations(doc)
        // The titles of each sentence, and the article's country (asked at most once).
        var bySentence: [Int: [Int]] = [:]
        for i in all.indices { bySentence[all[i].sentence, default: []].append(i) }
        var dominant: Int??
        // Who holds each office of each country, as the titles give it and as this pass does.
        var holders = OfficeHolders(all)
        for i in all.indices where all[i].of < 0 && !all[i].explicitOnly {
            if doc.cancellation.poll() { return false }
            defer { holders.add(all[i], at: i) }
            let p = all[i].person
            var rule = all[i].rule
            // "its spokeswoman Ingrid Halle": a possessive pronoun, resolved by now.
            if let owner = ownerBefore(doc, all[i].title.tokens.lowerBound) ?? ownerAfter(doc, all[i].title.tokens.upperBound) {
                all[i].of = owner
                continue
            }
            // "city mayor X", "The mayor X": the town named last before.
            if let town = localPlace(doc, all[i].title, sentence: all[i].sentence) {
                all[i].of = town
                all[i].rule = "title-place-context"
                continue
            }
            // Asked once a title (it lower-cases the title and searches it for words), not at each test.
            let government = isGovernmentTitle(all[i].title)
            if let c = doc.entities[p].country, let e = doc.entityIndex[doc.cachedKey(c)] {
                all[i].of = e
            } else if administrations.people.contains(p), administrations.countries.count == 1 {
                all[i].of = administrations.countries[0]
                rule = "title-country-administration"
            } else if let e = sentenceCountry(doc, all, bySentence[all[i].sentence] ?? [], except: i) {
                all[i].of = e
                rule = "title-country-context"
            }
            if dominant == nil, all[i].of < 0, government { dominant = dominantCountry(doc) }
            if all[i].of < 0, government, let c = dominant ?? nil,
                !counterpartCountries(doc, all, bySentence[all[i].sentence] ?? [], except: i).contains(doc.entities[c].name),
                !holders.heldByAnother(all[i], at: i, country: c, in: all)
            {
                all[i].of = c
                rule = "title-country-article"
            }
            // The country a government office is of is the one its holder serves ("Home Secretary"
            // in an article about the UK: away from it, she visits).
            let of = all[i].of
            if of >= 0, doc.entities[p].country == nil, government,
                doc.entities[of].type == "country"
            {
                doc.entities[p].country = doc.entities[of].name
            }
            all[i].rule = rule
        }
        return true
    }

    /// "its spokeswoman", "the company's former chief executive": the country or organization
    /// that "its" or "their", or a body's role noun and its possessive ("the company's", "the
    /// bank's"), right before the title at `start` (past a holder modifier) stands for, or nil.
    static func ownerBefore(_ doc: Document, _ start: Int) -> Int? {
        var before = pastModifier(doc, start - 1, 0)
        var role = false
        if before > 0, doc.tokens[before].kind == .possessive {
            before -= 1
            role = true
        }
        guard before >= 0, let m = doc.mention(at: before), m.entity >= 0,
            role ? isBodyRole(m) : m.kind == .pronoun && (m.name == "its" || m.name == "their"),
            doc.entities[m.entity].type == "country" || doc.entities[m.entity].type == "organization"
        else { return nil }
        return m.entity
    }

    /// "X, the chairman of the company's board": the country or organization a body's role
    /// noun and its possessive right after the title's "of" stand for, or nil. The part
    /// possessed (the board) is the body's own: the title is held in the body.
    static func ownerAfter(_ doc: Document, _ end: Int) -> Int? {
        let t = doc.tokens
        guard end + 1 < t.count, t[end].word == KnownWords.shared.of, let m = doc.mention(at: end + 1),
            m.tokens.lowerBound == end + 1, isBodyRole(m), m.entity >= 0, m.tokens.upperBound < t.count,
            t[m.tokens.upperBound].kind == .possessive,
            doc.entities[m.entity].type == "country" || doc.entities[m.entity].type == "organization"
        else { return nil }
        return m.entity
    }

    /// Whether a mention is a role noun standing for an organization or a country ("the
    /// company", "the bank", "the country").
    static func isBodyRole(_ m: Mention) -> Bool { m.kind == .role && (m.type == "organization" || m.type == "country") }

    /// Before a holder modifier (`modifier` in `titles.tsv`: "former", "new") at `k`, else `k`.
    static func pastModifier(_ doc: Document, _ k: Int, _ sentenceStart: Int) -> Int {
        guard k > sentenceStart, doc.tokens[k].word >= 0, Lexicon.shared.titleModifierOf[Int(doc.tokens[k].word)] != nil
        else { return k }
        return k - 1
    }

    /// The one country of the titled people (`titles`, indices into `all`) other than the holder
    /// of `all[i]`, when they all serve the same one; else nil. Nil too when another holds the
    /// same office: "Foreign Minister Kamei met Australian Foreign Minister Archer" names
    /// counterparts, and a country has one foreign minister.
    static func sentenceCountry(_ doc: Document, _ all: [Found], _ titles: [Int], except i: Int) -> Int? {
        let person = all[i].person
        let office = all[i].title.canonical.lowercased()
        var countries = Set<String>()
        for j in titles where all[j].person != person {
            if all[j].title.canonical.lowercased() == office { return nil }
            // "Ellison is due in Ottawa for talks with Canadian Foreign Minister Dubois": a
            // country goes only to people listed together, not to the other side of a clause.
            guard listedTogether(doc, all[i].tokens, all[j].tokens) else { continue }
            if let c = doc.entities[all[j].person].country { countries.insert(c) }
        }
        guard countries.count == 1, let c = countries.first else { return nil }
        return doc.entityIndex[doc.cachedKey(c)]
    }

    /// What may join two titled people listed together (`title.listJoins`).
    static let listJoins = WordSet(.titleListJoins)

    /// Whether two titled people's spans are listed together: nothing between them but commas,
    /// people's adjectives and `listJoins` ("former environment minister X and lawmaker Y").
    static func listedTogether(_ doc: Document, _ x: Range<Int>, _ y: Range<Int>) -> Bool {
        let (first, second) = x.lowerBound < y.lowerBound ? (x, y) : (y, x)
        guard first.upperBound <= second.lowerBound, second.lowerBound - first.upperBound <= 4 else { return false }
        let t = doc.tokens
        for k in first.upperBound..<second.lowerBound {
            if t[k].word == KnownWords.shared.comma || listJoins.contains(t[k]) || doc.mention(at: k)?.kind == .demonym {
                continue
            }
            return false
        }
        return true
    }

    /// The countries of the others in `titles` (indices into `all`) who hold the office of
    /// `all[i]` (its holder's counterparts) or are not listed together with its holder (the
    /// other side of "talks with Canadian Foreign Minister Y"): none of these is the holder's
    /// country by the article's.
    static func counterpartCountries(_ doc: Document, _ all: [Found], _ titles: [Int], except i: Int) -> Set<String> {
        let office = all[i].title.canonical.lowercased()
        var out = Set<String>()
        for j in titles where all[j].person != all[i].person
            && (all[j].title.canonical.lowercased() == office || !listedTogether(doc, all[i].tokens, all[j].tokens))
        {
            if let c = doc.entities[all[j].person].country { out.insert(c) }
            if all[j].of >= 0 { out.insert(doc.entities[all[j].of].name) }
        }
        return out
    }

    /// Whether two titles name one office: the same words, or the same head over the same
    /// portfolio with the same prefixes ("Foreign Minister", "Minister of Foreign Affairs",
    /// "External Affairs Minister"; not "Deputy Foreign Minister").
    static func sameOffice(_ a: TitleMatch, _ b: TitleMatch) -> Bool { sameOffice(officeKeys(a), officeKeys(b)) }

    /// `sameOffice` of two titles' `officeKeys`.
    static func sameOffice(_ x: (words: String, portfolio: String?), _ y: (words: String, portfolio: String?)) -> Bool {
        x.words == y.words || x.portfolio != nil && x.portfolio == y.portfolio
    }

    /// The keys `sameOffice` compares, worked out once a title: its words in lower case, and its
    /// head, portfolio and prefixes when it has a portfolio.
    static func officeKeys(_ t: TitleMatch) -> (words: String, portfolio: String?) {
        guard let p = t.portfolio else { return (t.canonical.lowercased(), nil) }
        return (t.canonical.lowercased(), "\(t.head)|\(p)|\(prefixes(t).sorted().joined(separator: " "))")
    }

    /// The people holding each office (`officeKeys`) of each country: a country has one foreign
    /// minister, one president, so the article's country is not the holder's of a title when
    /// someone else holds that office of it anywhere in the article ("Foreign Minister Rhee met
    /// his Quarnish counterpart Vos … Quarnia's Foreign Minister Vos" in a story about Quarnia:
    /// Rhee is not Quarnia's). Titles given a country earlier in the pass count too. Looked up
    /// by key, once a title: the titles of a long article are not compared pair by pair.
    struct OfficeHolders {
        /// By office key and country, at most two different holders: enough to tell whether one
        /// other than a given person holds it.
        private var people: [String: [Int]] = [:]
        private var keys: [Int: (words: String, portfolio: String?)] = [:]

        /// Titles added but not yet filed by key: most articles never ask (the question comes
        /// only for a government title with no country of its own), so keys are made at the
        /// first question, not at each title. A title's `Found` is not changed once added.
        private var unfiled: [Int] = []

        init(_ all: [Found]) {
            for i in all.indices where all[i].of >= 0 { add(all[i], at: i) }
        }

        private mutating func keysOf(_ f: Found, at i: Int) -> [String] {
            let k = keys[i] ?? TitleExtractor.officeKeys(f.title)
            keys[i] = k
            return ["w:" + k.words] + (k.portfolio.map { ["p:" + $0] } ?? [])
        }

        mutating func add(_ f: Found, at i: Int) {
            // "Outgoing Prime Minister X" hands over to the new one: a holder modifier
            // ("former", "outgoing", "new") marks another time's holder.
            guard f.of >= 0, f.title.modifier == nil else { return }
            unfiled.append(i)
        }

        private mutating func file(_ f: Found, at i: Int) {
            for key in keysOf(f, at: i) {
                let k = "\(key)@\(f.of)"
                var held = people[k] ?? []
                if held.count < 2, !held.contains(f.person) { held.append(f.person) }
                people[k] = held
            }
        }

        /// Whether someone other than `f`'s holder holds its office of country `c`; `all` is the
        /// pass's titles, the ones added read from it.
        mutating func heldByAnother(_ f: Found, at i: Int, country c: Int, in all: [Found]) -> Bool {
            guard f.title.modifier == nil else { return false }
            for j in unfiled { file(all[j], at: j) }
            unfiled.removeAll(keepingCapacity: true)
            return keysOf(f, at: i).contains { key in people["\(key)@\(c)"]?.contains { $0 != f.person } ?? false }
        }
    }

    /// The title prefixes ("Deputy", "Vice", "Acting") among a title's words.
    static func prefixes(_ title: TitleMatch) -> Set<String> {
        let lex = Lexicon.shared
        var out = Set<String>()
        for word in title.canonical.lowercased().split(separator: " ") {
            let id = lex.id(of: String(word))
            if id >= 0, let p = lex.titlePrefixOf[Int(id)] { out.insert(p) }
        }
        return out
    }

    /// Words of government offices, and of titles that are none though they hold one
    /// (`title.government`, `title.notGovernment` in `Lexicons/wordlists.tsv`).
    static let governmentTitleWords = Lexicon.shared.words(in: .titleGovernment)
    static let notGovernmentTitleWords = Lexicon.shared.words(in: .titleNotGovernment)

    /// Whether a title is a government office ("Foreign Minister", not "Shadow Home Secretary"
    /// nor "Vice President of Sales").
    static func isGovernmentTitle(_ t: TitleMatch) -> Bool {
        let c = t.canonical.lowercased()
        return governmentTitleWords.contains { c.contains($0) }
            && !notGovernmentTitleWords.contains { c.contains($0) } && t.portfolio != "company"
    }

    /// The country an article is about: the one country its lead sentence names, or one named at
    /// least twice and twice as often as any other.
    static func dominantCountry(_ doc: Document) -> Int? {
        var counts: [Int: Int] = [:]
        for m in doc.mentions
        where m.entity >= 0 && (m.kind == .name || m.kind == .demonym) && doc.entities[m.entity].type == "country" {
            counts[m.entity, default: 0] += 1
        }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if let lead = leadCountry(doc) { return lead }
        if let top = sorted.first, top.value >= 2, sorted.count == 1 || sorted[1].value * 2 <= top.value {
            return top.key
        }
        return nil
    }

    /// The one country the lead sentence names ("Slovenia's National Assembly on Thursday elected …"):
    /// wire stories name the country they are about first.
    static func leadCountry(_ doc: Document) -> Int? {
        guard let lead = doc.sentences.firstIndex(where: { !$0.isExcluded && !$0.isHeadline && !$0.isCaption }) else {
            return nil
        }
        var country: Int?
        for m in doc.mentions
        where m.sentence == lead && m.entity >= 0 && (m.kind == .name || m.kind == .demonym)
            && doc.entities[m.entity].type == "country"
        {
            if let c = country, c != m.entity { return nil }
            country = m.entity
        }
        return country
    }
}
