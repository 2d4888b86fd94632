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

/// SplitMix64 with a fixed seed, so every run of a randomised test draws the same values.
struct SeededRandom {
    var state: UInt64

    /// A value in `0..<n`.
    mutating func next(_ n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }
}

extension QueryFixture {
    /// A store of `subjects` entities with facts under four predicates towards entities and
    /// texts, some facts stated twice (a repeat is one fact).
    static func randomStore(_ random: inout SeededRandom, subjects: Int, facts: Int) -> FactStore {
        let store = FactStore()
        let predicates = ["title", "met", "member_of", "said"]
        for _ in 0..<facts {
            let s = Term.entity("e\(random.next(subjects))")
            let p = predicates[random.next(predicates.count)]
            let o: Term = random.next(3) == 0 ? .text("t\(random.next(7))") : .entity("e\(random.next(subjects))")
            store.assert(subject: s, predicate: p, object: o)
        }
        return store
    }
}
