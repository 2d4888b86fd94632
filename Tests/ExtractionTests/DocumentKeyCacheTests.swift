import NewsFacts
import XCTest

@testable import Extraction

/// `Document.cachedKey` remembers keys, and `indexMentions` fills the token-to-mention index
/// through a buffer: both must answer as what they replace.
final class DocumentKeyCacheTests: XCTestCase {
    func testACachedKeyIsTheNamesKeyAskedOnceOrAgain() {
        let doc = Document(article: Article(id: "t", text: "x"), tokens: [], sentences: [])
        let names = [
            "Antony Blinken", "ANTONY  BLINKEN", "U.S. Department of State", "Kelvin Hall", "\u{212A}elvin Hall",
            "Z\u{FC}rich", "Zu\u{308}rich", "O`Brien", " Tokyo\tMetropolitan\nGovernment ", "", "A Name Longer Than Fifteen Bytes",
        ]
        for _ in 0..<2 {
            for name in names {
                XCTAssertEqual(doc.cachedKey(name), Document.key(name), name)
            }
        }
        // Asked in the other order too: an ASCII name's key never comes from the entry of a name
        // outside ASCII it equals (the Kelvin sign), nor the other way round.
        let other = Document(article: Article(id: "t", text: "x"), tokens: [], sentences: [])
        for name in names.reversed() {
            XCTAssertEqual(other.cachedKey(name), Document.key(name), name)
        }
    }

    func testMentionAtIsTheFirstMentionCoveringEachToken() {
        let article = Article(
            id: "t", text: "Foreign Minister Toshimitsu Motegi met Antony Blinken in Tokyo. He said the talks went well.")
        let tokens = Tokenizer.tokenize(article.text)
        let doc = Document(
            article: article, tokens: tokens, sentences: SentenceSplitter.split(tokens, text: article.text),
            cancellation: .never)
        doc.mentions = MentionFinder.find(tokens, sentences: doc.sentences)
        XCTAssertGreaterThanOrEqual(doc.mentions.count, 3)
        for _ in 0..<2 {
            doc.indexMentions()
            for k in tokens.indices {
                let first = doc.mentions.indices.first { doc.mentions[$0].tokens.contains(k) } ?? -1
                XCTAssertEqual(doc.mentionIndex(at: k), first, "token \(k) (\(tokens[k].text))")
            }
        }
    }
}
