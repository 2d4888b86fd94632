import Foundation

/// The word lists the pipeline reads, loaded once from the lexicon tables compiled into the
/// module (`LexiconData`, from `Lexicons/*.tsv`) and never changed afterwards, so every thread
/// can read them without locks.
///
/// Names (countries, demonyms, capitals, organizations, places) are indexed as token
/// sequences so a mention is found by looking up the lower-cased tokens at a position.
final class Lexicon: Sendable {
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

    struct Phrase: Sendable {
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

    /// Month and weekday names and abbreviations (`calendar.tsv`) → 1...12 and 1 (Monday)...7.
    static let months: [String: Int] = calendar("month")
    static let weekdays: [String: Int] = calendar("weekday")

    private static func calendar(_ kind: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for row in LexiconData.calendar where row.kind == kind { out[row.word] = row.number }
        return out
    }

    /// The words of each list of `wordlists.tsv`, and the word of each name of `knownwords.tsv`.
    let listWords: [WordList: [String]]
    let knownWordText: [KnownWord: String]

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
        listWords = l.listWords
        knownWordText = l.knownWordText
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
        var listWords: [WordList: [String]] = [:]
        var knownWordText: [KnownWord: String] = [:]

        init() {
            // Word classes first: the tokenizer needs the abbreviations to tokenize lexicon phrases.
            for row in LexiconData.words {
                let word = row.word, value = row.value ?? ""
                switch row.kind {
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
                default: break  // the schema allows no other kind
                }
            }
            for row in LexiconData.titles {
                let key = row.words, value = row.value
                let words = key.split(separator: " ")
                guard let first = words.first.map(String.init) else { continue }
                switch row.kind {
                case "head":
                    titleHeads[key] = value
                    titleHeadLongest[first] = max(titleHeadLongest[first] ?? 0, words.count)
                case "portfolio":
                    let tokens = Tokenizer.tokenize(key, abbreviations: abbreviations).map(\.lower)
                    guard let firstToken = tokens.first else { continue }
                    portfolios[tokens.joined(separator: " ")] = value
                    portfolioLongest[firstToken] = max(portfolioLongest[firstToken] ?? 0, tokens.count)
                case "prefix": titlePrefixes[key] = value
                case "modifier": titleModifiers[key] = value
                default: break
                }
            }
            for key in Array(titleHeads.keys) + Array(portfolios.keys) {
                if let first = key.split(separator: " ").first { titleStarts.insert(String(first)) }
            }
            for key in titlePrefixes.keys { titleStarts.insert(key) }
            for key in titleModifiers.keys { titleStarts.insert(key) }
            // Names. Order matters: a phrase keeps the first meaning given to it.
            for row in LexiconData.countries {
                countries[row.name] = CountryInfo(aliases: row.aliases, capitals: row.capitals)
                add(row.name, .country, row.name, row.type)
                for a in row.aliases { add(a, .country, row.name, row.type) }
            }
            for row in LexiconData.organizations {
                namedAliases[row.name] = row.aliases
                if let country = row.country { homeCountry[row.name] = country }
                add(row.name, .organization, row.name, "organization")
                for a in row.aliases { add(a, .organization, row.name, "organization") }
            }
            // The larger list of well-known organizations (country "-" for none).
            for row in LexiconData.organizationsKnown where namedAliases[row.name] == nil {
                namedAliases[row.name] = row.aliases
                if row.country != "-" { homeCountry[row.name] = row.country }
                add(row.name, .organization, row.name, "organization")
                for a in row.aliases { add(a, .organization, row.name, "organization") }
            }
            for row in LexiconData.places {
                let type = row.type
                namedAliases[row.name] = row.aliases
                if let country = row.locatedIn { homeCountry[row.name] = country }
                add(row.name, .place, row.name, type)
                for a in row.aliases { add(a, .place, row.name, type) }
            }
            for row in LexiconData.countries {
                for c in row.capitals { add(c, .capital, row.name, row.type) }
            }
            for row in LexiconData.countries {
                for d in row.demonyms {
                    add(d, .demonym, row.name, row.type)
                    // Plural nouns: "Americans", "Israelis", "Filipinos".
                    if let last = d.last, "nio".contains(last) { add(d + "s", .demonym, row.name, row.type) }
                }
            }
            // A nation that is no state has its people's adjective too ("English captain X":
            // England's captain), after the countries' so a country's adjective keeps its country.
            for row in LexiconData.places {
                for d in row.demonyms { add(d, .demonym, row.name, row.type) }
            }
            for row in LexiconData.wordlists {
                guard let list = WordList(rawValue: row.list) else { continue }
                listWords[list, default: []].append(row.word)
            }
            for row in LexiconData.knownwords {
                if let name = KnownWord(rawValue: row.name) { knownWordText[name] = row.word }
            }
            buildWordIndex()
        }

        /// Interns every word the tables above name, then fills the id-keyed tables. Runs once,
        /// at the end of loading; nothing changes afterwards.
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
            mark(LexiconData.calendar.map(\.word), .calendar)
            mark(LexiconData.sentenceOpeners.map(\.word), .sentenceOpener)
            mark(LexiconData.personVerbs.map(\.word), .personVerb)
            mark(LexiconData.eventtriggers.filter { $0.pos == "noun" }.map(\.word), .eventNoun)
            mark(LexiconData.eventtriggers.filter { $0.pos == "verb" }.map(\.word), .eventVerb)
            // Every word of every list (phrases word by word), with the list's class if it has one.
            for (list, words) in listWords {
                for phrase in words {
                    for w in ASCIIWord.spaceSeparated(phrase) { mark([w], Lexicon.classOfList[list] ?? []) }
                }
            }
            mark(speechLemma.keys, .speechVerb)
            for key in Array(titleHeads.keys) + Array(portfolios.keys) + Array(phrases.keys) {
                for w in ASCIIWord.spaceSeparated(key) { v.intern(w) }
            }
            for w in knownWordText.values { v.intern(w) }
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
            for (key, value) in titleHeads where Lexicon.isSpaced(key) { titleHeadTrie.insert(path(ASCIIWord.spaceSeparated(key)), value) }
            for (key, value) in portfolios where Lexicon.isSpaced(key) { portfolioTrie.insert(path(ASCIIWord.spaceSeparated(key)), value) }
            for (key, value) in phrases where Lexicon.isSpaced(key) { phraseTrie.insert(path(ASCIIWord.spaceSeparated(key)), value) }
            vocabulary = v
        }

        mutating func add(_ surface: String, _ kind: PhraseKind, _ canonical: String, _ type: String) {
            guard !surface.isEmpty, !surface.lowercased().hasPrefix("the ") else { return }
            let tokens = Tokenizer.tokenize(surface, abbreviations: abbreviations)
            guard !tokens.isEmpty else { return }
            let key = tokens.map(\.lower).joined(separator: " ")
            guard phrases[key] == nil else { return }
            // Short acronyms match only as written: "WHO" is no "Who", and "LeT" (capitals inside
            // a word) no "Let".
            let (letterCount, allCapitals, capitalsInside) = ASCIIWord.letterCase(surface)
            let caseSensitive = letterCount >= 2 && letterCount <= 5
                && (allCapitals || capitalsInside) && !surface.contains(".")
            phrases[key] = Phrase(kind: kind, canonical: canonical, type: type, caseSensitive: caseSensitive, tokenCount: tokens.count)
            longestPhrase[tokens[0].lower] = max(longestPhrase[tokens[0].lower] ?? 0, tokens.count)
            // A listed body's or place's name is also written with a space for the hyphen between
            // two capitalised words ("Asia-Pacific Economic Cooperation" as "Asia Pacific Economic
            // Cooperation"): the spaced form is the same name, not two places and a remainder.
            if kind == .organization || kind == .place || kind == .country,
               let spaced = Lexicon.spacedHyphens(surface) {
                add(spaced, kind, canonical, type)
            }
        }
    }


    /// The word class each list of `wordlists.tsv` gives its words, for the lists that give one:
    /// a stage tests it as one bit (`Lexicon.shared.classes(of: token).contains(.connector)`).
    static let classOfList: [WordList: WordClass] = [
        .nameConnector: .connector, .nameParticle: .nameParticle, .placeBefore: .locativeBefore, .placeNoun: .placeNoun,
        .motion: .motion, .stateVerbAfter: .stateVerbAfter, .stateWordBefore: .stateWordBefore,
        .stateNounBeforeFrom: .stateNounBeforeFrom, .headlineFunctionWord: .headlineFunctionWord, .article: .article,
        .timeFuture: .futureWord, .timePast: .pastWord, .timeRelative: .relativeTimeWord, .speechAdverb: .speechAdverb,
        .eventJoint: .jointVerb, .eventPlanned: .plannedWord, .placeFirst: .placeFirst,
    ]

    /// The words (or phrases) of a list of `wordlists.tsv`.
    func words(in list: WordList) -> [String] { listWords[list] ?? [] }

    /// The id of a word of `knownwords.tsv`. Every such word is interned when the lexicon loads
    /// (a test checks it); were one not, the id would match no token rather than trap.
    func id(_ word: KnownWord) -> Int32 {
        let id = knownWordText[word].map { vocabulary.id(of: $0) } ?? -1
        return id >= 0 ? id : Int32.min
    }


    /// The classes of a token's word (empty for words no list names).
    @inline(__always) func classes(of t: Token) -> WordClass {
        t.word >= 0 ? classes[Int(t.word)] : []
    }

    /// The id of a word (lower case), or -1 when no lexicon or word list names it.
    func id(of word: String) -> Int32 { vocabulary.id(of: word) }

    /// `speechLemma[token.lower]`, read by the token's word id (every key of `speechLemma` is
    /// in the vocabulary): no string is hashed.
    @inline(__always) func speechLemma(of t: Token) -> String? {
        t.word >= 0 ? speechLemmaOf[Int(t.word)] : nil
    }


    /// The longest lexicon phrase starting at token `i` (not beyond `end`), if any.
    func phrase(at i: Int, in tokens: [Token], end: Int) -> Phrase? {
        guard i < end else { return nil }
        // A name must be written with a capital ("china" is porcelain, "turkey" a bird).
        guard tokens[i].isCapitalized || tokens[i].kind == .number else { return nil }
        var best: Int32 = -1
        phraseTrie.walkNodes(tokens, from: i, end: end) { _, node in
            if !phraseCaseSensitive[Int(node)] || Lexicon.writtenAsAcronym(tokens[i]) { best = node }
        }
        return phraseTrie.value(at: best)
    }

    /// Whether a token is written in capitals ("WHO") or with capitals inside it ("LeT").
    private static func writtenAsAcronym(_ token: Token) -> Bool {
        token.has(.allCaps) || token.text.utf8.dropFirst().contains { $0 >= 65 && $0 <= 90 }
    }

    /// Whether a key is words joined by single spaces (only such keys can match tokens).
    /// `name` with each hyphen that joins two capitalised words of two letters or more written
    /// as a space ("Asia-Pacific Forum" → "Asia Pacific Forum"; "Tehreek-e-Insaf" and "Saint-lès"
    /// keep theirs), or nil when there is none.
    static func spacedHyphens(_ name: String) -> String? {
        var changed = false
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count > 1,
                  parts.allSatisfy({ $0.count >= 2 && $0.first!.isUppercase && $0.dropFirst().contains(where: \.isLowercase) })
            else { return String(word) }
            changed = true
            return parts.joined(separator: " ")
        }
        return changed ? words.joined(separator: " ") : nil
    }

    private static func isSpaced(_ key: String) -> Bool {
        !key.isEmpty && key.split(separator: " ", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty }
    }

    /// Every alias a country is known by (lexicon aliases, without "the ...").
    func countryAliases(_ name: String) -> [String] { countries[name]?.aliases ?? [] }

    /// The country a place lies in as the lexicons know it: a listed place's or national body's
    /// home country, else the country whose capital the name is ("Lima" → Peru), with the rule
    /// that says which (`located-in-lexicon`, `located-in-capital`); nil when neither lists it.
    /// The one lookup `PlaceCountries` and `RelationExtractor` both make.
    func listedCountry(of name: String) -> (country: String, rule: String)? {
        if let c = homeCountry[name] { return (c, "located-in-lexicon") }
        if let p = phrases[Tokenizer.tokenize(name).map(\.lower).joined(separator: " ")], p.kind == .capital {
            return (p.canonical, "located-in-capital")
        }
        return nil
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
    // Grammar words of the stages (lists of `wordlists.tsv`, see `Lexicon.classOfList`).
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
    // Words of the time, speech, event and relation stages (`wordlists.tsv` and others), from bit 40 up.
    /// A key of `Lexicon.speechLemma`: "said", "told", "stressed".
    static let speechVerb = WordClass(rawValue: 1 << 40)
    /// Adverbs between a speaker and a speech verb ("also", "has", "repeatedly").
    static let speechAdverb = WordClass(rawValue: 1 << 41)
    /// Words that put a time in the future or in the past ("will", "scheduled"; "was", "ago").
    static let futureWord = WordClass(rawValue: 1 << 42)
    static let pastWord = WordClass(rawValue: 1 << 43)
    /// Words that can start a relative time ("yesterday", "last", "this").
    static let relativeTimeWord = WordClass(rawValue: 1 << 44)
    /// Event trigger nouns and verbs (`eventtriggers.tsv`) and acts done together (`event.joint`).
    static let eventNoun = WordClass(rawValue: 1 << 45)
    static let eventVerb = WordClass(rawValue: 1 << 46)
    static let jointVerb = WordClass(rawValue: 1 << 47)
    /// Words before an event that make it planned (`event.planned`).
    static let plannedWord = WordClass(rawValue: 1 << 48)
    /// Words that open a place's name ("Lake", "Fort", "Mount": `place.first`).
    static let placeFirst = WordClass(rawValue: 1 << 49)
    /// Words that, capitalised at a sentence's start, do not begin a name ("Following", "Take",
    /// "Hey": `sentence-openers.tsv`, from UD English EWT's tags).
    static let sentenceOpener = WordClass(rawValue: 1 << 50)
    /// Verb forms used of "he", "she" or "I" far more than of "it" (`person-verbs.tsv`).
    static let personVerb = WordClass(rawValue: 1 << 51)
}

/// A list of `wordlists.tsv` tested by id, for the stages' short word lists: `contains` reads
/// one bit instead of hashing the token's text. The list is named by its Swift case, so a list
/// the table lacks is a compile error; its words are all in the vocabulary.
///
/// The ids are kept as a bit set over the span from the smallest to the largest: the stages ask
/// some 120 lists about nearly every token, and scanning a list's ids (tens of them) was a
/// loop of its own at each question.
struct WordSet {
    /// The smallest id of the list (0 for an empty list).
    private let low: Int
    /// Bit `id - low` is set for each id of the list.
    private let bits: [UInt64]

    init(_ list: WordList) {
        let lex = Lexicon.shared
        self.init(ids: lex.words(in: list).map { lex.vocabulary.id(of: $0) })
    }

    /// A set of these word ids (negative ones, words the vocabulary lacks, are left out).
    init(ids: [Int32]) {
        let ids = ids.filter { $0 >= 0 }.map(Int.init)
        guard let low = ids.min(), let high = ids.max() else {
            self.low = 0
            bits = []
            return
        }
        var bits = [UInt64](repeating: 0, count: (high - low) / 64 + 1)
        for id in ids { bits[(id - low) >> 6] |= 1 << UInt64((id - low) & 63) }
        self.low = low
        self.bits = bits
    }

    /// Whether the token's lower-cased text is one of the words.
    @inline(__always) func contains(_ t: Token) -> Bool { contains(id: t.word) }

    /// Whether `id` is one of the words' ids (never for a negative id: `low` is not negative).
    @inline(__always) func contains(id: Int32) -> Bool {
        let d = Int(id) &- low
        guard d >= 0, d >> 6 < bits.count else { return false }
        return bits[d >> 6] & (1 << UInt64(d & 63)) != 0
    }
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
    /// One byte a slot: 0 when empty, else 0x80 and seven bits of the word's hash. A lookup reads
    /// the slot itself only when the tags agree, so a word that is not there (most names, and
    /// most questions put to the gazetteer) costs a read of this table, sixteen times smaller
    /// than the slots and far likelier to be in cache.
    private var tags = [UInt8](repeating: 0, count: 1024)
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private(set) var words: [String] = []

    var count: Int { words.count }

    init() {}

    /// An empty vocabulary whose table holds `capacity` words before it grows.
    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        tags = [UInt8](repeating: 0, count: size)
        words.reserveCapacity(capacity)
        offsets.reserveCapacity(capacity + 1)
    }

    /// The tag of a word whose hash is `h` (never 0); the slot index takes the hash's low bits.
    @inline(__always) private static func tag(_ h: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: h >> 57) | 0x80 }

    /// Adds a word (already lower case) if new; returns its id.
    ///
    /// Hashes the word once: the probe that does not find it ends at the empty slot the word
    /// takes (a lookup and then `place` hashed each new word twice, and copied its bytes one
    /// by one: 82 million instructions of a one-shot `newsq extract`'s start-up).
    @discardableResult
    mutating func intern(_ word: String) -> Int32 {
        var copy = word
        let (found, slot, length, prefix, tag) = copy.withUTF8 { b -> (Int32, Int, Int, UInt64, UInt8) in
            var h = FNV1a.basis
            var prefix: UInt64 = 0
            for k in 0..<b.count {
                h = FNV1a.add(h, b[k])
                if k < 8 { prefix |= UInt64(b[k]) << UInt64(8 * k) }
            }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            let want = Vocabulary.tag(h)
            while tags[slot] != 0 {
                if tags[slot] == want {
                    let entry = slots[slot]
                    if Int(entry.length) == b.count && entry.prefix == prefix {
                        if b.count <= 8 { return (entry.id, slot, b.count, prefix, want) }
                        let lo = offsets[Int(entry.id)]
                        var k = 8
                        while k < b.count && bytes[lo + k] == b[k] { k += 1 }
                        if k == b.count { return (entry.id, slot, b.count, prefix, want) }
                    }
                }
                slot = (slot + 1) & mask
            }
            bytes.append(contentsOf: b)
            return (-1, slot, b.count, prefix, want)
        }
        if found >= 0 { return found }
        let id = Int32(words.count)
        words.append(word)
        offsets.append(bytes.count)
        if words.count * 2 > slots.count {
            slots = [Slot](repeating: Slot(), count: slots.count * 2)
            tags = [UInt8](repeating: 0, count: slots.count)
            for w in 0..<words.count { place(Int32(w)) }
        } else {
            // The first empty slot of the word's probe, where `place` would put it.
            slots[slot] = Slot(id: id, length: Int32(length), prefix: prefix)
            tags[slot] = tag
        }
        return id
    }

    private mutating func place(_ id: Int32) {
        var h = FNV1a.basis
        var prefix: UInt64 = 0
        let lo = offsets[Int(id)], hi = offsets[Int(id) + 1]
        for k in lo..<hi {
            h = FNV1a.add(h, bytes[k])
            if k - lo < 8 { prefix |= UInt64(bytes[k]) << UInt64(8 * (k - lo)) }
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(id: id, length: Int32(hi - lo), prefix: prefix)
        tags[slot] = Vocabulary.tag(h)
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
        var h = FNV1a.basis
        var prefix: UInt64 = 0
        for k in s..<e {
            let c = fold(b[k])
            h = FNV1a.add(h, c)
            if k - s < 8 { prefix |= UInt64(c) << UInt64(8 * (k - s)) }
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        let length = e - s
        let want = Vocabulary.tag(h)
        return tags.withUnsafeBufferPointer { tags in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let tag = tags[slot]
                    if tag == 0 { return -1 }
                    // A slot whose tag differs holds a word of another hash: not this one.
                    if tag == want {
                        let entry = slots[slot]
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
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}

/// Phrases as paths of word ids: a trie whose edges (node, word id) live in one open-addressing
/// table. `walk` follows the tokens from a position and reports every phrase on the way.
struct WordTrie<Value: Sendable>: Sendable {
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

    /// The value of a node `walkNodes` reported (nil for any other node).
    func value(at node: Int32) -> Value? { node >= 0 && Int(node) < values.count ? values[Int(node)] : nil }

    /// Something about each node's value, by node (for tests during a walk without copying values).
    func nodeTable<T>(_ f: (Value?) -> T) -> [T] { values.map(f) }

    /// The longest phrase starting at `from` (not beyond `end`): its end and value.
    func longest(_ tokens: [Token], from: Int, end: Int) -> (end: Int, value: Value)? {
        var best: (end: Int, node: Int32) = (from, -1)
        walkNodes(tokens, from: from, end: end) { length, node in best = (from + length, node) }
        guard let value = value(at: best.node) else { return nil }
        return (best.end, value)
    }
}

/// Ids of single words the mention, resolution, sentence and title stages compare tokens with:
/// `t.word == known.of` tests what `t.lower == "of"` tests, without comparing strings. The
/// words come from `knownwords.tsv` (each field is named by its `KnownWord` case).
struct KnownWords {
    static let shared = KnownWords(Lexicon.shared)

    let open, close, openBracket, closeBracket, comma, period, semicolon, colon, question, exclamation, dots, ellipsis: Int32
    let apostrophe, curlyApostrophe, star, bullet: Int32
    let a, i, the, both, two, three, of, and, for_, to, from, as_, at, with, also, state: Int32
    let calling, call, calls, called, it, them, known, referred, dubbed, according: Int32
    let has, had, later, then, previously, counterpart, counterparts, his, her, their, its: Int32
    let administration, government, who, an, led, by: Int32

    init(_ lex: Lexicon) {
        let id: (KnownWord) -> Int32 = lex.id
        open = id(.open); close = id(.close); openBracket = id(.openBracket); closeBracket = id(.closeBracket); comma = id(.comma)
        period = id(.period); semicolon = id(.semicolon); colon = id(.colon); question = id(.question); exclamation = id(.exclamation)
        dots = id(.dots); ellipsis = id(.ellipsis); apostrophe = id(.apostrophe); curlyApostrophe = id(.curlyApostrophe)
        star = id(.star); bullet = id(.bullet)
        a = id(.a); i = id(.i); the = id(.the); both = id(.both); two = id(.two); three = id(.three)
        of = id(.of); and = id(.and); for_ = id(.for); to = id(.to); from = id(.from); as_ = id(.as)
        at = id(.at); with = id(.with); also = id(.also); state = id(.state)
        calling = id(.calling); call = id(.call); calls = id(.calls); called = id(.called); it = id(.it)
        them = id(.them); known = id(.known); referred = id(.referred); dubbed = id(.dubbed)
        according = id(.according); has = id(.has); had = id(.had); later = id(.later); then = id(.then)
        previously = id(.previously); counterpart = id(.counterpart); counterparts = id(.counterparts)
        his = id(.his); her = id(.her); their = id(.their); its = id(.its)
        administration = id(.administration); government = id(.government); who = id(.who); an = id(.an)
        led = id(.led); by = id(.by)
    }
}
