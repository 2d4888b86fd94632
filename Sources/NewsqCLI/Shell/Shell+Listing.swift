import NewsFacts
import Query

/// Looking around: `.articles`, `.entities`, `.predicates`.
extension Shell {
    /// `.articles`: a table of the loaded articles under a header (`id date facts title`), in
    /// aligned columns, then their count. A date newsq inferred ends in `?`.
    func listArticles() {
        let articles = store.articles
        guard !articles.isEmpty else {
            out("no articles loaded; use .load PATH\n")
            return
        }
        var rows: [[String]] = [["id", "date", "facts", "title"]]
        for stored in articles {
            let a = stored.article
            let date = a.date.map { $0.iso + (a.dateInferred ? "?" : "") } ?? "—"
            let title = TerminalSafe.escape(a.title ?? String(a.text.prefix(60)))
            rows.append([TerminalSafe.escape(a.id), date, LoadReport.grouped(stored.factCount), title])
        }
        display(Shell.alignedColumns(rows, rightAligned: [2]) + "\(LoadReport.counted(articles.count, "article"))\n")
    }

    /// Rows as columns two spaces apart, each as wide as its widest cell (the last column is
    /// not padded); the columns in `rightAligned` are aligned right (numbers).
    static func alignedColumns(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                if i == widths.count { widths.append(0) }
                widths[i] = max(widths[i], cell.count)
            }
        }
        var text = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                if i > 0 { line += "  " }
                if rightAligned.contains(i) {
                    line += pad + cell
                } else {
                    line += cell + (i == row.count - 1 ? "" : pad)
                }
            }
            text += line + "\n"
        }
        return text
    }

    /// `.entities`: how many entities of each type; `.entities TYPE`: their names and aliases.
    /// A type no entity has is an error (a `Diagnostic` under the word, with the nearest type).
    func listEntities(type wanted: String?, line: DotCommandLine) -> Bool {
        guard let typeID = store.predicateID("type") else {
            out("no entities loaded\n")
            return true
        }
        var byType: [String: [TermID]] = [:]
        for f in store.match(subject: nil, predicate: typeID, object: nil) where store.kind(store.subject(f)) == .entity
        {
            byType[store.text(store.object(f)), default: []].append(store.subject(f))
        }
        guard let wanted else {
            for (type, ids) in byType.sorted(by: {
                $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
            }) {
                out(
                    TerminalSafe.escape(type).padding(toLength: 16, withPad: " ", startingAt: 0)
                        + " \(Set(ids).count)\n")
            }
            out("\(Set(byType.values.joined()).count) entities; .entities TYPE lists them\n")
            return true
        }
        guard let ids = byType[wanted] ?? byType.first(where: { $0.key.lowercased() == wanted.lowercased() })?.value
        else {
            var diagnostic = line.failure("no entities of type '\(TerminalSafe.escape(wanted))'", at: 1)
            diagnostic.notes = Suggest.nearest(wanted, in: byType.keys.sorted()).prefix(1).map {
                "did you mean '\(TerminalSafe.escape($0))'?"
            }
            return reject(diagnostic)
        }
        let names = Set(ids).map { id -> String in
            let aliases = store.aliases(of: id).filter { $0 != store.text(id) }
            return TerminalSafe.escape(store.text(id))
                + (aliases.isEmpty ? "" : "  (" + aliases.map { TerminalSafe.escape($0) }.joined(separator: ", ") + ")")
        }.sorted()
        display(names.map { $0 + "\n" }.joined() + "\(names.count) \(TerminalSafe.escape(wanted)) entities\n")
        return true
    }

    func listPredicates() {
        let counts = store.predicateCounts()
        guard !counts.isEmpty else {
            out("no facts loaded\n")
            return
        }
        let width = counts.map { store.text($0.predicate).count }.max() ?? 0
        for (p, n) in counts {
            let name = TerminalSafe.escape(store.text(p))
            out(
                name.padding(toLength: max(width, name.count), withPad: " ", startingAt: 0)
                    + "  \(LoadReport.grouped(n))\n")
        }
    }
}
