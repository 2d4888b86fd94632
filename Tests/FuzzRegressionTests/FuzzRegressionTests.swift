import Foundation
import FuzzHarness
import TestSupport
import XCTest

/// Replays every input the fuzzers ever filed (`Tests/FuzzRegressions/<harness>/`) and each
/// harness's built-in seeds through the same entry points the fuzzers call. An input that
/// still crashes takes the test process down; the line printed before it names the file.
final class FuzzRegressionTests: XCTestCase {
    func testArticleReadingAndExtractionSurviveEveryFiledInput() throws {
        try replay("extract", ExtractHarness.run, seeds: ExtractHarness.seeds(files: []))
    }

    func testQueryLanguageSurvivesEveryFiledInput() throws {
        try replay("query", QueryHarness.run, seeds: QueryHarness.seeds(files: []))
    }

    func testFactsAndTSVReadersSurviveEveryFiledInput() throws {
        try replay("facts", FactsHarness.run, seeds: FactsHarness.seeds(files: []))
    }

    func testSnapshotReaderSurvivesEveryFiledInput() throws {
        try replay("snapshot", SnapshotHarness.run, seeds: SnapshotHarness.seeds(files: []))
    }

    /// Runs the seeds, then each filed input in name order.
    private func replay(_ harness: String, _ run: ([UInt8]) -> Void, seeds: [[UInt8]]) throws {
        XCTAssertFalse(seeds.isEmpty, "the \(harness) harness has no built-in seeds")
        for seed in seeds { run(seed) }
        let folder = TestPaths.repositoryRoot.appendingPathComponent("Tests/FuzzRegressions/\(harness)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            print("replaying Tests/FuzzRegressions/\(harness)/\(name)")
            fflush(nil) // every C stream: naming stdout is not concurrency-safe in Swift 6
            run(Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }
}
