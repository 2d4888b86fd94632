import Foundation

/// The word lists the pipeline reads, loaded once from the module's `Lexicons/` resources and
/// never changed afterwards, so every thread can read them without locks.
///
/// Names (countries, demonyms, capitals, organizations, places) are indexed as token
/// sequences so a mention is found by looking up the lower-cased tokens at a position.
final class Lexicon: @unchecked Sendable {
    static let shared = Lexicon()

    /// Every word the lexicons and the stages' word lists name, with a small integer id. The
    /// tokenizer stores the id of each token's lower-cased text (`Token.word`), so word classes
    /// and phrases are found by indexing arrays rather than hashing strings for every token.
    let vocabulary: Vocabulary
    /// Word classes by word id (see `WordClass`).
    let classes: [WordClass]
    /// Lexicon phrases as paths of word ids, for `phrase(at:in:end:)`.
    let phraseTrie: WordTrie<Phrase>
    /// By `phraseTrie` node: whether its phrase matches only when written in capitals.
    let phraseCaseSensitive: [Bool]
    /// Title heads and portfolios as paths of word ids (values as in `titleHeads`, `portfolios`).
    let titleHeadTrie: WordTrie<String>
    let portfolioTrie: WordTrie<String>
    /// Values of one-word tables by word id: pronoun and role types, title prefixes and modifiers.
    let pronounOf: [String?]
    let roleOf: [String?]
    let titlePrefixOf: [String?]
    let titleModifierOf: [String?]
    /// Lemmas of speech verbs by word id (`speechLemma`).
    let speechLemmaOf: [String?]

    /// What a lexicon phrase names.
    enum PhraseKind: UInt8 {
        case country, organization, place, capital, demonym
    }

    struct Phrase {
        var kind: PhraseKind
        /// The canonical name of what it denotes (for a demonym or capital: its country).
        var canonical: String
        /// The entity type of the canonical name ("country", "place", "organization").
        var type: String
        /// All-capital acronyms ("US", "WHO") match only when written in capitals.
        var caseSensitive: Bool
        var tokenCount: Int
    }

    struct CountryInfo {
        var aliases: [String]
        var capitals: [String]
    }

    /// Phrase key (lower-cased tokens joined by one space) → what it names; countries first.
    let phrases: [String: Phrase]
    /// First token (lower case) → the most tokens any phrase starting with it has.
    let longestPhrase: [String: Int]
    let countries: [String: CountryInfo]
    /// Aliases of organizations and places by canonical name.
    let namedAliases: [String: [String]]
    /// The country a national organization or a place belongs to.
    let homeCountry: [String: String]

    let abbreviations: Set<String>
    let sentenceEndingAbbreviations: Set<String>
    let orgHeads: Set<String>
    let orgFirst: Set<String>
    let placeHeads: Set<String>
    let nonNames: Set<String>
    let starters: Set<String>
    let speechLemma: [String: String]
    let speechNouns: Set<String>
    let pronouns: [String: String]
    let roles: [String: String]
    let locativePrepositions: Set<String>
    let subordinators: Set<String>
    /// Institutions named by one or two words that stand alone ("Senate", "Foreign Ministry").
    let institutions: Set<String>
    /// Last words of names of documents and occasions ("Arica Accord", "Paris Agreement").
    let docHeads: Set<String>

    /// Title grammar: heads ("minister", "prime minister"), portfolios, prefixes, modifiers.
    let titleHeads: [String: String]
    let titleHeadLongest: [String: Int]
    let portfolios: [String: String]
    let portfolioLongest: [String: Int]
    let titlePrefixes: [String: String]
    let titleModifiers: [String: String]
    /// Every word a title can start with (a quick test before the full title grammar).
    let titleStarts: Set<String>
    /// Comparison keys (`Document.key`) of the lexicon's names and aliases written outside
    /// ASCII ("Côte d'Ivoire"): folding them takes Foundation, and they are named in many
    /// articles, so each is folded once, here.
    let nameKeys: [String: String]

    static let months: [String: Int] = [
        "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3,
        "april": 4, "apr.": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8,
        "september": 9, "sept.": 9, "sep.": 9, "october": 10, "oct.": 10, "november": 11, "nov.": 11,
        "december": 12, "dec.": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thur.": 4, "thurs.": 4, "fri.": 5, "sat.": 6, "sun.": 7,
    ]

    private init() {
        let l = Loader()
        vocabulary = l.vocabulary
        classes = l.classes
        phraseTrie = l.phraseTrie
        phraseCaseSensitive = l.phraseTrie.nodeTable { $0?.caseSensitive ?? false }
        titleHeadTrie = l.titleHeadTrie
        portfolioTrie = l.portfolioTrie
        pronounOf = l.pronounOf
        roleOf = l.roleOf
        titlePrefixOf = l.titlePrefixOf
        titleModifierOf = l.titleModifierOf
        speechLemmaOf = l.speechLemmaOf
        phrases = l.phrases
        longestPhrase = l.longestPhrase
        countries = l.countries
        namedAliases = l.namedAliases
        homeCountry = l.homeCountry
        abbreviations = l.abbreviations
        sentenceEndingAbbreviations = l.sentenceEndingAbbreviations
        orgHeads = l.orgHeads
        orgFirst = l.orgFirst
        placeHeads = l.placeHeads
        nonNames = l.nonNames
        starters = l.starters
        speechLemma = l.speechLemma
        speechNouns = l.speechNouns
        pronouns = l.pronouns
        roles = l.roles
        locativePrepositions = l.locativePrepositions
        subordinators = l.subordinators
        institutions = l.institutions
        docHeads = l.docHeads
        titleHeads = l.titleHeads
        titleHeadLongest = l.titleHeadLongest
        portfolios = l.portfolios
        portfolioLongest = l.portfolioLongest
        titlePrefixes = l.titlePrefixes
        titleModifiers = l.titleModifiers
        titleStarts = l.titleStarts
        var keys: [String: String] = [:]
        func fold(_ names: [String]) {
            for name in names where keys[name] == nil && !name.utf8.allSatisfy({ $0 < 0x80 }) { keys[name] = Document.key(name) }
        }
        for (name, info) in l.countries { fold([name] + info.aliases + info.capitals) }
        for (name, aliases) in l.namedAliases { fold([name] + aliases) }
        for phrase in l.phrases.values { fold([phrase.canonical]) }
        nameKeys = keys
    }

    /// The tables as loading fills them; `init` copies them into the lexicon's constants.
    private struct Loader {
        var vocabulary: Vocabulary = Vocabulary()
        var classes: [WordClass] = []
        var phraseTrie: WordTrie<Phrase> = WordTrie<Phrase>()
        var titleHeadTrie: WordTrie<String> = WordTrie<String>()
        var portfolioTrie: WordTrie<String> = WordTrie<String>()
        var pronounOf: [String?] = []
        var roleOf: [String?] = []
        var titlePrefixOf: [String?] = []
        var titleModifierOf: [String?] = []
        var speechLemmaOf: [String?] = []
        var phrases: [String: Phrase] = [:]
        var longestPhrase: [String: Int] = [:]
        var countries: [String: CountryInfo] = [:]
        var namedAliases: [String: [String]] = [:]
        var homeCountry: [String: String] = [:]
        var abbreviations: Set<String> = []
        var sentenceEndingAbbreviations: Set<String> = []
        var orgHeads: Set<String> = []
        var orgFirst: Set<String> = []
        var placeHeads: Set<String> = []
        var nonNames: Set<String> = []
        var starters: Set<String> = []
        var speechLemma: [String: String] = [:]
        var speechNouns: Set<String> = []
        var pronouns: [String: String] = [:]
        var roles: [String: String] = [:]
        var locativePrepositions: Set<String> = []
        var subordinators: Set<String> = []
        var institutions: Set<String> = []
        var docHeads: Set<String> = []
        var titleHeads: [String: String] = [:]
        var titleHeadLongest: [String: Int] = [:]
        var portfolios: [String: String] = [:]
        var portfolioLongest: [String: Int] = [:]
        var titlePrefixes: [String: String] = [:]
        var titleModifiers: [String: String] = [:]
        var titleStarts: Set<String> = []

        init() {
            // Word classes first: the tokenizer needs the abbreviations to tokenize lexicon phrases.
            for row in Lexicon.rows("words") {
                guard row.count >= 2 else { continue }
                let word = row[1], value = row.count > 2 ? row[2] : ""
                switch row[0] {
                case "orghead": orgHeads.insert(word)
                case "orgfirst": orgFirst.insert(word)
                case "placehead": placeHeads.insert(word)
                case "abbrev": abbreviations.insert(word)
                case "abbrevend": sentenceEndingAbbreviations.insert(word); abbreviations.insert(word)
                case "nonname": nonNames.insert(word)
                case "starter": starters.insert(word)
                case "speech": speechLemma[word] = value
                case "speechnoun": speechNouns.insert(word)
                case "pronoun": pronouns[word] = value
                case "role": roles[word] = value
                case "locprep": locativePrepositions.insert(word)
                case "subord": subordinators.insert(word)
                case "institution": institutions.insert(word)
                case "dochead": docHeads.insert(word)
                default: break
                }
            }
            for row in Lexicon.rows("titles") {
                guard row.count >= 3 else { continue }
                let key = row[1], value = row[2]
                let first = String(key.split(separator: " ").first ?? "")
                let count = key.split(separator: " ").count
                switch row[0] {
                case "head":
                    titleHeads[key] = value
                    titleHeadLongest[first] = max(titleHeadLongest[first] ?? 0, count)
                case "portfolio":
                    let tokens = Tokenizer.tokenize(key, abbreviations: abbreviations).map(\.lower)
                    let k = tokens.joined(separator: " ")
                    portfolios[k] = value
                    portfolioLongest[tokens[0]] = max(portfolioLongest[tokens[0]] ?? 0, tokens.count)
                case "prefix": titlePrefixes[key] = value
                case "modifier": titleModifiers[key] = value
                default: break
                }
            }
            for key in titleHeads.keys { titleStarts.insert(String(key.split(separator: " ")[0])) }
            for key in portfolios.keys { titleStarts.insert(String(key.split(separator: " ")[0])) }
            for key in titlePrefixes.keys { titleStarts.insert(key) }
            for key in titleModifiers.keys { titleStarts.insert(key) }
            // Names. Order matters: a phrase keeps the first meaning given to it.
            let countryRows = Lexicon.rows("countries")
            for row in countryRows {
                let name = row[0], type = row.count > 1 ? row[1] : "country"
                let aliases = row.count > 2 ? Lexicon.list(row[2]) : []
                let capitals = row.count > 4 ? Lexicon.list(row[4]) : []
                countries[name] = CountryInfo(aliases: aliases, capitals: capitals)
                add(name, .country, name, type)
                for a in aliases { add(a, .country, name, type) }
            }
            for row in Lexicon.rows("organizations") {
                let name = row[0]
                let aliases = row.count > 1 ? Lexicon.list(row[1]) : []
                namedAliases[name] = aliases
                if row.count > 2, !row[2].isEmpty { homeCountry[name] = row[2] }
                add(name, .organization, name, "organization")
                for a in aliases { add(a, .organization, name, "organization") }
            }
            // The larger list of well-known organizations: name, type, aliases, country (- for none).
            for row in Lexicon.rows("organizations-known") where row.count >= 4 && namedAliases[row[0]] == nil {
                let name = row[0]
                let aliases = Lexicon.list(row[2])
                namedAliases[name] = aliases
                if row[3] != "-", !row[3].isEmpty { homeCountry[name] = row[3] }
                add(name, .organization, name, "organization")
                for a in aliases { add(a, .organization, name, "organization") }
            }
            for row in Lexicon.rows("places") {
                let name = row[0], type = row.count > 1 && !row[1].isEmpty ? row[1] : "place"
                let aliases = row.count > 2 ? Lexicon.list(row[2]) : []
                namedAliases[name] = aliases
                if row.count > 3, !row[3].isEmpty { homeCountry[name] = row[3] }
                add(name, .place, name, type)
                for a in aliases { add(a, .place, name, type) }
            }
            for row in countryRows {
                let name = row[0], type = row.count > 1 ? row[1] : "country"
                if row.count > 4 { for c in Lexicon.list(row[4]) { add(c, .capital, name, type) } }
            }
            for row in countryRows {
                let name = row[0], type = row.count > 1 ? row[1] : "country"
                guard row.count > 3 else { continue }
                for d in Lexicon.list(row[3]) {
                    add(d, .demonym, name, type)
                    // Plural nouns: "Americans", "Israelis", "Filipinos".
                    if let last = d.last, "nio".contains(last) { add(d + "s", .demonym, name, type) }
                }
            }
            buildWordIndex()
        }

        /// Interns every word the tables above and the stages' word lists name, then fills the
        /// id-keyed tables. Runs once, at the end of loading; nothing changes afterwards.
        mutating func buildWordIndex() {
            var v = Vocabulary()
            var marks: [(String, WordClass)] = []
            func mark(_ words: some Sequence<String>, _ c: WordClass) { for w in words { v.intern(w); marks.append((w, c)) } }
            mark(orgHeads, .orgHead); mark(orgFirst, .orgFirst); mark(placeHeads, .placeHead); mark(docHeads, .docHead)
            mark(nonNames, .nonName); mark(starters, .starter); mark(institutions, .institution)
            mark(sentenceEndingAbbreviations, .sentenceEndingAbbreviation); mark(abbreviations, .abbreviation)
            mark(titleStarts, .titleStart); mark(titlePrefixes.keys, .titlePrefix); mark(titleModifiers.keys, .titleModifier)
            mark(titleHeads.keys, .titleHeadWord); mark(pronouns.keys, .pronoun); mark(roles.keys, .role)
            mark(locativePrepositions, .locativePreposition); mark(subordinators, .subordinator)
            mark(Lexicon.months.keys, .calendar); mark(Lexicon.weekdays.keys, .calendar)
            for (list, c) in Lexicon.grammarWords { mark(list, c) }
            for (list, c) in Lexicon.stageWords { mark(list, c) }
            mark(speechLemma.keys, .speechVerb)
            for key in Array(titleHeads.keys) + Array(portfolios.keys) + Array(phrases.keys) {
                for w in key.split(separator: " ") { v.intern(String(w)) }
            }
            for w in speechLemma.keys { v.intern(w) }
            // Punctuation the stages compare tokens against.
            for w in [".", ",", ";", ":", "(", ")", "[", "]", "?", "!", "'s", "...", "\u{2026}", "==", "'", "\u{2019}", "\"", "*", "\u{2022}"] { v.intern(w) }
            for w in KnownWords.words { v.intern(w) }
            classes = [WordClass](repeating: [], count: v.count)
            for (w, c) in marks { classes[Int(v.id(of: w))].insert(c) }
            func table(_ d: [String: String]) -> [String?] {
                var out = [String?](repeating: nil, count: v.count)
                for (k, value) in d { out[Int(v.id(of: k))] = value }
                return out
            }
            pronounOf = table(pronouns); roleOf = table(roles)
            titlePrefixOf = table(titlePrefixes); titleModifierOf = table(titleModifiers)
            speechLemmaOf = table(speechLemma)
            // A key matches tokens whose lower-cased texts, joined by single spaces, spell it.
            func path(_ words: [String]) -> [Int32] { words.map { v.id(of: $0) } }
            for (key, value) in titleHeads where Lexicon.isSpaced(key) { titleHeadTrie.insert(path(key.split(separator: " ").map(String.init)), value) }
            for (key, value) in portfolios where Lexicon.isSpaced(key) { portfolioTrie.insert(path(key.split(separator: " ").map(String.init)), value) }
            for (key, value) in phrases where Lexicon.isSpaced(key) { phraseTrie.insert(path(key.split(separator: " ").map(String.init)), value) }
            vocabulary = v
        }

        mutating func add(_ surface: String, _ kind: PhraseKind, _ canonical: String, _ type: String) {
            guard !surface.isEmpty, !surface.lowercased().hasPrefix("the ") else { return }
            let tokens = Tokenizer.tokenize(surface, abbreviations: abbreviations)
            guard !tokens.isEmpty else { return }
            let key = tokens.map(\.lower).joined(separator: " ")
            guard phrases[key] == nil else { return }
            let letters = surface.filter { $0.isLetter }
            let caseSensitive = letters.count >= 2 && letters.count <= 5 && letters.allSatisfy { $0.isUppercase } && !surface.contains(".")
            phrases[key] = Phrase(kind: kind, canonical: canonical, type: type, caseSensitive: caseSensitive, tokenCount: tokens.count)
            longestPhrase[tokens[0].lower] = max(longestPhrase[tokens[0].lower] ?? 0, tokens.count)
        }
    }


    /// Word lists the stages test tokens against, interned with the lexicons so a test is one
    /// bit: `Lexicon.shared.classes(of: token).contains(.connector)`.
    static let grammarWords: [([String], WordClass)] = [
        (["of", "the", "for", "and", "de", "da", "van", "von", "bin", "al", "del", "la", "le", "du", "der", "y", "dos", "das"], .connector),
        (["de", "da", "van", "von", "bin", "al", "del", "la", "le", "du", "der", "dos", "das"], .nameParticle),
        (["in", "near", "outside", "across", "throughout", "via"], .locativeBefore),
        (["city", "town", "port", "province", "region", "state", "village", "island", "capital", "mayor", "governor", "outskirts"], .placeNoun),
        (["trip", "visit", "travel", "traveled", "travelled", "travels", "flew", "fly", "went", "go", "return", "returned", "came", "come",
          "moved", "headed", "arrived", "back", "journey", "route", "ferry", "flight", "flights", "road", "way", "shipped", "exports"], .motion),
        (["will", "would", "has", "have", "had", "is", "was", "says", "said", "wants", "insists", "accused", "rejected",
          "denied", "warned", "urged", "called", "could", "may", "might", "should", "must", "hopes", "plans", "sees",
          "and", "also", "responded", "retaliated", "imposed", "announced", "condemned", "claims", "argues"], .stateVerbAfter),
        (["on", "against", "with", "between", "pressure", "by", "toward", "towards", "pressed", "urged", "told", "accused"], .stateWordBefore),
        (["protests", "protest", "pressure", "criticism", "response", "objections", "warning", "demands", "reaction", "support", "backing"], .stateNounBeforeFrom),
        (["of", "the", "a", "an", "and", "to", "in", "on", "for", "with", "at", "as", "by"], .headlineFunctionWord),
        (["the", "a", "an"], .article),
        // Words compared by id only.
        (["photo", "shows", "taken", "file", "from", "to", "two", "three", "both", "no.", "and", "or", "by", "based", "headquartered"], []),
    ]

    /// Word lists of the time, speech, event and relation stages, interned and marked like
    /// `grammarWords`; a stage tests a token against them by id, without hashing its text.
    static let stageWords: [([String], WordClass)] = [
        (Array(TimeResolver.futureWords), .futureWord),
        (Array(TimeResolver.pastWords), .pastWord),
        (Array(TimeResolver.relativeWords), .relativeTimeWord),
        (Array(SpeechExtractor.adverbs), .speechAdverb),
        (Array(EventExtractor.nounTriggers.keys), .eventNoun),
        (Array(EventExtractor.verbTriggers.keys), .eventVerb),
        (Array(EventExtractor.jointVerbs), .jointVerb),
        (Array(EventExtractor.plannedWords), .plannedWord),
        // Words the stages compare by id only (punctuation is interned in `buildWordIndex`).
        // EventExtractor
        (["a", "the", "his", "her", "their", "its", "first", "official", "state", "planned", "possible", "upcoming",
          "phone", "telephone", "video", "reporters", "journalists", "press", "media", "expire", "expires",
          "expired", "expiring", "agreement", "deal", "treaty", "term", "pact", "contract", "accord", "sanctions",
          "visa", "mandate", "lease", "virtual", "online", "videoconference", "by", "over", "via", "those", "these",
          "that", "to", "in", "held", "had", "after", "during", "since", "following", "last", "met", "won", "lost",
          "took", "began", "begins", "ends", "ended", "left", "became", "signed", "rose", "fell", "set", "closes",
          "opens", "meets", "visits", "lasted", "lasting", "for", "on", "at", "with", "and", "as", "call", "two",
          "next", "later", "minute", "minutes", "hour", "hours", "day", "days"], []),
        // SpeechExtractor
        (["so", "an", "board", "management", "spokesperson", "spokesman", "spokeswoman", "statement", "office",
          "through", "he", "she", "they", "it", "we", "i", "you", "there", "twitter", "facebook", "x", "instagram",
          "telegram", "weibo", "youtube", "tiktok", "television", "tv", "radio", "tweet", "post", "interview",
          "speech", "briefing", "letter", "according", "who"], []),
        // Words of the speech, event and time stages that no list above names.
        (SpeechExtractor.addedWords + EventExtractor.addedWords + TimeResolver.addedWords, []),
        // TimeResolver
        (["until", "from", "early", "late", "mid", "of", "before", "this", "end", "till", "earlier", "past", "month",
          "year"], []),
        // RelationExtractor
        (["claims", "claimed", "claim", "sovereignty", "ownership", "control", "is", "are", "was", "member",
          "members", "includes", "include", "comprises", "groups", "countries", "nations", "which"], []),
    ]

    /// The id of a word a stage compares tokens against. The word must be in the vocabulary
    /// (in `grammarWords` or `stageWords`): an unknown word's id, -1, would match every token
    /// no list names.
    func knownID(_ word: String) -> Int32 {
        let id = vocabulary.id(of: word)
        precondition(id >= 0, "\(word) is not in the lexicon's vocabulary")
        return id
    }

    /// The classes of a token's word (empty for words no list names).
    @inline(__always) func classes(of t: Token) -> WordClass {
        t.word >= 0 ? classes[Int(t.word)] : []
    }

    /// The id of a word (lower case), or -1 when no lexicon or word list names it.
    func id(of word: String) -> Int32 { vocabulary.id(of: word) }


    /// The longest lexicon phrase starting at token `i` (not beyond `end`), if any.
    func phrase(at i: Int, in tokens: [Token], end: Int) -> Phrase? {
        guard i < end else { return nil }
        // A name must be written with a capital ("china" is porcelain, "turkey" a bird).
        guard tokens[i].isCapitalized || tokens[i].kind == .number else { return nil }
        let allCaps = tokens[i].has(.allCaps)
        var best: Int32 = -1
        phraseTrie.walkNodes(tokens, from: i, end: end) { _, node in
            if !phraseCaseSensitive[Int(node)] || allCaps { best = node }
        }
        return best >= 0 ? phraseTrie.value(at: best) : nil
    }

    /// Whether a key is words joined by single spaces (only such keys can match tokens).
    private static func isSpaced(_ key: String) -> Bool {
        !key.isEmpty && key.split(separator: " ", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty }
    }

    /// Every alias a country is known by (lexicon aliases, without "the ...").
    func countryAliases(_ name: String) -> [String] { countries[name]?.aliases ?? [] }

    // MARK: - Loading

    private static func rows(_ name: String) -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Lexicons")
                ?? Bundle.module.url(forResource: name, withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Extraction lexicon \(name).tsv is missing from the module's resources")
        }
        var out: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            out.append(line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) })
        }
        return out
    }

    private static func list(_ field: String) -> [String] {
        field.split(separator: ";").map { String($0) }.filter { !$0.isEmpty }
    }
}

/// Classes of words, one bit each, indexed by word id in `Lexicon.classes`.
struct WordClass: OptionSet {
    let rawValue: UInt64
    static let orgHead = WordClass(rawValue: 1 << 0)
    static let orgFirst = WordClass(rawValue: 1 << 1)
    static let placeHead = WordClass(rawValue: 1 << 2)
    static let docHead = WordClass(rawValue: 1 << 3)
    static let nonName = WordClass(rawValue: 1 << 4)
    static let starter = WordClass(rawValue: 1 << 5)
    static let institution = WordClass(rawValue: 1 << 6)
    static let sentenceEndingAbbreviation = WordClass(rawValue: 1 << 7)
    static let abbreviation = WordClass(rawValue: 1 << 8)
    /// A word a title can start with (`Lexicon.titleStarts`).
    static let titleStart = WordClass(rawValue: 1 << 9)
    static let titlePrefix = WordClass(rawValue: 1 << 10)
    static let titleModifier = WordClass(rawValue: 1 << 11)
    /// A one-word title head ("minister"): a key of `Lexicon.titleHeads`.
    static let titleHeadWord = WordClass(rawValue: 1 << 12)
    static let pronoun = WordClass(rawValue: 1 << 13)
    static let role = WordClass(rawValue: 1 << 14)
    static let locativePreposition = WordClass(rawValue: 1 << 15)
    static let subordinator = WordClass(rawValue: 1 << 16)
    /// A month or weekday name or abbreviation.
    static let calendar = WordClass(rawValue: 1 << 17)
    // Grammar words of the stages (`Lexicon.grammarWords`).
    static let connector = WordClass(rawValue: 1 << 18)
    static let nameParticle = WordClass(rawValue: 1 << 19)
    static let locativeBefore = WordClass(rawValue: 1 << 20)
    static let placeNoun = WordClass(rawValue: 1 << 21)
    static let motion = WordClass(rawValue: 1 << 22)
    static let stateVerbAfter = WordClass(rawValue: 1 << 23)
    static let stateWordBefore = WordClass(rawValue: 1 << 24)
    static let stateNounBeforeFrom = WordClass(rawValue: 1 << 25)
    static let headlineFunctionWord = WordClass(rawValue: 1 << 26)
    static let article = WordClass(rawValue: 1 << 27)
    // Words of the time, speech, event and relation stages (`Lexicon.stageWords`), from bit 40 up.
    /// A key of `Lexicon.speechLemma`: "said", "told", "stressed".
    static let speechVerb = WordClass(rawValue: 1 << 40)
    /// Adverbs between a speaker and a speech verb ("also", "has", "repeatedly").
    static let speechAdverb = WordClass(rawValue: 1 << 41)
    /// Words that put a time in the future or in the past ("will", "scheduled"; "was", "ago").
    static let futureWord = WordClass(rawValue: 1 << 42)
    static let pastWord = WordClass(rawValue: 1 << 43)
    /// Words that can start a relative time ("yesterday", "last", "this").
    static let relativeTimeWord = WordClass(rawValue: 1 << 44)
    /// Event trigger nouns and verbs (`EventExtractor.nounTriggers`, `verbTriggers`, `jointVerbs`).
    static let eventNoun = WordClass(rawValue: 1 << 45)
    static let eventVerb = WordClass(rawValue: 1 << 46)
    static let jointVerb = WordClass(rawValue: 1 << 47)
    /// Words before an event that make it planned (`EventExtractor.plannedWords`).
    static let plannedWord = WordClass(rawValue: 1 << 48)
}

/// A few words tested by id, for the stages' short word lists: `contains` scans a few
/// integers instead of hashing the token's text. The words must be in the vocabulary.
struct WordSet {
    private let ids: [Int32]

    init(_ words: [String]) { ids = words.map { Lexicon.shared.knownID($0) } }

    /// Whether the token's lower-cased text is one of the words.
    @inline(__always) func contains(_ t: Token) -> Bool { t.word >= 0 && ids.contains(t.word) }
}

/// Lower-cased words ↔ small integer ids: an open-addressing table over the words' UTF-8
/// bytes with an FNV-1a hash, so the tokenizer can find a token's id straight from the
/// article's bytes (folding ASCII capitals as it goes) without building a string.
struct Vocabulary {
    /// A table slot: the word's id (-1: empty), its length and its first eight bytes, so a
    /// lookup reads one slot, and the word's stored bytes only past the eighth: the tokenizer
    /// looks up every token, and the tables are too big to stay in cache.
    private struct Slot {
        var id: Int32 = -1
        var length: Int32 = 0
        var prefix: UInt64 = 0
    }
    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private(set) var words: [String] = []

    var count: Int { words.count }

    @inline(__always) private static func fnv(_ h: UInt64, _ c: UInt8) -> UInt64 { (h ^ UInt64(c)) &* 0x100000001b3 }
    private static let seed: UInt64 = 0xcbf29ce484222325

    /// Adds a word (already lower case) if new; returns its id.
    @discardableResult
    mutating func intern(_ word: String) -> Int32 {
        let existing = id(of: word)
        if existing >= 0 { return existing }
        let id = Int32(words.count)
        words.append(word)
        bytes.append(contentsOf: word.utf8)
        offsets.append(bytes.count)
        if words.count * 2 > slots.count {
            slots = [Slot](repeating: Slot(), count: slots.count * 2)
            for w in 0..<words.count { place(Int32(w)) }
        } else {
            place(id)
        }
        return id
    }

    private mutating func place(_ id: Int32) {
        var h = Vocabulary.seed
        var prefix: UInt64 = 0
        let lo = offsets[Int(id)], hi = offsets[Int(id) + 1]
        for k in lo..<hi {
            h = Vocabulary.fnv(h, bytes[k])
            if k - lo < 8 { prefix |= UInt64(bytes[k]) << UInt64(8 * (k - lo)) }
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(id: id, length: Int32(hi - lo), prefix: prefix)
    }

    /// The id of a lower-case word, or -1.
    func id(of word: String) -> Int32 {
        var w = word
        return w.withUTF8 { find($0, 0, $0.count, foldASCII: false) }
    }

    /// The id of the word spelled by `b[s..<e]`, with ASCII capitals folded to lower case when
    /// `foldASCII` (the caller knows the bytes are ASCII), or -1.
    @inline(__always)
    func find(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, foldASCII: Bool) -> Int32 {
        @inline(__always) func fold(_ c: UInt8) -> UInt8 { foldASCII && c >= 65 && c <= 90 ? c | 0x20 : c }
        var h = Vocabulary.seed
        var prefix: UInt64 = 0
        for k in s..<e {
            let c = fold(b[k])
            h = Vocabulary.fnv(h, c)
            if k - s < 8 { prefix |= UInt64(c) << UInt64(8 * (k - s)) }
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        let length = e - s
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry.id < 0 { return -1 }
                if Int(entry.length) == length && entry.prefix == prefix {
                    if length <= 8 { return entry.id }
                    let lo = offsets[Int(entry.id)]
                    let same = bytes.withUnsafeBufferPointer { stored in
                        var k = 8
                        while k < length && stored[lo + k] == fold(b[s + k]) { k += 1 }
                        return k == length
                    }
                    if same { return entry.id }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}

/// Phrases as paths of word ids: a trie whose edges (node, word id) live in one open-addressing
/// table. `walk` follows the tokens from a position and reports every phrase on the way.
struct WordTrie<Value> {
    private var keys = [UInt64](repeating: .max, count: 256)
    private var targets = [Int32](repeating: 0, count: 256)
    private var edgeCount = 0
    private var values: [Value?] = [nil]

    @inline(__always) private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }
    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 32) & (keys.count - 1)
    }

    @inline(__always) func child(_ node: Int32, _ word: Int32) -> Int32? {
        let k = WordTrie.key(node, word)
        var s = slot(k)
        let mask = keys.count - 1
        while true {
            let stored = keys[s]
            if stored == k { return targets[s] }
            if stored == .max { return nil }
            s = (s + 1) & mask
        }
    }

    /// Adds a phrase; a path already present keeps its first value.
    mutating func insert(_ path: [Int32], _ value: Value) {
        var node: Int32 = 0
        for w in path {
            if let next = child(node, w) { node = next; continue }
            if (edgeCount + 1) * 2 > keys.count { grow() }
            let next = Int32(values.count)
            values.append(nil)
            let k = WordTrie.key(node, w)
            var s = slot(k)
            while keys[s] != .max { s = (s + 1) & (keys.count - 1) }
            keys[s] = k; targets[s] = next; edgeCount += 1
            node = next
        }
        if values[Int(node)] == nil { values[Int(node)] = value }
    }

    private mutating func grow() {
        let oldKeys = keys, oldTargets = targets
        keys = [UInt64](repeating: .max, count: oldKeys.count * 2)
        targets = [Int32](repeating: 0, count: oldKeys.count * 2)
        for (i, k) in oldKeys.enumerated() where k != .max {
            var s = slot(k)
            while keys[s] != .max { s = (s + 1) & (keys.count - 1) }
            keys[s] = k; targets[s] = oldTargets[i]
        }
    }

    /// Follows `tokens[from...]` (not beyond `end`) and calls `body` with the length and node
    /// of every phrase on the way, shortest first; the value is not copied (`value(at:)` gives it).
    @inline(__always)
    func walkNodes(_ tokens: [Token], from: Int, end: Int, _ body: (Int, Int32) -> Void) {
        var node: Int32 = 0
        var k = from
        while k < end {
            let w = tokens[k].word
            guard w >= 0, let next = child(node, w) else { return }
            node = next
            k += 1
            if values[Int(node)] != nil { body(k - from, node) }
        }
    }

    /// The value of a node `walkNodes` reported.
    func value(at node: Int32) -> Value { values[Int(node)]! }

    /// Something about each node's value, by node (for tests during a walk without copying values).
    func nodeTable<T>(_ f: (Value?) -> T) -> [T] { values.map(f) }

    /// The longest phrase starting at `from` (not beyond `end`): its end and value.
    func longest(_ tokens: [Token], from: Int, end: Int) -> (end: Int, value: Value)? {
        var best: (end: Int, node: Int32) = (from, -1)
        walkNodes(tokens, from: from, end: end) { length, node in best = (from + length, node) }
        return best.node >= 0 ? (best.end, value(at: best.node)) : nil
    }
}

/// Ids of single words the mention, resolution, sentence and title stages compare tokens with:
/// `t.word == known.of` tests what `t.lower == "of"` tests, without comparing strings. Every
/// word here is interned (`KnownWords.words`), so no id is -1 (the id of unknown words).
struct KnownWords {
    static let shared = KnownWords(Lexicon.shared.vocabulary)

    /// Words to intern; those no lexicon list names get ids with no classes.
    static let words = [
        "(", ")", "[", "]", ",", ".", ";", ":", "?", "!", "...", "\u{2026}", "'", "\u{2019}", "*", "\u{2022}",
        "a", "i", "the", "both", "two", "three", "of", "and", "for", "to", "from", "as", "at", "with", "also", "state",
        "calling", "call", "calls", "called", "it", "them", "known", "referred", "dubbed", "according",
        "has", "had", "later", "then", "previously", "counterpart", "counterparts", "his", "her", "their", "its",
        "administration", "government", "who", "an", "led", "by",
        // Words of `SentenceSplitter.relatedMarkers`.
        "related", "coverage", "stories", "articles", "read", "more", "see", "on", "this", "recommended", "news",
        "you", "may", "like", "most", "trending",
    ]

    let open, close, openBracket, closeBracket, comma, period, semicolon, colon, question, exclamation, dots, ellipsis: Int32
    let apostrophe, curlyApostrophe, star, bullet: Int32
    let a, i, the, both, two, three, of, and, for_, to, from, as_, at, with, also, state: Int32
    let calling, call, calls, called, it, them, known, referred, dubbed, according: Int32
    let has, had, later, then, previously, counterpart, counterparts, his, her, their, its: Int32
    let administration, government, who, an, led, by: Int32

    init(_ v: Vocabulary) {
        func id(_ w: String) -> Int32 {
            let id = v.id(of: w)
            precondition(id >= 0, "\(w) is not interned")
            return id
        }
        open = id("("); close = id(")"); openBracket = id("["); closeBracket = id("]"); comma = id(",")
        period = id("."); semicolon = id(";"); colon = id(":"); question = id("?"); exclamation = id("!")
        dots = id("..."); ellipsis = id("\u{2026}"); apostrophe = id("'"); curlyApostrophe = id("\u{2019}")
        star = id("*"); bullet = id("\u{2022}")
        a = id("a"); i = id("i"); the = id("the"); both = id("both"); two = id("two"); three = id("three")
        of = id("of"); and = id("and"); for_ = id("for"); to = id("to"); from = id("from"); as_ = id("as")
        at = id("at"); with = id("with"); also = id("also"); state = id("state")
        calling = id("calling"); call = id("call"); calls = id("calls"); called = id("called"); it = id("it")
        them = id("them"); known = id("known"); referred = id("referred"); dubbed = id("dubbed")
        according = id("according"); has = id("has"); had = id("had"); later = id("later"); then = id("then")
        previously = id("previously"); counterpart = id("counterpart"); counterparts = id("counterparts")
        his = id("his"); her = id("her"); their = id("their"); its = id("its")
        administration = id("administration"); government = id("government"); who = id("who"); an = id("an")
        led = id("led"); by = id("by")
    }
}
