import XCTest

@testable import LexiconSchema

/// Every kind of broken row or schema is reported with its file and line, the way a compiler
/// reports an error, so the build fails there.
final class LexiconTableTests: XCTestCase {
    func problems(_ text: String) -> [String] {
        LexiconTable.parse(text, file: "t.tsv").problems.map(\.description)
    }

    func testEachBrokenRowIsAnErrorAtItsLine() {
        let schema =
            "# a test table\n"
            + "#schema: kind:one-of(a|b) word:word count:int value:text? names:list(word)\n#unique: kind word\n"
        let cases: [(row: String, error: String)] = [
            (
                "a\tx\t1\tv\tp;q\textra",
                "t.tsv:4: error: 6 fields, but the schema has 5 columns (kind, word, count, value, names)"
            ),
            ("c\tx\t1", "t.tsv:4: error: field \"kind\" (column 1): \"c\" is not one of a, b"),
            ("a\tX\t1", "t.tsv:4: error: field \"word\" (column 2): \"X\" is not in lower case"),
            ("a\tx\tone", "t.tsv:4: error: field \"count\" (column 3): \"one\" is not an integer"),
            ("a\t\t1", "t.tsv:4: error: empty field \"word\" (column 2)"),
            ("a\tx", "t.tsv:4: error: missing field \"count\" (column 3)"),
            ("a\tx\t1\t v", "t.tsv:4: error: field \"value\" (column 4): spaces around \" v\""),
            ("a\tx\t1\t\tp;;q", "t.tsv:4: error: field \"names\" (column 5): empty item in the list \"p;;q\""),
            ("a\tx\t1\t\tp;Q", "t.tsv:4: error: field \"names\" (column 5): \"Q\" is not in lower case"),
            ("a\tx\u{7}\t1", "t.tsv:4: error: field \"word\" (column 2): control character U+7 in \"x\u{7}\""),
        ]
        for (row, error) in cases {
            XCTAssertEqual(problems(schema + row + "\n"), [error], row)
        }
    }

    func testAGoodRowPassesAndLeftOutOptionalFieldsAreEmpty() throws {
        let (table, problems) = LexiconTable.parse("#schema: word:word value:text? names:list\nx\n", file: "t.tsv")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(table?.rows, [LexiconTable.Row(line: 2, fields: ["x", "", ""])])
    }

    func testADuplicateKeyNamesTheFirstLine() {
        XCTAssertEqual(
            problems("#schema: kind:text word:word\n#unique: kind word\na\tx\nb\tx\n\n# note\na\tx\n"),
            ["t.tsv:7: error: duplicate kind, word \"a\", \"x\" (first on line 3)"])
    }

    func testSchemaMistakesAreErrorsAtTheirLine() {
        let cases: [(text: String, error: String)] = [
            ("a\tb\n", "t.tsv:1: error: a row before the #schema: line"),
            (
                "# only a comment\n",
                "t.tsv:1: error: no #schema: line (for example \"#schema: name:text aliases:list\")"
            ),
            ("#schema: name:txt\n", "t.tsv:1: error: bad #schema: unknown type \"txt\" for column \"name\""),
            ("#schema: name\n", "t.tsv:1: error: bad #schema: column \"name\" has no type (name:type)"),
            ("#schema: Name:text\n", "t.tsv:1: error: bad #schema: column name \"Name\" is not a Swift name"),
            ("#schema: a:text a:text\n", "t.tsv:1: error: bad #schema: column \"a\" is declared twice"),
            ("#schema: a:text\n#unique: b\n", "t.tsv:2: error: bad #unique: no column \"b\""),
            ("#schema: a:text\n#cases: a WordList\n", "t.tsv:2: error: #cases: wants \"COLUMN as TypeName\""),
            ("#schema: a:text\n#cases: a as wordList\n", "t.tsv:2: error: bad #cases: \"wordList\" is not a type name"),
            (
                "#schema: a:text\n#sorted: a\n",
                "t.tsv:2: error: unknown directive #sorted: (known: #schema:, #unique:, #cases:)"
            ),
            ("#schema: a:text\nx\n#unique: a\n", "t.tsv:3: error: #unique: must come before the first row"),
        ]
        for (text, error) in cases {
            XCTAssertEqual(problems(text), [error], text)
        }
    }

    func testReferencesMustNameAValueOfTheOtherTable() {
        let countries = LexiconTable.parse("#schema: name:text\nJapan\nKenya\n", file: "countries.tsv").table!
        let places = LexiconTable.parse(
            "#schema: name:text country:ref(countries.name)? also:list\nTokyo\tJapan\nLima\tPeru\n",
            file: "places.tsv"
        ).table!
        XCTAssertEqual(
            LexiconValidator.problems(in: [countries, places]).map(\.description),
            ["places.tsv:3: error: field \"country\": \"Peru\" is not a name in countries.tsv"])
        let orphan = LexiconTable.parse(
            "#schema: name:text country:ref(states.name)\nTokyo\tJapan\n", file: "places.tsv"
        ).table!
        XCTAssertEqual(
            LexiconValidator.problems(in: [orphan]).map(\.description),
            ["places.tsv:1: error: column \"country\" refers to a table \"states\" that does not exist"])
    }

    func testCasesMustGiveDistinctSwiftNames() {
        let table = LexiconTable.parse(
            "#schema: list:name word:word\n#cases: list as WordList\nspeech.verbs\tsaid\nspeechVerbs\tsays\n",
            file: "lists.tsv"
        ).table!
        XCTAssertEqual(
            LexiconValidator.problems(in: [table]).map(\.description),
            ["lists.tsv:4: error: \"speechVerbs\" and \"speech.verbs\" give the same case WordList.speechVerbs"])
    }

    func testGeneratedSwiftHoldsTheRowsAsOneLiteralAndTypedRows() {
        let table = LexiconTable.parse(
            "# Test words.\n#schema: list:name word:word count:int? names:list\n#cases: list as WordList\n"
                + "speech.verbs\tsaid\t2\ta;b\nin\t\"in\\\"\n", file: "Lexicons/word-lists.tsv"
        ).table!
        let source = SwiftSourceWriter.source(for: table)
        XCTAssertTrue(
            source.contains(
                "    struct WordListsRow: Sendable {\n        var list: String\n        var word: String\n"
                    + "        var count: Int?\n        var names: [String]\n    }"), source)
        XCTAssertTrue(
            source.contains(
                "static let wordLists: [WordListsRow] = LexiconText.rows(wordListsText, columns: 4) { f in\n"
                    + "        WordListsRow(list: f[0], word: f[1], count: f.optionalInt(2), names: f.list(3))"), source
        )
        XCTAssertTrue(
            source.contains(
                "private static let wordListsText = \"\"\"\n"
                    + "speech.verbs\tsaid\t2\ta;b\nin\t\\\"in\\\\\\\"\t\t\n\"\"\"\n"), source)
        XCTAssertTrue(
            source.contains(
                "enum WordList: String, CaseIterable, Sendable {\n"
                    + "    case speechVerbs = \"speech.verbs\"\n    case `in`\n}"), source)
    }
}
