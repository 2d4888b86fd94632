import NewsFacts

/// Names of one entity the earlier resolution left apart, merged once the entities are typed:
/// - an acronym of capitals that spells the initials of exactly one longer name ("USI" for
///   "University of Southern Indiana", "JSC" for "Johnson Space Center");
/// - a person's first name alone, when exactly one person of the article has it ("Ahmed" for
///   "Ahmed Mohamed");
/// - a short name the longer one opens, before a lower-case joiner ("Comic Corps" of "Comic Corps
///   of Canada", "Andy Warhol Foundation" of "… for the Visual Arts"), or a place's first word
///   ("Levico" of "Levico Terme"), also past a people's adjective opening the longer name
///   ("Supreme Court" of "Italian Supreme Court of Cassation");
/// - a misspelling: one letter off for names up to seven letters, two for longer ones, of exactly
///   one name of the same kind ("Maurer" written "Mauer", "United Nations" written "Untied
///   Nations", "Kristen Wilkins" written "Kristin Wilkins"); two countries or places the
///   lexicons both list as written are no misspellings of each other ("Austria" and "Australia",
///   "Slovakia" and "Slovenia").
/// - a compass word alone ("the North"), when the article names two halves of one divided name
///   ("North Korea" and "South Korea"): the half it opens;
/// - a head word alone after "the" ("the Court") naming the one body or place it heads
///   (`BodyHeadReferences`);
/// - a person's familiar first name with the same other words ("Larry Lessig" for "Lawrence
///   Lessig", `FamiliarFirstNames`).
/// The longer (or first-written) name stays canonical and the other becomes its alias.
enum ShortForms {
    /// Candidates a misspelling is compared with, at most: a generated article of thousands of
    /// names stays linear.
    static let maxSpellingCandidates = 64
    /// Whether `type` is one a short form or a misspelling may be found among
    /// (`person`, `organization`, `country`, `place`, `unknown`), compared as small strings rather
    /// than hashed.
    private static func isNamed(_ type: String) -> Bool {
        type == "person" || type == "organization" || type == "place" || type == "country" || type == "unknown"
    }

    /// Whether a word is an organization's or a place's head word ("Tower", "Museum").
    private static func isHead(_ word: Substring) -> Bool {
        let lex = Lexicon.shared
        let id = lex.id(of: word.lowercased())
        return id >= 0 && !lex.classes[Int(id)].isDisjoint(with: [.orgHead, .placeHead])
    }

    static func merge(_ doc: Document) {
        let entities = doc.entities
        guard entities.count >= 2 else { return }
        var byInitials: [String: [Int]] = [:]
        var byLetter = FirstCharacterTable()
        // Each name in lower case and cut into words, once (the misspelling pass compares each
        // name with up to `maxSpellingCandidates` others).
        let lowerNames = entities.map { $0.name.lowercased() }
        let lowerWords = lowerNames.map(words)
        let nameWords = entities.map { words($0.name) }
        // Names filed by runs of their lower-case words: a name of ASCII (nearly all) by the
        // words' bytes, without joining or lower-casing strings (`WordRunTable`).
        var byFirstName = WordRunTable(words: lowerWords)
        var byOpening = WordRunTable(words: lowerWords)
        var byOpeningPastDemonym = WordRunTable(words: lowerWords)
        // Per name: whether it is printable ASCII (a Character a byte), and its words' hashes,
        // so most candidates of the misspelling pass are turned down on integers.
        let spelling = entities.indices.map { SpellingKey(lowerNames[$0], words: lowerWords[$0]) }
        // Each name's length in Characters: its bytes when it is printable ASCII.
        let characters = entities.indices.map { e in
            spelling[e].ascii ? entities[e].name.utf8.count : entities[e].name.count
        }
        // Each name's first Character, keyed without breaking graphemes when it is ASCII.
        let firstLetter = lowerNames.map { FirstCharacterTable.key(Substring($0)) }
        // Initials are worth computing only when the article has an acronym to look up.
        let hasAcronym = entities.indices.contains { e in
            nameWords[e].count == 1 && (2...6).contains(entities[e].name.utf8.count)
                && entities[e].name.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
        }
        for e in entities.indices where isNamed(entities[e].type) {
            // Fields read one by one: binding the entity copied it (its strings and lists) for each name.
            let type = entities[e].type, name = entities[e].name
            let words = nameWords[e]
            let ascii = name.utf8.allSatisfy { $0 < 0x80 }
            // A person's name is spelt by initials only in three words or more ("JFK" for "John F.
            // Kennedy"); three words are also what a place the typer took for a person has
            // ("JSC" for "Johnson Space Center").
            if hasAcronym, type != "person" || words.count >= 3, words.count >= 2,
               let i = EntityResolver.initials(name) {
                byInitials[i, default: []].append(e)
            }
            if type == "person", words.count >= 2 {
                if ascii { byFirstName.add(e, from: 0, to: 1) } else { byFirstName.add(e, key: words[0].lowercased()) }
            }
            if type != "person", words.count >= 2 {
                // Not "Trump" of "Trump Tower": a head after the first word names a site after it.
                for cut in 1..<words.count where opensLowercase(words[cut], ascii: ascii)
                    || (cut == 1 && type == "place" && !isHead(words[1])) {
                    if ascii {
                        byOpening.add(e, from: 0, to: cut)
                    } else {
                        byOpening.add(e, key: words[..<cut].joined(separator: " ").lowercased())
                    }
                }
                // "Supreme Court" of "Italian Supreme Court of Cassation", "Episcopal Conference" of
                // "Italian Episcopal Conference": a people's adjective opening the name may be left out.
                if words.count >= 3, let adjective = Lexicon.shared.phrases[words[0].lowercased()], adjective.kind == .demonym,
                    adjective.type != "place" {
                    let rest = words.dropFirst()
                    if ascii {
                        byOpeningPastDemonym.add(e, from: 1, to: words.count)
                    } else {
                        byOpeningPastDemonym.add(e, key: rest.joined(separator: " ").lowercased())
                    }
                    for cut in rest.indices.dropFirst() where opensLowercase(words[cut], ascii: ascii) {
                        if ascii {
                            byOpeningPastDemonym.add(e, from: 1, to: cut)
                        } else {
                            byOpeningPastDemonym.add(e, key: words[1..<cut].joined(separator: " ").lowercased())
                        }
                    }
                }
            }
            // By first letter, and a person also by their surname's (a surname alone is compared with it).
            if let f = firstLetter[e], characters[e] >= 5 { byLetter.add(e, f) }
            if type == "person", words.count >= 2 {
                let surname = ascii ? lowerWords[e][words.count - 1] : Substring(words[words.count - 1].lowercased())
                if let f = FirstCharacterTable.key(surname), f != firstLetter[e] { byLetter.add(e, f) }
            }
        }
        var mentionCount = [Int](repeating: 0, count: entities.count)
        for m in doc.mentions.indices {
            let e = doc.mentions[m].entity
            if e >= 0 && e < entities.count { mentionCount[e] += 1 }
        }
        var target: [Int: Int] = [:]
        let variants = ShortFormVariants.targets(entities)
        let familiar = FamiliarFirstNames.targets(doc, entities)
        for a in entities.indices where isNamed(entities[a].type) {
            let type = entities[a].type, name = entities[a].name
            let lower = lowerNames[a]
            let words = nameWords[a]
            var found: [Int] = []
            if let f = familiar[a] { found = [f] }
            if found.isEmpty, words.count == 1, characters[a] >= 2, characters[a] <= 6, name.allSatisfy({ $0.isUppercase }) {
                found = byInitials[lower] ?? []
            }
            if found.isEmpty, words.count == 1, type == "person" || type == "unknown" {
                found = byFirstName.entities(named: lower)
            }
            if found.isEmpty, type != "person" {
                found = byOpening.entities(named: lower).filter { compatible(entities[$0].type, type) }
            }
            // Not a short name resolution already gave a country ("Foreign Ministry" with the
            // alias "Japan Foreign Ministry" is not the "Indonesian Foreign Ministry").
            // The table first: the aliases' test splits and looks up each of them.
            if found.isEmpty, type != "person" {
                let past = byOpeningPastDemonym.entities(named: lower)
                if !past.isEmpty, !entities[a].aliases.contains(where: opensWithCountry) {
                    found = past.filter { compatible(entities[$0].type, type) }
                }
            }
            if found.isEmpty, words.count == 1, type != "person", compass.contains(lower) {
                found = dividedHalf(lower, entities, words: lowerWords)
            }
            if found.isEmpty, characters[a] >= 5, let f = firstLetter[a] {
                found = misspelt(
                    a, among: byLetter.entities(f), entities, names: lowerNames, words: lowerWords, mentions: mentionCount,
                    keys: spelling)
                // "Austria" and "Australia": two spellings the lexicons both list are two places.
                if !found.isEmpty, isListedPlace(entities[a], lowerNames[a]) {
                    found = found.filter { !isListedPlace(entities[$0], lowerNames[$0]) }
                }
            }
            if found.isEmpty, let v = variants[a] { found = [v] }
            found = found.filter { $0 != a }
            guard found.count == 1, target[found[0]] == nil else { continue }
            target[a] = found[0]
        }
        // "the Court": the one body its head word heads, once the names of one body are one.
        let headReferences = BodyHeadReferences.candidates(doc)
        for a in headReferences.keys.sorted() where target[a] == nil {
            let bodies = Set(headReferences[a]!.map { target[$0] ?? $0 }).subtracting([a])
            if bodies.count == 1, let to = bodies.first, target[to] == nil { target[a] = to }
        }
        // A chain (a → b → c) or a pair merged both ways keeps its first link only. In entity
        // order, not the dictionary's: its order changes from run to run, and so would the output.
        for from in target.keys.sorted() { if let to = target[from], target[to] != nil { target[from] = nil } }
        mergeEntities(doc, target)
    }

    /// Merges each entity `target` maps into the one it maps to (in entity order): the merged
    /// one's name and aliases become that one's aliases, the earlier first sentence is kept, its
    /// mentions take that one's type, and the entities and the mention index are rebuilt. Shared
    /// by the short forms and `QuotedNicknames` ("Hammer" into "Tom "Hammer" Wilson").
    static func mergeEntities(_ doc: Document, _ target: [Int: Int]) {
        guard !target.isEmpty else { return }
        for from in target.keys.sorted() {
            guard let to = target[from] else { continue }
            doc.entities[to].addAlias(doc.entities[from].name)
            for alias in doc.entities[from].aliases { doc.entities[to].addAlias(alias) }
            doc.entities[to].sentence = min(doc.entities[to].sentence, doc.entities[from].sentence)
        }
        // The target of each entity by index (-1: kept), read once a mention rather than hashed.
        var into = [Int](repeating: -1, count: doc.entities.count)
        for (from, to) in target where from >= 0 && from < into.count { into[from] = to }
        for m in doc.mentions.indices {
            let e = doc.mentions[m].entity
            guard e >= 0, e < into.count, case let to = into[e], to >= 0 else { continue }
            doc.mentions[m].type = doc.entities[to].type
        }
        EntityResolver.remap(doc, target)
        doc.indexMentions()
    }

    /// Whether a word opens with a lower-case letter; of an ASCII name, read on its first byte
    /// (the ASCII Characters that are lower case are a to z).
    @inline(__always) private static func opensLowercase(_ word: Substring, ascii: Bool) -> Bool {
        if ascii, let b = word.utf8.first { return b >= 97 && b <= 122 }
        return word.first?.isLowercase == true
    }

    /// Whether a name opens with a country, a place or a people's adjective ("Japan Foreign Ministry").
    static func opensWithCountry(_ name: String) -> Bool {
        guard let first = name.split(separator: " ").first else { return false }
        guard let kind = Lexicon.shared.phrases[first.lowercased()]?.kind else { return false }
        return kind == .country || kind == .demonym || kind == .place || kind == .capital
    }

    /// Compass words that open the halves of a divided name (`shortform.compass`).
    static let compass = Set(Lexicon.shared.words(in: .shortformCompass))

    /// The country or place of two words that `word` ("north") opens, when the article also names
    /// another half of it ("South Korea" beside "North Korea"); empty unless exactly one.
    static func dividedHalf(_ word: String, _ entities: [WorkingEntity], words lowerWords: [[Substring]]) -> [Int] {
        var out: [Int] = []
        for (b, other) in entities.enumerated() where other.type == "country" || other.type == "place" {
            let w = lowerWords[b]
            guard w.count == 2, w[0] == word else { continue }
            let hasOtherHalf = entities.indices.contains { c in
                c != b && lowerWords[c].count == 2 && lowerWords[c][1] == w[1] && lowerWords[c][0] != word
                    && compass.contains(String(lowerWords[c][0]))
            }
            if hasOtherHalf { out.append(b) }
        }
        return out
    }

    /// The words of a name, split at spaces on its bytes: splitting on Characters (grapheme
    /// breaking) was a third of this stage's time.
    static func words(_ name: String) -> [Substring] {
        // An ASCII name (nearly all) is scanned by offsets straight into the words, room made for
        // four (an array of ranges, then one of words, took two arrays and their growth a name).
        var copy = name
        let u = name.utf8
        var out: [Substring] = []
        out.reserveCapacity(4)
        let ascii = copy.withUTF8 { b in
            ASCIINameWords.forEach(in: b) { r in
                out.append(name[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)])
            }
        }
        return ascii ? out : wordsOfScalars(name)
    }

    /// `words` of any name: split at the space byte, whatever Characters it falls in.
    static func wordsOfScalars(_ name: String) -> [Substring] {
        name.utf8.split(separator: 32).map { Substring($0) }
    }

    /// Whether a country or place is one the lexicons list under this very spelling ("Austria",
    /// "Slovakia"): two such names are two places, neither a misspelling of the other
    /// ("Australia", "Slovenia"); a listed name and an unlisted one may be ("Houston", "Houson").
    static func isListedPlace(_ entity: WorkingEntity, _ lowerName: String) -> Bool {
        switch entity.type {
        case "country": return Lexicon.shared.countries[entity.name] != nil
        case "place": return Gazetteer.shared.place(lowerName) != nil
        default: return false
        }
    }

    /// Whether a name typed `short` can be a short form of one typed `long`.
    static func compatible(_ long: String, _ short: String) -> Bool {
        long == short || short == "unknown" || (long == "organization" && short == "place")
    }

    /// The names of the same kind `ent` is a misspelling of: a single word of a person's
    /// surname; a name of several words of one with as many words, all the same but one, that
    /// one of six letters or more. The spelling with more mentions (else the first written)
    /// stays canonical, so only names `ent` has no more mentions than are returned.
    static func misspelt(
        _ a: Int, among candidates: [Int], _ entities: [WorkingEntity], names lowerNames: [String],
        words lowerWords: [[Substring]], mentions: [Int], keys: [SpellingKey]? = nil
    ) -> [Int] {
        // Fields read one by one: binding an entity copied it (its strings and lists) for each pair.
        let entType = entities[a].type, entSentence = entities[a].sentence
        let words = lowerWords[a]
        let length = lowerNames[a].utf8.count
        var out: [Int] = []
        for b in candidates.prefix(maxSpellingCandidates) where b != a {
            let otherWords = lowerWords[b]
            // Both names of printable ASCII: the pair is read on bytes (`SpellingKey.misspelt`).
            if let keys, keys[a].ascii && keys[b].ascii {
                let word = words.count == 1 && otherWords.count >= 2
                if otherWords.count != words.count && !word { continue }
                if otherWords.count == words.count && abs(lowerNames[b].utf8.count - length) > 8 { continue }
                let otherType = entities[b].type
                guard compatible(otherType, entType) || compatible(entType, otherType) else { continue }
                if word {
                    guard otherType == "person", entType == "person" || entType == "unknown" else { continue }
                    guard SpellingKey.misspelt(words[0], otherWords[otherWords.count - 1]) else { continue }
                } else {
                    // The one word that differs, by hash first: equal words have equal hashes.
                    var differing = -1
                    var count = 0
                    let ha = keys[a].hashes, hb = keys[b].hashes
                    for i in ha.indices where ha[i] != hb[i] || words[i] != otherWords[i] {
                        count += 1
                        if count > 1 { break }
                        differing = i
                    }
                    guard count == 1, (words.count == 1 ? 5 : 6) <= words[differing].utf8.count else { continue }
                    if (mentions[a], entities[b].sentence) > (mentions[b], entSentence) { continue }
                    guard SpellingKey.misspelt(words[differing], otherWords[differing]) else { continue }
                }
                out.append(b)
                continue
            }
            // Two edits at most, of characters of up to four bytes: names of as many words whose
            // lengths differ by more are no misspelling of each other.
            guard otherWords.count != words.count || abs(lowerNames[b].utf8.count - length) <= 8 else { continue }
            // Cheap shapes first: a surname against a full name, or as many words.
            guard otherWords.count == words.count || words.count == 1 && otherWords.count >= 2 else { continue }
            let otherType = entities[b].type
            guard compatible(otherType, entType) || compatible(entType, otherType) else { continue }
            var pair: (Substring, Substring)?
            if words.count == 1 && otherWords.count >= 2 {
                guard otherType == "person", entType == "person" || entType == "unknown" else { continue }
                pair = (words[0], otherWords[otherWords.count - 1])
            } else if otherWords.count == words.count {
                // The one word that differs, counted without building the pairs (this runs for
                // every candidate of every name).
                var differing: (Substring, Substring)?
                var count = 0
                for i in words.indices where words[i] != otherWords[i] {
                    count += 1
                    if count > 1 { break }
                    differing = (words[i], otherWords[i])
                }
                guard count == 1, let only = differing, (words.count == 1 ? 5 : 6) <= only.0.count else { continue }
                pair = only
                if (mentions[a], entities[b].sentence) > (mentions[b], entSentence) { continue }
            }
            guard let (x, y) = pair, x != y, min(x.count, y.count) >= 5 else { continue }
            let allowed = max(x.count, y.count) <= 7 ? 1 : 2
            guard abs(x.count - y.count) <= allowed, EditDistance.between(Array(x), Array(y), cutoff: allowed) <= allowed else { continue }
            out.append(b)
        }
        return out
    }
}

/// A name's words as the misspelling pass compares them on bytes: whether the name is printable
/// ASCII (then a Character is a byte and bytes compare as Characters do), and a hash of each
/// word's bytes.
struct SpellingKey {
    let ascii: Bool
    let hashes: [UInt64]

    init(_ lowerName: String, words: [Substring]) {
        ascii = lowerName.utf8.allSatisfy { $0 >= 32 && $0 < 127 }
        hashes = ascii ? words.map(SpellingKey.hash) : []
    }

    /// FNV-1a over a word's bytes.
    static func hash(_ word: Substring) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in word.utf8 { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        return h
    }

    /// Whether two different words of printable ASCII are one misspelt as the other: both of five
    /// letters or more, one edit apart up to seven letters, two past (as `ShortForms.misspelt`
    /// asks of Characters). Pruned before the edit distance by the lengths and by the letters'
    /// counts (an edit changes them by two at most).
    static func misspelt(_ x: Substring, _ y: Substring) -> Bool {
        let nx = x.utf8.count, ny = y.utf8.count
        guard min(nx, ny) >= 5 else { return false }
        let allowed = max(nx, ny) <= 7 ? 1 : 2
        guard abs(nx - ny) <= allowed, x != y else { return false }
        let a = Array(x.utf8), b = Array(y.utf8)
        guard letterCountDistance(a, b) <= 2 * allowed else { return false }
        return EditDistance.between(a, b, cutoff: allowed) <= allowed
    }

    /// The sum over bytes (folded into 64 buckets, which can only lower it) of how much more
    /// often one word has it than the other.
    static func letterCountDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 64) { counts in
            counts.initialize(repeating: 0)
            for c in a { counts[Int(c & 63)] += 1 }
            for c in b { counts[Int(c & 63)] -= 1 }
            return counts.reduce(0) { $0 + abs(Int($1)) }
        }
    }
}
