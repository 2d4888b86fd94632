import NewsFacts
import XCTest

@testable import Extraction

/// The stages compare words by id (`Token.word`) where they compared lower-cased strings: the
/// two must agree on every token, and the one token whose word is not its text (a possessive
/// written as a lone apostrophe, whose word is "'s") must be read by its text.
final class WordIDComparisonTests: XCTestCase {
    private let text = """
        "Who said it?" asked the Veltmark envoy, who met its minister (and the council's chair); \
        the ministers' aides: Varn, Oskel and Brede told reporters ’quietly’, then left... Were \
        they SAYING so? “Yes,” she noted, according to officials of Brede’s office.
        """

    func testAKnownWordsIdMatchesExactlyTheTokensWrittenAsThatWord() {
        let known = KnownWords.shared
        let words: [(Int32, String)] = [
            (known.of, "of"), (known.and, "and"), (known.who, "who"), (known.its, "its"), (known.comma, ","),
            (known.period, "."), (known.colon, ":"), (known.semicolon, ";"), (known.question, "?"),
            (known.to, "to"), (known.according, "according"), (known.also, "also"), (known.then, "then"),
            (known.apostrophe, "'"), (known.curlyApostrophe, "\u{2019}"), (known.close, ")"),
        ]
        for token in Tokenizer.tokenize(text) {
            for (id, word) in words {
                XCTAssertGreaterThanOrEqual(id, 0, word)
                XCTAssertEqual(token.word == id, token.lower == word, "\(token.text) / \(word)")
            }
        }
    }

    func testASpeechLemmaByIdIsTheLemmaOfTheLowerCasedWord() {
        let lex = Lexicon.shared
        var lemmas = 0
        for token in Tokenizer.tokenize(text) {
            XCTAssertEqual(lex.speechLemma(of: token), lex.speechLemma[token.lower], token.text)
            if lex.speechLemma(of: token) != nil { lemmas += 1 }
        }
        XCTAssertGreaterThanOrEqual(lemmas, 3)  // said, asked, told, noted
    }

    func testALastWordPassesOverClosingMarksAndAPluralsApostropheAlike() {
        // The sentence ends in a plural's possessive apostrophe, which the tokenizer gives the
        // word "'s": it is passed over as the mark it is written as, like the quote and bracket.
        for (sentence, last) in [
            ("The flags were the ministers'", "ministers"), ("The flags were ours (see 'the ministers')", "ministers"),
            ("Was it theirs?", "?"),
        ] {
            let tokens = Tokenizer.tokenize(sentence)
            let doc = Document(
                article: Article(id: "t", text: sentence), tokens: tokens,
                sentences: SentenceSplitter.split(tokens, text: sentence), cancellation: .never)
            let k = InterviewAnswers.lastWord(doc, sentence: doc.sentences.count - 1)
            XCTAssertEqual(k.map { tokens[$0].text }, last, sentence)
        }
    }

    func testATailJoinerReadOnBytesAnswersAsReadOnCharacters() {
        // "Charter of the United Nations" is no alias of the United Nations: the part follows a
        // joining word. The byte reading must answer as the Character reading for every shape.
        let pairs = [
            ("charter of the united nations", "united nations"), ("board of governors of the federal reserve", "federal reserve"),
            ("bank of the north", "north"), ("fund for peace", "peace"), ("of the united nations", "united nations"),
            ("the united nations", "united nations"), ("quarnvox  of   the  weltmark", "weltmark"), ("oskel of  the", "the"),
            ("weltmark energy", "energy"), ("weltmark energy", "nergy"), ("weltmark energy", ""), ("the of the x", "x"),
            ("weltmark-energy", "energy"), ("a of b", "b"), ("of b", "b"), (" of b", "b"),
        ]
        for (long, part) in pairs {
            XCTAssertEqual(
                EntityResolver.asciiFollowsTailJoiner(long, part), EntityResolver.followsTailJoinerOfCharacters(long, part),
                "\(long) / \(part)")
        }
        XCTAssertEqual(EntityResolver.followsTailJoiner("charter of the united nations", "united nations"), true)
        XCTAssertEqual(EntityResolver.followsTailJoiner("weltmark energy", "energy"), false)
        // Outside ASCII, or with a carriage return, the byte reading declines.
        XCTAssertNil(EntityResolver.asciiFollowsTailJoiner("charte de l'\u{E9}tat", "\u{E9}tat"))
        XCTAssertNil(EntityResolver.asciiFollowsTailJoiner("fund for\r\npeace", "peace"))
    }
}
