import Foundation
import NewsFacts

/// How answers are written.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns and an `N rows` footer (`N rows · T ms` with the timer on).
    case table
    /// Tab-separated, a header line first; tabs and line breaks inside values escaped (`\t`, `\n`).
    case tsv
    /// Comma-separated with RFC 4180 quoting (fields holding `,` `"` or spaces at the ends
    /// are quoted, quotes doubled); lines end with `\n`.
    case csv
    /// One JSON object a row, one line each; numbers as numbers, empty values as null.
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown
}

/// What a session prints and how.
public struct QueryOptions: Sendable {
    public var format: OutputFormat = .table
    /// Add each row's sources: the article and sentence of every fact that produced it.
    public var showSources = false
    /// Print the time each statement took: in a table's footer, or on a `time:` line after a
    /// table answer without one; in the other formats on the session's error stream, so the
    /// data stays as it is.
    public var showTimer = false
    /// Print the header line of table, tsv, csv and markdown (`.headers on|off`).
    public var showHeaders = true
    /// Print the plan of every statement before its answer (as `explain` does).
    public var explainAll = false
    /// The time and memory one statement may take (`.limit`, `--max-time`, `--max-memory`).
    public var limits = QueryLimits()
    /// The widest a table's line may be (a terminal's width): wider columns are cut with "…"
    /// (see `ColumnFit`). Nil leaves tables whole, as files and pipes get them.
    public var maxWidth: Int?

    public init(
        format: OutputFormat = .table, showSources: Bool = false, showTimer: Bool = false, explainAll: Bool = false
    ) {
        self.format = format
        self.showSources = showSources
        self.showTimer = showTimer
        self.explainAll = explainAll
    }
}

/// Turns a result set into text in one of the output formats. Every value from the store goes
/// through `TerminalSafe.escape`.
struct ResultFormatter {
    let store: FactStore
    let values: Values
    /// Checked every 4,096 rows with the text written so far (for the memory limit): a huge
    /// answer stops with an error rather than growing without bound.
    var budget: StatementBudget?
    /// The widest a table's line may be (`QueryOptions.maxWidth`).
    var maxWidth: Int?

    /// The result in `format`.
    ///
    /// - Throws: what `StatementBudget.check` throws.
    func render(_ rs: ResultSet, format: OutputFormat, sources: Bool, elapsed: Double?) throws -> String {
        if format == .tsv { return try tsv(rs, sources: sources) }
        var headers = rs.headers
        var cells: [[String]] = []
        cells.reserveCapacity(rs.count)
        let w = rs.width
        var cache: [Value: String] = [:]
        let useCache = rs.count > 64
        var textBytes = 0
        for r in 0..<rs.count {
            if r & 4095 == 4095, let budget { try budget.check(building: textBytes) }
            var row: [String] = []
            row.reserveCapacity(w + 1)
            for c in 0..<w {
                let v = rs.rows[r * w + c]
                if useCache, let s = cache[v] {
                    row.append(s)
                    continue
                }
                let s = v == Relation.null ? "" : TerminalSafe.escape(values.text(v))
                if useCache { cache[v] = s }
                textBytes += s.utf8.count + 1
                row.append(s)
            }
            if sources { row.append(sourceText(rs, row: r)) }
            cells.append(row)
        }
        if sources { headers.append("sources") }
        switch format {
        case .table: return table(headers, cells, count: rs.count, elapsed: elapsed)
        case .tsv:
            return ([headers] + cells).map { $0.joined(separator: "\t") + "\n" }.joined()
        case .csv:
            // RFC 4180: records end with CRLF.
            return ([headers] + cells).map { $0.map(TextEscaping.csvField).joined(separator: ",") + "\r\n" }.joined()
        case .markdown:
            func line(_ r: [String]) -> String {
                "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            return line(headers) + "|" + String(repeating: " --- |", count: headers.count) + "\n"
                + cells.map(line).joined()
        case .json:
            var out = ""
            for r in 0..<rs.count {
                var parts: [String] = []
                for c in 0..<w {
                    let v = rs.rows[r * w + c]
                    let value: String
                    if v == Relation.null {
                        value = "null"
                    } else if values.kind(v) == .number, let n = values.number(v), n.isFinite {
                        value = Term.format(number: n)
                    } else {
                        value = TextEscaping.jsonString(values.text(v))
                    }
                    parts.append(TextEscaping.jsonString(rs.headers[c]) + ":" + value)
                }
                if sources {
                    let list = provenance(rs, row: r).map {
                        "{\"article\":\(TextEscaping.jsonString($0.article)),\"sentence\":\($0.sentence)}"
                    }
                    parts.append("\"sources\":[" + list.joined(separator: ",") + "]")
                }
                out += "{" + parts.joined(separator: ",") + "}\n"
            }
            return out
        }
    }

    /// TSV written as UTF-8 bytes into one buffer: a term's text is copied straight from the
    /// store's term storage when it needs no escaping (the common case), so no `String` is made
    /// per cell. The text is the same as joining `TerminalSafe.escape`d cells with tabs.
    func tsv(_ rs: ResultSet, sources: Bool) throws -> String {
        let w = rs.width
        var out = ByteWriter(capacity: 64 + rs.count * (w * 12 + (sources ? 16 : 0)))
        for (i, h) in rs.headers.enumerated() {
            if i > 0 { out.append(9) }
            out.append(h)
        }
        if sources {
            if w > 0 { out.append(9) }
            out.append("sources")
        }
        out.append(10)
        var sourceWriter = SourceWriter(store: store, sources: sources)
        if sources { sourceWriter.takeArticleText(from: values) }
        defer { if sources { sourceWriter.giveArticleText(to: values) } }
        // 4,096 rows at a time, the budget checked between them with the text so far.
        var start = 0
        while start < rs.count {
            let rows = start..<min(rs.count, start + 4096)
            if sources {
                store.withSourceColumns {
                    writeRows(
                        rs, rows, articleOf: $0, sentenceOf: $1,
                        sourceWriter: &sourceWriter, to: &out)
                }
            } else {
                writeRows(rs, rows, articleOf: nil, sentenceOf: nil, sourceWriter: &sourceWriter, to: &out)
            }
            start = rows.upperBound
            if start < rs.count, let budget { try budget.check(building: out.count) }
        }
        return out.string()
    }

    /// The rows `rows` of `tsv`: `articleOf` and `sentenceOf` (the store's source columns) are
    /// given when the sources are written.
    private func writeRows(
        _ rs: ResultSet, _ rows: Range<Int>, articleOf: ArticleColumn?,
        sentenceOf: SentenceColumn?, sourceWriter: inout SourceWriter,
        to out: inout ByteWriter
    ) {
        let w = rs.width
        // A block of rows at a time: where each cell's text is, its first byte, then the text
        // written. A large store's texts are far apart in memory; read cell by cell, each
        // waits on two cache misses in turn. Here the blocks are pipelined (see the inner
        // `writeRows`), so a block's misses are in flight while the block before is written.
        // (No more than the rows asked for: a few rows' answer needs a few rows' room.)
        let block = max(1, min(64, rows.count))
        let room = block * max(w, 1)
        // Each cell's text as two runs of bounds (lows, then highs), for two blocks (the one
        // written and the next), not one array of `Range<UInt32>`: the first array of ranges
        // costs a one-shot query a scan of every protocol conformance in the program. Scratch
        // memory of the call (on the stack when small), not arrays: a typed statement's few
        // rows paid more for three arrays than for writing their text.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 4 * room) { spans in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { firsts in
                spans.initialize(repeating: 0)
                firsts.initialize(repeating: 0)
                writeRows(
                    rs, rows, block: block, lows: UnsafeMutableBufferPointer(rebasing: spans[..<(2 * room)]),
                    highs: UnsafeMutableBufferPointer(rebasing: spans[(2 * room)...]), firsts: firsts,
                    articleOf: articleOf, sentenceOf: sentenceOf, sourceWriter: &sourceWriter, to: &out)
            }
        }
    }

    /// `writeRows` with its scratch memory: two blocks' cells (`block` rows each) in `lows` and
    /// `highs`, one block's first bytes in `firsts`.
    ///
    /// The blocks are pipelined: while block `j` is written, the offsets of block `j + 2` are
    /// asked for (software prefetches), the spans of block `j + 1` are worked out from offsets
    /// asked for a block ago and its text is asked for, and block `j`'s text, asked for a block
    /// ago, is read. Each cell of a large store waits on two misses, one after the other (its
    /// offsets, then its text); a block apart, the misses of many cells overlap with writing
    /// the one before. Read a pass at a time without prefetches, Q5 at 10M facts spent two
    /// thirds of its time here.
    private func writeRows(
        _ rs: ResultSet, _ rows: Range<Int>, block: Int, lows spanLows: UnsafeMutableBufferPointer<UInt32>,
        highs spanHighs: UnsafeMutableBufferPointer<UInt32>, firsts: UnsafeMutableBufferPointer<UInt8>,
        articleOf: ArticleColumn?, sentenceOf: SentenceColumn?, sourceWriter: inout SourceWriter,
        to out: inout ByteWriter
    ) {
        let w = rs.width, fw = rs.factWidth
        let room = spanLows.count / 2
        // The offsets as stored (a mapped snapshot's are not checked whole for a few rows):
        // each cell's span is read through `TermTable.span`, damage recorded after.
        var damaged = false
        defer { if damaged { store.recordDamagedTermText() } }
        store.withTermTextAsStored { bytes, starts in
            rs.rows.withUnsafeBufferPointer { cells in
                rs.facts.withUnsafeBufferPointer { facts in
                    /// The cells of the block of rows from `r`.
                    func blockCells(_ r: Int) -> UnsafeBufferPointer<Value> {
                        UnsafeBufferPointer(rebasing: cells[r * w..<min(rows.upperBound, r + block) * w])
                    }
                    /// Works out the spans of the block from `r` into scratch `slot`.
                    func locate(_ r: Int, slot: Int) {
                        let ok = self.locate(
                            cells: blockCells(r), bytes: bytes, starts: starts,
                            lows: UnsafeMutableBufferPointer(rebasing: spanLows[slot * room..<(slot + 1) * room]),
                            highs: UnsafeMutableBufferPointer(rebasing: spanHighs[slot * room..<(slot + 1) * room]))
                        if !ok { damaged = true }
                    }
                    var r = rows.lowerBound, slot = 0
                    if r < rows.upperBound {
                        Self.prefetchOffsets(blockCells(r), starts)
                        if r + block < rows.upperBound { Self.prefetchOffsets(blockCells(r + block), starts) }
                        locate(r, slot: 0)
                    }
                    while r < rows.upperBound {
                        let end = min(rows.upperBound, r + block)
                        if end + block < rows.upperBound { Self.prefetchOffsets(blockCells(end + block), starts) }
                        if end < rows.upperBound { locate(end, slot: 1 - slot) }
                        let base = slot * room
                        for k in 0..<(end - r) * w where spanLows[base + k] < spanHighs[base + k] {
                            firsts[k] = bytes[Int(spanLows[base + k])]
                        }
                        for row in r..<end {
                            let k0 = (row - r) * w
                            for c in 0..<w {
                                if c > 0 { out.append(9) }
                                let lo = spanLows[base + k0 + c], hi = spanHighs[base + k0 + c]
                                if lo == UInt32.max || firsts[k0 + c] == 0x7F {
                                    if !appendCell(cells[row * w + c], to: &out, bytes: bytes, starts: starts) {
                                        damaged = true
                                    }
                                } else {
                                    appendText(
                                        cells[row * w + c],
                                        UnsafeBufferPointer(rebasing: bytes[Int(lo)..<Int(hi)]),
                                        to: &out)
                                }
                            }
                            if let articleOf, let sentenceOf {
                                if w > 0 { out.append(9) }
                                sourceWriter.append(
                                    UnsafeBufferPointer(rebasing: facts[row * fw..<(row + 1) * fw]),
                                    articleOf: articleOf, sentenceOf: sentenceOf, to: &out)
                            }
                            out.append(10)
                        }
                        slot = 1 - slot
                        r = end
                    }
                }
            }
        }
    }

    /// Asks for the offsets of each cell of `cells` that is a store term (`Prefetch`).
    @inline(__always)
    private static func prefetchOffsets(_ cells: UnsafeBufferPointer<Value>, _ starts: UnsafeBufferPointer<UInt32>) {
        for v in cells { Prefetch.element(starts, Int(v)) }
    }

    /// Where each cell's text is, for a block of cells (`lows`, `highs`: `UInt32.max` for a
    /// cell that is not a store term), each text asked for (`Prefetch`) as its span is known.
    /// A few instructions a cell, so the reads, each a miss past the caches when not asked for
    /// before, are in flight together. False when a cell's offsets were out of order or past
    /// the text (a damaged snapshot: the cell is then empty).
    @inline(__always)
    private func locate(
        cells: UnsafeBufferPointer<Value>, bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt32>,
        lows: UnsafeMutableBufferPointer<UInt32>, highs: UnsafeMutableBufferPointer<UInt32>
    ) -> Bool {
        let n = cells.count
        var ok = true
        for k in 0..<n {
            let v = cells[k]
            if v == Relation.null || values.isLocal(v) || Int(v) + 1 >= starts.count {
                lows[k] = UInt32.max
                highs[k] = UInt32.max
            } else {
                let span = TermTable.span(Int(v), in: starts, textCount: bytes.count)
                lows[k] = span.lo
                highs[k] = span.hi
                if !span.ok { ok = false }
                Prefetch.element(bytes, Int(span.lo))
            }
        }
        return ok
    }

    /// Appends a value's terminal-safe text: a store term's bytes directly when no byte of it
    /// needs escaping (the test `TerminalSafe.escape` uses for its own fast path), else the
    /// escaped text.
    /// False when the term's offsets were out of order or past the text (nothing written).
    @inline(__always)
    private func appendCell(
        _ v: Value, to out: inout ByteWriter, bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt32>
    ) -> Bool {
        if v == Relation.null { return true }
        if values.isLocal(v) || Int(v) + 1 >= starts.count {
            out.append(TerminalSafe.escape(values.text(v)))
            return true
        }
        let span = TermTable.span(Int(v), in: starts, textCount: bytes.count)
        appendText(v, UnsafeBufferPointer(rebasing: bytes[Int(span.lo)..<Int(span.hi)]), to: &out)
        return span.ok
    }

    /// Appends store term `v`'s text `text` (its bytes in the term storage), escaped when a
    /// byte of it may need escaping.
    @inline(__always)
    private func appendText(_ v: Value, _ text: UnsafeBufferPointer<UInt8>, to out: inout ByteWriter) {
        // Printable ASCII (0x20–0x7E, one comparison) never needs escaping.
        for b in text where b &- 0x20 >= 0x5F && TerminalSafe.mayNeedEscaping(b) {
            out.append(TerminalSafe.escape(values.text(v)))
            return
        }
        out.append(text)
    }

    /// Aligned columns separated by two spaces, then `N rows` (and the time). Widths count
    /// characters; the text is assembled as bytes, which keeps short answers cheap. Past
    /// `maxWidth`, the widest columns are narrowed and their cells cut (`ColumnFit`).
    func table(_ headers: [String], _ cells: [[String]], count: Int, elapsed: Double?) -> String {
        @inline(__always) func width(_ s: String) -> Int {
            var ascii = true
            for b in s.utf8 where b >= 0x80 {
                ascii = false
                break
            }
            return ascii ? s.utf8.count : s.count
        }
        var widths = headers.map(width)
        var cellWidths: [Int] = []
        cellWidths.reserveCapacity(cells.count * headers.count)
        for row in cells {
            for (i, s) in row.enumerated() {
                let w = width(s)
                cellWidths.append(w)
                if w > widths[i] { widths[i] = w }
            }
        }
        let natural = widths
        if let maxWidth { widths = ColumnFit.widths(widths, available: maxWidth) }
        let cutting = widths != natural
        var out: [UInt8] = []
        out.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (cells.count + 1) + 24)
        func line(_ r: [String], _ ws: (Int) -> Int) {
            var pending = 0
            for (i, cell) in r.enumerated() {
                var s = cell
                var w = ws(i)
                if cutting && w > widths[i] {
                    s = ColumnFit.cut(s, to: widths[i])
                    w = widths[i]
                }
                if s.utf8.isEmpty {
                    pending += widths[i] + 2
                    continue
                }
                if pending > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pending)) }
                out.append(contentsOf: s.utf8)
                pending = widths[i] - w + 2
            }
            out.append(UInt8(ascii: "\n"))
        }
        line(headers) { width(headers[$0]) }
        for (k, r) in cells.enumerated() { line(r) { cellWidths[k * headers.count + $0] } }
        out.append(contentsOf: ResultFormatter.footer(count, elapsed: elapsed).utf8)
        return String(decoding: out, as: UTF8.self)
    }

    static func footer(_ count: Int, elapsed: Double?) -> String {
        var s = "\(count) row\(count == 1 ? "" : "s")"
        if let elapsed { s += " · " + formatMilliseconds(elapsed) }
        return s + "\n"
    }

    static func formatMilliseconds(_ seconds: Double) -> String {
        let ms = seconds * 1000
        if ms < 1 { return String(format: "%.3f ms", ms) }
        if ms < 100 { return String(format: "%.1f ms", ms) }
        return String(format: "%.0f ms", ms)
    }

    func provenance(_ rs: ResultSet, row r: Int) -> [(article: String, sentence: Int)] {
        var out: [(String, Int)] = []
        for k in 0..<rs.factWidth {
            let f = rs.facts[r * rs.factWidth + k]
            if f == Relation.null { continue }
            for g in store.sourceFacts(of: FactID(f)) {
                let p = store.provenance(g)
                if !out.contains(where: { $0.0 == p.articleID && $0.1 == p.sentence }) {
                    out.append((p.articleID, p.sentence))
                }
            }
        }
        return out
    }

    /// Writes the sources column as bytes, the same text as `sourceText` (articles are told
    /// apart by index, which is one to one with their ids).
    struct SourceWriter {
        let store: FactStore
        /// (article index, sentence) of the row's facts, distinct, in first-seen order.
        private var seen: [(article: Int, sentence: Int)] = []
        private var articleText = ArticleIDText()

        /// Whether the store holds a fact stated more than once (then a fact has several sources).
        private let hasRepeats: Bool

        /// `sources`: whether any row's sources are written; without, the store is not asked
        /// whether it has repeats (its indexes are made sure of to answer: some 200
        /// instructions of a typed point lookup that writes no source).
        init(store: FactStore, sources: Bool) {
            self.store = store
            hasRepeats = sources && store.hasRepeats
        }

        /// Borrows the session's article id text (kept in `values` between results), so that
        /// each article id is escaped once rather than once a row.
        mutating func takeArticleText(from values: Values) {
            swap(&articleText, &values.articleIDText)
            articleText.validate(for: store)
        }

        mutating func giveArticleText(to values: Values) { swap(&articleText, &values.articleIDText) }

        /// Appends the sources of one row: `facts` holds its fact ids (`Relation.null` where an
        /// optional missed); `articleOf` and `sentenceOf` are the store's source columns.
        mutating func append(
            _ facts: UnsafeBufferPointer<Value>, articleOf: ArticleColumn,
            sentenceOf: SentenceColumn, to out: inout ByteWriter
        ) {
            // One fact (a one-pattern query) stated once: one source, nothing to group. Stated
            // more than once (a store with repeats), the list of its statements is read once.
            if facts.count == 1 {
                guard facts[0] != Relation.null else { return }
                let f = FactID(facts[0])
                if !hasRepeats { return appendOne(Int(f), articleOf: articleOf, sentenceOf: sentenceOf, to: &out) }
                let all = store.sourceFacts(of: f)
                if all.count == 1 {
                    return appendOne(Int(all[0]), articleOf: articleOf, sentenceOf: sentenceOf, to: &out)
                }
                seen.removeAll(keepingCapacity: true)
                for g in all { see(Int(g), articleOf: articleOf, sentenceOf: sentenceOf) }
            } else {
                seen.removeAll(keepingCapacity: true)
                for f in facts where f != Relation.null {
                    if hasRepeats {
                        for g in store.sourceFacts(of: FactID(f)) {
                            see(Int(g), articleOf: articleOf, sentenceOf: sentenceOf)
                        }
                    } else {
                        see(Int(f), articleOf: articleOf, sentenceOf: sentenceOf)
                    }
                }
            }
            // Grouped by article in first-seen order: `a s1 s4; b s3`.
            var firstArticle = true
            for i in seen.indices {
                let a = seen[i].article
                if seen[..<i].contains(where: { $0.article == a }) { continue }
                if !firstArticle {
                    out.append(UInt8(ascii: ";"))
                    out.append(UInt8(ascii: " "))
                }
                firstArticle = false
                articleText.append(a, store: store, to: &out)
                for j in i..<seen.count where seen[j].article == a {
                    out.append(UInt8(ascii: " "))
                    out.append(UInt8(ascii: "s"))
                    out.appendDecimal(seen[j].sentence)
                }
            }
        }

        /// The one source of a row: `article sN`.
        private mutating func appendOne(
            _ f: Int, articleOf: ArticleColumn, sentenceOf: SentenceColumn, to out: inout ByteWriter
        ) {
            articleText.append(Int(articleOf[f]), store: store, to: &out)
            out.append(UInt8(ascii: " "))
            out.append(UInt8(ascii: "s"))
            out.appendDecimal(Int(sentenceOf[f]))
        }

        /// Notes fact `f`'s (article, sentence) unless seen already.
        private mutating func see(_ f: Int, articleOf: ArticleColumn, sentenceOf: SentenceColumn) {
            let a = Int(articleOf[f]), s = Int(sentenceOf[f])
            if !seen.contains(where: { $0.article == a && $0.sentence == s }) { seen.append((a, s)) }
        }
    }

    /// `kyodo-2021-01-27 s1 s4; sample s3`: the sources of a row, by article.
    func sourceText(_ rs: ResultSet, row r: Int) -> String {
        ResultFormatter.sourceList(provenance(rs, row: r))
    }

    /// With `articles`, names at most that many articles and counts the rest: a fact repeated
    /// across a wire archive would otherwise fill the screen with sources.
    static func sourceList(_ list: [(article: String, sentence: Int)], articles limit: Int = .max) -> String {
        var order: [String] = []
        var byArticle: [String: [Int]] = [:]
        for (a, s) in list {
            if byArticle[a] == nil { order.append(a) }
            if byArticle[a]?.contains(s) != true { byArticle[a, default: []].append(s) }
        }
        let shown = order.prefix(limit).map { a in
            TerminalSafe.escape(a) + " " + byArticle[a]!.map { "s\($0)" }.joined(separator: " ")
        }
        let more = order.count - shown.count
        return shown.joined(separator: "; ") + (more > 0 ? "; … \(more) more article\(more == 1 ? "" : "s")" : "")
    }

}

/// The sources column's article ids as terminal-safe UTF-8, by article index: each escaped
/// once, when a row first names it. A session keeps the table (in `Values`) while the store
/// is unchanged.
struct ArticleIDText {
    private var bytes: [UInt8] = []
    /// Where each article's text is in `bytes`, in chunks of `chunk` articles made when a row
    /// first names one of theirs (`start == .max` until a row names it): one table for every
    /// article was 89 KB written at 11,000 articles (22 page faults of a one-shot query that
    /// names two), 800 KB at 100,000.
    private var chunks: [[(start: UInt32, end: UInt32)]] = []
    private var generation = -1
    private static let chunk = 256

    /// Starts over when the store changed since the table was filled.
    mutating func validate(for store: FactStore) {
        if generation == store.generation { return }
        generation = store.generation
        bytes.removeAll()
        chunks = Array(repeating: [], count: (store.articles.count + Self.chunk - 1) / Self.chunk)
    }

    /// Appends the terminal-safe id of the article at `index`.
    mutating func append(_ index: Int, store: FactStore, to out: inout ByteWriter) {
        let c = index / Self.chunk, k = index % Self.chunk
        if c >= chunks.count { chunks += repeatElement([], count: c + 1 - chunks.count) }
        if chunks[c].isEmpty { chunks[c] = Array(repeating: (.max, .max), count: Self.chunk) }
        var r = chunks[c][k]
        if r.start == .max {
            let start = bytes.count
            TerminalSafe.appendEscaped(store.articleID(at: index), to: &bytes)
            r = (UInt32(start), UInt32(bytes.count))
            chunks[c][k] = r
        }
        bytes.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[Int(r.start)..<Int(r.end)])) }
    }
}

/// An append-only UTF-8 buffer for the writers here: an append is a capacity check and a
/// copy (an array append also pays a uniqueness check and a generic sequence copy), and
/// `string()` copies the bytes once into the result.
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// `n` in decimal.
    mutating func appendDecimal(_ n: Int) {
        if n < 0 { append(UInt8(ascii: "-")) }
        var m = n.magnitude
        let first = count
        repeat {
            append(UInt8(ascii: "0") + UInt8(m % 10))
            m /= 10
        } while m > 0
        // The digits were written last first.
        var i = first, j = count - 1
        while i < j {
            (base[i], base[j]) = (base[j], base[i])
            i += 1
            j -= 1
        }
    }

    private mutating func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        fresh.initialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = size
    }

    /// The bytes written, as a string.
    func string() -> String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
}
