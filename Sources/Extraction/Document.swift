import Foundation
import NewsFacts

/// An entity as resolution builds it: one canonical name, its type, aliases and mentions.
struct WorkingEntity {
    var name: String
    var type: String
    var aliases: [String] = []
    var sentence: Int
    var mentions: [Int] = []
    /// Titles found for a person, for "the minister" and counterpart reasoning.
    var titles: [(title: TitleMatch, of: String?)] = []
    /// The country a person serves (from a title's qualifier).
    var country: String?
    /// Named only by addresses ("Mr. President, …": `Mention.address`), so no fact is about it.
    var addressOnly = false

    /// Adds an alias (trimmed) unless it is the name, already known, or one too many
    /// (`ExtractionLimits.maxAliasesPerEntity`: each addition scans the list).
    mutating func addAlias(_ alias: String) {
        // An alias whose first and last bytes are no space has no Character " " to trim (a
        // Character " " opens with its byte and closes with it): compared and kept as it is, without
        // a substring (nearly every alias).
        let u = alias.utf8
        if let f = u.first, f != 32, u.last != 32 {
            guard alias != name, aliases.count < ExtractionLimits.maxAliasesPerEntity, !aliases.contains(alias) else { return }
            aliases.append(alias)
            return
        }
        var a = Substring(alias)
        while a.first == " " { a.removeFirst() }
        while a.last == " " { a.removeLast() }
        guard !a.isEmpty, a != name, aliases.count < ExtractionLimits.maxAliasesPerEntity,
              !aliases.contains(where: { $0 == a }) else { return }
        aliases.append(String(a))
    }

    /// Records a title unless the same title (with the same country) is known, or one too many
    /// (`ExtractionLimits.maxTitlesPerEntity`): "the minister" tests every title of each candidate.
    mutating func addTitle(_ title: TitleMatch, of: String?) {
        guard titles.count < ExtractionLimits.maxTitlesPerEntity,
              !titles.contains(where: { $0.title.canonical == title.canonical && $0.of == of }) else { return }
        titles.append((title, of))
    }
}

/// Everything the pipeline knows about one article while it works: tokens, sentences,
/// mentions, entities and the facts found so far. Each stage reads what earlier stages wrote.
final class Document {
    let article: Article
    let tokens: [Token]
    let sentences: [SentenceSpan]
    var mentions: [Mention] = []
    /// For each token, the index of the mention covering it, or -1.
    var mentionAt: [Int32]
    var entities: [WorkingEntity] = []
    /// Entities by their names' keys (`key`): `entity(named:)` asks it without building the key.
    var entityIndex = EntityKeys()
    var times: [TimeMention] = []
    /// For each sentence, the indices of its time mentions.
    var timesBySentence: [[Int]]
    /// The names of the entities only addresses name (`markAddresses`): `addFact` keeps no fact
    /// that refers to one.
    private(set) var addressNames = Set<String>()
    /// Entities named only inside another name ("Chicago" in "University of Chicago").
    var nestedEntities: [Int] = []
    /// Role mentions `DescriptionCoreference` found no single person for ("his counterpart" with
    /// two candidates): nobody's, not the nearest person's.
    var undescribed = Set<Int>()
    /// Role and title mentions `DescriptionCoreference` resolved to their one person.
    var described = Set<Int>()
    /// Paragraphs (sentence ranges) an interview gives to a speaker (`InterviewAnswers`), whole
    /// even where the `said` fact is cut: "I" and "we" in them are that speaker.
    var answerParagraphs: [(sentences: Range<Int>, speaker: Int)] = []
    /// The country each place the article itself locates lies in, by entity name
    /// (`PlaceCountries.find`), read the first time a rule asks whether someone is away (the
    /// event stage, when the mentions are final).
    lazy var placeCountries: [String: String] = PlaceCountries.find(self)
    /// The facts found so far, in the order added (`addFact` is the only way in: `factKeys`
    /// indexes this array).
    private(set) var facts: [FactRecord] = []
    /// For each token, the sentence it belongs to.
    var sentenceOf: [Int32]
    /// For each token, whether a time expression covers it (`addTime`).
    private(set) var inTime: [Bool]
    /// Polled by the stages' long loops: once it says stop, they return early.
    let cancellation: CancellationPoint

    init(article: Article, tokens: [Token], sentences: [SentenceSpan], cancellation: CancellationPoint = .never) {
        self.article = article
        self.cancellation = cancellation
        self.tokens = tokens
        self.sentences = sentences
        mentionAt = Array(repeating: -1, count: tokens.count)
        sentenceOf = Array(repeating: 0, count: tokens.count)
        timesBySentence = Array(repeating: [], count: sentences.count)
        inTime = Array(repeating: false, count: tokens.count)
        for (s, span) in sentences.enumerated() { for k in span.tokens { sentenceOf[k] = Int32(s) } }
    }

    /// Adds a time expression found in sentence `s`.
    func addTime(_ m: TimeMention, sentence s: Int) {
        timesBySentence[s].append(times.count)
        times.append(m)
        for k in m.tokens where k >= 0 && k < inTime.count { inTime[k] = true }
    }

    /// The indices in `mentions` of sentence `s`'s mentions, found by binary search: mentions
    /// are kept in sentence order (`EntityResolver` re-sorts after adding one).
    func mentionRange(sentence s: Int) -> Range<Int> {
        func first(from s: Int) -> Int {
            var lo = 0, hi = mentions.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if mentions[mid].sentence < s { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lo = first(from: s)
        return lo..<max(lo, first(from: s + 1))
    }

    /// Fills `mentionAt` through a buffer: each write to the class's array by subscript asked
    /// whether it was uniquely referenced (182,000 times over the real-text bench).
    func indexMentions() {
        let mentions = self.mentions
        mentionAt.withUnsafeMutableBufferPointer { at in
            at.update(repeating: -1)
            for m in mentions.indices {
                let r = mentions[m].tokens
                precondition(r.isEmpty || r.lowerBound >= 0 && r.upperBound <= at.count, "a mention's tokens are the document's")
                for k in r where at[k] == -1 { at[k] = Int32(m) }
            }
        }
    }

    /// The mention that starts at or covers token `k`.
    ///
    /// Inlined into the stages (which call it for nearly every token they look at): a caller
    /// that reads one field of the mention then loads that field, without copying the
    /// mention's strings.
    @inline(__always) func mention(at k: Int) -> Mention? {
        guard k >= 0, k < mentionAt.count else { return nil }
        let m = mentionAt[k]
        guard m >= 0 else { return nil }
        return mentions[Int(m)]
    }

    /// The index in `mentions` of the mention that starts at or covers token `k`, or -1: reads
    /// a field or two of it without copying the whole mention.
    func mentionIndex(at k: Int) -> Int {
        guard k >= 0, k < mentionAt.count else { return -1 }
        return Int(mentionAt[k])
    }

    /// Whether a mention starts at or covers token `k`: `mention(at:) != nil` without copying
    /// the mention (a `Mention` is some two hundred bytes and four strings; the title rules ask
    /// this of nearly every token).
    @inline(__always) func hasMention(at k: Int) -> Bool {
        k >= 0 && k < mentionAt.count && mentionAt[k] >= 0
    }

    /// The entity a token belongs to (through its mention), or -1.
    @inline(__always) func entity(at k: Int) -> Int {
        guard k >= 0, k < mentionAt.count else { return -1 }
        let m = mentionAt[k]
        return m >= 0 ? mentions[Int(m)].entity : -1
    }

    func entityName(_ e: Int) -> String { entities[e].name }

    private var keyCache: [String: String] = [:]
    /// `FamilyFirstNames.readInFull` of the names it was asked of: resolution, weak resolution
    /// and the typer each ask it of the same names.
    private var familyFirstCache: [String: Bool] = [:]

    /// `FamilyFirstNames.isFamilyFirst(name)`, remembered: the names that pass its quick test
    /// are read in full (split into Characters, tried syllable by syllable) once an article.
    func isFamilyFirst(_ name: String) -> Bool {
        if FamilyFirstNames.quickReject(name) { return false }
        if let known = familyFirstCache[name] { return known }
        let answer = FamilyFirstNames.readInFull(name)
        familyFirstCache[name] = answer
        return answer
    }
    /// Clause segments of each sentence, computed once when events need them.
    var segmentCache: [Int: EventExtractor.Segments] = [:]
    /// Hashes of `facts` by what makes two facts the same (provenance aside).
    private var factKeys = FactKeySet()

    /// The comparison key of a name (`key`), cached for names outside ASCII (whose folding is
    /// slow; the lexicon's own such names are folded once, at loading); an ASCII name's key
    /// is cheaper to compute than to look up (measured again: a cache of ASCII keys made this
    /// stage's questions cost four times as many instructions on the real-text bench).
    func cachedKey(_ name: String) -> String {
        if let k = Document.asciiKey(name) { return k }
        if let k = keyCache[name] { return k }
        let k = Lexicon.shared.nameKeys[name] ?? Document.key(name)
        keyCache[name] = k
        return k
    }

    @discardableResult
    func entity(named name: String, type: String, sentence: Int) -> Int {
        switch entityIndex.findOrAdd(name, next: entities.count) {
        case .found(let e): return e
        case .added: break
        case .absent, .notASCII:  // (`findOrAdd` never answers `.absent`: it files the new name)
            let key = cachedKey(name)
            if let e = entityIndex[key] { return e }
            entityIndex[key] = entities.count
        }
        entities.append(WorkingEntity(name: name, type: type, sentence: sentence))
        return entities.count - 1
    }

    /// The comparison key of a name: `NameKey.fold`, with a fast path for ASCII names.
    static func key(_ name: String) -> String {
        asciiKey(name) ?? NameKey.fold(name)
    }

    /// `key` of an ASCII name, or nil for a name with other characters.
    static func asciiKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { src -> String? in
            var failed = false
            let out = String(unsafeUninitializedCapacity: src.count) { bytes in
                var n = 0
                var pendingSpace = false
                for b in src {
                    if b >= 0x80 { failed = true; return 0 }
                    switch b {
                    case 46: continue
                    case 32, 9, 10: pendingSpace = n > 0
                    default:
                        if pendingSpace { bytes[n] = 32; n += 1; pendingSpace = false }
                        bytes[n] = b >= 65 && b <= 90 ? b + 32 : (b == 96 ? 39 : b)
                        n += 1
                    }
                }
                return n
            }
            return failed ? nil : out
        }
    }

    /// The length in bytes of `asciiKey(name)`, without building it; nil when `asciiKey` is nil.
    static func asciiKeyLength(_ name: String) -> Int? {
        var name = name
        return name.withUTF8 { src -> Int? in
            var n = 0
            var pendingSpace = false
            for b in src {
                if b >= 0x80 { return nil }
                switch b {
                case 46: continue
                case 32, 9, 10: pendingSpace = n > 0
                default:
                    if pendingSpace { n += 1; pendingSpace = false }
                    n += 1
                }
            }
            return n
        }
    }

    /// The article text from token `r`'s first to its last, as written ("" when a bound is not
    /// at a character's first byte). Built from the bytes: `String(Substring.UTF8View)` took 40%
    /// more instructions, and the output asks this of every sentence.
    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty, r.upperBound <= tokens.count else { return "" }
        let lo = tokens[r.lowerBound].start, hi = tokens[r.upperBound - 1].end
        var whole = article.text
        return whole.withUTF8 { b -> String in
            guard lo >= 0, lo <= hi, hi <= b.count else { return "" }
            @inline(__always) func isContinuation(_ k: Int) -> Bool { k < b.count && b[k] & 0xC0 == 0x80 }
            guard !isContinuation(lo), !isContinuation(hi) else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
        }
    }

    func byteRange(_ r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty else { return 0..<0 }
        return tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end
    }

    /// Hands the facts over (for the output, once every stage has run), leaving none: the
    /// caller holds the only reference, so it can reorder them without copying a fact.
    func takeFacts() -> [FactRecord] {
        factKeys = FactKeySet()
        defer { facts = [] }
        return facts
    }

    /// Marks the entities whose name mentions are all addresses ("Mr. President, the resolution
    /// matters"): the one spoken to is named, but the sentence tells nothing of them (they are
    /// no speaker, participant or title holder), and one article's "Mr. President" is not
    /// another's.
    func markAddresses() {
        var any = [Bool](repeating: false, count: entities.count)
        var other = [Bool](repeating: false, count: entities.count)
        for m in mentions where m.kind == .name && m.entity >= 0 {
            if m.address { any[m.entity] = true } else { other[m.entity] = true }
        }
        for e in entities.indices where any[e] && !other[e] {
            entities[e].addressOnly = true
            addressNames.insert(entities[e].name)
        }
    }

    /// Whether a fact refers to an entity only addresses name (`markAddresses`).
    private func refersToAddress(_ s: Term, _ o: Term, _ q: [Qualifier]) -> Bool {
        if case .entity(let n) = s, addressNames.contains(n) { return true }
        if case .entity(let n) = o, addressNames.contains(n) { return true }
        return q.contains { if case .entity(let n) = $0.value { return addressNames.contains(n) } else { return false } }
    }

    /// Adds a fact unless one with the same subject, predicate, object and qualifiers is there.
    func addFact(_ s: Term, _ p: String, _ o: Term, _ q: [Qualifier] = [], sentence: Int, tokens r: Range<Int>?, rule: String) {
        if !addressNames.isEmpty, refersToAddress(s, o, q) { return }
        let h = FactKeySet.hash(s, p, o, q)
        let isNew = factKeys.insert(h) { i in
            let f = facts[i]
            return f.subject == s && f.predicate == p && f.object == o && f.qualifiers == q
        }
        guard isNew else { return }
        facts.append(FactRecord(subject: s, predicate: p, object: o, qualifiers: q, sentence: sentence,
                                range: r.map { byteRange($0) }, rule: rule))
    }

    // MARK: - Anaphora

    /// Role nouns that stand for any organization named before, whatever its name
    /// (`role.anyBody`: "the company", "the carmaker"); other role nouns stand for one whose
    /// name holds them ("the ministry" for the Ministry of Health).
    static let anyBodyRoles = Set(Lexicon.shared.words(in: .roleAnyBody))

    /// The person, organization or country a pronoun or role mention refers to: the nearest
    /// fitting mention before it in the sentence, else the subject (first fitting mention) of
    /// the closest earlier sentence that has one.
    func antecedent(of m: Int) -> Int {
        let mention = mentions[m]
        if mention.entity >= 0 { return mention.entity }
        let attribution = closesClauseAsSpeaker(mention)
        func fits(_ e: Int) -> Bool {
            let ent = entities[e]
            switch mention.kind {
            case .pronoun:
                switch mention.type {
                // "he" is not a woman the census names tell of, "she" not a man.
                case "person": return ent.type == "person" && Document.genderAgrees(mention.name, ent.name)
                case "thing": return ent.type == "organization" || ent.type == "country"
                default: return false
                }
            case .role:
                let role = mention.role ?? ""
                switch mention.type {
                case "person":
                    guard ent.type == "person" else { return false }
                    if !attribution, ["official", "diplomat", "lawmaker", "leader"].contains(role) { return true }
                    return ent.titles.contains { Document.officeFitsRole($0.title.canonical.lowercased(), role) }
                case "organization":
                    return ent.type == "organization" && (ent.name.lowercased().contains(role) || Document.anyBodyRoles.contains(role))
                case "country":
                    return ent.type == "country"
                case "place":
                    let stem = Document.placeStem(role)
                    let last = Document.placeStem(NameWords(ent.name).last.lowercased())
                    return ent.type == "place" && (stem == last || role == "city" || role == "region" || role == "capital")
                default: return false
                }
            default: return false
            }
        }
        // Same sentence, nearest before; an organization role noun ("…, the company said")
        // takes the first fitting organization, the sentence's topic.
        var k = m - 1
        var firstOrganization = -1
        if attribution {
            while k >= 0 && mentions[k].sentence == mention.sentence { k -= 1 }
        }
        let quoted = quotationBefore(mention)
        while k >= 0 && mentions[k].sentence == mention.sentence {
            let e = mentions[k].kind == .name ? mentions[k].entity : (mentions[k].kind == .pronoun || mentions[k].kind == .role ? mentions[k].entity : -1)
            if e >= 0 && !mentions[k].address && fits(e) && !isPossessiveOnly(k) && !isBracketed(k)
                && !quoted.contains(mentions[k].tokens.lowerBound) {
                if mention.kind == .role && mention.type == "organization" { firstOrganization = e } else { return e }
            }
            k -= 1
        }
        if firstOrganization >= 0 { return firstOrganization }
        // Earlier sentences: the first fitting mention of the closest one. A possessor is not
        // the subject when a fitting name follows it: "Labour's Shadow Home Secretary Yvette
        // Cooper said …. She continued" is Cooper.
        var s = mention.sentence - 1
        while s >= 0 && mention.sentence - s <= 4 {
            var first = -1
            var firstNotPossessor = -1
            var j = k
            while j >= 0 && mentions[j].sentence == s {
                let e = mentions[j].entity
                // "LONDON, March 3 (Reuters) - …": an agency in a dateline's brackets is no topic.
                if e >= 0 && !mentions[j].address && fits(e) && !isBracketed(j) {
                    first = e
                    if !isPossessor(j) { firstNotPossessor = e }
                }
                j -= 1
            }
            if firstNotPossessor >= 0 { return firstNotPossessor }
            if first >= 0 { return first }
            k = j
            s -= 1
        }
        // "the ministry said" paragraphs after "the Ministry of Economy, Trade and Industry": an
        // organization role noun that its name contains reaches back to the last one named.
        if mention.kind == .role && mention.type == "organization", let role = mention.role {
            let stop = max(0, m - ExtractionLimits.mentionLookback)
            while k >= stop {
                let e = mentions[k].entity
                if e >= 0, mentions[k].kind == .name, entities[e].type == "organization", entities[e].name.lowercased().contains(role) { return e }
                k -= 1
            }
        }
        return -1
    }

    /// `"We owe Quarnby Port a great deal," she said`: the tokens of a quotation that closes right
    /// before a pronoun (a comma allowed between), in its sentence. The pronoun is who speaks the
    /// quotation, never someone it names; empty for any other mention. A quotation opened in an
    /// earlier sentence covers its sentence up to the closing mark.
    func quotationBefore(_ mention: Mention) -> Range<Int> {
        guard mention.kind == .pronoun else { return 0..<0 }
        let start = sentences[mention.sentence].tokens.lowerBound
        var close = mention.tokens.lowerBound - 1
        if close > start, tokens[close].word == KnownWords.shared.comma { close -= 1 }
        guard close > start, tokens[close].kind == .quote else { return 0..<0 }
        var open = close - 1
        while open >= start && tokens[open].kind != .quote { open -= 1 }
        // No opening mark in the sentence: the quotation opened in a sentence before.
        return max(open, start)..<close
    }

    /// Offices named in full, never by their last word (`role.fullOffice`: "prime minister").
    static let fullOffices = Lexicon.shared.words(in: .roleFullOffice)

    /// Whether a role noun ("minister") may stand for the holder of an office (lower case): the
    /// office holds the word and is none named only in full ("Finance Minister", not "Prime
    /// Minister": "the minister said" after both is the finance minister).
    static func officeFitsRole(_ office: String, _ role: String) -> Bool {
        office.contains(role) && !fullOffices.contains { office.contains($0) && !role.contains($0) }
    }

    /// Whether a person's role noun closes a sentence's clause as its speaker ("Sato will visit
    /// Canberra, the official said"): the clause's people are what the speaker reports, not the
    /// speaker, and a word any person may bear ("official", "diplomat") names no one known.
    func closesClauseAsSpeaker(_ mention: Mention) -> Bool {
        guard mention.kind == .role, mention.type == "person" else { return false }
        let before = mention.tokens.lowerBound - 1, after = mention.tokens.upperBound
        guard before >= 0, after < tokens.count, tokens[before].word == KnownWords.shared.comma else { return false }
        return SpeechExtractor.isSpeechVerb(tokens, after)
    }

    /// Whether a personal pronoun ("he", "her") may stand for a person of this name: unless the
    /// name's first word is a first name borne, by nine in ten, by the other sex ("he" is not
    /// "Gloria Sam"). Names whose first word tells nothing ("Kim Jong-un", "Jordan") agree.
    static func genderAgrees(_ pronoun: String, _ name: String) -> Bool {
        let wants: String
        switch pronoun {
        case "he", "him", "his", "himself": wants = "male"
        case "she", "her", "hers", "herself": wants = "female"
        default: return true
        }
        // An ASCII name's first word and its lower case on bytes (`ASCIIWord`), not Characters.
        let first = ASCIIWord.read(name) { b -> String in
            let end = b.firstIndex(of: 32) ?? b.count
            return String(unsafeUninitializedCapacity: end) { out in
                for k in 0..<end { out[k] = b[k] >= 65 && b[k] <= 90 ? b[k] | 0x20 : b[k] }
                return end
            }
        } ?? name.prefix { $0 != " " }.lowercased()
        guard let gender = Gazetteer.shared.gender(ofGivenName: first) else { return true }
        return gender == wants
    }

    /// What a plural role noun refers to ("the companies", "the two countries", "the two"):
    /// the entities of its type named in the same sentence before it, else in the closest
    /// earlier sentence naming at least two.
    func antecedents(of m: Int) -> [Int] {
        let mention = mentions[m]
        guard mention.kind == .role, mention.type.hasPrefix("plural:") else {
            let e = antecedent(of: m)
            return e >= 0 ? [e] : []
        }
        var want = String(mention.type.dropFirst("plural:".count))
        let limit = surface(mention).contains("two") || mention.role == "two" ? 2 : 4
        func collect(_ indices: [Int]) -> [Int] {
            var out: [Int] = []
            for k in indices {
                let e = mentions[k].entity
                guard e >= 0, mentions[k].kind == .name, !mentions[k].address else { continue }
                let type = entities[e].type
                if want == "any" ? ["person", "country", "organization"].contains(type) : type == want, !out.contains(e) { out.append(e) }
            }
            return out
        }
        if want == "any" {
            // "the two sides": people if two are named, else countries, else organizations.
            for w in ["person", "country", "organization"] {
                want = w
                let r = antecedents(of: m, type: w, limit: limit, collect: collect)
                if r.count >= 2 { return r }
            }
            return []
        }
        return antecedents(of: m, type: want, limit: limit, collect: collect)
    }

    private func antecedents(of m: Int, type: String, limit: Int, collect: ([Int]) -> [Int]) -> [Int] {
        let s = mentions[m].sentence
        let same = collect(Array(mentionRange(sentence: s).clamped(to: 0..<m)))
        if same.count >= 2 { return Array(same.suffix(limit)) }
        var sentence = s - 1
        while sentence >= 0 && s - sentence <= 3 {
            let found = collect(Array(mentionRange(sentence: sentence).clamped(to: 0..<m)))
            if found.count >= 2 { return Array(found.prefix(limit)) }
            sentence -= 1
        }
        return []
    }

    func surface(_ m: Mention) -> String { m.surface.lowercased() }

    /// "islands", "islets", "isles" all name islands.
    static func placeStem(_ w: String) -> String {
        if w.hasPrefix("isl") { return "island" }
        return w.hasSuffix("s") ? String(w.dropLast()) : w
    }

    /// "(Reuters)" in a dateline, "(AfDB)" after a name: not an antecedent of its own.
    func isBracketed(_ m: Int) -> Bool {
        let r = mentions[m].tokens
        return r.lowerBound > 0 && r.upperBound < tokens.count && tokens[r.lowerBound - 1].text == "(" && tokens[r.upperBound].text == ")"
    }

    /// Whether mention `m` is followed by 's (or a lone apostrophe): a possessor.
    func isPossessor(_ m: Int) -> Bool {
        let end = mentions[m].tokens.upperBound
        return end < tokens.count && tokens[end].kind == .possessive
    }

    /// A mention followed by 's is a possessor, a poor antecedent for "he" in the same sentence.
    func isPossessiveOnly(_ m: Int) -> Bool {
        let end = mentions[m].tokens.upperBound
        return end < tokens.count && tokens[end].kind == .possessive && false
    }
}

/// The facts already added (`Document.addFact` drops repeats), as an open-addressing table of
/// fact indices with their hashes: the facts themselves stay in `Document.facts`, so adding
/// one copies no strings. Hashed with a cheap mix of the terms' UTF-8 bytes, eight at a time,
/// instead of `Hasher`'s SipHash: facts carry long names ("talks#1@kyodo-2021-01-27") and
/// every added fact is hashed.
///
/// Equality stays the terms' `==`, so strings equal under canonical equivalence must hash
/// alike: a string outside ASCII is hashed by its NFC form when that is ASCII, else by a
/// constant (the other parts of the fact still spread such facts).
struct FactKeySet {
    private var hashes: [UInt64] = []
    private var slots = [Int32](repeating: -1, count: 64)

    /// Records the next fact (index `count`, the caller appends it when this returns true)
    /// unless `isEqual` finds an equal one already recorded with the same hash; false if so.
    mutating func insert(_ h: UInt64, isEqual: (Int) -> Bool) -> Bool {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 31)) & mask
        while slots[slot] >= 0 {
            let i = Int(slots[slot])
            if hashes[i] == h && isEqual(i) { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(hashes.count)
        hashes.append(h)
        if hashes.count * 2 > slots.count { grow() }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (i, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h ^ (h >> 31)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }

    @inline(__always) private static func mix(_ h: inout UInt64, _ v: UInt64) {
        h = (h ^ v) &* 0x9E3779B97F4A7C15
        h ^= h >> 32
    }

    static func hash(_ s: Term, _ p: String, _ o: Term, _ q: [Qualifier]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        hash(s, &h)
        hash(p, &h)
        hash(o, &h)
        mix(&h, UInt64(q.count))
        for x in q { hash(x.key, &h); hash(x.value, &h) }
        return h
    }

    private static func hash(_ t: Term, _ h: inout UInt64) {
        switch t {
        case .entity(let s): mix(&h, 1); hash(s, &h)
        case .text(let s): mix(&h, 2); hash(s, &h)
        case .date(let d): mix(&h, 3); mix(&h, UInt64(bitPattern: Int64(d.hashValue)))
        case .number(let n): mix(&h, 4); mix(&h, n == 0 ? 0 : n.bitPattern)  // 0.0 == -0.0
        }
    }

    /// Mixes the bytes eight at a time (the last word zero-padded) and the length; false, with
    /// `h` unchanged, when a byte is not ASCII.
    @inline(__always) private static func mixASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ h: inout UInt64) -> Bool {
        var x = h
        var high: UInt64 = 0
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                high |= w
                mix(&x, w)
                i += 8
            }
            if i < n {
                var w: UInt64 = 0
                var shift: UInt64 = 0
                while i < n { w |= UInt64(base[i]) << shift; shift += 8; i += 1 }
                high |= w
                mix(&x, w)
            }
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return false }
        mix(&x, UInt64(n) | 0xFF00)
        h = x
        return true
    }

    private static func hash(_ s: String, _ h: inout UInt64) {
        // Native and small strings lend their bytes without a copy of the string.
        let ascii = s.utf8.withContiguousStorageIfAvailable { mixASCII($0, &h) } ?? {
            var copy = s
            return copy.withUTF8 { mixASCII($0, &h) }
        }()
        guard !ascii else { return }
        // The NFC form is ASCII exactly when the NFD form is, and `ASCIIForm` tells that of most
        // strings without Foundation's normalization (some 90,000 instructions a string).
        if var form = ASCIIForm.of(s), form.withUTF8({ mixASCII($0, &h) }) { return }
        mix(&h, 0xFE)
    }
}

extension String {
    /// `replacingOccurrences(of:with:)` for ASCII text without Foundation's cost (it is called
    /// for every name and event); text with other characters still goes to Foundation.
    func replacingASCII(_ target: String, with replacement: String) -> String {
        let t = Array(target.utf8), r = Array(replacement.utf8)
        guard !t.isEmpty, t.allSatisfy({ $0 < 0x80 }), r.allSatisfy({ $0 < 0x80 }) else {
            return replacingOccurrences(of: target, with: replacement)
        }
        var copy = self
        return copy.withUTF8 { src -> String in
            guard src.allSatisfy({ $0 < 0x80 }) else { return replacingOccurrences(of: target, with: replacement) }
            var out: [UInt8] = []
            var i = 0, found = false
            while i < src.count {
                if src[i] == t[0] && i + t.count <= src.count {
                    var k = 1
                    while k < t.count && src[i + k] == t[k] { k += 1 }
                    if k == t.count {
                        if !found { found = true; out.reserveCapacity(src.count + r.count); out.append(contentsOf: src[0..<i]) }
                        out.append(contentsOf: r); i += t.count; continue
                    }
                }
                if found { out.append(src[i]) }
                i += 1
            }
            return found ? String(decoding: out, as: UTF8.self) : self
        }
    }
}

extension Token {
    /// `lower.count > n && lower.hasSuffix("ed")` (a past-tense look), read from the last bytes;
    /// only a word with letters outside ASCII needs the character-wise test.
    @inline(__always) func endsInEd(longerThan n: Int) -> Bool {
        let u = lower.utf8
        guard u.count >= 2, u.last == UInt8(ascii: "d"), u[u.index(u.endIndex, offsetBy: -2)] == UInt8(ascii: "e") else { return false }
        if (kind == .word || kind == .number) && !has(.nonASCII) { return u.count > n }
        return lower.count > n && lower.hasSuffix("ed")
    }
}
