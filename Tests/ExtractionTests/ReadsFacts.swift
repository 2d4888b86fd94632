import NewsFacts

/// What the tests of fact rules read from one extraction: a person's titles, a speaker's
/// statements and an entity's aliases. A test class adopts it instead of carrying its own copies:
///
///     final class TitleRuleTests: XCTestCase, ReadsFacts {
///         func testApposition() {
///             XCTAssertEqual(titles(facts("…"), "Tomas Berglund"), ["Chief Financial Officer|Halvorsen Motors"])
///         }
///     }
protocol ReadsFacts {}

extension ReadsFacts {
    /// Each `title` fact of `person` as "title|of", with "-" when it names no country or body.
    func titles(_ f: ArticleFacts, _ person: String) -> [String] {
        f.facts.filter { $0.predicate == "title" && $0.subject == .entity(person) }
            .map { "\($0.object.lexical)|\($0.qualifier("of")?.lexical ?? "-")" }
    }

    /// What `speaker` said, each statement's text as extracted.
    func said(_ f: ArticleFacts, _ speaker: String) -> [String] {
        f.facts.filter { $0.predicate == "said" && $0.subject == .entity(speaker) }.map(\.object.lexical)
    }

    /// The aliases of the entity named exactly `name`, none when there is no such entity.
    func aliases(_ f: ArticleFacts, _ name: String) -> [String] {
        f.entities.first { $0.name == name }?.aliases ?? []
    }
}
