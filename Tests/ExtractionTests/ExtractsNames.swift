import NewsFacts
@testable import Extraction

/// What the tests of name finding and typing ask of one short text: its facts, the type given
/// to a name, the names found. A test class adopts it instead of carrying its own copies:
///
///     final class CutNameTests: XCTestCase, ExtractsNames {
///         func testRegnalOne() {
///             XCTAssertEqual(type(facts("Pope Severian II, who …"), "Pope Severian II"), "person")
///         }
///     }
protocol ExtractsNames {}

extension ExtractsNames {
    /// The facts of `text` as one article dated 2021-01-27 (a fixed date, so weekdays and
    /// "last month" resolve the same in every run).
    func facts(_ text: String) -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"), text: text))
    }

    /// The type of the entity named exactly `name`, or nil when there is none.
    func type(_ f: ArticleFacts, _ name: String) -> String? { f.entities.first { $0.name == name }?.type }

    /// The names of every entity but events.
    func names(_ f: ArticleFacts) -> Set<String> { Set(f.entities.filter { $0.type != "event" }.map(\.name)) }
}
