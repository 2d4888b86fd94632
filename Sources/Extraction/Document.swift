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

    mutating func addAlias(_ alias: String) {
        var a = Substring(alias)
        while a.first == " " { a.removeFirst() }
        while a.last == " " { a.removeLast() }
        guard !a.isEmpty, a != name, !aliases.contains(where: { $0 == a }) else { return }
        aliases.append(String(a))
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
    var entityIndex: [String: Int] = [:]
    var times: [TimeMention] = []
    /// For each sentence, the indices of its time mentions.
    var timesBySentence: [[Int]]
    var facts: [FactRecord] = []
    /// For each token, the sentence it belongs to.
    var sentenceOf: [Int32]

    init(article: Article, tokens: [Token], sentences: [SentenceSpan]) {
        self.article = article
        self.tokens = tokens
        self.sentences = sentences
        mentionAt = Array(repeating: -1, count: tokens.count)
        sentenceOf = Array(repeating: 0, count: tokens.count)
        timesBySentence = Array(repeating: [], count: sentences.count)
        for (s, span) in sentences.enumerated() { for k in span.tokens { sentenceOf[k] = Int32(s) } }
    }

    func indexMentions() {
        for k in mentionAt.indices { mentionAt[k] = -1 }
        for (m, mention) in mentions.enumerated() {
            for k in mention.tokens where mentionAt[k] == -1 { mentionAt[k] = Int32(m) }
        }
    }

    /// The mention that starts at or covers token `k`.
    func mention(at k: Int) -> Mention? {
        guard k >= 0, k < mentionAt.count, mentionAt[k] >= 0 else { return nil }
        return mentions[Int(mentionAt[k])]
    }

    /// The entity a token belongs to (through its mention), or -1.
    func entity(at k: Int) -> Int {
        mention(at: k)?.entity ?? -1
    }

    func entityName(_ e: Int) -> String { entities[e].name }

    private var keyCache: [String: String] = [:]
    /// Clause segments of each sentence, computed once when events need them.
    var segmentCache: [Int: EventExtractor.Segments] = [:]
    private var factKeys = Set<FactKey>()

    /// What makes two facts the same (provenance aside).
    struct FactKey: Hashable {
        var s: Term, p: String, o: Term, q: [Qualifier]
    }

    func cachedKey(_ name: String) -> String {
        if let k = keyCache[name] { return k }
        let k = Document.key(name)
        keyCache[name] = k
        return k
    }

    @discardableResult
    func entity(named name: String, type: String, sentence: Int) -> Int {
        let key = cachedKey(name)
        if let e = entityIndex[key] { return e }
        entities.append(WorkingEntity(name: name, type: type, sentence: sentence))
        entityIndex[key] = entities.count - 1
        return entities.count - 1
    }

    /// The comparison key of a name: `NameKey.fold`, with a fast path for ASCII names.
    static func key(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for b in name.utf8 {
            if b >= 0x80 { return NameKey.fold(name) }
            switch b {
            case 46: continue
            case 32, 9, 10: pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(32); pendingSpace = false }
                bytes.append(b >= 65 && b <= 90 ? b + 32 : (b == 96 ? 39 : b))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty, r.upperBound <= tokens.count else { return "" }
        let bytes = article.text.utf8
        let lo = bytes.index(bytes.startIndex, offsetBy: tokens[r.lowerBound].start)
        let hi = bytes.index(bytes.startIndex, offsetBy: tokens[r.upperBound - 1].end)
        return String(article.text.utf8[lo..<hi]) ?? ""
    }

    func byteRange(_ r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty else { return 0..<0 }
        return tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end
    }

    func addFact(_ s: Term, _ p: String, _ o: Term, _ q: [Qualifier] = [], sentence: Int, tokens r: Range<Int>?, rule: String) {
        let fact = FactRecord(subject: s, predicate: p, object: o, qualifiers: q, sentence: sentence,
                              range: r.map { byteRange($0) }, rule: rule)
        guard factKeys.insert(FactKey(s: s, p: p, o: o, q: q)).inserted else { return }
        facts.append(fact)
    }

    // MARK: - Anaphora

    /// The person, organization or country a pronoun or role mention refers to: the nearest
    /// fitting mention before it in the sentence, else the subject (first fitting mention) of
    /// the closest earlier sentence that has one.
    func antecedent(of m: Int) -> Int {
        let mention = mentions[m]
        if mention.entity >= 0 { return mention.entity }
        func fits(_ e: Int) -> Bool {
            let ent = entities[e]
            switch mention.kind {
            case .pronoun:
                switch mention.type {
                case "person": return ent.type == "person"
                case "thing": return ent.type == "organization" || ent.type == "country"
                default: return false
                }
            case .role:
                let role = mention.role ?? ""
                switch mention.type {
                case "person":
                    guard ent.type == "person" else { return false }
                    if ["official", "diplomat", "lawmaker", "leader"].contains(role) { return true }
                    return ent.titles.contains { $0.title.canonical.lowercased().contains(role) }
                case "organization":
                    return ent.type == "organization" && (ent.name.lowercased().contains(role) || ["company", "firm", "group", "organization", "alliance", "bloc"].contains(role))
                case "country":
                    return ent.type == "country"
                case "place":
                    let stem = Document.placeStem(role)
                    let last = Document.placeStem(String(ent.name.lowercased().split(separator: " ").last ?? ""))
                    return ent.type == "place" && (stem == last || role == "city" || role == "region" || role == "capital")
                default: return false
                }
            default: return false
            }
        }
        // Same sentence, nearest before.
        var k = m - 1
        while k >= 0 && mentions[k].sentence == mention.sentence {
            let e = mentions[k].kind == .name ? mentions[k].entity : (mentions[k].kind == .pronoun || mentions[k].kind == .role ? mentions[k].entity : -1)
            if e >= 0 && fits(e) && !isPossessiveOnly(k) { return e }
            k -= 1
        }
        // Earlier sentences: the first fitting mention of the closest one.
        var s = mention.sentence - 1
        while s >= 0 && mention.sentence - s <= 4 {
            var first = -1
            var j = k
            while j >= 0 && mentions[j].sentence == s {
                let e = mentions[j].entity
                if e >= 0 && fits(e) { first = e }
                j -= 1
            }
            if first >= 0 { return first }
            k = j
            s -= 1
        }
        return -1
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
                guard e >= 0, mentions[k].kind == .name else { continue }
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
        let same = collect(Array((0..<m).filter { mentions[$0].sentence == s }))
        if same.count >= 2 { return Array(same.suffix(limit)) }
        var sentence = s - 1
        while sentence >= 0 && s - sentence <= 3 {
            let found = collect(Array((0..<m).filter { mentions[$0].sentence == sentence }))
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

    /// A mention followed by 's is a possessor, a poor antecedent for "he" in the same sentence.
    func isPossessiveOnly(_ m: Int) -> Bool {
        let end = mentions[m].tokens.upperBound
        return end < tokens.count && tokens[end].kind == .possessive && false
    }
}
