import NewsFacts
import XCTest

@testable import Extraction

/// The checks on names that read ASCII bytes give the answers of the Character-by-Character
/// reading they skip: `FamilyFirstNames.quickReject`, `EntityResolver.asciiInitials` and the
/// misspelling pass's `SpellingKey`.
final class NameBytesTests: XCTestCase {
    /// A small deterministic generator (an LCG), so the pairs are the same in every run.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// A word with one random edit: a substitution, an insertion, a deletion or a swap.
    private func edited(_ word: String, _ g: inout Generator) -> String {
        var c = Array(word)
        let letters = Array("abcdeilmnorstuyz-")
        guard !c.isEmpty else { return String(letters[g.next(letters.count)]) }
        let i = g.next(c.count)
        switch g.next(4) {
        case 0: c[i] = letters[g.next(letters.count)]
        case 1: c.insert(letters[g.next(letters.count)], at: i)
        case 2: c.remove(at: i)
        default: if i + 1 < c.count { c.swapAt(i, i + 1) }
        }
        return String(c)
    }

    private let words = [
        "Maurer", "Mauer", "United", "Untied", "Nations", "Kristen", "Kristin", "Wilkins", "Kim", "Jong", "Un",
        "Moon", "Jae-in", "Li", "Keqiang", "Wang", "Yi", "Leung", "Kwok-hung", "Lee", "Ann", "Womack", "Jack", "Ma",
        "International", "Monetary", "Fund", "of", "the", "and", "for", "De", "&", "Bank", "Zhou", "Weiming", "Pyo",
        "Ha-neul", "York-born", "Smith", "Smyth", "Johnson", "Jonhson", "Space", "Center", "Alexander", "Alexandre",
        "Café", "José", "Ölund", "Zoë",
    ]

    /// Names of one to four words from `words`, some edited, some with doubled spaces.
    private func names(_ count: Int, seed: UInt64) -> [String] {
        var g = Generator(state: seed)
        var out: [String] = []
        for _ in 0..<count {
            var parts: [String] = []
            for _ in 0..<(1 + g.next(4)) {
                var w = words[g.next(words.count)]
                if g.next(3) == 0 { w = edited(w, &g) }
                if g.next(5) == 0 { w = w.lowercased() }
                parts.append(w)
            }
            out.append(parts.joined(separator: g.next(10) == 0 ? "  " : " "))
        }
        return out
    }

    func testQuickRejectTurnsDownOnlyNamesTheFullReadingTurnsDown() {
        var rejected = 0
        let listed = ["Kim Jong Un", "Moon Jae-in", "Li Keqiang", "Kim Novak", "Jack Ma", " Wang  Yi "]
        for name in names(3000, seed: 7) + listed {
            let full = FamilyFirstNames.readInFull(name)
            if FamilyFirstNames.quickReject(name) {
                rejected += 1
                XCTAssertFalse(full, name)
            }
            XCTAssertEqual(FamilyFirstNames.isFamilyFirst(name), full, name)
        }
        // The shortcut must do something: most generated names are no Chinese or Korean names.
        XCTAssertGreaterThan(rejected, 1000)
        XCTAssertFalse(FamilyFirstNames.quickReject("Kim Jong Un"))
        XCTAssertFalse(FamilyFirstNames.quickReject("Pat Jae-in"))
        XCTAssertTrue(FamilyFirstNames.quickReject("Kristen Wilkins"))
    }

    func testASCIIInitialsAreTheWordByWordInitials() {
        let listed = ["International Monetary Fund", "New People's Party", "A-B", "of the", "X\r\nY"]
        for name in names(3000, seed: 11) + listed {
            XCTAssertEqual(EntityResolver.initials(name), EntityResolver.initialsOfWords(name), name)
        }
        let bank = EntityResolver.asciiInitials("Bank of the West")
        XCTAssertEqual(bank.map { String(decoding: $0, as: UTF8.self) }, "bw")
        XCTAssertNil(EntityResolver.asciiInitials("Café de Flore"))
    }

    func testASCIISuffixesAreTheSuffixesOfCharacters() {
        let listed = ["évian-les-bains", "a-b", "x- y", "x \r\n-y", "end "]
        for name in names(2000, seed: 17).map({ $0.lowercased() }) + listed {
            for place in [false, true] {
                if let ascii = EntityResolver.asciiSuffixes(name, hyphenPrefixes: place) {
                    XCTAssertEqual(ascii, EntityResolver.suffixes(name, hyphenPrefixes: place), name)
                }
            }
        }
        XCTAssertEqual(EntityResolver.asciiSuffixes("levico-les terme", hyphenPrefixes: true), ["levico", "terme"])
        XCTAssertNil(EntityResolver.asciiSuffixes("évian-les-bains", hyphenPrefixes: true))
    }

    func testWordsOfANameAreItsWordsBetweenSpaceBytes() {
        let listed = ["", " ", "a  b ", "Évian-les-Bains Town", "x \u{301}y", "Kim\tJong Un"]
        for name in names(2000, seed: 19) + listed {
            XCTAssertEqual(ShortForms.words(name), ShortForms.wordsOfScalars(name), name)
        }
    }

    func testNameWordsGiveTheFirstLastAndBeforeLastPartsOfASpaceSplit() {
        let listed = ["", " ", "a  b ", "Mohammed bin Salman", "Évian-les-Bains Town", "Luiz Inácio  da Silva", "Kim\tJong Un"]
        for name in names(2000, seed: 23) + listed {
            let parts = name.split(separator: " ")
            let words = NameWords(name)
            XCTAssertEqual(words.count, parts.count, name)
            XCTAssertEqual(words.first, parts.first ?? "", name)
            XCTAssertEqual(words.last, parts.last ?? "", name)
            XCTAssertEqual(words.beforeLast, parts.count >= 2 ? parts[parts.count - 2] : "", name)
        }
    }

    func testSpellingKeyMisspeltAgreesWithTheEditDistanceOfCharacters() {
        var g = Generator(state: 3)
        var agreedTrue = 0
        for _ in 0..<5000 {
            let x = words[g.next(words.count)].lowercased()
            var y = x
            for _ in 0..<g.next(4) { y = edited(y, &g) }
            let printable = { (s: String) in s.utf8.allSatisfy { $0 >= 32 && $0 < 127 } }
            guard printable(x), printable(y) else { continue }
            let allowed = max(x.count, y.count) <= 7 ? 1 : 2
            let plain = x != y && min(x.count, y.count) >= 5 && abs(x.count - y.count) <= allowed
                && EditDistance.between(Array(x), Array(y), cutoff: allowed) <= allowed
            XCTAssertEqual(SpellingKey.misspelt(x[...], y[...]), plain, "\(x) / \(y)")
            if plain { agreedTrue += 1 }
        }
        XCTAssertGreaterThan(agreedTrue, 100)
    }

    func testTheMisspellingPassFindsTheSameNamesOnBytes() {
        let types = ["person", "organization", "place", "unknown"]
        var g = Generator(state: 5)
        let all = names(400, seed: 13)
        var found = 0
        for start in stride(from: 0, to: all.count, by: 40) {
            let entities = all[start..<start + 40].enumerated().map { i, name in
                WorkingEntity(name: name, type: types[g.next(types.count)], sentence: i % 7)
            }
            let lowerNames = entities.map { $0.name.lowercased() }
            let lowerWords = lowerNames.map(ShortForms.words)
            let mentions = entities.indices.map { _ in 1 + g.next(3) }
            let keys = entities.indices.map { SpellingKey(lowerNames[$0], words: lowerWords[$0]) }
            let candidates = Array(entities.indices)
            for a in entities.indices {
                let plain = ShortForms.misspelt(
                    a, among: candidates, entities, names: lowerNames, words: lowerWords, mentions: mentions)
                let bytes = ShortForms.misspelt(
                    a, among: candidates, entities, names: lowerNames, words: lowerWords, mentions: mentions,
                    keys: keys)
                XCTAssertEqual(plain, bytes, entities[a].name)
                if !plain.isEmpty { found += 1 }
            }
        }
        XCTAssertGreaterThan(found, 0)
    }

    func testNamePartsAreTheSpaceSplitWordsAndTheirLowerCase() {
        let listed = ["", " ", "a  b ", "Hurricane Ian", "ÉVIAN-les-Bains Town", "x \u{301}y", "Kim\tJong Un", "UNC Greensboro"]
        for name in names(2000, seed: 29) + listed {
            let parts = name.utf8.split(separator: 32).map { Substring($0) }
            let split = NameParts.split(name)
            XCTAssertEqual(split.parts, parts, name)
            XCTAssertEqual(split.lower, parts.map { $0.lowercased() }, name)
            XCTAssertEqual(split.ascii, name.utf8.allSatisfy { $0 < 0x80 }, name)
        }
    }

    func testNameWordsAllButLastIsTheNameWithoutItsLastWord() {
        for name in names(2000, seed: 31) + ["Senkaku Islands", "a  b c", "Luiz Inácio  da Silva"] {
            let parts = name.split(separator: " ")
            guard parts.count >= 2 else { continue }
            XCTAssertEqual(NameWords(name).allButLast, parts.dropLast().joined(separator: " "), name)
        }
    }

    func testListedWordsAnswerAsTheSetOfTheirWords() {
        let list = ["hurricane", "typhoon", "st", "san", "café", "cafe\u{301}s", "\u{212A}m", "a", ""]
        let listed = ListedWords(list)
        let set = Set(list)
        var questions = names(3000, seed: 37).flatMap { $0.lowercased().split(separator: " ").map(String.init) }
        questions += list + ["km", "Km", "cafés", "caf\u{E9}", "hurricanes", "typhoo", "s", "sa", String(repeating: "a", count: 40)]
        var found = 0
        for q in questions {
            XCTAssertEqual(listed.contains(q), set.contains(q), q)
            if set.contains(q) { found += 1 }
        }
        XCTAssertGreaterThan(found, 5)
    }

    func testPluralAndPeopleEndingsReadOnBytesAreTheCharacterReadings() {
        let plural = { (w: String) in
            w.count > 4 && w.hasSuffix("s") && !["ss", "us", "is", "os", "as"].contains { w.hasSuffix($0) }
        }
        let endings = ["ese", "ish", "ic", "ian", "ians", "ans", "ers", "ites", "ists", "ics", "ean", "eans", "ern", "erns"]
        let people = { (w: String) in
            w.count > 4 && endings.contains { w.hasSuffix($0) } && Gazetteer.shared.place(w) == nil
        }
        var words = names(2000, seed: 43).flatMap { $0.split(separator: " ").map(String.init) }
        words += ["Churches", "Huguenots", "Confederates", "Persians", "Hellenic", "Texans", "Zoës", "Athens",
                  "Brass", "Cactus", "Genesis", "Chaos", "Texas", "Dans\r\ns", "abcs\u{301}", "ics", "Japanese"]
        var found = 0
        for w in words + words.map({ $0.lowercased() }) {
            XCTAssertEqual(EntityTyper.looksPlural(w), plural(w), w)
            XCTAssertEqual(EntityTyper.looksLikeAdjectiveOrPeople(w), people(w), w)
            if plural(w) || people(w) { found += 1 }
        }
        XCTAssertGreaterThan(found, 10)
    }

    func testGenderAgreementReadsTheFirstWordAsTheCharacterReadingDoes() {
        let reading = { (pronoun: String, name: String) -> Bool in
            let wants = ["he", "him", "his", "himself"].contains(pronoun) ? "male"
                : ["she", "her", "hers", "herself"].contains(pronoun) ? "female" : nil
            guard let wants else { return true }
            guard let gender = Gazetteer.shared.gender(ofGivenName: name.prefix { $0 != " " }.lowercased()) else { return true }
            return gender == wants
        }
        let listed = ["Thomas Smith", "THOMAS", "Gloria Estefan", "gloria", "Kim Jong Un", "Zoë Ball", " Thomas", "", "Ann\r\nLee"]
        var disagreed = 0
        for name in names(1000, seed: 47) + listed {
            for pronoun in ["he", "she", "it", "her"] {
                XCTAssertEqual(Document.genderAgrees(pronoun, name), reading(pronoun, name), "\(pronoun) / \(name)")
                if !reading(pronoun, name) { disagreed += 1 }
            }
        }
        XCTAssertGreaterThan(disagreed, 5)
    }
}
