import Foundation
import NewsFacts
import Query

/// Harness 2: the query language — lexer, parser, resolver, planner, evaluator and result
/// formatting — over a small fixed store (`FuzzCorpus`).
///
/// The first byte sets the session's options (output format, sources, explain-everything,
/// stop at the first error, a small memory limit); the rest is a script run as `newsq run` or the prompt would.
/// Completion and the prompt's "is this statement finished?" check see the same text.
/// Every statement gets a step budget (`QueryBudget`): a slow query stops with `cancelled`
/// instead of tripping the fuzzer's time limit, so only real hangs (loops that never poll
/// the budget) are reported.
public enum QueryHarness {
    /// Built once; sessions only read it.
    // Safe: every cache a read would build (indexes, name index, names map) is built here, and
    // the query language never changes a store, so after this no run writes to it; the harness
    // runs on one thread (libFuzzer's, or the test that replays the regression files).
    nonisolated(unsafe) static let store: FactStore = {
        let built = FuzzCorpus.makeStore()
        _ = built.entityNames() // builds the indexes, the name index and the names map now
        return built
    }()

    /// Budget polls (each about 4,096 rows of work) a statement may use before it is cancelled.
    static let pollsPerRun = 256

    public static func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let text = String(decoding: input.dropFirst(), as: UTF8.self)
        let session = QuerySession(store: store)
        let formats = OutputFormat.allCases
        session.options.format = formats[Int(first) % formats.count]
        session.options.showSources = first & 0x08 != 0
        session.options.explainAll = first & 0x10 != 0
        // No time limit: what a run does must not depend on how busy the machine is (the budget
        // below and the fuzzer's own timeout bound time). A small memory limit with bit 6, so
        // the limit's error path runs too.
        session.options.limits.time = nil
        session.options.limits.memory = first & 0x40 != 0 ? 256 << 10 : 64 << 20
        var polls = 0
        session.isCancelled = {
            polls += 1
            return polls > pollsPerRun
        }
        var printed = ""
        session.run(
            text, sourceName: "fuzz.nq", stopAtFirstError: first & 0x20 != 0,
            output: {
                printed += $0
                echoed($0)
            },
            errors: {
                printed += $0
                echoed($0)
            })
        // The same text again must print the same lines: a one-statement text is answered from
        // the session's cache the second time, which must not differ from a fresh answer. (Not
        // with rules, which a second run redefines, nor with regexes, whose budget is time.)
        if !text.contains("rule"), !text.contains("matches") {
            polls = 0
            var again = ""
            session.run(
                text, sourceName: "fuzz.nq", stopAtFirstError: first & 0x20 != 0,
                output: { again += $0 }, errors: { again += $0 })
            precondition(
                StoreQueries.sameLines(again, printed),
                "a second run printed something else:\n\(printed)\n---\n\(again)")
        }
        var produced = printed.utf8.count
        _ = session.isComplete(text)
        // The prompt's completion engine, at a few cursor positions (UTF-8 offsets, some inside
        // a character: it must cope).
        let completer = QueryCompleter(store: store)
        let bytes = text.utf8.count
        for cursor in [0, bytes / 2, bytes, Int(first) % (bytes + 1)] {
            let c = completer.complete(line: text, cursor: cursor)
            produced &+= c.candidates.count
        }
        blackHole(produced)
    }

    /// Each example script whole and each of its lines, after an options byte of 0 (a table).
    public static func seeds(files: [(path: String, bytes: [UInt8])]) -> [[UInt8]] {
        var seeds: [[UInt8]] = [
            "who is Hrubá?", "who holds \"Transport Minister\"?", "when did Hrubá meet Valente?",
            "what did Valente say about trains?", "timeline of Mørk", "articles about Valente",
            "find ?p, ?t where ?p title ?t [of: ?c] order by ?p limit 3",
            "find ?k, count(?e) where ?e kind ?k group by ?k order by count(?e) desc",
            "find ?p, min(?n), max(?n), avg(?n), sum(?n) where ?p ?x ?n, ?n > -10 group by ?p",
            "rule colleague(?a, ?b) :- ?e participant ?a, ?e participant ?b, ?a != ?b\n"
                + "find ?x, ?y where colleague(?x, ?y)",
            "explain find ?a where ?a said ?q, ?q matches \"^[A-Z]\"",
            "why Hrubá title _", "find ?p where ?p type person, not ?p said _, optional ?p alias ?a",
        ].map { [0] + Array($0.utf8) }
        for file in files {
            seeds.append([0] + file.bytes)
            for line in file.bytes.split(separator: 10) where !line.starts(with: Array("--".utf8)) {
                seeds.append([0] + line)
            }
        }
        return seeds
    }
}
