import LineEditor
import XCTest

final class CompletionTests: XCTestCase {
    func testCommonPrefixIsInWholeCharacters() {
        XCTAssertEqual(Completion.commonPrefix(["Motegi", "Moon", "Mo"]), "Mo")
        XCTAssertEqual(Completion.commonPrefix(["日本語", "日本"]), "日本")
        XCTAssertEqual(Completion.commonPrefix(["é", "e\u{301}x"]), "é", "canonically equal characters match")
        XCTAssertEqual(Completion.commonPrefix(["abc"]), "abc")
        XCTAssertEqual(Completion.commonPrefix([]), "")
        XCTAssertEqual(Completion.commonPrefix(["x", "y"]), "")
    }

    func testNoCandidateBeeps() {
        XCTAssertEqual(Completion.none(at: 3).action(typed: "zz"), .beep)
    }

    func testOneCandidateIsInsertedWithASpace() {
        let c = Completion(replacementStart: 0, candidates: ["Motegi"])
        XCTAssertEqual(c.action(typed: "Mot"), .replace(with: "Motegi ", list: []))
    }

    func testOneFolderIsInsertedWithoutASpace() {
        let c = Completion(replacementStart: 0, candidates: ["Data/wires/"], listsBasenames: true)
        XCTAssertEqual(c.action(typed: "Data/w"), .replace(with: "Data/wires/", list: []))
    }

    func testACandidateCanAskForNoSpace() {
        let c = Completion(replacementStart: 0, candidates: ["?p"], appendsSpace: false)
        XCTAssertEqual(c.action(typed: "?"), .replace(with: "?p", list: []))
    }

    func testSeveralCandidatesInsertTheirCommonPrefixAndAreListed() {
        let c = Completion(replacementStart: 0, candidates: [".load", ".list", ".load"])
        XCTAssertEqual(c.action(typed: ".l"), .replace(with: ".l", list: [".load", ".list"]))
        let d = Completion(replacementStart: 0, candidates: ["\"Antony Blinken\"", "\"Antony Eden\""])
        XCTAssertEqual(
            d.action(typed: "\"An"),
            .replace(with: "\"Antony ", list: ["\"Antony Blinken\"", "\"Antony Eden\""]))
    }

    func testMatchingWithoutCaseNeverLosesTypedLetters() {
        let c = Completion(replacementStart: 0, candidates: ["Motegi", "MOTOR"])
        XCTAssertEqual(c.action(typed: "mot"), .replace(with: "mot", list: ["Motegi", "MOTOR"]))
        let d = Completion(replacementStart: 0, candidates: ["Motegi", "Motor"])
        XCTAssertEqual(d.action(typed: "mot"), .replace(with: "Mot", list: ["Motegi", "Motor"]))
    }

    func testPathsAreListedByTheirLastPart() {
        let c = Completion(
            replacementStart: 6, candidates: ["Data/a.txt", "Data/b.json", "Data/wires/"],
            listsBasenames: true)
        XCTAssertEqual(c.action(typed: "Data/"), .replace(with: "Data/", list: ["a.txt", "b.json", "wires/"]))
        XCTAssertEqual(Completion.basename("a"), "a")
        XCTAssertEqual(Completion.basename("/"), "/")
        XCTAssertEqual(Completion.basename("x/y/"), "y/")
    }

    func testColumnsRunDownThenAcross() {
        XCTAssertEqual(
            Completion.columns(["alpha", "beta", "gamma", "delta"], width: 20),
            ["alpha  gamma", "beta   delta"])
        XCTAssertEqual(Completion.columns(["a", "b", "c"], width: 80), ["a  b  c"])
        XCTAssertEqual(Completion.columns(["abc", "de"], width: 4), ["abc", "de"])
        XCTAssertEqual(Completion.columns([], width: 80), [])
    }

    func testAWordWiderThanTheTerminalGetsALineOfItsOwn() {
        XCTAssertEqual(Completion.columns(["a-very-long-name", "b"], width: 5), ["a-very-long-name", "b"])
    }

    func testWideCharactersTakeTwoColumns() {
        XCTAssertEqual(Completion.displayWidth("日本"), 4)
        XCTAssertEqual(Completion.displayWidth("é"), 1)
        XCTAssertEqual(Completion.displayWidth("e\u{301}"), 1)
        XCTAssertEqual(Completion.columns(["日本", "ab", "cd"], width: 80), ["日本  ab    cd"])
    }

    func testListedNamesCannotDriveTheTerminal() {
        XCTAssertEqual(
            Completion.columns(["evil\u{1B}]0;pwned\u{07}", "c1\u{9B}2J"], width: 200),
            ["evil\\e]0;pwned\\x07  c1\\u{9b}2J"])
    }
}
