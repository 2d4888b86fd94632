import NewsFacts
import XCTest

@testable import Query

/// `who met X?` and `when did X meet Y?` mean meetings between people: a statement or an
/// occurrence that names two people is not a meeting, and a country is not someone one meets.
final class MeetingQuestionTests: XCTestCase {
    private func session() -> QuerySession {
        let store = FactStore()
        for p in ["Ana Reyes", "Bo Lind", "Cy Moss"] {
            store.assert(subject: .entity(p), predicate: "type", object: .text("person"))
            store.assert(subject: .entity(p), predicate: "alias", object: .text(String(p.split(separator: " ")[1])))
        }
        store.assert(subject: .entity("Chile"), predicate: "type", object: .text("country"))
        func event(_ id: String, _ kind: String, _ date: String, _ status: String, _ who: [String]) {
            store.assert(subject: .entity(id), predicate: "type", object: .text("event"))
            store.assert(subject: .entity(id), predicate: "kind", object: .text(kind))
            store.assert(subject: .entity(id), predicate: "date", object: .date(DateValue(iso: date)!))
            store.assert(subject: .entity(id), predicate: "status", object: .text(status))
            for w in who { store.assert(subject: .entity(id), predicate: "participant", object: .entity(w)) }
        }
        event("talks#1", "talks", "2026-01-10", "held", ["Ana Reyes", "Bo Lind", "Chile"])
        event("statement#1", "statement", "2026-01-11", "held", ["Ana Reyes", "Cy Moss"])
        event("summit#1", "summit", "2026-03", "planned", ["Ana Reyes", "Bo Lind"])
        let s = QuerySession(store: store)
        s.options.format = .tsv
        return s
    }

    func testWhoMetListsOnlyPeopleInMeetings() {
        XCTAssertEqual(QueryFixture.run(session(), "who met Reyes?").text, "who\nBo Lind\n")
    }

    func testWhenDidMeetGivesMeetingsWithTheirStatus() {
        XCTAssertEqual(
            QueryFixture.run(session(), "when did Reyes meet Lind?").text,
            "date\tkind\tstatus\n2026-01-10\ttalks\theld\n2026-03\tsummit\tplanned\n")
        XCTAssertEqual(QueryFixture.run(session(), "when did Reyes meet Moss?").text, "date\tkind\tstatus\n")
    }

    func testInKeepsRowsWhoseValueIsListed() {
        let (text, failed) = QueryFixture.run(
            session(), "find ?e where ?e kind ?k, ?k in (\"summit\", statement) order by ?e")
        XCTAssertEqual(failed, 0, text)
        XCTAssertEqual(text, "e\nstatement#1\nsummit#1\n")
    }

    func testInTakesValuesNotVariables() {
        let (text, failed) = QueryFixture.run(session(), "find ?e where ?e kind ?k, ?k in (\"talks\", ?e)")
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(text.contains("the list of 'in' holds values, not variables"), text)
        let (unclosed, bad) = QueryFixture.run(session(), "find ?e where ?e kind ?k, ?k in (\"talks\"")
        XCTAssertEqual(bad, 1)
        XCTAssertTrue(unclosed.contains("to close the list of 'in'"), unclosed)
    }
}
