import Foundation
import NewsFacts
import Query
import TestSupport

@testable import NewsqCLI

/// A shell over Queries/sample.facts (or a snapshot) whose output and messages are collected, not printed.
final class ShellFixture {
    let store = FactStore()
    let session: QuerySession
    let shell: Shell
    private let collected = Collected()

    var output: String { collected.output }
    var errors: String { collected.errors }

    /// - Parameters:
    ///   - interactive: a shell as the prompt runs it (pager, Ctrl-C between pieces of an answer).
    ///   - screen: the terminal its answers stand for; nil (the default) is a pipe.
    init(interactive: Bool = false, screen: Screen? = nil, snapshot: URL? = nil) throws {
        if let snapshot {
            try store.restoreSnapshot(from: snapshot, inputs: SnapshotInputs(files: []))
        } else {
            try FactsFile.load(
                path: TestPaths.repositoryRoot.appendingPathComponent("Queries/sample.facts").path,
                into: store)
        }
        session = QuerySession(store: store)
        session.options.format = .tsv
        let collected = self.collected
        shell = Shell(
            store: store, session: session, interactive: interactive, out: { collected.output += $0 },
            err: { collected.errors += $0 }, screen: { screen })
    }

    /// What the shell wrote, kept apart from it so the closures hold no reference to the fixture.
    private final class Collected {
        var output = ""
        var errors = ""
    }
}
