import Foundation
import Query

/// What `.help` prints: an overview, then one topic at a time, each taught by example.
enum HelpText {
    static let topics = [
        "commands", "questions", "find", "filters", "aggregates", "rules", "explain",
        "load", "formats", "limits", "keys",
    ]

    /// The help for `topic` (the overview without one); nil when no topic goes by that word.
    static func text(topic: String?) -> String? {
        guard var topic = topic?.lowercased() else { return overview }
        if topic.hasPrefix(".") { topic.removeFirst() }
        switch topic {
        case "commands", "dot", "dot-commands": return commands
        case "questions", "who", "what", "when", "timeline", "question": return questions
        case "find", "where", "query", "queries", "language": return find
        case "filters", "filter", "not", "contains", "between", "matches", "optional": return filters
        case "aggregates", "count", "group", "order", "limit", "sum", "avg": return aggregates
        case "rules", "rule": return rules
        case "explain", "why": return explain
        case "load", "run", "articles", "entities", "predicates": return load
        case "format", "formats", "sources", "timer", "output": return formats
        case "limits", "time", "memory": return limits
        case "keys", "editing", "history", "completion", "quit": return keys
        default: return nil
        }
    }

    /// What follows the error for a topic `text(topic:)` does not know: the nearest topic,
    /// when one is near, and the list of topics.
    static func notes(forUnknown topic: String) -> [String] {
        let word = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
        let near = Suggest.nearest(word.lowercased(), in: topics).first
        return (near.map { ["did you mean '.help \($0)'?"] } ?? []) + ["topics: " + topics.joined(separator: " ")]
    }

    static let overview = """
        Ask about the facts in the loaded articles, in a small query language.

          who is Motegi?                            an entity: its titles, aliases and key facts
          find ?p, ?t where ?p title ?t [of: Japan];  who holds which title, for Japan
          timeline of Motegi                        events by date
          explain who met Blinken?                  the find a question becomes, and its plan

        A statement ends with ';' or a blank line (Enter on an empty line); a question ends at
        its '?'. Until then it continues at the '   ...>' prompt. '--' starts a comment.

        Commands: .help [TOPIC] .load PATH .run FILE .articles .entities [TYPE] .predicates
                  .format table|tsv|csv|json|markdown .sources on|off .timer on|off
                  .explain on|off .limit time 10s|memory 2GB .history .quit
        Topics:   \(topics.map { ".help " + $0 }.joined(separator: "  "))

        """

    static let commands = """
        Dot-commands work at the prompt, in scripts and on standard input.

          .help [TOPIC]          this help; a topic teaches one part by example
          .load PATH|GLOB|DIR…   add article (.txt .json .jsonl) and facts (.facts .tsv) files
          .run FILE              run a script of statements and commands (stops at the first error)
          .articles              the loaded articles: id, date, facts, title
          .entities [TYPE]       entity counts by type, or the entities of one type
          .predicates            the predicates in use, with their fact counts
          .format FORMAT         table, tsv, csv, json (one object a row) or markdown
          .sources on|off        show the article and sentence behind every answer
          .timer on|off          show how long each statement took
          .headers on|off        print the header line of table, tsv, csv and markdown
          .output [FILE]         answers to FILE from now on (.output alone: back to the screen)
          .once FILE             the next answer to FILE
          .print TEXT            print TEXT
          .bail on|off           stop a script at its first error (on by default)
          .pager on|off          page an answer longer than the screen through $PAGER (on at the prompt)
          .explain on|off        show the plan of every statement as it runs
          .limit [time T] [memory M]  the most one statement may take (e.g. time 10s, memory 2GB, off)
          .history               the statements entered, oldest first
          .show                  every setting above, one a line
          .cd DIR                change the working folder (relative paths of .load, .run, .output)
          .shell COMMAND         run COMMAND with /bin/sh (also .system); its output where answers go
          .sql [--spark] STATEMENT  the SQL (DuckDB, or Spark) it stands for over the export tables
          .quit                  leave (Ctrl-D, exit, quit and \\q do too)

        """

    static let questions = """
        Questions are short forms of find (explain shows the find each becomes):

          who is Motegi?                   the entity card
          who holds "Foreign Minister"?    holders of a title
          who met Blinken?                 the people in meetings, talks, calls, visits or
                                           summits with Blinken
          what did Motegi say?             quotes, with whom they were said to
          what did Motegi say about "North Korea"?
          when did Motegi meet Blinken?    their meetings: date, kind, held or planned
          timeline of Motegi               events by date
          articles about Senkaku           the articles that mention an entity

        A bare name (Motegi, Japan) or a quoted one ("Antony Blinken") names an entity by its
        name or an alias; an ambiguous name is an error that lists the candidates.

        """

    static let find = """
        find OUTPUTS where CLAUSES: each clause is subject predicate object, with ?variables.

          find ?p where ?p type person
          find ?p, ?t where ?p title ?t [of: Japan]          a qualifier in [key: value]
          find ?e, ?d where ?e participant Motegi, ?e date ?d order by ?d
          find distinct ?kind where ?e kind ?kind
          find ?p where ?p said _                            _ matches anything

        Clauses are joined by ','; a variable used twice must match the same thing.
        See also: .help filters, .help aggregates, .help rules.

        """

    static let filters = """
        Filters and negation, as clauses:

          find ?p, ?s where ?p said ?s, ?s contains "alliance"
          find ?e, ?d where ?e date ?d, ?d between 2021-01-20 and 2021-02-28
          find ?a, ?b where ?e participant ?a, ?e participant ?b, ?a != ?b
          find ?p where ?p type person, not ?p said _
          find ?p, ?t where ?p type person, optional ?p title ?t
          find ?s where ?p said ?s, ?s matches "(?i)missile"
          find ?e where ?e kind ?k, ?k in ("talks", "meeting", "summit")

        """

    static let aggregates = """
        Counting, grouping, ordering:

          find ?kind, count(?e) where ?e kind ?kind group by ?kind order by count(?e) desc limit 5
          find count(distinct ?p) where ?p type person
          find ?p, ?d where ?e participant ?p, ?e date ?d order by ?d desc limit 10 offset 10

        Aggregates: count sum min max avg; count(*) counts rows.

        """

    static let rules = """
        Rules name a pattern for later statements:

          rule met(?a, ?b) :- ?e kind talks, ?e participant ?a, ?e participant ?b, ?a != ?b.
          find ?b where met(Motegi, ?b)

        """

    static let explain = """
        explain shows what a statement becomes and how it runs; why shows the sentences behind facts.

          explain who met Blinken?
          explain find ?p where ?p title "Foreign Minister"
          why Motegi title ?t
          .explain on                      explain every statement as it runs

        """

    static let load = """
        Loading and looking around:

          .load ~/wires/2021-02/           a folder (walked for .txt .json .jsonl .facts .tsv)
          .load "my articles/a.txt" b.json files; quote paths with spaces
          .load Data/*.json                a glob
          .articles   .entities person   .predicates
          .run Queries/tour.nq             a script; it may itself use dot-commands

        Loading the same file again adds nothing; a changed file replaces its facts; another file
        with an article id already taken loads as ID@its/path, with a warning. Files and folders
        that cannot be read are named and skipped (the command then fails); the rest goes on.
        Ctrl-C stops a long load.

        """

    static let formats = """
        How answers look:

          .format table      aligned columns (the default on a terminal)
          .format tsv        tab-separated (the default when output is not a terminal)
          .format csv        RFC 4180
          .format json       one JSON object a row
          .format markdown   a Markdown table
          .sources on        add the article and sentence behind each row
          .timer on          print each statement's time
          .pager off         print long answers without a pager

        On a terminal a table fits its width: the widest columns are cut, ending in "…"
        (.format tsv or .output FILE give every value whole).

        Text from articles is printed with control characters escaped (\\e, \\x07, \\u{9b}).

        """

    private static let defaultTime = QueryLimits.describe(time: QueryLimits.defaultTime)
    private static let defaultMemory = QueryLimits.describe(memory: QueryLimits.defaultMemory)

    static let limits = """
        What one statement may take; past a limit it stops with an error, and the session, its
        rules and the loaded articles stay as they were:

          .limit                    show the limits
          .limit time 10s           500ms, 10s, 5m, 1h, or off (default \(defaultTime))
          .limit memory 2GB         for the rows it holds: 512MB, 2GB, or off (default \(defaultMemory))

        On the command line: --max-time 10s --max-memory 2GB. Memory is counted as the rows the
        statement holds (4 bytes a value), not as the size of the process. A regular expression
        may take at most 10 ms on one value (more on a long one). Ctrl-C stops a statement at once.

        """

    static let keys = """
        At the prompt:

          Tab           complete commands, keywords, predicates, entity names, variables, paths
          Up/Down       walk the history; Ctrl-R searches it (type part of an earlier statement)
          Ctrl-A/E      start/end of line;  Ctrl-W  delete a word;  Ctrl-U  delete to the start
          Ctrl-C        clear the line, or cancel the statement that is running
          Ctrl-D        leave (history is saved to $NEWSQ_HISTORY or ~/.newsq_history)

        ~/.newsqrc (or --init FILE) runs at start: statements and dot-commands, e.g. .format csv

        """
}
