/// Within-article resolution: mentions → entities with one canonical name and aliases.
///
/// - Lexicon names resolve to their canonical entry ("U.S." → United States); demonyms to
///   their country; a capital standing for its state becomes an alias of the country.
/// - Person names: the full name is canonical; a surname alone ("Motegi") resolves to the
///   person whose name ends in it.
/// - Organizations: a shorter form ending the longer one ("State Department" of "U.S. State
///   Department") is the same organization.
/// - Aliases from "X (ABC)", "known as Y", "calling them Y" and plural short forms
///   ("Senkakus" for "Senkaku Islands").
/// - Pronouns and role nouns ("the minister") resolve to the nearest fitting antecedent.
enum EntityResolver {
    /// "jr.", "III": words that close a person's name (`name.suffix`, and `name.regnalNumber`
    /// written in capitals).
    private static let nameSuffixes = Set(Lexicon.shared.words(in: .nameSuffix))
    private static let regnalNumbers = Set(Lexicon.shared.words(in: .nameRegnalNumber))

    /// Whether a word of a person's name closes it rather than being its last name: "Jr." in
    /// any case, a Roman number only in capitals ("VIII", not the "Xi" of "Lucia Xi").
    static func isNameSuffix(_ part: Substring) -> Bool {
        let lower = part.lowercased()
        return nameSuffixes.contains(lower) || regnalNumbers.contains(lower) && part.uppercased() == part
    }
    /// "van", "da", "de" (`name.particle`) and "bin", "ibn" (`name.patronymic`) inside a person's name.
    private static let nameParticles = Set(Lexicon.shared.words(in: .nameParticle))
    private static let patronymicParticles = Set(Lexicon.shared.words(in: .namePatronymic))

    static func resolve(_ doc: Document) {
        let lex = Lexicon.shared
        // At most one entity a mention (events, added later, are few): no rehashing while it fills.
        doc.entityIndex.reserveCapacity(doc.mentions.count)
        doc.entities.reserveCapacity(doc.mentions.count)
        // 1. Strong names.
        let surnames = personSurnames(doc)
        for m in doc.mentions.indices where doc.mentions[m].kind == .name && !doc.mentions[m].weak {
            if doc.cancellation.poll() { return }
            // The fields this needs, not the mention: a copy of it (four strings and a title) for each.
            let sentence = doc.mentions[m].sentence, surface = doc.mentions[m].surface
            if !surnames.isEmpty, let full = surnameUse(doc, m, surnames) {
                let e = doc.entity(named: full, type: "person", sentence: sentence)
                doc.mentions[m].entity = e
                // The mention acts as the person ("Paris claims"): its lexicon's place is no
                // evidence against the person when the typer weighs the name.
                doc.mentions[m].type = "person"
                doc.entities[e].addAlias(surface)
                continue
            }
            let type = doc.mentions[m].type
            if doc.mentions[m].fromLexicon && doc.mentions[m].stateUse {
                let e = doc.entity(named: doc.mentions[m].name, type: type, sentence: sentence)
                doc.entities[e].addAlias(surface)
                doc.mentions[m].entity = e
                continue
            }
            var name = doc.mentions[m].name
            // An inverted name ("Austen, Jane") keeps the name the finder gave it.
            if type == "person" && !surface.contains(",") { name = personName(surface) }
            let e = doc.entity(named: name, type: type, sentence: sentence)
            doc.mentions[m].entity = e
            if surface != doc.entities[e].name && !surface.hasPrefix("(") { doc.entities[e].addAlias(surface) }
        }
        for m in doc.mentions.indices where doc.mentions[m].kind == .demonym {
            doc.mentions[m].entity = doc.entity(named: doc.mentions[m].name, type: doc.mentions[m].type, sentence: doc.mentions[m].sentence)
        }
        mergeOrganizationSuffixes(doc)
        mergeLocativeShortNames(doc)
        qualifyInstitutions(doc)
        // 2. Lexicon aliases and person surnames.
        for e in doc.entities.indices {
            if doc.cancellation.poll() { return }
            // The name and type, not a copy of the entity (its strings and lists) for each.
            let ent = (name: doc.entities[e].name, type: doc.entities[e].type)
            if ent.type == "country" || ent.type == "place" && lex.countries[ent.name] != nil {
                for a in lex.countryAliases(ent.name) { doc.entities[e].addAlias(a) }
            } else if let aliases = lex.namedAliases[ent.name] {
                for a in aliases { doc.entities[e].addAlias(a) }
            }
            if ent.type == "organization" {
                // "U.K. Competition and Markets Authority" is also "Competition and Markets Authority".
                let tokens = Tokenizer.tokenize(ent.name)
                // Not past a nation's adjective (`places.tsv`): "Scottish National Party" is no "National Party".
                if tokens.count >= 3, let p = lex.phrase(at: 0, in: tokens, end: tokens.count - 1),
                   p.kind == .country || p.kind == .demonym && p.type != "place" || p.kind == .organization && p.tokenCount == 1 {
                    let start = tokens[p.tokenCount].start
                    let utf8 = Array(ent.name.utf8)
                    doc.entities[e].addAlias(String(decoding: utf8[start...], as: UTF8.self))
                }
            }
            if ent.type == "person" {
                // The words without initials ("J."): the surname, and first name + surname.
                var count = 0
                var first: Substring = "", last: Substring = "", beforeLast: Substring = ""
                NameWords.forEach(ent.name) { part in
                    // A part ending in the Character "." ends in its byte: the Character test only then.
                    let initial = part.utf8.last == 46 && (part.utf8.count <= 2 || part.hasSuffix(".") && part.count <= 2)
                    // "Jr.", "III" close the name but are no surname ("King" of "Martin Luther King Jr.").
                    guard !initial, !(count >= 1 && isNameSuffix(part)) else { return }
                    count += 1
                    if count == 1 { first = part }
                    beforeLast = last
                    last = part
                }
                // "Herman Van Rompuy", "Lula da Silva", "Mohammed bin Salman": the short form keeps the
                // particle ("Van Rompuy", "bin Salman"); after a father's particle the last word alone
                // names the father, and first name + last word is no one's name.
                let particle = count >= 3 ? beforeLast.lowercased() : ""
                let patronymic = count >= 3 && patronymicParticles.contains(particle)
                if count >= 3 && (patronymic || nameParticles.contains(particle)) {
                    doc.entities[e].addAlias(beforeLast + " " + last)
                    if !patronymic { doc.entities[e].addAlias(String(last)) }
                } else if count >= 2 && doc.isFamilyFirst(ent.name) {
                    // "Kim Jong Un" is "Kim", never "Un" or "Kim Un".
                    doc.entities[e].addAlias(String(first))
                } else if count >= 2 {
                    doc.entities[e].addAlias(String(last))
                    // "al-Assad" is also "Assad", "d'Alembert" also "Alembert".
                    if let cut = last.firstIndex(where: { $0 == "-" || $0 == "'" || $0 == "\u{2019}" }),
                       last.first?.isLowercase == true, last[last.index(after: cut)...].count >= 2 {
                        doc.entities[e].addAlias(String(last[last.index(after: cut)...]))
                    }
                    if count > 2 { doc.entities[e].addAlias(first + " " + last) }
                }
            }
        }
        mergeParticleShortNames(doc)
        doc.indexMentions()
        // 3. Alias patterns, then weak single words.
        aliasPatterns(doc)
        resolveWeak(doc)
        honorificAliases(doc)
        doc.indexMentions()
    }

    /// "Mr. Varlotti", "Dr Ana Ortiz": a person written after an honorific is also known by
    /// the two together, as written (`typer.honorific`).
    static func honorificAliases(_ doc: Document) {
        let t = doc.tokens
        // The plain fields first (`MentionSpots`): only a person's mention is copied whole.
        for (i, spot) in doc.mentionSpots.enumerated() where spot.kind == .name && spot.entity >= 0 && spot.tokens.lowerBound > 0 {
            guard doc.entities[spot.entity].type == "person" else { continue }
            let m = doc.mentions[i]
            var h = m.tokens.lowerBound - 1
            var dot = ""
            // "Mr." may be written as two tokens, the word and its dot.
            if t[h].text == ".", h > 0, !t[h].has(.spaceBefore) { h -= 1; dot = "." }
            let honorific = t[h].kind == .word && t[h].isCapitalized && EntityTyper.honorifics.contains(t[h].lower + dot)
            if honorific { doc.entities[m.entity].addAlias(t[h].text + dot + " " + m.surface) }
            titleAlias(doc, m, before: honorific ? h : m.tokens.lowerBound)
        }
    }

    /// "Minister of Education Stefania Giannini", "Major General Nathan Bedford Forrest",
    /// "Undersecretary for Education Mr. Varlotti", "Governor of Washington Chris Gregoire": a
    /// person written right after a title in capitals (its joining words aside; an honorific, or
    /// "of" and a place, between them), is also known by the whole as written, as a reader who
    /// copies the run from the text would look it up. Not after a title in lower case ("the
    /// education minister X"): that is a description, no name.
    private static func titleAlias(_ doc: Document, _ m: Mention, before k: Int) {
        let t = doc.tokens
        var k = k
        // "Governor of Washington Chris Gregoire": the title's "of" place, a name of its own.
        if k > 2, let place = doc.mention(at: k - 1), place.kind == .name, place.tokens.upperBound == k,
           place.type == "place" || place.type == "country", place.tokens.lowerBound >= 2,
           t[place.tokens.lowerBound - 1].word == KnownWords.shared.of,
           doc.mention(at: place.tokens.lowerBound - 2)?.kind == .title {
            k = place.tokens.lowerBound - 1
        }
        guard k > 0, let title = doc.mention(at: k - 1), title.kind == .title, title.tokens.upperBound == k, title.sentence == m.sentence,
              title.tokens.count <= 5, t[title.tokens.lowerBound].isCapitalized,
              title.tokens.allSatisfy({ t[$0].kind == .word && (t[$0].isCapitalized || titleJoiners.contains(t[$0].lower)) })
        else { return }
        doc.entities[m.entity].addAlias(MentionFinder.surface(t, title.tokens.lowerBound..<m.tokens.upperBound))
    }

    /// The lower-case words a capitalised title may hold ("Minister of Education", "Secretary for
    /// Health"): `name.titleJoiner`.
    private static let titleJoiners = ListedWords(Lexicon.shared.words(in: .nameTitleJoiner))

    /// Pronouns and role nouns, in text order (each may serve as a later antecedent). Runs
    /// after titles are known, so "the minister" finds the person holding a ministry.
    static func resolveAnaphora(_ doc: Document) {
        for m in doc.mentions.indices where doc.mentions[m].kind == .pronoun || doc.mentions[m].kind == .role {
            if doc.cancellation.poll() { return }
            if doc.mentions[m].kind == .pronoun && doc.mentions[m].type == "plural" { continue }
            if doc.undescribed.contains(m) { continue }
            let e = doc.antecedent(of: m)
            if e >= 0 { doc.mentions[m].entity = e }
        }
    }

    /// The family names of the people named in full (two words or more, not from a lexicon),
    /// lower case, each with the full name; a family name two people share maps to "".
    static func personSurnames(_ doc: Document) -> [String: String] {
        // Only the family names `surnameUse` may ask about are kept: the lower-case names of the
        // one-word place and country mentions from a lexicon (few an article). A person's ASCII
        // family name of another length in bytes is passed over without lower-casing it.
        var asked = Set<String>()
        var askedLengths: UInt64 = 0
        for (i, m) in doc.mentionSpots.enumerated() where m.fromLexicon && m.tokens.count == 1 {
            let type = doc.mentions[i].type
            guard type == "place" || type == "country" else { continue }
            let key = doc.mentions[i].surface.lowercased()
            asked.insert(key)
            // A key outside ASCII may equal an ASCII name of another length (canonical equivalence).
            askedLengths |= key.utf8.allSatisfy({ $0 < 0x80 }) ? 1 << UInt64(min(key.utf8.count, 63)) : ~0
        }
        var out: [String: String] = [:]
        guard !asked.isEmpty else { return out }
        for (i, m) in doc.mentionSpots.enumerated() where m.kind == .name && !m.fromLexicon && !m.weak && doc.mentions[i].type == "person" {
            let surface = doc.mentions[i].surface
            let full = personName(surface)
            guard !surface.contains(","), let space = lastSpace(full) else { continue }
            let rest = full[full.index(after: space)...]
            if rest.utf8.allSatisfy({ $0 < 0x80 }), askedLengths & (1 << UInt64(min(rest.utf8.count, 63))) == 0 { continue }
            let last = rest.lowercased()
            guard asked.contains(last) else { continue }
            if let known = out[last], known != full { out[last] = "" } else { out[last] = full }
        }
        return out
    }

    /// `name.lastIndex(of: " ")`, found on the bytes of an ASCII name (each Character a byte, a
    /// space never part of another): searching Characters from the end broke graphemes for
    /// every person's name.
    static func lastSpace(_ name: String) -> String.Index? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.utf8.lastIndex(of: 32) }
        return name.lastIndex(of: " ")
    }

    /// "Anna Paris … Paris claims she was …", "Luis Jordan … Jordan said": a one-word name a
    /// lexicon gives to a place or country, where the article has named a person with it as
    /// family name, is that person when it acts as one (a speech or person verb, or a possessive,
    /// right after it) and no place word ("in", "to", "from") comes before it. The person's full
    /// name, or nil.
    static func surnameUse(_ doc: Document, _ m: Int, _ surnames: [String: String]) -> String? {
        let mention = doc.mentions[m]
        guard mention.fromLexicon, mention.tokens.count == 1, mention.type == "place" || mention.type == "country",
              let full = surnames[mention.surface.lowercased()], !full.isEmpty else { return nil }
        let t = doc.tokens
        let span = doc.sentences[mention.sentence]
        var after = mention.tokens.upperBound
        guard after < span.tokens.upperBound, !MentionFinder.locativeBefore(t, mention.tokens.lowerBound, span) else {
            return nil
        }
        // "Paris also claims", "Jordan later said": past one adverb of time or addition.
        if after + 1 < span.tokens.upperBound, surnameAdverbs.contains(t[after]) { after += 1 }
        let acts = t[after].kind == .possessive || SpeechExtractor.isSpeechVerb(t, after)
            || Lexicon.shared.classes(of: t[after]).contains(.personVerb)
        return acts ? full : nil
    }

    /// Adverbs that may stand between a surname and its verb ("Paris also claims").
    private static let surnameAdverbs = WordSet(.resolverSurnameAdverb)

    /// "Senate" in a sentence about the U.S. is also known as "U.S. Senate": a national
    /// institution named without its country gains an alias with the nearest country as written.
    private static func qualifyInstitutions(_ doc: Document) {
        let lex = Lexicon.shared
        for m in doc.mentions.indices where doc.mentions[m].kind == .name && doc.mentions[m].entity >= 0 {
            let e = doc.mentions[m].entity
            // Fields read one by one: binding the entity copied it (its strings and lists) for
            // each name mention.
            guard doc.entities[e].type == "organization" else { continue }
            let name = doc.entities[e].name
            guard lex.institutions.contains(name.lowercased()) else { continue }
            var best: (distance: Int, surface: String)?
            for n in doc.mentionRange(sentence: doc.mentions[m].sentence) where n != m {
                let other = doc.mentions[n]
                guard other.entity >= 0, other.kind == .name || other.kind == .demonym, doc.entities[other.entity].type == "country" else { continue }
                let distance = abs(other.tokens.lowerBound - doc.mentions[m].tokens.lowerBound)
                if best == nil || distance < best!.distance { best = (distance, other.surface) }
            }
            if let best { doc.entities[e].addAlias(best.surface + " " + name) }
        }
    }

    /// "Antony J. Blinken" and "Antony Blinken" are one person: the key drops initials.
    static func personName(_ surface: String) -> String {
        // Nearly every name has no double space: then it is the surface itself.
        var copy = surface
        let doubleSpace = copy.withUTF8 { b in b.count > 1 && (1..<b.count).contains { b[$0] == 32 && b[$0 - 1] == 32 } }
        return doubleSpace ? surface.replacingASCII("  ", with: " ") : surface
    }

    /// The country a name starts with ("Indonesian Foreign Ministry" → Indonesia), if any.
    static func leadingCountry(_ name: String) -> String? {
        let tokens = Tokenizer.tokenize(name)
        guard tokens.count >= 2, let p = Lexicon.shared.phrase(at: 0, in: tokens, end: tokens.count - 1), p.kind == .country || p.kind == .demonym else { return nil }
        return p.canonical
    }

    /// The countries written right before an entity's mentions ("Japan's Foreign Ministry"),
    /// given the indices of its mentions.
    static func qualifyingCountries(_ doc: Document, mentions: [Int]) -> Set<String> {
        var out = Set<String>()
        for i in mentions where doc.mentions[i].kind == .name {
            let m = doc.mentions[i]
            var k = m.tokens.lowerBound - 1
            if k >= 0, doc.tokens[k].kind == .possessive { k -= 1 }
            guard k >= 0, let q = doc.mention(at: k), q.kind == .name || q.kind == .demonym, q.fromLexicon,
                  ["country"].contains(q.type) || q.kind == .demonym else { continue }
            out.insert(q.name)
        }
        return out
    }

    /// "State Department" of "U.S. State Department", an organization's alias, "Évian" of
    /// "Évian-les-Bains": a shorter name that only one longer organization or place (of the
    /// same type) ends in, has as an alias or (a place) starts with before a lower-case
    /// joiner, is that one. The longer names are indexed by those parts, not compared in pairs.
    /// "Van Rompuy said", "Bin Salman smiled": a name that is the particle short form of a person
    /// named in full ("Herman Van Rompuy", "Mohammed bin Salman") is that person, whatever type
    /// its own words gave it ("Van" is also a town).
    static func mergeParticleShortNames(_ doc: Document) {
        var personByShortForm: [String: Int] = [:]
        // By index: enumerating the entities copied each (its strings and lists).
        for e in doc.entities.indices where doc.entities[e].type == "person" {
            for alias in doc.entities[e].aliases where alias.contains(" ") {
                let parts = alias.split(separator: " ")
                guard parts.count == 2, nameParticles.contains(parts[0].lowercased()) || patronymicParticles.contains(parts[0].lowercased())
                else { continue }
                personByShortForm[alias.lowercased()] = personByShortForm[alias.lowercased()] == nil ? e : -1
            }
        }
        guard !personByShortForm.isEmpty else { return }
        var target: [Int: Int] = [:]
        for a in doc.entities.indices where doc.entities[a].type != "country" && doc.entities[a].type != "event" {
            if let p = personByShortForm[doc.entities[a].name.lowercased()], p >= 0, p != a { target[a] = p }
        }
        guard !target.isEmpty else { return }
        for (from, to) in target {
            doc.entities[to].addAlias(doc.entities[from].name)
            doc.entities[to].sentence = min(doc.entities[to].sentence, doc.entities[from].sentence)
        }
        remap(doc, target)
    }

    private static func mergeOrganizationSuffixes(_ doc: Document) {
        let orgs = doc.entities.indices.filter { doc.entities[$0].type == "organization" || doc.entities[$0].type == "place" }
        guard orgs.count >= 2 else { return }
        // Each name in lower case, once: it is both cut into parts and looked up below.
        let lowerNames = orgs.map { doc.entities[$0].name.lowercased() }
        // Only a part equal to one of these names is ever looked up: an ASCII part whose length
        // no name has is not filed (`PartLengths`), most of them.
        let lengths = PartLengths(lowerNames)
        var byPart: [String: [Int]] = [:]
        for (o, b) in orgs.enumerated() {
            let long = lowerNames[o]
            var parts = Set<String>()
            let place = doc.entities[b].type == "place"
            for part in asciiSuffixes(long, hyphenPrefixes: place) ?? suffixes(long, hyphenPrefixes: place)
            where lengths.mayEqualAName(part) && !followsTailJoiner(long, part) {
                parts.insert(part)
            }
            for alias in doc.entities[b].aliases {
                let part = alias.lowercased()
                if lengths.mayEqualAName(part) { parts.insert(part) }
            }
            for part in parts where !part.isEmpty { byPart[part, default: []].append(b) }
        }
        var mentionsOf: [Int: [Int]]?
        var target: [Int: Int] = [:]
        for (o, a) in orgs.enumerated() {
            guard let found = byPart[lowerNames[o]] else { continue }
            var candidates: [Int] = []
            var qualifying: Set<String>?
            for b in found where b != a && doc.entities[b].type == doc.entities[a].type {
                // "Japan's Foreign Ministry" is not the "Indonesian Foreign Ministry".
                if let c = leadingCountry(doc.entities[b].name) {
                    if mentionsOf == nil {
                        var index: [Int: [Int]] = [:]
                        for m in doc.mentions.indices where doc.mentions[m].entity >= 0 {
                            index[doc.mentions[m].entity, default: []].append(m)
                        }
                        mentionsOf = index
                    }
                    let countries = qualifying ?? qualifyingCountries(doc, mentions: mentionsOf?[a] ?? [])
                    qualifying = countries
                    if countries.contains(where: { $0 != c }) { continue }
                }
                candidates.append(b)
            }
            if candidates.count == 1 { target[a] = candidates[0] }
        }
        guard !target.isEmpty else { return }
        for (from, to) in target {
            doc.entities[to].addAlias(doc.entities[from].name)
            for alias in doc.entities[from].aliases { doc.entities[to].addAlias(alias) }
            doc.entities[to].sentence = min(doc.entities[to].sentence, doc.entities[from].sentence)
        }
        remap(doc, target)
    }

    /// "Charter of the United Nations", "Board of Governors of the Federal Reserve": whether the
    /// part closing the name `long` (both lower case) comes right after a joining word
    /// (`resolver.tailJoiner`: "of", "for", "and", …), "the" allowed between. Such a part names
    /// the other thing the body is of or for, not the body: "the United Nations" of the same
    /// article is the United Nations, no alias of its charter. A part that is a hyphen's prefix
    /// ("évian" of "évian-les-bains") does not close the name and is kept.
    static func followsTailJoiner(_ long: String, _ part: String) -> Bool {
        guard long.utf8.count > part.utf8.count else { return false }
        return asciiFollowsTailJoiner(long, part) ?? followsTailJoinerOfCharacters(long, part)
    }

    /// `followsTailJoiner` of two ASCII names without a carriage return (nearly all), read on
    /// bytes: their Characters are their bytes, so the suffix, the space before it and the words
    /// before that are the bytes'. The Character reading (`hasSuffix`, `dropLast`, `split`)
    /// took some 8,000 instructions a call. Nil for any other pair; `long` is the longer.
    static func asciiFollowsTailJoiner(_ long: String, _ part: String) -> Bool? {
        var long = long, part = part
        return long.withUTF8 { a in
            part.withUTF8 { b -> Bool? in
                guard !a.contains(where: { $0 >= 0x80 || $0 == 13 }), !b.contains(where: { $0 >= 0x80 || $0 == 13 }) else {
                    return nil
                }
                let head = a.count - b.count
                for k in 0..<b.count where a[head + k] != b[k] { return false }
                guard head > 0, a[head - 1] == 32 else { return false }
                /// The last word of `a[0..<e]` (words are split at spaces), if any.
                func word(before e: Int) -> Range<Int>? {
                    var j = e
                    while j > 0 && a[j - 1] == 32 { j -= 1 }
                    guard j > 0 else { return nil }
                    var s = j
                    while s > 0 && a[s - 1] != 32 { s -= 1 }
                    return s..<j
                }
                guard var joiner = word(before: head) else { return false }
                if joiner.count == 3 && a[joiner.lowerBound] == 116 && a[joiner.lowerBound + 1] == 104
                    && a[joiner.lowerBound + 2] == 101 {  // "the"
                    guard let w = word(before: joiner.lowerBound) else { return false }
                    joiner = w
                }
                guard word(before: joiner.lowerBound) != nil else { return false }
                return tailJoiners.contains(String(decoding: UnsafeBufferPointer(rebasing: a[joiner]), as: UTF8.self))
            }
        }
    }

    /// `followsTailJoiner` read on Characters, for any pair.
    static func followsTailJoinerOfCharacters(_ long: String, _ part: String) -> Bool {
        guard long.utf8.count > part.utf8.count, long.hasSuffix(part) else { return false }
        let head = long.dropLast(part.count)
        guard head.last == " " else { return false }
        var words = head.split(separator: " ")
        if words.last == "the" { words.removeLast() }
        guard let joiner = words.last, words.count >= 2 else { return false }
        return tailJoiners.contains(String(joiner))
    }

    /// `resolver.tailJoiner`, as strings: parts are compared as lower-case text.
    private static let tailJoiners = Set(Lexicon.shared.words(in: .resolverTailJoiner))

    /// The parts `mergeOrganizationSuffixes` indexes a longer name (lower case) by: the text
    /// after each space, and (`hyphenPrefixes`, a place) the text before each hyphen a lower-case
    /// letter follows.
    static func suffixes(_ long: String, hyphenPrefixes: Bool) -> [String] {
        var out: [String] = []
        var i = long.startIndex
        while i < long.endIndex {
            let next = long.index(after: i)
            if long[i] == " " { out.append(String(long[next...])) }
            if long[i] == "-", hyphenPrefixes, next < long.endIndex, long[next].isLowercase {
                out.append(String(long[..<i]))
            }
            i = next
        }
        return out
    }

    /// `suffixes` read on the bytes of an ASCII name; nil outside ASCII, where a Character may be
    /// more than a byte.
    static func asciiSuffixes(_ long: String, hyphenPrefixes: Bool) -> [String]? {
        var copy = long
        return copy.withUTF8 { b -> [String]? in
            var out: [String] = []
            for k in 0..<b.count {
                guard b[k] < 0x80 else { return nil }
            }
            for k in 0..<b.count {
                if b[k] == 32 {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: b[(k + 1)...]), as: UTF8.self))
                }
                if hyphenPrefixes, b[k] == 45, k + 1 < b.count, b[k + 1] >= 97 && b[k + 1] <= 122 {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: b[..<k]), as: UTF8.self))
                }
            }
            return out
        }
    }

    /// "a stake in Halvorsen", "confidence in Ekdahl": a word taken for a place only because it
    /// follows "in" is the short name of an organization named in full ("Halvorsen Energy") or
    /// the surname of a person in the article; not a place with evidence of its own whose
    /// "person" opens with no listed first name ("UNC Greensboro … in Greensboro":
    /// `placeKeepsItsOwnEntity`).
    static func mergeLocativeShortNames(_ doc: Document) {
        let lex = Lexicon.shared
        // By entity: 1 if a place all of whose mentions are such guesses, 2 if a place with others.
        var placeOnly = [UInt8](repeating: 0, count: doc.entities.count)
        let mentions = doc.mentions
        for i in mentions.indices where mentions[i].entity >= 0 && placeOnly[mentions[i].entity] != 2 {
            let e = mentions[i].entity
            guard doc.entities[e].type == "place" else { continue }
            let locative = mentions[i].kind == .name && mentions[i].role == "locative" && !mentions[i].fromLexicon
            placeOnly[e] = locative ? 1 : 2
        }
        // Most articles have none: then there is nothing to index.
        guard placeOnly.contains(1) else { return }
        // The places' keys, the only ones looked up: a short name whose key surely equals none of
        // them (`PartLengths`) is not filed.
        let places = placeOnly.indices.filter { placeOnly[$0] == 1 }
        let placeKeys = places.map { doc.cachedKey(doc.entities[$0].name) }
        let lengths = PartLengths(placeKeys)
        var short: [String: Set<Int>] = [:]
        for e in doc.entities.indices where doc.entities[e].type == "organization" || doc.entities[e].type == "person" {
            // The words on bytes (`NameWords`), not split into Characters: this runs for every name.
            let parts = NameWords(doc.entities[e].name)
            guard parts.count >= 2 else { continue }
            if doc.entities[e].type == "person" {
                let key = doc.cachedKey(String(parts.last))
                if lengths.mayEqualAName(key) { short[key, default: []].insert(e) }
            } else if isListed(parts.last, .orgHead, in: lex.orgHeads),
                      !isListed(parts.first, .orgHead, in: lex.orgHeads) {
                let key = doc.cachedKey(parts.allButLast)
                if lengths.mayEqualAName(key) { short[key, default: []].insert(e) }
            }
        }
        var target: [Int: Int] = [:]
        var mentionsOf: [Int: [Int]]?
        for (p, e) in places.enumerated() {
            guard let found = short[placeKeys[p]], found.count == 1, let to = found.first else { continue }
            if doc.entities[to].type == "person" {
                // "UNC Greensboro … in Greensboro": a listed place is no guessed person's surname.
                if mentionsOf == nil {
                    var index: [Int: [Int]] = [:]
                    for m in mentions.indices where mentions[m].entity >= 0 && placeOnly[mentions[m].entity] == 1 {
                        index[mentions[m].entity, default: []].append(m)
                    }
                    mentionsOf = index
                }
                if placeKeepsItsOwnEntity(doc, place: e, person: to, mentions: mentionsOf?[e] ?? []) { continue }
            }
            target[e] = to
        }
        guard !target.isEmpty else { return }
        for (from, to) in target where doc.entities[from].name != doc.entities[to].name {
            doc.entities[to].addAlias(doc.entities[from].name)
        }
        for m in doc.mentions.indices {
            guard let to = target[doc.mentions[m].entity] else { continue }
            doc.mentions[m].type = doc.entities[to].type
            doc.mentions[m].role = nil
        }
        remap(doc, target)
    }

    /// Moves mentions of merged entities to their targets and drops the merged ones.
    static func remap(_ doc: Document, _ target: [Int: Int]) {
        var newIndex = [Int](repeating: -1, count: doc.entities.count)
        // The kept entities are moved to the front of the array in their order (by swaps: no
        // entity, with its strings and lists, is copied), the merged ones dropped from its end.
        var kept = doc.entities
        doc.entities = []
        var count = 0
        // Which entities are merged, by index: one array read an entity, not a hashed lookup.
        var merged = [Bool](repeating: false, count: kept.count)
        for from in target.keys where from >= 0 && from < merged.count { merged[from] = true }
        for e in kept.indices where !merged[e] {
            newIndex[e] = count
            if count != e { kept.swapAt(count, e) }
            count += 1
        }
        kept.removeLast(kept.count - count)
        for (from, to) in target { newIndex[from] = newIndex[to] }
        for m in doc.mentions.indices where doc.mentions[m].entity >= 0 {
            doc.mentions[m].entity = newIndex[doc.mentions[m].entity]
        }
        doc.entities = kept
        // Sized for the kept names at once: filled from empty, the table was rehashed as it grew.
        doc.entityIndex = EntityKeys(minimumCapacity: doc.entities.count)
        for e in doc.entities.indices {
            doc.entityIndex[doc.cachedKey(doc.entities[e].name)] = e
        }
    }

    /// Of several people sharing a short name, the one named last before mention `m`, passing
    /// over sentences that name two or more of them in full ("Kim Dal-sun and Kim Hyo-rin read
    /// …": no context for a later "Kim"); else the one named last; nil when none is named
    /// within `ExtractionLimits.mentionLookback` mentions. The sentence of `m` counts up to `m`.
    static func nearestUnambiguous(_ doc: Document, before m: Int, among set: Set<Int>) -> Int? {
        let stop = max(0, m - ExtractionLimits.mentionLookback)
        var last: Int?
        var j = m - 1
        while j >= stop {
            let s = doc.mentions[j].sentence
            var inFull = Set<Int>()
            var lastInSentence: Int?
            while j >= stop && doc.mentions[j].sentence == s {
                let e = doc.mentions[j].entity
                if e >= 0, set.contains(e) {
                    if doc.mentions[j].surface == doc.entities[e].name { inFull.insert(e) }
                    if lastInSentence == nil { lastInSentence = e }
                }
                j -= 1
            }
            if last == nil { last = lastInSentence }
            if inFull.count < 2, let e = lastInSentence { return e }
        }
        return last
    }

    // MARK: - Aliases written in the text

    private static func aliasPatterns(_ doc: Document) {
        let t = doc.tokens
        let known = KnownWords.shared
        var claims = Claims(doc)
        defer { claims.finish(doc) }
        for (s, span) in doc.sentences.enumerated() where !span.isExcluded {
            if doc.cancellation.poll() { return }
            let r = span.tokens
            var k = r.lowerBound
            while k < r.upperBound {
                let w = t[k].word
                // Most tokens open no pattern below: they are no bracket, follow no word of capitals
                // (a glossed acronym's) and are no word of naming ("called", "known", "dubbed").
                // A pattern added below opens with a word this list must then hold
                // (`ResolverMergeTests.testEachAliasPatternOpenerStillFindsItsAlias`).
                if w != known.open && !(k > r.lowerBound && t[k - 1].kind == .word && t[k - 1].has(.allCaps))
                    && w != known.calling && w != known.call && w != known.calls && w != known.called && w != known.known
                    && w != known.referred && w != known.to && w != known.dubbed {
                    k += 1
                    continue
                }
                // "X (ABC)": an acronym in brackets right after a name.
                if w == known.open, k + 2 < r.upperBound, t[k + 2].word == known.close, t[k + 1].has(.allCaps) || isAcronymLike(t[k + 1]),
                   k > r.lowerBound, let before = doc.mention(at: k - 1), before.kind == .name, before.entity >= 0,
                   doc.entities[before.entity].type != "person",
                   initialsMatch(t[k + 1].text, doc.entities[before.entity].name) || initialsMatch(t[k + 1].text, before.surface)
                    || initialsInAnyOrder(t[k + 1].text, before.surface)
                    || doc.entities[before.entity].type != "country" && t[k + 1].text.first == before.surface.first {
                    doc.entities[before.entity].addAlias(t[k + 1].text)
                    claims.claim(doc, k + 1, entity: before.entity, sentence: s)
                } else if let body = glossedAcronym(doc, k, r) {
                    // "CEI (Italian Episcopal Conference)": the body's name in brackets after its
                    // acronym; a name an acronym stands for is a body's, though its head word may
                    // name an occasion ("Conference").
                    doc.entities[body].addAlias(t[k - 1].text)
                    if doc.entities[body].type == "work" || doc.entities[body].type == "unknown" {
                        doc.entities[body].type = "organization"
                        for m in doc.mentions.indices where doc.mentions[m].entity == body {
                            doc.mentions[m].type = "organization"
                        }
                    }
                    claims.claim(doc, k - 1, entity: body, sentence: s)
                }
                // "calling them X", "which it calls X", "known as X", "dubbed X", "also called X"
                // (each opening word is also in the pass-over test at the loop's top).
                var nameAt = -1
                var pronounAt = -1
                if w == known.calling || w == known.call || w == known.calls || w == known.called, k + 1 < r.upperBound,
                   t[k + 1].word == known.it || t[k + 1].word == known.them {
                    nameAt = k + 2; pronounAt = k + 1
                } else if (w == known.known || w == known.referred) && k + 1 < r.upperBound && t[k + 1].word == known.as_ {
                    nameAt = k + 2
                } else if w == known.to && k > r.lowerBound && t[k - 1].word == known.referred && k + 1 < r.upperBound && t[k + 1].word == known.as_ {
                    nameAt = k + 2
                } else if (w == known.dubbed || (w == known.called && k > r.lowerBound && t[k - 1].word == known.also)) {
                    nameAt = k + 1
                }
                // "known as "Mr. Yen"": a nickname in quotes; "known as the Harvesters": past the article.
                if nameAt >= 0, nameAt + 1 < r.upperBound, t[nameAt].kind == .quote { nameAt += 1 }
                if nameAt >= 0, nameAt + 1 < r.upperBound, t[nameAt].word == known.the, t[nameAt + 1].isCapitalized {
                    nameAt += 1
                }
                if nameAt >= 0, nameAt < r.upperBound, MentionFinder.isNameWord(t[nameAt]) {
                    var end = nameAt
                    // "also known as Ahmed al-Sharaa": a particle joined by a hyphen stays in the name.
                    while end < r.upperBound
                        && (MentionFinder.isNameWord(t[end]) || t[end].has(.hyphenated) && MentionFinder.endsCapitalized(t[end]))
                    {
                        end += 1
                    }
                    let alias = MentionFinder.surface(t, nameAt..<end)
                    var target = -1
                    if pronounAt >= 0 {
                        // The nearest place, organization or role noun before the pronoun.
                        var j = pronounAt - 1
                        while j >= r.lowerBound {
                            if let m = doc.mention(at: j), (m.kind == .name || m.kind == .role), m.type != "person" {
                                let mi = Int(doc.mentionAt[j])
                                target = m.kind == .role ? doc.antecedent(of: mi) : m.entity
                                if target >= 0 { break }
                            }
                            j -= 1
                        }
                    } else {
                        var j = k - 1
                        while j >= r.lowerBound && j >= k - 4 {
                            if let m = doc.mention(at: j), m.kind == .name, m.entity >= 0 { target = m.entity; break }
                            if let m = doc.mention(at: j), m.kind == .role { target = doc.antecedent(of: Int(doc.mentionAt[j])); break }
                            j -= 1
                        }
                    }
                    if target >= 0 {
                        doc.entities[target].addAlias(alias)
                        // "known as "Mr. Yen"": the name's mention may start past an honorific.
                        let at = (nameAt..<end).first { doc.mentionAt[$0] >= 0 } ?? nameAt
                        claims.claim(doc, at, entity: target, sentence: s, end: end)
                    }
                }
                k += 1
            }
        }
    }

    /// Whether an acronym's capitals are, in order, initials of the name's words ("AfDB" for
    /// "African Development Bank", not "AP" for "Chile").
    static func initialsMatch(_ acronym: String, _ name: String) -> Bool {
        let letters = acronym.filter { $0.isUppercase }
        let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first }.filter { $0.isUppercase }
        guard letters.count >= 2 else { return false }
        var i = initials.startIndex
        for c in letters {
            while i < initials.endIndex && initials[i] != c { i += 1 }
            if i == initials.endIndex { return false }
            i += 1
        }
        return true
    }

    /// Whether an acronym's capitals are the initials of the name's capitalised words in
    /// another order, as a body's acronym in its own language is of its name translated ("CEI"
    /// for "Italian Episcopal Conference": Conferenza Episcopale Italiana).
    static func initialsInAnyOrder(_ acronym: String, _ name: String) -> Bool {
        let letters = acronym.filter { $0.isUppercase }
        let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first }.filter { $0.isUppercase }
        return letters.count >= 2 && letters.count == initials.count && letters.sorted() == initials.sorted()
    }

    /// "CEI (Italian Episcopal Conference)": at the opening bracket `k`, an acronym right before
    /// it and, filling the brackets, a name that is no person's, place's or country's whose
    /// capitalised words' initials the acronym spells (in any order): that name's entity, or nil.
    static func glossedAcronym(_ doc: Document, _ k: Int, _ r: Range<Int>) -> Int? {
        let t = doc.tokens
        guard k > r.lowerBound, k + 2 < r.upperBound, t[k - 1].kind == .word, t[k - 1].has(.allCaps),
            let gloss = doc.mention(at: k + 1), gloss.kind == .name, gloss.entity >= 0,
            gloss.tokens.lowerBound == k + 1, gloss.tokens.upperBound < r.upperBound,
            t[gloss.tokens.upperBound].word == KnownWords.shared.close,
            !["person", "place", "country"].contains(doc.entities[gloss.entity].type),
            doc.mention(at: k - 1)?.entity != gloss.entity,
            initialsMatch(t[k - 1].text, gloss.surface) || initialsInAnyOrder(t[k - 1].text, gloss.surface)
        else { return nil }
        return gloss.entity
    }

    /// Whether `acronym` ("IMF", "NPP") is exactly the initials of the words of `name`
    /// ("International Monetary Fund", "New People's Party"), small joining words aside.
    static func spellsInitials(_ acronym: String, _ name: String) -> Bool {
        let letters = acronym.filter(\.isLetter).lowercased()
        guard letters.count >= 2, !name.contains(" " + acronym) else { return false }
        return initials(name) == letters
    }

    /// The lower-case initials of a name of two words or more, small joining words aside
    /// ("International Monetary Fund" → "imf"), or nil.
    /// Small joining words an acronym leaves out (built once: `initials` runs for every name).
    private static let initialsSkipped: Set<String> = ["of", "and", "the", "for", "&", "on", "in", "de"]

    static func initials(_ name: String) -> String? {
        if let ascii = asciiInitials(name) { return ascii.count >= 2 ? String(decoding: ascii, as: UTF8.self) : nil }
        return initialsOfWords(name)
    }

    /// `initials` of any name, word by word.
    static func initialsOfWords(_ name: String) -> String? {
        // Split on bytes (space, hyphen): Character splitting breaks graphemes for every name.
        let words = name.utf8.split(whereSeparator: { $0 == 32 || $0 == 45 }).map { Substring($0) }
            .filter { !initialsSkipped.contains($0.lowercased()) }
        guard words.count >= 2 else { return nil }
        return words.compactMap { $0.first?.lowercased() }.joined()
    }

    /// `initials` of a name of printable ASCII, read on its bytes without a string a word: the
    /// first byte (lower case) of each word that is no small joining word; nil outside printable
    /// ASCII, where a first Character may be more than a byte.
    static func asciiInitials(_ name: String) -> [UInt8]? {
        var copy = name
        return copy.withUTF8 { b -> [UInt8]? in
            var out: [UInt8] = []
            var i = 0
            while i < b.count {
                let c = b[i]
                guard c >= 32 && c < 127 else { return nil }
                if c == 32 || c == 45 { i += 1; continue }
                let s = i
                while i < b.count && b[i] != 32 && b[i] != 45 {
                    guard b[i] >= 32 && b[i] < 127 else { return nil }
                    i += 1
                }
                if !isSkippedInitial(b, s, i) { out.append(c >= 65 && c <= 90 ? c + 32 : c) }
            }
            return out
        }
    }

    /// Whether `b[s..<e]`, folded to lower case, is one of `initialsSkipped`.
    private static func isSkippedInitial(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        func low(_ k: Int) -> UInt8 { b[k] >= 65 && b[k] <= 90 ? b[k] + 32 : b[k] }
        switch e - s {
        case 1: return b[s] == 38  // "&"
        case 2:
            let (x, y) = (low(s), low(s + 1))
            // "of", "on", "in", "de"
            return (x, y) == (111, 102) || (x, y) == (111, 110) || (x, y) == (105, 110) || (x, y) == (100, 101)
        case 3:
            let (x, y, z) = (low(s), low(s + 1), low(s + 2))
            // "and", "the", "for"
            return (x, y, z) == (97, 110, 100) || (x, y, z) == (116, 104, 101) || (x, y, z) == (102, 111, 114)
        default: return false
        }
    }

    static func isAcronymLike(_ t: Token) -> Bool {
        // "G7", "G-7", "ASEAN".
        guard t.kind == .word || t.kind == .number, t.text.count <= 8, let f = t.text.first, f.isUppercase else { return false }
        return t.text.filter { $0.isUppercase || $0.isNumber }.count >= 2
    }

    /// Mentions the alias patterns attach to entities. What is costly is done once, in
    /// `finish`: new mentions are put in text order, and entities left without a mention
    /// (created for the alias itself) are dropped.
    private struct Claims {
        /// Mentions by entity, to know when one is left with none.
        var mentionCount: [Int]
        var orphans = Set<Int>()
        var added = false

        init(_ doc: Document) {
            mentionCount = [Int](repeating: 0, count: doc.entities.count)
            for m in doc.mentions where m.entity >= 0 { mentionCount[m.entity] += 1 }
        }

        /// Attaches the mention at token `k` (if any; else a new one up to `end`) to `entity`,
        /// making it a strong mention.
        mutating func claim(_ doc: Document, _ k: Int, entity: Int, sentence: Int, end: Int? = nil) {
            if doc.mentionAt[k] >= 0 {
                let m = Int(doc.mentionAt[k])
                let old = doc.mentions[m].entity
                doc.mentions[m].entity = entity
                doc.mentions[m].weak = false
                mentionCount[entity] += 1
                guard old >= 0 else { return }
                mentionCount[old] -= 1
                // A strong mention created an entity for the alias itself: it is folded in.
                if old != entity && mentionCount[old] == 0 && doc.entities[old].mentions.isEmpty { orphans.insert(old) }
            } else {
                let r = k..<max(k + 1, end ?? k + 1)
                let index = doc.mentions.count
                let name = doc.entities[entity].name, surface = MentionFinder.surface(doc.tokens, r)
                doc.mentions.append(Mention(kind: .name, tokens: r, sentence: sentence, type: doc.entities[entity].type,
                                            name: name, surface: surface, entity: entity))
                for j in r where doc.mentionAt[j] < 0 { doc.mentionAt[j] = Int32(index) }
                mentionCount[entity] += 1
                added = true
            }
        }

        func finish(_ doc: Document) {
            if added {
                doc.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
                doc.indexMentions()
            }
            // No mention refers to an orphan: each maps to itself and is dropped.
            guard !orphans.isEmpty else { return }
            EntityResolver.remap(doc, Dictionary(uniqueKeysWithValues: orphans.map { ($0, $0) }))
        }
    }

    // MARK: - Weak mentions

    private static func resolveWeak(_ doc: Document) {
        let lex = Lexicon.shared
        let t = doc.tokens
        // The weak mentions left to resolve, and their keys: only those keys are looked up below.
        var pending: [(m: Int, key: String)] = []
        var wanted = Set<String>()
        for m in doc.mentions.indices where doc.mentions[m].kind == .name && doc.mentions[m].weak && doc.mentions[m].entity < 0 {
            let key = doc.cachedKey(doc.mentions[m].surface)
            pending.append((m, key))
            wanted.insert(key)
        }
        // The lengths of the wanted keys, one bit each (63: 63 bytes or more): an ASCII name whose
        // key has another length is passed over without building its key or hashing it.
        var wantedLengths: UInt64 = 0
        for key in wanted { wantedLengths |= 1 << UInt64(min(key.utf8.count, 63)) }
        // Surname and alias index (keys no pending mention has are left out).
        var byWord: [String: [Int]] = [:]
        var firstNames: [String: [Int]] = [:]
        var headOnly: [String: [Int]] = [:]
        func add(_ e: Int, _ name: String, to index: inout [String: [Int]], first: Bool = false) {
            guard !wanted.isEmpty else { return }
            if let length = Document.asciiKeyLength(name), wantedLengths & (1 << UInt64(min(length, 63))) == 0 { return }
            let key = doc.cachedKey(name)
            guard wanted.contains(key) else { return }
            if first { index[key, default: []].insert(e, at: 0) } else { index[key, default: []].append(e) }
        }
        for e in doc.entities.indices {
            // The name and type, not the entity: a copy of it (its strings and lists) for each, whose
            // aliases were then copied again when one was added below.
            let ent = (name: doc.entities[e].name, type: doc.entities[e].type)
            add(e, ent.name, to: &byWord)
            for alias in doc.entities[e].aliases { add(e, alias, to: &byWord) }
            let isPerson = ent.type == "person", isOrganization = ent.type == "organization"
            // Without pending mentions only a person's Korean-style alias is still to add.
            guard isPerson || !wanted.isEmpty && (isOrganization || ent.type == "place") else { continue }
            let parts = NameWords(ent.name)
            guard parts.count >= 2 else { continue }
            if isPerson {
                // Chinese and Korean names ("Byun Tae-seok", "Li Keqiang") put the family name
                // first; first names are weaker keys (used only when no surname matches).
                if doc.isFamilyFirst(ent.name) {
                    add(e, String(parts.first), to: &byWord, first: true)
                    doc.entities[e].addAlias(String(parts.first))
                } else {
                    // After "bin" the last word names the father ("Salman" of "Mohammed bin Salman").
                    if !(parts.count >= 3 && patronymicParticles.contains(parts.beforeLast.lowercased())) {
                        add(e, String(parts.last), to: &byWord)
                    }
                    add(e, String(parts.first), to: &firstNames)
                }
            }
            guard !wanted.isEmpty else { continue }
            if isPerson { continue }
            let orgHead = isListed(parts.last, .orgHead, in: lex.orgHeads)
            if isOrganization, orgHead, !isListed(ent.name[...], .institution, in: lex.institutions) {
                // "Halvorsen" for "Halvorsen Energy"; "the Commission" for "European Commission"
                // (also for a lexicon organization, whose stem is not its short name).
                let stem = parts.allButLast
                if lex.namedAliases[ent.name] == nil, Lexicon.shared.phrases[stem.lowercased()] == nil && !isListed(parts.first, .orgHead, in: lex.orgHeads) {
                    add(e, stem, to: &byWord)
                }
                add(e, String(parts.last), to: &headOnly)
            }
            // "Senkakus" for "Senkaku Islands".
            if orgHead || isListed(parts.last, .placeHead, in: lex.placeHeads) {
                add(e, parts.allButLast + "s", to: &byWord)
            }
        }
        // Words opening a sentence last: "Smith" there is the Smith named inside a sentence.
        // So are a headline's names: "The Quillpost: An interview …" names the Quillpost the body names.
        let opening = pending.filter {
            let sentence = doc.sentences[doc.mentions[$0.m].sentence]
            return sentence.isHeadline && !sentence.isCaption
                || opensSentence(doc, doc.mentions[$0.m].tokens.lowerBound, doc.mentions[$0.m].sentence)
        }
        if !opening.isEmpty {
            let openingSet = Set(opening.map(\.m))
            pending = pending.filter { !openingSet.contains($0.m) } + opening
        }
        // Per key of `headOnly` and `firstNames` (which do not change below): whether one entity
        // has it, and the first sentence of those that do.
        var headStats: [String: (single: Bool, firstSentence: Int)] = [:]
        var singleFirstName: [String: Bool] = [:]
        var initialsIndex: [String: [Int]]?
        var openingNames = OpeningUnlistedNames(doc)
        for (m, key) in pending {
            if doc.cancellation.poll() { return }
            // The three fields read below, not a copy of the whole mention.
            let mention = (sentence: doc.mentions[m].sentence, tokens: doc.mentions[m].tokens, surface: doc.mentions[m].surface)
            var found = byWord[key] ?? []
            // "the Commission": the one organization with that head, or the one named last before.
            if found.isEmpty, let h = headOnly[key] {
                let stats = headStats[key] ?? (Set(h).count == 1, h.map { doc.entities[$0].sentence }.min() ?? Int.max)
                headStats[key] = stats
                if stats.single || stats.firstSentence <= mention.sentence { found = h }
            }
            if found.isEmpty, let f = firstNames[key] {
                let single = singleFirstName[key] ?? (Set(f).count == 1)
                singleFirstName[key] = single
                if single { found = f }
            }
            // "the International Monetary Fund … the IMF": an acronym of one named body's initials.
            if found.isEmpty, mention.tokens.count == 1, t[mention.tokens.lowerBound].has(.allCaps) {
                if initialsIndex == nil {
                    // Built once an article, when the first acronym needs it: linear in the entities.
                    var index: [String: [Int]] = [:]
                    for e in doc.entities.indices where doc.entities[e].type != "person" && doc.entities[e].type != "event" {
                        if let key = initials(doc.entities[e].name) { index[key, default: []].append(e) }
                    }
                    initialsIndex = index
                }
                let acronym = t[mention.tokens.lowerBound].text
                if let bodies = initialsIndex?[acronym.filter(\.isLetter).lowercased()], bodies.count == 1,
                   !doc.entities[bodies[0]].name.contains(" " + acronym) { found = bodies }
            }
            if !found.isEmpty {
                let candidates = found
                // Several people share a surname: take the one named last before, passing over
                // sentences that name two or more of them in full ("Kim Jong-un inspected … . Kim
                // Jong-un and Kim Yo-jong watched … . Kim said": Kim Jong-un).
                var best = candidates[0]
                if candidates.count > 1 { best = nearestUnambiguous(doc, before: m, among: Set(candidates)) ?? best }
                doc.mentions[m].entity = best
                doc.mentions[m].weak = false
                if mention.surface != doc.entities[best].name { doc.entities[best].addAlias(mention.surface) }
                continue
            }
            if doc.sentences[mention.sentence].isHeadline && !doc.sentences[mention.sentence].isCaption { continue }
            let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
            var wordCount = 0, firstWord = start, allCaps = true
            for k in mention.tokens where t[k].kind == .word {
                if wordCount == 0 { firstWord = k }
                wordCount += 1
                if !t[k].has(.allCaps) { allCaps = false }
            }
            guard wordCount == 1 || allCaps else { continue }
            // Licensed as a person by a title right before it, or by a speech verb right after.
            let afterTitle = start > 0 && doc.mention(at: start - 1)?.kind == .title
            var k = end
            // Words by id (`Token.word`): no array of strings built and searched for each mention.
            let known = KnownWords.shared
            while k < t.count, case let w = t[k].word,
                  w == known.also || w == known.has || w == known.had || w == known.later || w == known.then
                    || w == known.previously { k += 1 }
            let speaks = k < t.count && lex.speechLemma(of: t[k]).map { $0 == "say" || $0 == "tell" } ?? false
            let accordingTo = start >= 2 && t[start - 1].word == known.to && t[start - 2].word == known.according
            let isAcronym = wordCount == 1 && t[firstWord].has(.allCaps)
            if afterTitle || ((speaks || accordingTo) && !isAcronym) {
                let e = doc.entity(named: mention.surface, type: "person", sentence: mention.sentence)
                doc.mentions[m].entity = e
                doc.mentions[m].weak = false
                byWord[key, default: []].append(e)
            } else if isAcronym && (speaks || accordingTo) && t[firstWord].text.count >= 2 {
                let e = doc.entity(named: mention.surface, type: "organization", sentence: mention.sentence)
                doc.mentions[m].entity = e
                doc.mentions[m].weak = false
                byWord[key, default: []].append(e)
            } else if wordCount == 1, t[firstWord].text.count >= 2,
                      case let listedPlace = mention.surface == t[firstWord].text
                        && Gazetteer.shared.place(t[firstWord].lower).map({ !$0.isCommonWord }) ?? false,
                      !t[firstWord].has(.hyphenated) || listedPlace,
                      !opensSentence(doc, firstWord, mention.sentence) || listedPlace
                        || mention.surface == t[firstWord].text && openingNames.isName(at: firstWord, sentence: mention.sentence, lex) {
                // A capitalised word inside a sentence is a name even when nothing says what it
                // names (`EntityTyper` weighs the evidence); at a sentence's start, only a known place
                // or a word no list knows that the tagger reads as a proper noun (`OpeningUnlistedNames.swift`).
                // A hyphenated word only when the gazetteer lists it ("the cemetery of
                // Bourg-la-Reine", "Baie-Mahault: the industrial zone"): other hyphenated words are
                // compounds ("Scientology-critic"), not names.
                let guess = isAcronym ? "organization" : t[firstWord].has(.hyphenated) ? "place" : "person"
                let e = doc.entity(named: mention.surface, type: guess, sentence: mention.sentence)
                doc.mentions[m].entity = e
                doc.mentions[m].weak = false
                doc.mentions[m].guessed = true
                byWord[key, default: []].append(e)
            }
        }
    }

    /// Whether no word comes before token `k` in its sentence (quotes and brackets aside).
    static func opensSentence(_ doc: Document, _ k: Int, _ sentence: Int) -> Bool {
        var j = doc.sentences[sentence].tokens.lowerBound
        while j < k && !doc.tokens[j].isWord { j += 1 }
        return j == k
    }

    /// Whether a word or phrase, lower-cased, is in one of the lexicon's word sets (`set`, whose
    /// entries have class `c`): by word id for ASCII text, without building the lower-case string.
    static func isListed(_ s: Substring, _ c: WordClass, in set: Set<String>) -> Bool {
        let lex = Lexicon.shared
        var copy = s
        let id: Int32? = copy.withUTF8 { b in
            for x in b where x >= 0x80 { return nil }
            return lex.vocabulary.find(b, 0, b.count, foldASCII: true)
        }
        guard let id else { return set.contains(s.lowercased()) }
        return id >= 0 && lex.classes[Int(id)].contains(c)
    }
}

/// The words of a name as `split(separator: " ")` gives them: how many, the first and the last,
/// and the words before the last joined by single spaces. ASCII names (nearly all) are scanned
/// byte by byte, without an array of parts.
struct NameWords {
    private let name: String
    private(set) var count = 0
    private(set) var first: Substring = ""
    private(set) var last: Substring = ""
    /// The word before the last ("" for a name of one word).
    private(set) var beforeLast: Substring = ""
    /// The text from the first word to the end of the word before the last, when it has single
    /// spaces only (else nil: `allButLast` joins the parts).
    private var stem: Substring?

    init(_ name: String) {
        self.name = name
        var copy = name
        // Byte offsets of the first and last words and the end of the word before the last;
        // nil for a name outside ASCII.
        let scan = copy.withUTF8 { b -> (count: Int, first: Range<Int>, last: Range<Int>, beforeLast: Range<Int>, stemEnd: Int,
                                          singleSpaced: Bool)? in
            var count = 0, first = 0..<0, last = 0..<0, beforeLast = 0..<0, stemEnd = 0, singleSpaced = true
            let ascii = ASCIINameWords.forEach(in: b) { word in
                count += 1
                if count == 1 { first = word } else { stemEnd = last.upperBound; beforeLast = last }
                last = word
            }
            guard ascii else { return nil }
            for k in first.lowerBound..<max(first.lowerBound, stemEnd) where b[k] == 32 && b[k + 1] == 32 { singleSpaced = false }
            return (count, first, last, beforeLast, stemEnd, singleSpaced)
        }
        guard let scan else {
            let parts = name.split(separator: " ")
            count = parts.count
            if let f = parts.first, let l = parts.last { first = f; last = l }
            if count >= 2 { beforeLast = parts[count - 2] }
            return
        }
        count = scan.count
        guard count > 0 else { return }
        // Words of their own made from the bytes, not slices of the name: slicing a String checks
        // its bounds' alignment, and was most of this function's time.
        let count = self.count
        let words = copy.withUTF8 { b -> (Substring, Substring, Substring, Substring?) in
            func word(_ r: Range<Int>) -> Substring {
                Substring(String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self))
            }
            return (word(scan.first), word(scan.last), count >= 2 ? word(scan.beforeLast) : "",
                    count >= 2 && scan.singleSpaced ? word(scan.first.lowerBound..<scan.stemEnd) : nil)
        }
        (first, last, beforeLast, stem) = words
    }

    /// Calls `body` with each word of `name`, as `split(separator: " ")` gives them (by bytes for ASCII).
    static func forEach(_ name: String, _ body: (Substring) -> Void) {
        var copy = name
        let ascii = copy.withUTF8 { b in !b.contains { $0 >= 0x80 } }
        guard ascii else { for part in name.split(separator: " ") { body(part) }; return }
        let u = name.utf8
        var i = u.startIndex
        while i < u.endIndex {
            if u[i] == 32 { i = u.index(after: i); continue }
            let s = i
            while i < u.endIndex && u[i] != 32 { i = u.index(after: i) }
            body(name[s..<i])
        }
    }

    /// All words but the last, joined by single spaces ("Senkaku" of "Senkaku Islands").
    var allButLast: String {
        if let stem { return String(stem) }
        return name.split(separator: " ").dropLast().joined(separator: " ")
    }
}
