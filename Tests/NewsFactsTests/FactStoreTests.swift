import XCTest

@testable import NewsFacts

final class FactStoreTests: XCTestCase {
    private func seedFacts(
        text: String = "Japanese Foreign Minister Toshimitsu Motegi met Antony Blinken."
    ) -> ArticleFacts {
        let article = Article(id: "a1", date: DateValue(iso: "2021-01-27"), text: text)
        return ArticleFacts(
            article: article,
            sentences: [Sentence(index: 0, range: 0..<text.utf8.count, text: text)],
            entities: [
                EntityRecord(name: "Toshimitsu Motegi", type: "person", aliases: ["Motegi"]),
                EntityRecord(name: "Antony Blinken", type: "person", aliases: ["Blinken"]),
                EntityRecord(name: "Japan", type: "country", aliases: ["Tokyo"]),
            ],
            facts: [
                FactRecord(
                    subject: .entity("Toshimitsu Motegi"), predicate: "title", object: .text("Foreign Minister"),
                    qualifiers: [Qualifier("of", .entity("Japan"))], sentence: 0, range: 0..<42,
                    rule: "title-before-name"),
                FactRecord(
                    subject: .entity("talks#1@a1"), predicate: "participant", object: .entity("Toshimitsu Motegi"),
                    sentence: 0, rule: "meeting"),
                FactRecord(
                    subject: .entity("talks#1@a1"), predicate: "participant", object: .entity("Antony Blinken"),
                    sentence: 0, rule: "meeting"),
            ])
    }

    func testShrinkingToFitKeepsEveryFactAndGivesRoomBack() {
        let store = FactStore()
        for i in 0..<300 {
            var a = seedFacts(text: "Japanese Foreign Minister Toshimitsu Motegi met Antony Blinken \(i) times.")
            a.article.id = "a\(i)"
            store.load(a)
        }
        let before = store.match(subject: nil, predicate: nil, object: nil).map {
            store.provenance($0).articleID + " " + store.text(store.subject($0))
        }
        let bytes = store.memoryBytes
        store.shrinkToFit()
        XCTAssertEqual(
            store.match(subject: nil, predicate: nil, object: nil).map {
                store.provenance($0).articleID + " " + store.text(store.subject($0))
            }, before)
        XCTAssertLessThanOrEqual(store.memoryBytes, bytes)
        XCTAssertEqual(store.subjects.capacity < store.subjects.count + store.subjects.count / 16 + 16, true)
    }

    func testShrinkingToFitGivesBackTheTermTablesSpareRoomAndKeepsEveryTerm() throws {
        let store = FactStore()
        let lines = (0..<5_000).map { "person/\($0)\tname\tSomeone Called \($0)\tstr\t1\t1" }
        try store.importTSV(Array((lines.joined(separator: "\n") + "\n").utf8), file: "names.tsv")
        let text = store.terms.bytes.count
        store.shrinkToFit()
        XCTAssertLessThanOrEqual(store.terms.textBytes, text + text / 16)
        XCTAssertLessThanOrEqual(store.terms.metadataBytes, 9 * store.termCount + 9 * store.termCount / 16 + 4)
        XCTAssertEqual(store.text(try XCTUnwrap(store.termID(.entity("person/4321")))), "person/4321")
        XCTAssertNotNil(store.termID(.text("Someone Called 17")))
        // A term added afterwards grows the table again.
        let added = store.terms.intern(.entity("person/new"))
        XCTAssertEqual(store.text(added), "person/new")
    }

    func testInterningGivesOneIdPerTermAndKind() {
        var table = TermTable()
        let a = table.intern(.entity("Japan")), b = table.intern(.entity("Japan")), c = table.intern(.text("Japan"))
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
        XCTAssertEqual(table.text(c), "Japan")
        XCTAssertEqual(table.kind(c), .text)
        XCTAssertNil(table.lookup(.entity("Korea")))
    }

    func testInterningSurvivesTableGrowth() {
        var table = TermTable()
        let ids = (0..<5000).map { table.intern(.entity("person/\($0)")) }
        for (i, id) in ids.enumerated() { XCTAssertEqual(table.lookup(.entity("person/\(i)")), id) }
        XCTAssertEqual(table.count, 5000)
    }

    func testLoadingAnArticleAddsEntityAndExtractedFacts() {
        let store = FactStore()
        // article type + published, 3 type + 3 alias + 3 facts
        XCTAssertEqual(store.load(seedFacts()), .added(facts: 11))
        let motegi = store.termID(.entity("Toshimitsu Motegi"))!
        XCTAssertEqual(store.entityType(motegi), "person")
        XCTAssertEqual(store.aliases(of: motegi), ["Motegi"])
        let title = store.predicateID("title")!
        let facts = Array(store.match(subject: motegi, predicate: title, object: nil))
        XCTAssertEqual(facts.count, 1)
        XCTAssertEqual(store.text(store.object(facts[0])), "Foreign Minister")
        XCTAssertEqual(store.qualifier(facts[0], store.predicateID("of")!).map(store.text), "Japan")
        XCTAssertEqual(
            store.provenance(facts[0]),
            Provenance(articleID: "a1", sentence: 0, range: 0..<42, rule: "title-before-name"))
        XCTAssertEqual(
            store.sentenceText(of: facts[0]), "Japanese Foreign Minister Toshimitsu Motegi met Antony Blinken.")
    }

    func testLoadingTheSameArticleTwiceAddsNothing() {
        let store = FactStore()
        store.load(seedFacts())
        XCTAssertEqual(store.load(seedFacts()), .unchanged)
        XCTAssertEqual(store.factCount, 11)
    }

    func testLoadingAChangedArticleReplacesItsFacts() {
        let store = FactStore()
        store.load(seedFacts())
        store.assert(
            subject: .entity("Japan"), predicate: "member_of", object: .entity("Group of Seven"), articleID: "curated")
        var changed = seedFacts(text: "Motegi met Blinken.")
        changed.facts.removeLast()
        XCTAssertEqual(store.load(changed), .replaced(removed: 11, added: 10))
        XCTAssertEqual(store.factCount, 11)
        let motegi = store.termID(.entity("Toshimitsu Motegi"))!
        let f = Array(store.match(subject: motegi, predicate: store.predicateID("title"), object: nil))
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(
            store.qualifier(f[0], store.predicateID("of")!).map(store.text), "Japan",
            "qualifiers follow their fact when other facts are removed")
        XCTAssertEqual(
            store.match(subject: store.termID(.entity("Japan")), predicate: store.predicateID("member_of"), object: nil)
                .map { store.provenance($0).articleID }, ["curated"])
    }

    func testAnArticleIsAnEntityWithItsDateAndHeadline() {
        let store = FactStore()
        var facts = seedFacts()
        facts.article.title = "Motegi meets Blinken"
        store.load(facts)
        let a1 = store.termID(.entity("a1"))!
        XCTAssertEqual(store.entityType(a1), "article")
        let published = Array(store.match(subject: a1, predicate: store.predicateID("published"), object: nil))
        XCTAssertEqual(published.map { store.term(store.object($0)) }, [.date(DateValue(iso: "2021-01-27")!)])
        XCTAssertEqual(Array(store.match(subject: a1, predicate: store.predicateID("headline"), object: nil)).count, 1)
    }

    func testMatchReadsEachAccessPath() {
        let store = FactStore()
        store.load(seedFacts())
        let p = store.predicateID("participant")!, blinken = store.termID(.entity("Antony Blinken"))!
        XCTAssertEqual(Array(store.match(subject: nil, predicate: p, object: blinken)).count, 1)
        XCTAssertEqual(Array(store.match(subject: nil, predicate: p, object: nil)).count, 2)
        XCTAssertEqual(Array(store.match(subject: nil, predicate: nil, object: blinken)).count, 1)
        XCTAssertEqual(Array(store.match(subject: nil, predicate: nil, object: nil)).count, store.factCount)
        XCTAssertEqual(store.estimate(subject: nil, predicate: p, object: blinken), 1)
        XCTAssertEqual(store.statistics(predicate: p).subjects, 1)
        XCTAssertEqual(store.statistics(predicate: p).objects, 2)
    }

    func testEntitiesAreFoundByNameOrAliasIgnoringCaseAndDiacritics() {
        let store = FactStore()
        store.load(seedFacts())
        store.assert(subject: .entity("José Martí"), predicate: "type", object: .text("person"))
        let motegi = store.termID(.entity("Toshimitsu Motegi"))!
        XCTAssertEqual(store.entities(named: "motegi"), [motegi])
        XCTAssertEqual(store.entities(named: "TOSHIMITSU  MOTEGI"), [motegi])
        XCTAssertEqual(store.entities(named: "jose marti"), [store.termID(.entity("José Martí"))!])
        XCTAssertEqual(store.entities(named: "tokyo"), [store.termID(.entity("Japan"))!])
        XCTAssertEqual(store.entities(named: "Kishi"), [])
    }

    func testAmbiguousAliasNamesEveryCandidate() {
        let store = FactStore()
        store.assert(subject: .entity("Lloyd Austin"), predicate: "alias", object: .text("Austin"))
        store.assert(subject: .entity("Austin"), predicate: "type", object: .text("place"))
        XCTAssertEqual(Set(store.entities(named: "Austin").map(store.text)), ["Lloyd Austin", "Austin"])
    }
}
