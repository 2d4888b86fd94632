import XCTest

@testable import Extraction

/// `MentionFinder` passes most lower-case words by in one step; the lower-case words that its
/// later tests take still reach them: a pronoun, a title's words, a role noun after "the", a web
/// address, a particle opening a name, and a word before a number.
final class MentionSkipTests: XCTestCase {
    private func mentions(_ text: String) -> [Mention] {
        let tokens = Tokenizer.tokenize(text)
        return MentionFinder.find(tokens, sentences: SentenceSplitter.split(tokens, text: text))
    }

    func testLowerCaseWordsThatOpenMentionsStillOpenThem() {
        let found = mentions(
            """
            Later he said the minister had met foreign minister Lena Varga. Readers of podiobooks.com \
            agreed. The left-leaning al-Marwadi group met on 47th Street.
            """)
        func has(_ kind: Mention.Kind, _ surface: String) -> Bool {
            found.contains { $0.kind == kind && $0.surface == surface }
        }
        XCTAssertTrue(has(.pronoun, "he"), "\(found.map(\.surface))")
        XCTAssertTrue(has(.role, "the minister"), "\(found.map(\.surface))")
        XCTAssertTrue(found.contains { $0.kind == .title && $0.surface.lowercased().hasSuffix("minister") && $0.tokens.count >= 2 },
                      "\(found.map(\.surface))")
        XCTAssertTrue(has(.name, "podiobooks.com"), "\(found.map(\.surface))")
        XCTAssertTrue(found.contains { $0.kind == .name && $0.surface.contains("al-Marwadi") }, "\(found.map(\.surface))")
        XCTAssertTrue(found.contains { $0.kind == .name && $0.surface == "47th Street" }, "\(found.map(\.surface))")
    }
}
