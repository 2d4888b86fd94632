import Extraction
import NewsFacts

/// `newsq extract --format jsonl`: articles as JSON lines in (the fields crawlers write: `id`,
/// `title`, `date`/`published`/`publish_date`, `source`, `url`, `text`/`body`/`content`), the
/// rows of `TableSchema`'s tables out, one JSON object a row tagged with its `table`, an
/// article at a time: what one article holds is all that is kept, so memory stays bounded
/// however long the input (the map step of a Spark job: `rdd.pipe("newsq extract --format jsonl")`).
///
/// Rows are what `newsq export --dir` writes for the same article, but for `entities`, which
/// come once an article (an entity in many articles is in many rows: keep one per `id`), and
/// `articles.path`, which is NULL.
public struct ExtractionStream {
    /// Where each input line's problem is reported: `stdin:3:7: error: malformed JSON: …`, the
    /// line and a caret.
    public var sourceName = "stdin"

    public init() {}

    /// Reads lines from `nextLine` until it returns nil, writing each article's rows through
    /// `write` (which returns false to stop: a closed pipe).
    ///
    /// - Returns: the number of lines that were not an article (each reported to `problem`).
    @discardableResult
    public func run(nextLine: () -> String?, write: (String) -> Bool, problem: (String) -> Void) -> Int {
        var lineNumber = 0
        var problems = 0
        let writer = TableWriter(format: .jsonl)
        while let line = nextLine() {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let parsed = ArticleReader.parse(bytes: Array(line.utf8), path: "\(sourceName).jsonl")
            for var p in parsed.problems {
                problems += 1
                // Each line is parsed alone, as line 1 of a file: the place is the stream's.
                p.path = sourceName
                p.line = lineNumber
                p.lineText = line
                problem(p.description)
            }
            for var article in parsed.articles {
                // Without an `id` the reader names the article after the line; here every line is line 1.
                if article.id == "\(sourceName)-1" { article.id = "\(sourceName)-\(lineNumber)" }
                article.path = nil
                if !write(ExtractionStream.rows(of: article, writer: writer)) { return problems }
            }
        }
        return problems
    }

    /// The table rows of one article, every table's, as JSON lines tagged with the table.
    static func rows(of article: Article, writer: TableWriter) -> String {
        let store = FactStore()
        store.load(Extractor.extract(article))
        let rows = TableRows(store: store)
        var out = ""
        for table in TableSchema.tables {
            rows.forEach(table) { cells in
                out += writer.line(table, cells, tagged: true)
                return true
            }
        }
        return out
    }
}
