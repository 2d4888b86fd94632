import NewsFacts
import Query

/// A fixed set of statements run over a store built from fuzzed input (a facts file, a
/// snapshot): what a user would ask first, in one of the output formats (`variant` picks it
/// and whether sources are shown).
enum StoreQueries {
    static func run(over store: FactStore, variant: UInt8) {
        var statements = [
            "find ?s, ?p, ?o where ?s ?p ?o limit 300",
            "find ?p, count(?s), min(?o), max(?o), sum(?o), avg(?o) where ?s ?p ?o group by ?p order by ?p",
            "find distinct ?o where ?s ?p ?o, ?o > 0 order by ?o desc limit 50",
            "find ?s, ?d where ?s date ?d, ?d between 1900 and 2100-12-31",
            "find ?e, ?k, ?x where ?e kind ?k, optional ?e participant ?x limit 100",
        ]
        for (name, _) in store.entityNames().sorted(by: { $0.key < $1.key }).prefix(3) {
            let quoted = quote(name)
            statements += [
                "who is \(quoted)?", "timeline of \(quoted)", "why \(quoted) title _",
                "find ?p, ?o where \(quoted) ?p ?o",
            ]
        }
        var produced = 0
        let session = QuerySession(store: store)
        let formats = OutputFormat.allCases
        session.options.format = formats[Int(variant >> 4) % formats.count]
        session.options.showSources = variant & 0x80 != 0
        session.options.limits.time = nil // see QueryHarness
        session.options.limits.memory = 64 << 20
        var polls = 0
        session.isCancelled = {
            polls += 1
            return polls > QueryHarness.pollsPerRun
        }
        for statement in statements {
            var printed = ["", ""]
            // Twice: the second answer comes from the session's cache and must be the same.
            for k in 0..<2 {
                polls = 0
                session.run(
                    statement, sourceName: "fuzz", stopAtFirstError: false,
                    output: { printed[k] += $0 }, errors: { printed[k] += $0 })
            }
            precondition(
                sameLines(printed[0], printed[1]),
                "a second run printed something else:\n\(printed[0])\n---\n\(printed[1])")
            echoed(printed[0])
            produced &+= printed[0].utf8.count
        }
        blackHole(produced)
    }

    /// Whether two outputs hold the same lines, in any order: rows that tie under `order by`
    /// (an entity and a text that read the same) may come in another order from the cache.
    static func sameLines(_ a: String, _ b: String) -> Bool {
        a.split(separator: "\n", omittingEmptySubsequences: false).sorted()
            == b.split(separator: "\n", omittingEmptySubsequences: false).sorted()
    }

    /// `s` as a string literal of the query language.
    static func quote(_ s: String) -> String {
        "\""
            + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
    }
}
