import Foundation
import NewsFacts
import XCTest

@testable import Query

/// `contains` over a predicate's objects found by one pass over the store's term text
/// (`containsByTextScan`) answers what the filter's rules say: case and diacritics aside, the
/// needle in the text of an object of that predicate, never in another term's text nor across
/// the end of one term and the start of the next.
final class TextScanTests: XCTestCase {
    private func rows(_ session: QuerySession, _ query: String) -> [String] {
        session.options.format = .tsv
        let out = QueryFixture.run(session, query).text
        return out.split(separator: "\n").dropFirst().map(String.init).sorted()
    }

    func testContainsFindsTheObjectsWhoseTextHoldsTheNeedle() {
        var random = SeededRandom(state: 83)
        let pieces = ["strike", "STRIKE", "this", "judge", "Judgé", "jüdge", "café", " ", " ", "x", "ke j", "Ke Ju"]
        for round in 0..<4 {
            let store = FactStore()
            var said: [(String, String)] = []
            for i in 0..<(60 + round * 60) {
                var text = ""
                for _ in 0..<(1 + random.next(6)) { text += pieces[random.next(pieces.count)] }
                // Other terms' text between the quotes, some holding the needle too.
                _ = store.assert(
                    subject: .entity("q\(i)"), predicate: "note", object: .text("strike this " + pieces[random.next(5)])
                )
                _ = store.assert(subject: .entity("q\(i)"), predicate: "said", object: .text(text))
                said.append(("q\(i)", text))
            }
            let session = QuerySession(store: store)
            for needle in ["strike this judge", "ke ju", "judge", "é", "this"] {
                let expected = Set(
                    said.filter {
                        $0.1.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
                    }.map(\.0)
                ).sorted()
                let found = rows(session, "find ?q where ?q said ?s, ?s contains \"\(needle)\"")
                XCTAssertEqual(Set(found).sorted(), expected, "round \(round): \(needle)")
            }
        }
    }

    func testOneQuoteIsFoundWhateverTheCaseAndNotPastItsEnd() {
        let store = FactStore()
        _ = store.assert(subject: .entity("q"), predicate: "said", object: .text("Strike this judge"))
        let session = QuerySession(store: store)
        XCTAssertEqual(rows(session, "find ?q where ?q said ?s, ?s contains \"this JUDGE\""), ["q"])
        XCTAssertEqual(rows(session, "find ?q where ?q said ?s, ?s contains \"judges\""), [])
    }

    func testDatesNumbersNamesAndTextsPastASCIIAnswerAsTheFilterSays() {
        // Objects of every kind, texts with letters past ASCII (composed and decomposed), and
        // the store's last term ending in the needle (the end of the term text).
        let store = FactStore()
        let texts = [
            "Zürich", "Zurich", "ZÜRICH", "e\u{301}clair", "Ærø", "ab", "café au lait", "naïve rich",
            "a plain text longer than sixteen bytes, rich",
        ]
        var stated: [(subject: String, predicate: String, text: String)] = []
        for (i, text) in texts.enumerated() {
            let s = Term.entity("q\(i)"), day = "2024-0\(1 + i)"
            _ = store.assert(subject: s, predicate: "said", object: .text(text))
            _ = store.assert(subject: s, predicate: "on", object: .date(DateValue(iso: day)!))
            _ = store.assert(subject: s, predicate: "n", object: .number(Double(100 + i)))
            _ = store.assert(subject: s, predicate: "with", object: .entity("Rich Person \(i)"))
            stated += [
                ("q\(i)", "said", text), ("q\(i)", "on", day), ("q\(i)", "n", "\(100 + i)"),
                ("q\(i)", "with", "Rich Person \(i)"),
            ]
        }
        _ = store.assert(subject: .entity("qz"), predicate: "said", object: .text("the end is rich"))
        stated.append(("qz", "said", "the end is rich"))
        let session = QuerySession(store: store)
        for predicate in ["said", "on", "n", "with"] {
            for needle in ["rich", "zurich", "ur", "e", "ae", "2024-03", "10", "son 1", "the end is rich"] {
                let expected = Set(
                    stated.filter {
                        $0.predicate == predicate
                            && $0.text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
                    }.map(\.subject)
                ).sorted()
                let found = rows(session, "find ?q where ?q \(predicate) ?s, ?s contains \"\(needle)\"")
                XCTAssertEqual(Set(found).sorted(), expected, "\(predicate) contains \(needle)")
            }
        }
    }
}
