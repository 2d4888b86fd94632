import XCTest

@testable import NewsFacts

final class FactsFileTests: XCTestCase {
    func testTSVImportReadsEveryKindAndProvenance() throws {
        let store = FactStore()
        let tsv =
            "person/1\tname\tAnna Adams 1\tstr\t7\t3\nevent/2\tdate\t2024-03-15\tdate\t7\t4\nevent/2\tparticipant\tperson/1\tiri\t8\t0\n"
        XCTAssertEqual(try store.importTSV(Array(tsv.utf8), file: "f.tsv"), .added(facts: 3))
        let person = store.termID(.entity("person/1"))!
        XCTAssertEqual(store.entities(named: "anna adams 1"), [person])
        let date = store.termID(.date(DateValue(iso: "2024-03-15")!))
        XCTAssertNotNil(date)
        let f = Array(store.match(subject: nil, predicate: store.predicateID("participant"), object: person))
        XCTAssertEqual(
            f.map { store.provenance($0) }, [Provenance(articleID: "8", sentence: 0, range: nil, rule: "imported")])
    }

    func testTSVImportOfTheSameFileTwiceAddsNothingAndAChangedFileReplaces() throws {
        let store = FactStore()
        let one = "a\tp\tb\tiri\t1\t0\n", two = "a\tp\tc\tiri\t1\t0\na\tq\td\tstr\t2\t1\n"
        try store.importTSV(Array(one.utf8), file: "x.tsv")
        XCTAssertEqual(try store.importTSV(Array(one.utf8), file: "x.tsv"), .unchanged)
        XCTAssertEqual(try store.importTSV(Array(two.utf8), file: "x.tsv"), .replaced(removed: 1, added: 2))
        XCTAssertEqual(store.factCount, 2)
    }

    func testTSVErrorsNameTheLineAndKeepNothingOfTheFile() {
        let cases: [(String, String)] = [
            (
                "a\tp\tb\tiri\t1\n",
                "f.tsv:1: error: expected 6 tab-separated fields (s p o okind article sentence), found 5"
            ),
            ("a\tp\tb\tiri\t1\t0\na\tp\tb\turi\t1\t0\n", "f.tsv:2:7: error: okind must be iri, str or date, not 'uri'"),
            ("a\tp\t2024-02-30\tdate\t1\t0\n", "f.tsv:1:5: error: okind is 'date' but '2024-02-30' is not an ISO date"),
            ("a\tp\tb\tstr\t1\tx\n", "f.tsv:1:13: error: sentence must be a whole number, not 'x'"),
            ("\tp\tb\tstr\t1\t0\n", "f.tsv:1:1: error: empty subject"),
        ]
        for (input, message) in cases {
            let store = FactStore()
            store.assert(subject: .entity("kept"), predicate: "type", object: .text("person"))
            XCTAssertThrowsError(try store.importTSV(Array(input.utf8), file: "f.tsv")) { error in
                XCTAssertEqual("\(error)".split(separator: "\n").first.map(String.init), message)
            }
            XCTAssertEqual(store.factCount, 1, "a failed import keeps what was loaded before: \(message)")
            XCTAssertEqual(store.articles.count, 1)
        }
    }

    func testFactsFormParsesQuotesDatesQualifiersAndComments() throws {
        let text = """
            # curated
            Toshimitsu Motegi | type | person
            Toshimitsu Motegi | title | Foreign Minister | of = Japan, date = 2021-01-27
            Toshimitsu Motegi | said | "We agreed, \\"firmly\\" | to bolster" | to = reporters
            Japan | member_of | Group of Seven
            talks#1 | duration | 30
            """
        let facts = try FactsFile.parse(text, articleID: "curated", file: "curated.facts")
        XCTAssertEqual(facts.facts.count, 5)
        XCTAssertEqual(facts.facts[0].object, .text("person"))
        XCTAssertEqual(
            facts.facts[1].qualifiers,
            [Qualifier("of", .entity("Japan")), Qualifier("date", .date(DateValue(iso: "2021-01-27")!))])
        XCTAssertEqual(facts.facts[2].object, .text("We agreed, \"firmly\" | to bolster"))
        XCTAssertEqual(facts.facts[2].qualifiers, [Qualifier("to", .entity("reporters"))])
        XCTAssertEqual(facts.facts[3].object, .entity("Group of Seven"))
        XCTAssertEqual(facts.facts[4].object, .number(30))
        XCTAssertEqual(facts.facts[1].sentence, 2)
        XCTAssertEqual(facts.facts[1].rule, "asserted")
    }

    func testFactsFormErrorsPointAtLineAndColumn() {
        let cases: [(String, String)] = [
            (
                "a | b",
                "c.facts:1:1: error: expected 'subject | predicate | object' and optional '| key = value, …', found 2 fields"
            ),
            ("a | b | \"open", "c.facts:1:9: error: unterminated quoted string"),
            ("a |  | c", "c.facts:1:6: error: empty predicate"),
            ("a | b | c | of Japan", "c.facts:1:13: error: qualifier 'of Japan' is not 'key = value'"),
            ("a | b | \"x\" y", "c.facts:1:13: error: unexpected text after a quoted value"),
        ]
        for (input, message) in cases {
            XCTAssertThrowsError(try FactsFile.parse(input, articleID: "c", file: "c.facts")) { error in
                XCTAssertEqual("\(error)".split(separator: "\n").first.map(String.init), message)
            }
        }
    }

    func testNumbersThatAreNotFiniteDecimalsAreErrorsNamingTheField() {
        let cases: [(String, String)] = [
            (
                "a | value | -nan",
                "c.facts:1:13: error: '-nan' is not a finite decimal number (quote it to keep it as text)"
            ),
            (
                "a | value | -inf",
                "c.facts:1:13: error: '-inf' is not a finite decimal number (quote it to keep it as text)"
            ),
            (
                "a | value | 1e999",
                "c.facts:1:13: error: '1e999' is not a finite decimal number (quote it to keep it as text)"
            ),
            (
                "a | value | 0x1p3",
                "c.facts:1:13: error: '0x1p3' is not a finite decimal number (quote it to keep it as text)"
            ),
            (
                "# ok\na | value | 2 | weight = -infinity",
                "c.facts:2:17: error: '-infinity' is not a finite decimal number (quote it to keep it as text)"
            ),
        ]
        for (input, message) in cases {
            XCTAssertThrowsError(try FactsFile.parse(input, articleID: "c", file: "c.facts")) { error in
                XCTAssertEqual("\(error)".split(separator: "\n").first.map(String.init), message)
            }
        }
        let fine = "a | value | -2.5e3\nb | value | 7.\nc | value | \"-nan\"\nd | value | nan\ne | value | 1e308"
        let facts = try? FactsFile.parse(fine, articleID: "c", file: "c.facts")
        XCTAssertEqual(
            facts?.facts.map(\.object),
            [
                .number(-2500), .number(7), .text("-nan"), .entity("nan"),
                .number(1e308),
            ])
    }

    func testFactsFileErrorsRenderLikeQueryErrorsWithTheLineAndACaret() {
        let text = "# desk\nMotegi | type | person\nMotegi | said | \"We agreed"
        XCTAssertThrowsError(try FactsFile.parse(text, articleID: "d", file: "desk.facts")) { error in
            XCTAssertEqual((error as? FactsFileError)?.diagnostic.code, .factsFile)
            XCTAssertEqual(
                "\(error)",
                """
                desk.facts:3:17: error: unterminated quoted string
                 3 │ Motegi | said | "We agreed
                   │                 ^
                """)
        }
    }

    func testTSVErrorsShowTheLineAndACaretAtTheFieldWhenThereIsOne() {
        let store = FactStore()
        XCTAssertThrowsError(try store.importTSV(Array("a\tp\tb\turi\t1\t0\n".utf8), file: "f.tsv")) { error in
            XCTAssertEqual(
                "\(error)",
                """
                f.tsv:1:7: error: okind must be iri, str or date, not 'uri'
                 1 │ a\\tp\\tb\\turi\\t1\\t0
                   │          ^
                """)
        }
        XCTAssertThrowsError(try store.importTSV(Array("a\tp\n".utf8), file: "f.tsv")) { error in
            XCTAssertEqual(
                "\(error)",
                """
                f.tsv:1: error: expected 6 tab-separated fields (s p o okind article sentence), found 2
                 1 │ a\\tp
                """)
        }
    }

    func testAFactsFileThatIsNotUTF8IsAnErrorAboutTheWholeFile() {
        XCTAssertThrowsError(try FactsFile.parse([0x61, 0xFF, 0x0A], path: "bad.facts")) { error in
            XCTAssertEqual("\(error)", "bad.facts: error: not UTF-8 text")
        }
    }
}
