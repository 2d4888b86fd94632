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

    private func document(_ text: String) -> Document {
        let article = Article(id: "t", text: text)
        let tokens = Tokenizer.tokenize(article.text)
        let doc = Document(
            article: article, tokens: tokens, sentences: SentenceSplitter.split(tokens, text: article.text),
            cancellation: .never)
        doc.mentions = MentionFinder.find(tokens, sentences: doc.sentences)
        doc.indexMentions()
        EntityResolver.resolve(doc)
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
}
