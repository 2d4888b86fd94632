import Foundation
import TestSupport
import XCTest

/// Ctrl-C during `.load` at the prompt: the load stops (even within one huge article), what
/// was loaded before stays, and the session goes on. Asserts on what newsq prints, never on
/// how long anything took.
final class LoadCancelTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsq-load-cancel-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "Toshimitsu Motegi | type | person\nToshimitsu Motegi | title | Foreign Minister | of = Japan\n"
            .write(toFile: folder + "/people.facts", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testCtrlCStopsTheLoadOfOneHugeArticleAndKeepsWhatWasLoaded() throws {
        // One article far too long to extract during the test (about 8 MB of dense news text).
        let sentence = "Foreign Minister Alder Rossi met Birch Conti in Lima on Monday, and the ministry said the "
            + "talks went well. \"The plan is good,\" Rossi told reporters. "
        try ("Title: huge\nDate: 2021-01-27\n\n" + String(repeating: sentence, count: 50_000))
            .write(toFile: folder + "/huge.txt", atomically: true, encoding: .utf8)
        let term = try PseudoTerminal(executable: NewsqProcess.binary.path,
                                      arguments: ["--no-data", folder + "/people.facts"],
                                      environment: ["PATH": "/usr/bin:/bin", "HOME": folder, "NEWSQ_HISTORY": folder + "/history",
                                                    "NO_COLOR": "1", "TERM": "xterm"])
        try term.expect("newsq> ", timeout: 60)
        term.send(".load \(folder)/huge.txt\r")
        // Ctrl-C must arrive once the load runs (before, it only clears the line): repeat it
        // until newsq is back at its prompt.
        var back = false
        for _ in 0..<30 where !back {
            Thread.sleep(forTimeInterval: 0.5)
            term.send("\u{3}")
            back = (try? term.expect("newsq> ", timeout: 2)) != nil
        }
        XCTAssertTrue(back, "Ctrl-C did not stop the load:\n" + term.recentScreenText())
        let screen = PseudoTerminal.strippingEscapes(term.output)
        XCTAssertTrue(screen.contains("cancelled with Ctrl-C"), screen.suffix(1500).description)
        XCTAssertFalse(screen.contains("+1 article"), "the cancelled article is not half loaded")
        // What was loaded before answers; the cancelled article left nothing.
        term.send("find ?t where \"Toshimitsu Motegi\" title ?t;\r")
        let title = try term.expect("Foreign Minister", timeout: 30)
        XCTAssertFalse(title.isEmpty)
        try term.expect("newsq> ")
        term.send("find ?p where ?p title ?t;\r")
        let people = try term.expect("Toshimitsu Motegi", timeout: 30) + (try term.expect("newsq> "))
        XCTAssertFalse(people.contains("Rossi"), "nothing of the cancelled article: \(people)")
        term.send("\u{4}")
        XCTAssertEqual(try term.waitForExit(), 0, term.recentScreenText())
    }
}
