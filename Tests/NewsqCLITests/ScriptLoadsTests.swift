import XCTest

@testable import NewsqCLI

/// A script's `-- load:` first line, read relative to the script.
final class ScriptLoadsTests: XCTestCase {
    func testTheFirstLineNamesFilesBesideTheScript() {
        XCTAssertEqual(
            ScriptLoads.paths(
                in: "-- load: sample.facts\nfind ?p where ?p type person\n", script: "Queries/language.nq"),
            ["Queries/sample.facts"])
        XCTAssertEqual(
            ScriptLoads.paths(in: "-- load: ../Data, extra.tsv\n", script: "/srv/q/tour.nq"),
            ["/srv/q/../Data", "/srv/q/extra.tsv"])
        XCTAssertEqual(ScriptLoads.paths(in: "--load: a.facts\r\n", script: "a.nq"), ["a.facts"])
        XCTAssertEqual(ScriptLoads.paths(in: "-- load: /data/wires\n", script: "q/a.nq"), ["/data/wires"])
    }

    func testAScriptWithoutTheLineNamesNothing() {
        XCTAssertEqual(ScriptLoads.paths(in: "find ?p where ?p type person\n", script: "a.nq"), [])
        XCTAssertEqual(ScriptLoads.paths(in: "-- a comment\n-- load: x.facts\n", script: "a.nq"), [], "first line only")
        XCTAssertEqual(ScriptLoads.paths(in: "", script: "a.nq"), [])
    }
}
