import Foundation

/// The word lists the pipeline reads, loaded once from the module's `Lexicons/` resources and
/// never changed afterwards, so every thread can read them without locks.
///
/// Names (countries, demonyms, capitals, organizations, places) are indexed as token
/// sequences so a mention is found by looking up the lower-cased tokens at a position.
final class Lexicon: @unchecked Sendable {
    static let shared = Lexicon()

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
    private(set) var phrases: [String: Phrase] = [:]
    /// First token (lower case) → the most tokens any phrase starting with it has.
    private(set) var longestPhrase: [String: Int] = [:]
    private(set) var countries: [String: CountryInfo] = [:]
    /// Aliases of organizations and places by canonical name.
    private(set) var namedAliases: [String: [String]] = [:]
    /// The country a national organization or a place belongs to.
    private(set) var homeCountry: [String: String] = [:]

    private(set) var abbreviations: Set<String> = []
    private(set) var sentenceEndingAbbreviations: Set<String> = []
    private(set) var orgHeads: Set<String> = []
    private(set) var orgFirst: Set<String> = []
    private(set) var placeHeads: Set<String> = []
    private(set) var nonNames: Set<String> = []
    private(set) var starters: Set<String> = []
    private(set) var speechLemma: [String: String] = [:]
    private(set) var speechNouns: Set<String> = []
    private(set) var pronouns: [String: String] = [:]
    private(set) var roles: [String: String] = [:]
    private(set) var locativePrepositions: Set<String> = []
    private(set) var subordinators: Set<String> = []
    /// Institutions named by one or two words that stand alone ("Senate", "Foreign Ministry").
    private(set) var institutions: Set<String> = []
    /// Last words of names of documents and occasions ("Arica Accord", "Paris Agreement").
    private(set) var docHeads: Set<String> = []

    /// Title grammar: heads ("minister", "prime minister"), portfolios, prefixes, modifiers.
    private(set) var titleHeads: [String: String] = [:]
    private(set) var titleHeadLongest: [String: Int] = [:]
    private(set) var portfolios: [String: String] = [:]
    private(set) var portfolioLongest: [String: Int] = [:]
    private(set) var titlePrefixes: [String: String] = [:]
    private(set) var titleModifiers: [String: String] = [:]
    /// Every word a title can start with (a quick test before the full title grammar).
    private(set) var titleStarts: Set<String> = []

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
    }

    private func add(_ surface: String, _ kind: PhraseKind, _ canonical: String, _ type: String) {
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

    /// The longest lexicon phrase starting at token `i` (not beyond `end`), if any.
    func phrase(at i: Int, in tokens: [Token], end: Int) -> Phrase? {
        guard i < end, let longest = longestPhrase[tokens[i].lower] else { return nil }
        var length = min(longest, end - i)
        while length >= 1 {
            var key = tokens[i].lower
            if length > 1 { for k in i + 1..<i + length { key += " "; key += tokens[k].lower } }
            if let p = phrases[key] {
                if p.caseSensitive && !(tokens[i].has(.allCaps)) { length -= 1; continue }
                // A name must be written with a capital ("china" is porcelain, "turkey" a bird).
                if !tokens[i].isCapitalized && tokens[i].kind != .number { length -= 1; continue }
                return p
            }
            length -= 1
        }
        return nil
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
