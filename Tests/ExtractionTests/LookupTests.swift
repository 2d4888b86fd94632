import Foundation
import NewsFacts
import XCTest

@testable import Extraction

/// The fast lookups under the stages give the answers of what they replace: `String.contains`
/// Foundation's substring search, `LowerCaseKeys` a `Dictionary`, `Document.hasMention(at:)`
/// `mention(at:) != nil`.
final class LookupTests: XCTestCase {
    func testByteSearchAnswersAsFoundationDoesOnASCII() {
        let texts = ["", "a", "foreign minister", "u.s. secretary of state", "Smith, John", "a-b--c", "abab"]
        let needles = ["", " ", ",", "-", "minister", "state", "sta", "ab", "aba", "bab", "abab ", "Smith, John x"]
        for text in texts {
            for needle in needles {
                XCTAssertEqual(text.contains(needle), text.range(of: needle) != nil, "\(text) / \(needle)")
            }
        }
    }

    func testNonASCIIAndControlCharactersStillAskFoundation() {
        XCTAssertNil(StringSearch.asciiContains("café", "caf"))
        XCTAssertNil(StringSearch.asciiContains("a\r\nb", "\n"))
        XCTAssertNil(StringSearch.asciiContains("abc", ""))
        XCTAssertEqual(StringSearch.asciiContains("prime minister", "minister"), true)
        XCTAssertEqual(StringSearch.asciiContains("prime minister", "ministry"), false)
        // A decomposed accent: the answer is Foundation's, whatever it is.
        let decomposed = "cafe\u{301} noir"
        XCTAssertEqual(decomposed.contains("noir"), decomposed.range(of: "noir") != nil)
        XCTAssertEqual(decomposed.contains("café"), decomposed.range(of: "café") != nil)
    }

    func testLowerCaseKeysAnswerAsTheirDictionary() {
        // "\u{212A}elvin" (a Kelvin sign) equals "Kelvin" as Swift compares strings.
        let dictionary = ["paris": 1, "são paulo": 2, "\u{212A}elvin": 3, "": 4, "a longer key than eight": 5]
        var keys = LowerCaseKeys<Int>(capacity: 2)
        for (key, value) in dictionary { keys.set(key, value) }
        keys.set("paris", 6)  // replaces, as a dictionary's assignment does
        var replaced = dictionary
        replaced["paris"] = 6
        let questions = [
            "paris", "pari", "parisx", "são paulo", "sa\u{303}o paulo", "Kelvin", "\u{212A}elvin", "kelvin", "",
            "a longer key than eight", "a longer key than eighT", "nowhere",
        ]
        for q in questions {
            XCTAssertEqual(keys[q], replaced[q], q)
        }
    }

    func testOnlyTheListedScalarsOutsideASCIIDecomposeToASCII() {
        var found: Set<UInt32> = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            if decomposed.utf8.allSatisfy({ $0 < 0x80 }) { found.insert(value) }
        }
        XCTAssertEqual(found, ASCIIForm.singletons)
    }

    func testHasMentionIsMentionAtNotNil() {
        let article = Article(id: "t", text: "Japanese Foreign Minister Toshimitsu Motegi met Antony Blinken in Tokyo.")
        let tokens = Tokenizer.tokenize(article.text)
        let doc = Document(
            article: article, tokens: tokens, sentences: SentenceSplitter.split(tokens, text: article.text),
            cancellation: .never)
        doc.mentions = MentionFinder.find(tokens, sentences: doc.sentences)
        doc.indexMentions()
        XCTAssertFalse(doc.mentions.isEmpty)
        for k in -1...tokens.count {
            XCTAssertEqual(doc.hasMention(at: k), doc.mention(at: k) != nil, "token \(k)")
        }
    }
}

/// The tokenizer's memory of short words' ids gives the ids the vocabulary gives.
final class TokenWordIDTests: XCTestCase {
    func testEveryTokenHasTheVocabularysIdOfItsLowerCaseText() {
        // Repeated short words and marks (remembered), capitals folded, long words, unknown words,
        // and more distinct short words than the memory has slots (so slots are taken over).
        var text = "The U.S. and the Japanese said, \"the talks\" -- THE END; Talks resumed in Tokyo's "
        text += "internationalization ministry. Zyxwv said qwerty."
        for i in 0..<3000 { text += " w\(i) The said," }
        let lex = Lexicon.shared
        for t in Tokenizer.tokenize(text) where t.kind != .possessive {
            XCTAssertEqual(t.word, lex.vocabulary.id(of: t.lower), t.text)
        }
    }

    func testShortTextsWithMoreWordsThanTheirSmallTableGetTheVocabularysIds() {
        // A name-sized text has a 16-slot table: 26 distinct words take slots over, twice.
        let letters = "a b c d e f g h i j k l m n o p q r s t u v w x y z"
        for text in ["Said", "the said The SAID", letters + " " + letters.uppercased() + " " + letters] {
            for t in Tokenizer.tokenize(text) {
                XCTAssertEqual(t.word, Lexicon.shared.vocabulary.id(of: t.lower), "\(t.text) in \(text)")
            }
        }
    }

    func testATokenRangesTextIsTheArticleTextAsWritten() {
        // `Document.text` reads the article's bytes from a range's first token to its last.
        let text = "“Zürich’s café,” said Ms. Ñúñez — 東京 too.\n\nNext  line."
        let tokens = Tokenizer.tokenize(text)
        let doc = Document(article: Article(id: "t", text: text), tokens: tokens, sentences: [])
        let bytes = Array(text.utf8)
        for lo in tokens.indices {
            for hi in lo + 1...tokens.count {
                let want = String(decoding: bytes[tokens[lo].start..<tokens[hi - 1].end], as: UTF8.self)
                XCTAssertEqual(doc.text(lo..<hi), want)
            }
        }
        XCTAssertEqual(doc.text(0..<0), "")
        XCTAssertEqual(doc.text(0..<tokens.count + 1), "")
    }

    func testAFactEqualUnderCanonicalEquivalenceIsAddedOnce() {
        // `Document.addFact` drops a fact equal to one it holds; strings equal as Swift compares
        // them (canonical equivalence) must hash alike, whether or not their NFC form is ASCII.
        let doc = Document(article: Article(id: "t", text: "x"), tokens: [], sentences: [])
        let pairs: [(String, String, Bool)] = [
            ("Zu\u{308}rich", "Z\u{FC}rich", true), ("\u{212A}elvin", "Kelvin", true), ("a\u{37E}", "a;", true),
            ("Z\u{FC}rich", "Zurich", false), ("\u{212B}ngstr\u{F6}m", "A\u{30A}ngstro\u{308}m", true),
            ("Ωmega", "omega", false),
        ]
        for (k, (a, b, same)) in pairs.enumerated() {
            let before = doc.facts.count
            doc.addFact(.entity("e\(k)"), "alias", .text(a), sentence: 0, tokens: nil, rule: "test")
            doc.addFact(.entity("e\(k)"), "alias", .text(b), sentence: 0, tokens: nil, rule: "test")
            XCTAssertEqual(doc.facts.count - before, same ? 1 : 2, "\(a) / \(b)")
        }
    }

    func testRepeatedShortTokensGetWhatTheirOwnBytesGive() {
        // A long text remembers its short tokens' strings; each line alone (under 256 bytes) is
        // tokenized without that memory (`ShortTokenStrings`). Same bytes in other cases and kinds ("US", "us", "Us";
        // "'s" as a possessive and inside a word; opening and closing quotes), accents, dotted
        // and hyphenated words, and more distinct short tokens than the table has slots.
        var lines = [
            "US us Us U.S. the The THE \"the\" \"The\" -- - Japan's Tokyo's 's 'S \u{2019}s Inc. No. 5 no.",
            "Café café CAFÉ Zürich ZÜRICH Ωmega Straße naïve co-op Co-op CO-OP e-mail 1,000 3.5 10:30 ...",
        ]
        for i in 0..<1500 { lines.append("w\(i) W\(i) \"w\(i)\" US us, the THE.") }
        let whole = Tokenizer.tokenize(lines.joined(separator: "\n"))
        var k = 0
        let context: Token.Flags = [.spaceBefore, .newlineBefore, .paragraphBefore]
        for line in lines {
            for alone in Tokenizer.tokenize(line) {
                guard k < whole.count else { return XCTFail("fewer tokens in the whole text") }
                let t = whole[k]
                XCTAssertEqual(t.text, alone.text, line)
                XCTAssertEqual(t.lower, alone.lower, alone.text)
                XCTAssertEqual(t.word, alone.word, alone.text)
                XCTAssertEqual(t.kind, alone.kind, alone.text)
                XCTAssertEqual(t.flags.subtracting(context), alone.flags.subtracting(context), alone.text)
                k += 1
            }
        }
        XCTAssertEqual(k, whole.count)
        // One table kept from text to text (as a worker keeps it from article to article), small
        // enough that the lines take each other's slots.
        let shared = ShortTokenStrings(size: 16)
        for line in lines.prefix(40) + lines.prefix(3) {
            let alone = Tokenizer.tokenize(line)
            let remembered = Tokenizer.tokenize(line, cancel: .never, strings: shared)
            XCTAssertEqual(remembered, alone, line)
        }
    }

    func testTheTypersWordSetsAnswerAsItsStringSets() {
        let w = EntityTyper.tokenWords
        let pairs: [(WordSet, ListedWords, String)] = [
            (w.organizationNouns, EntityTyper.organizationNouns, "organizationNouns"),
            (w.placeNouns, EntityTyper.placeNouns, "placeNouns"), (w.honorifics, EntityTyper.honorifics, "honorifics"),
            (w.adverbs, EntityTyper.adverbs, "adverbs"), (w.placeOfNouns, EntityTyper.placeOfNouns, "placeOfNouns"),
            (w.workNouns, EntityTyper.workNouns, "workNouns"), (w.personNouns, EntityTyper.personNouns, "personNouns"),
            (w.weakPlaceBefore, EntityTyper.weakPlaceBefore, "weakPlaceBefore"),
            (w.determiners, EntityTyper.determiners, "determiners"),
            (w.phraseEnders, EntityTyper.phraseEnders, "phraseEnders"),
            (w.personVerbs, EntityTyper.personVerbs, "personVerbs"),
            (w.personPossessions, EntityTyper.personPossessions, "personPossessions"),
        ]
        // Every listed word as written, capitalised and in capitals, among other words.
        var text = "The firm said Mr. Smith's wife was born in the town of Herat, a city; X (2008) ."
        for (_, set, _) in pairs {
            for word in set.words.sorted() { text += " \(word) \(word.capitalized) \(word.uppercased()) and" }
        }
        var listed = 0
        for t in Tokenizer.tokenize(text) {
            for (ids, set, name) in pairs {
                XCTAssertEqual(ids.contains(t), set.contains(t.lower), "\(t.text) in \(name)")
                if set.contains(t.lower) { listed += 1 }
            }
        }
        XCTAssertGreaterThan(listed, 300)
    }

    func testAWordSetHoldsExactlyItsIdsAndNoNegativeOne() {
        let set = WordSet(ids: [70, 3, 133, -1, 64, 3])
        for id in Int32(-3)...Int32(260) {
            XCTAssertEqual(set.contains(id: id), [3, 64, 70, 133].contains(id), "id \(id)")
        }
        let empty = WordSet(ids: [-1])
        for id in Int32(-1)...Int32(64) { XCTAssertFalse(empty.contains(id: id), "id \(id)") }
    }

    func testAnOrdinalIsOneToFourASCIIDigitsAndItsEnding() {
        for word in ["1st", "22nd", "43rd", "47th", "2024th", "11th"] {
            XCTAssertTrue(MentionFinder.isOrdinal(word), word)
        }
        // No digits, five digits, another ending, a capital, a digit with a combining mark, a
        // full-width digit, a space after.
        for word in ["st", "th", "12345th", "1s", "1sts", "1ST", "1\u{301}st", "\u{FF14}th", "4th ", "first", ""] {
            XCTAssertFalse(MentionFinder.isOrdinal(word), word)
        }
    }
}
