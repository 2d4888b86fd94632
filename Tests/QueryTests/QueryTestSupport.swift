import Foundation
import NewsFacts
import TestSupport

@testable import Query

/// A store loaded from Queries/sample.facts, and a way to run text and collect what it writes.
enum QueryFixture {
    static var queriesFolder: URL { TestPaths.repositoryRoot.appendingPathComponent("Queries") }

    static func sampleStore() throws -> FactStore {
        let store = FactStore()
        try FactsFile.load(path: queriesFolder.appendingPathComponent("sample.facts").path, into: store)
        return store
    }

    /// Runs `source` and returns everything written to output and errors, interleaved, and the failure count.
    static func run(
        _ session: QuerySession, _ source: String, name: String = "test.nq", stop: Bool = false
    ) -> (text: String, failed: Int) {
        var text = ""
        let failed = session.run(
            source, sourceName: name, stopAtFirstError: stop, output: { text += $0 }, errors: { text += $0 })
        return (text, failed)
    }
}
