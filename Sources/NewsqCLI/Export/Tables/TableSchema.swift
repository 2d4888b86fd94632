/// The relational schema of what newsq knows: the tables `newsq export --dir` writes, the
/// rows `newsq extract --format jsonl` streams, and the tables the SQL that `newsq sql`
/// prints reads. Column names and types are a contract: a change here is a new `version`.
///
/// For example, the fact `Motegi title "Foreign Minister" [of: Japan]` of sentence 0 is one
/// `facts` row (`subject` Toshimitsu Motegi, `predicate` title, `object` Foreign Minister,
/// `object_kind` text) and one `qualifiers` row (`key` of, `value` Japan, `value_kind` entity).
public enum TableSchema {
    /// Bumped when a column is added, removed, renamed or retyped.
    public static let version = 1

    /// A column: its name, SQL type (one both DuckDB and Spark SQL read) and meaning.
    public struct Column: Sendable {
        public let name: String
        public let type: String
        public let meaning: String
    }

    /// A table: its name, columns in order, and what one row is.
    public struct Table: Sendable {
        public let name: String
        public let row: String
        public let columns: [Column]

        /// The column list as SQL DDL: `fact STRING, subject STRING, …` (Spark's
        /// `DataFrameReader.schema` reads the same text).
        public var ddl: String { columns.map { "\($0.name) \($0.type)" }.joined(separator: ", ") }
    }

    public static let facts = Table(
        name: "facts", row: "one fact with its provenance",
        columns: [
            Column(
                name: "fact", type: "STRING", meaning: "ARTICLE#N: the fact's id, N counting the article's facts from 0"
            ),
            Column(name: "subject", type: "STRING", meaning: "the subject entity (entities.id)"),
            Column(name: "predicate", type: "STRING", meaning: "the predicate name (title, said, participant…)"),
            Column(
                name: "object", type: "STRING", meaning: "the object as text: an entity id, a text, a date, a number"),
            Column(
                name: "object_kind", type: "STRING",
                meaning: "entity, text, date (ISO: day, month, year, decade YYYYs) or number"),
            Column(
                name: "qualifiers", type: "STRING", meaning: "the qualifiers as a JSON object of texts, null when none"),
            Column(name: "article", type: "STRING", meaning: "the article it was read from (articles.id)"),
            Column(name: "sentence", type: "INTEGER", meaning: "the sentence's index in the article, from 0"),
            Column(
                name: "range_start", type: "INTEGER",
                meaning: "UTF-8 byte offset where the evidence starts, null when unknown"),
            Column(
                name: "range_end", type: "INTEGER",
                meaning: "UTF-8 byte offset where it ends (exclusive), null when unknown"),
            Column(
                name: "rule", type: "STRING",
                meaning: "the extraction rule; asserted for curated facts, imported for TSV"),
        ])

    public static let qualifiers = Table(
        name: "qualifiers", row: "one qualifier of a fact (the facts.qualifiers column, one row a key)",
        columns: [
            Column(name: "fact", type: "STRING", meaning: "the fact it qualifies (facts.fact)"),
            Column(name: "key", type: "STRING", meaning: "of, to, direct, about, date…"),
            Column(name: "value", type: "STRING", meaning: "the value as text"),
            Column(name: "value_kind", type: "STRING", meaning: "entity, text, date or number"),
        ])

    public static let entities = Table(
        name: "entities", row: "one entity that some fact is about",
        columns: [
            Column(name: "id", type: "STRING", meaning: "what facts.subject and facts.object hold for it"),
            Column(name: "name", type: "STRING", meaning: "its canonical name"),
            Column(
                name: "type", type: "STRING", meaning: "person, organization, country, place, event, article, unknown"),
            Column(name: "aliases", type: "STRING", meaning: "other names in the text, a JSON array of texts"),
        ])

    public static let articles = Table(
        name: "articles", row: "one article that was read",
        columns: [
            Column(name: "id", type: "STRING", meaning: "the article id (facts.article)"),
            Column(name: "title", type: "STRING", meaning: "its headline, null when none"),
            Column(name: "date", type: "STRING", meaning: "publication date, ISO, null when unknown"),
            Column(name: "source", type: "STRING", meaning: "the outlet, null when unknown"),
            Column(name: "url", type: "STRING", meaning: "null when unknown"),
            Column(name: "path", type: "STRING", meaning: "the file it was read from, null when built in memory"),
        ])

    /// Every table, in the order files are written.
    public static let tables = [facts, qualifiers, entities, articles]

    /// The schema file written beside the tables: one `CREATE TABLE` a line (DuckDB and Spark
    /// SQL both run it), each column's meaning in a comment above.
    public static var sql: String {
        var out = "-- newsq tables, schema version \(version). Written by `newsq export`; see README.md.\n"
        for t in tables {
            out += "\n-- \(t.name): \(t.row)\n"
            for c in t.columns { out += "--   \(c.name): \(c.meaning)\n" }
            out += "CREATE TABLE \(t.name) (\(t.ddl));\n"
        }
        return out
    }
}
