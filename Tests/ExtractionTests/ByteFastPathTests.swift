import NewsFacts
import XCTest

@testable import Extraction

/// The hot paths that read a token's or a name's bytes, or a mention's plain fields, give the
/// answers of the Character-by-Character reading and the whole values they stand for.
final class ByteFastPathTests: XCTestCase {
    private let text = """
        Évian-les-Bains and Stratford-upon-Avon welcomed Indo-Pacific envoys. U.S.-Japan talks \
        went on in Tokyo; Wajiha al-Sabunji met Jean le Rond d'Alembert, Moon Jae-in and Kim Jong Un. \
        The 82nd Airborne Division, the I-44 West and the Co-founder of Google, Sergey Brin, were \
        there. ZOË-Lou, X-ray and Japanese-controlled firms — São Paulo-based TV-Globo, Ölund-Å — said so.
        """

    private func document(_ text: String, resolving: Bool = true) -> Document {
        let article = Article(id: "t", text: text)
        let tokens = Tokenizer.tokenize(article.text)
        let doc = Document(
            article: article, tokens: tokens, sentences: SentenceSplitter.split(tokens, text: article.text),
            cancellation: .never)
        doc.mentions = MentionFinder.find(tokens, sentences: doc.sentences)
        doc.indexMentions()
        if resolving { EntityResolver.resolve(doc) }
        return doc
    }

    func testTokenTestsInPlaceAnswerAsTheTokenTests() {
        let t = Tokenizer.tokenize(text)
        for k in t.indices {
            XCTAssertEqual(MentionFinder.isNameWord(t, k), MentionFinder.isNameWord(t[k]), t[k].text)
            XCTAssertEqual(MentionFinder.isParticleJoined(t, k), MentionFinder.isParticleJoined(t[k]), t[k].text)
            XCTAssertEqual(MentionFinder.role(t[k].word), MentionFinder.role(t[k]), t[k].text)
        }
    }

    func testHyphenPartsReadOnBytesAnswerAsCharacterSplitting() {
        for token in Tokenizer.tokenize(text + " A-b a-B 1-2 -x- Ab--Cd é-A A-é") where token.kind == .word {
            let parts = token.text.split(separator: "-")
            let allCapitalized = parts.allSatisfy { part in part.first.map { $0.isUppercase || $0.isNumber } ?? false }
            let endsCapitalized = parts.last?.first?.isUppercase ?? false
            XCTAssertEqual(MentionFinder.allPartsCapitalized(token), allCapitalized, token.text)
            XCTAssertEqual(MentionFinder.endsCapitalized(token), endsCapitalized, token.text)
        }
    }

    func testCharacterCountByBytesIsCountForTokensWithoutNonASCIIBytes() {
        for token in Tokenizer.tokenize(text) where token.kind == .word || token.kind == .number {
            let ascii = !token.flags.contains(.nonASCII)
            XCTAssertEqual(ascii, token.text.utf8.allSatisfy { $0 < 0x80 }, token.text)
            XCTAssertEqual(MentionFinder.characterCount(token.text, ascii: ascii), token.text.count, token.text)
            XCTAssertEqual(MentionFinder.characterCount(token.lower, ascii: ascii), token.lower.count, token.lower)
        }
    }

    func testLastSpaceIsTheLastSpaceCharacter() {
        for name in ["Anna Paris", "Luis  Jordan", "Madonna", "", " ", "Jean le Rond d'Alembert", "José Ölund",
                     "Zoë Saldaña Nazario", "e\u{301} x", "a \u{301}b c"] {
            let expected = name.lastIndex(of: " ").map { name.utf8.distance(from: name.startIndex, to: $0) }
            let found = EntityResolver.lastSpace(name).map { name.utf8.distance(from: name.startIndex, to: $0) }
            XCTAssertEqual(found, expected, name)
        }
    }

    func testRememberedFamilyFirstAnswersAsFamilyFirstNames() {
        let doc = document(text)
        for name in ["Moon Jae-in", "Kim Jong Un", "Kim Novak", "Li Keqiang", "Jack Ma", "Lee Ann Womack", "Kim Jong Un", "Zhou Weiming"] {
            XCTAssertEqual(doc.isFamilyFirst(name), FamilyFirstNames.isFamilyFirst(name), name)
            XCTAssertEqual(doc.isFamilyFirst(name), FamilyFirstNames.isFamilyFirst(name), name + " (remembered)")
        }
    }

    func testMentionSpotsAreTheMentionsFields() {
        let doc = document(text)
        XCTAssertFalse(doc.mentions.isEmpty)
        let spots = doc.mentionSpots
        XCTAssertEqual(spots.count, doc.mentions.count)
        for (i, s) in spots.enumerated() {
            let m = doc.mentions[i]
            XCTAssertEqual(s.kind, m.kind)
            XCTAssertEqual(s.tokens, m.tokens)
            XCTAssertEqual(s.sentence, m.sentence)
            XCTAssertEqual(s.entity, m.entity)
            XCTAssertEqual(s.weak, m.weak)
            XCTAssertEqual(s.guessed, m.guessed)
            XCTAssertEqual(s.fromLexicon, m.fromLexicon)
        }
    }
    /// Short variants' cuts filtered by length on bytes are the cuts of those lengths (a name
    /// not all ASCII keeps all its cuts: the filter leaves it alone), and a name the capital-pair
    /// test rejects holds no acronym.
    func testShortVariantCutsByLengthAreTheCutsOfThoseLengths() {
        let names = [
            "East Los Angeles", "Los Angeles Sheriff's Department", "LibriVox", "United States", "New York City Ballet",
            "Bank of Japan", "São Paulo State", "CBC", "a Very Long Name Of Many Capital Words Here Now", "X Y",
        ]
        for name in names {
            let all = ShortFormVariants.contractions(name)
            for n in 0...30 {
                let lengths: Set<Int> = [n, n + 7]
                XCTAssertEqual(
                    ShortFormVariants.contractions(name, lengths: lengths),
                    ShortFormVariants.isASCII(name) ? all.filter { lengths.contains($0.utf8.count) } : all,
                    "\(name), lengths \(lengths.sorted())")
            }
        }
        for name in ["East L.A.", "LA Sheriff's office", "LV", "US", "Los Angeles", "La Paz", "I. M. Pei", "U.S.A."] {
            if !ShortFormVariants.hasCapitalPair(name) {
                XCTAssertNil(ShortFormVariants.acronymKey(name), name)
            }
        }
        XCTAssertTrue(ShortFormVariants.hasCapitalPair("L.A."))
        XCTAssertFalse(ShortFormVariants.hasCapitalPair("Los Angeles"))
    }

    /// An ASCII name's acronym key read on bytes is the key read Character by Character.
    func testAcronymKeyOnBytesIsTheKeyOfCharacters() {
        let words = ["East", "L.A.", "LA", "LV", "U.S.", "U.S.A.", "NASA", "Sheriff's", "office", "I.", "M.", "Pei",
                     "A.B", "AB.", "ABCDE", "A", "x", "U-S", "Los", "Angeles", "IBM", "G.M.", "of"]
        var state: UInt64 = 41
        var found = 0
        for _ in 0..<3000 {
            var parts: [String] = []
            for _ in 0..<(1 + Int(state >> 60)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                parts.append(words[Int((state >> 33) % UInt64(words.count))])
            }
            let name = parts.joined(separator: state & 1 == 0 ? " " : "  ")
            let key = ShortFormVariants.acronymKey(name)
            XCTAssertEqual(key, ShortFormVariants.acronymKeyOfCharacters(name), name)
            if key != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 100)
    }

    /// People are filed by their last word, read on bytes in lower case, before anything is
    /// joined: those another person shares it with (whatever its case) are kept, single words
    /// and people alone with theirs are not, and a name outside ASCII keeps every person.
    func testPeopleSharingALastWordAreTheOnesFiledTogether() {
        func people(_ names: [String], _ types: [String]? = nil) -> [WorkingEntity] {
            names.indices.map { WorkingEntity(name: names[$0], type: types?[$0] ?? "person", sentence: 0) }
        }
        XCTAssertEqual(
            FamiliarFirstNames.sharingLastWord(people(["William Castner", "Ann Varga", "Bill CASTNER", "Castner", "Nils Varg"])),
            [0, 2])
        XCTAssertEqual(
            FamiliarFirstNames.sharingLastWord(
                people(["William Castner", "Castner Group", "Bill  Castner "], ["person", "organization", "person"])), [0, 2])
        XCTAssertNil(FamiliarFirstNames.sharingLastWord(people(["William Castner", "Ann Varga", "Castner"])))
        XCTAssertNil(FamiliarFirstNames.sharingLastWord(people(["Castner", "Castner"])))
        XCTAssertEqual(FamiliarFirstNames.sharingLastWord(people(["William Castner", "Zoë Varga", "Ann Holt"])), [0, 1, 2])
        XCTAssertEqual(FamiliarFirstNames.lastWordHash("Bill Castner"), FamiliarFirstNames.lastWordHash("William CASTNER "))
        XCTAssertNotEqual(FamiliarFirstNames.lastWordHash("Bill Castner"), FamiliarFirstNames.lastWordHash("Bill Castnor"))
        XCTAssertEqual(FamiliarFirstNames.lastWordHash("Castner"), 0)
        XCTAssertEqual(FamiliarFirstNames.lastWordHash(" Castner "), 0)
        XCTAssertNil(FamiliarFirstNames.lastWordHash("Bill Castnér"))
    }

    /// An alias without a space at either end is kept as it is; one with spaces is trimmed; both
    /// ways an alias equal to the name or to a known alias (canonical equivalence) is not added.
    func testAliasesWithoutSpacesAtTheEndsAreAddedAsTrimmedOnesAre() {
        var e = WorkingEntity(name: "Zoe\u{301} Varga", type: "person", sentence: 0)
        e.addAlias("Zoé Varga")
        e.addAlias(" Zoé Varga ")
        XCTAssertEqual(e.aliases, [])
        e.addAlias("Varga")
        e.addAlias("  Varga ")
        e.addAlias(" \u{301}Varga")
        e.addAlias("Z. Varga ")
        e.addAlias("Z. Varga")
        e.addAlias("Cafe\u{301}")
        e.addAlias("Café")
        e.addAlias("")
        e.addAlias("   ")
        XCTAssertEqual(e.aliases, ["Varga", " \u{301}Varga", "Z. Varga", "Cafe\u{301}"])
    }

    /// A name's head word read on the bytes of an ASCII name is the head Character splitting finds.
    func testHeadWordsOnBytesAreTheHeadsOfCharacters() {
        func ofCharacters(_ name: String) -> String? {
            let words = name.split(separator: " ")
            guard words.count >= 2 else { return nil }
            if let cut = words.firstIndex(where: { $0.first?.isLowercase == true }) {
                return cut > 0 ? words[cut - 1].lowercased() : nil
            }
            return words[words.count - 1].lowercased()
        }
        for name in [
            "Supreme Court of Cassation", "The Church of Scientology", "Italian Episcopal Conference", "Court", "of Court",
            "  Supreme  Court ", "Bank for International Settlements", "Museum 2 of Art", "Quarn Mills", "São Paulo Court",
            "Court of São Paulo", "École Normale", "a", "",
        ] {
            XCTAssertEqual(BodyHeadReferences.head(of: name), ofCharacters(name), name)
        }
    }

    /// The family names filed for `surnameUse` are those every person gives (two people of one
    /// family name give ""), kept for the names of one-word place and country mentions from a
    /// lexicon only: the only ones it asks about.
    func testFamilyNamesAreFiledForTheOneWordPlacesOnly() {
        let text = """
            Valesk Paris met Luis Jordan and Ann Holt in Paris on Monday. Jordan said Sam Jordan agreed, and Paris \
            claims she was never paid. Zoë Japan and Holt came from Japan.
            """
        let doc = document(text, resolving: false)
        var all: [String: String] = [:]
        var asked = Set<String>()
        for m in doc.mentions {
            if m.fromLexicon, m.tokens.count == 1, m.type == "place" || m.type == "country" { asked.insert(m.surface.lowercased()) }
            guard m.kind == .name, !m.fromLexicon, !m.weak, m.type == "person", !m.surface.contains(",") else { continue }
            let full = EntityResolver.personName(m.surface)
            guard let space = full.lastIndex(of: " ") else { continue }
            let last = full[full.index(after: space)...].lowercased()
            if let known = all[last], known != full { all[last] = "" } else { all[last] = full }
        }
        XCTAssertTrue(asked.contains("paris") && asked.contains("japan"), "\(asked)")
        XCTAssertEqual(EntityResolver.personSurnames(doc), all.filter { asked.contains($0.key) })
        XCTAssertEqual(EntityResolver.personSurnames(doc)["paris"], "Valesk Paris")
    }
}
