import NewsFacts

/// The lines of an entity card (`who is X?`): the entity's type, then a line a fact about it
/// — aliases, titles, memberships, what it said, the rest, plans — with the meetings it took
/// part in after what it said, each line with every place it was stated, and the sources of
/// the whole card. For the screen (a table) quotes are cut and three articles shown a line;
/// the machine formats get one row a line, whole.
///
/// For example, on the screen (shortened):
///
///     Toshimitsu Motegi · person
///       alias   Motegi                              kyodo-2021-01-27-motegi-blinken s0
///       title   Foreign Minister (of Japan)         kyodo-2021-01-27-motegi-blinken s0
///       said    "they agreed to bolster the alliance…" (direct false)  kyodo-2021-01-27-motegi-blinken s1
///       met     Antony Blinken · 2021-01-27 · phone talks  kyodo-2021-01-27-motegi-blinken s1 s0 s11
///       sources kyodo-2021-01-27-motegi-blinken s0 s1 s11
struct EntityCard {
    typealias Source = (article: String, sentence: Int)

    private let store: FactStore
    private let values: Values
    private let entity: TermID
    private let forScreen: Bool
    /// The entity's type (its `type` fact, else the store's, else "entity").
    private var typeText: String
    /// The card's lines: field, text, where it was stated.
    private var lines: [(field: String, text: String, sources: [Source])] = []
    /// Every source of the card, in the order its facts came.
    private var allSources: [Source] = []

    /// Where each field's lines go (others: 4, after what the entity said).
    private static let fieldOrder = ["alias": 0, "name": 0, "title": 1, "member_of": 2, "said": 3, "plans": 5]

    init(store: FactStore, values: Values, entity: TermID, forScreen: Bool) {
        self.store = store
        self.values = values
        self.entity = entity
        self.forScreen = forScreen
        typeText = store.entityType(entity) ?? "entity"
    }

    /// Adds the entity's own facts: `facts` is the answer of the card's first query (predicate,
    /// object; with sources), one line a distinct (field, text), in field order then answer
    /// order. Call before `addMeetings`.
    mutating func addFacts(_ facts: ResultSet) {
        var rows: [(order: Int, row: Int, field: String, text: String, fact: Value)] = []
        for i in 0..<facts.count {
            let pv = facts.rows[i * 2], ov = facts.rows[i * 2 + 1], f = facts.facts[i * facts.factWidth]
            let pred = store.text(pv)
            allSources += sources(of: f)
            if pred == "type" {
                typeText = store.text(ov)
                continue
            }
            var o = store.text(ov)
            if pred == "said" && forScreen { o = "\"" + (o.count > 90 ? String(o.prefix(89)) + "…" : o) + "\"" }
            rows.append((Self.fieldOrder[pred] ?? 4, i, pred, o + qualifierText(FactID(f)), f))
        }
        rows.sort { ($0.order, $0.row) < ($1.order, $1.row) }
        // The same fact stated in several articles is one line with every source.
        var lineOf: [String: Int] = [:]
        for row in rows {
            let key = row.field + "\u{0}" + row.text
            if let i = lineOf[key] {
                lines[i].sources += sources(of: row.fact)
            } else {
                lineOf[key] = lines.count
                lines.append((row.field, row.text, sources(of: row.fact)))
            }
        }
    }

    /// Adds the meetings: `meetings` is the answer of the card's second query (who, date,
    /// kind; with sources), the other participants of events with the entity. Only meeting
    /// kinds count (two people named in one statement did not meet); one `met` line a
    /// distinct (who, date, kind), after what the entity said.
    mutating func addMeetings(_ meetings: ResultSet) {
        var metLines: [String: (String, [Source])] = [:]
        var metOrder: [String] = []
        let w = meetings.width
        for i in 0..<meetings.count {
            let who = store.text(meetings.rows[i * w]), date = values.text(meetings.rows[i * w + 1])
            let kind = values.text(meetings.rows[i * w + 2])
            guard Desugar.meetingKinds.contains(kind) else { continue }
            let key = who + "|" + date + "|" + kind
            let ps = (0..<meetings.factWidth).map { meetings.facts[i * meetings.factWidth + $0] }
                .filter { $0 != Relation.null }.flatMap(sources(of:))
            allSources += ps
            if metLines[key] == nil {
                metOrder.append(key)
                metLines[key] = ([who, date, kind].filter { !$0.isEmpty }.joined(separator: " · "), ps)
            } else {
                metLines[key]!.1 += ps
            }
        }
        let saidEnd = lines.lastIndex { Self.fieldOrder[$0.field] ?? 4 <= 3 } ?? (lines.count - 1)
        let metRendered = metOrder.map { ("met", metLines[$0]!.0, metLines[$0]!.1) }
        lines.insert(contentsOf: metRendered, at: saidEnd + 1)
    }

    /// The card as rows for the machine formats: entity, field, value, sources.
    func resultSet() -> ResultSet {
        var rs = ResultSet(headers: ["entity", "field", "value", "sources"])
        let name = values.local(.text(store.text(entity)))
        func add(_ field: String, _ value: String, _ ps: [Source]) {
            rs.rows += [
                name, values.local(.text(field)), values.local(.text(value)),
                values.local(.text(ResultFormatter.sourceList(ps))),
            ]
            rs.count += 1
        }
        add("type", typeText, [])
        for (field, text, ps) in lines { add(field, text, ps) }
        add("sources", "", allSources)
        return rs
    }

    /// The card for the screen, its text escaped (see the type's example).
    func rendered() -> String {
        var out = "\(TerminalSafe.escape(store.text(entity))) · \(TerminalSafe.escape(typeText))\n"
        let width = min(70, lines.map { TerminalSafe.escape($0.text).count }.max() ?? 0)
        for (field, text, ps) in lines {
            let t = TerminalSafe.escape(text)
            let src = ResultFormatter.sourceList(ps, articles: 3)
            let pad = String(repeating: " ", count: max(0, 8 - field.count))
            out +=
                "  \(field)\(pad)\(t)"
                + (src.isEmpty ? "" : String(repeating: " ", count: max(2, width - t.count + 2)) + src) + "\n"
        }
        out += "  sources \(ResultFormatter.sourceList(allSources, articles: 8))\n"
        return out
    }

    /// Every place fact `f` was stated (a fact repeated across articles is one fact).
    private func sources(of f: Value) -> [Source] {
        store.sourceFacts(of: FactID(f)).map {
            let pr = store.provenance($0)
            return (pr.articleID, pr.sentence)
        }
    }

    /// The fact's qualifiers as ` (of Japan, date 2021-01-27)`, or nothing.
    private func qualifierText(_ f: FactID) -> String {
        let qs = store.qualifiers(f)
        return qs.isEmpty
            ? "" : " (" + qs.map { "\(store.text($0.key)) \(store.text($0.value))" }.joined(separator: ", ") + ")"
    }
}
