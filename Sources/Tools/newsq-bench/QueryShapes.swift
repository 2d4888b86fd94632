/// The shapes of question a user asks of the peer benchmark's facts (`peer_bench.py --dump`:
/// people with a name, title, country and employer; events with a type, date and one or two
/// participants; quotes with a speaker and text), each written in newsq's language and as SQL
/// over the table `facts(s, p, o)` holding each fact once (`Scripts/shapes_bench.py`), so the
/// engines answer the same question and their rows can be compared.
///
/// The shapes are chosen to exercise general operators rather than one query: grouped counts
/// over joins, distinct counts, date ranges, text search, `optional`, negation, top-k,
/// multi-way and star joins, `in` lists, min/max, and a recursive rule.
struct QueryShape {
    let name: String
    /// The statement as a user types it.
    let newsq: String
    /// The same question in SQL (SQLite and DuckDB).
    let sql: String
}

enum QueryShapes {
    /// Rules the recursive shape calls, defined once in the session before it is timed (as a
    /// user defines them at the prompt); the SQL writes them as common table expressions.
    static let rules = """
        rule met(?a, ?b) :- ?e type summit, ?e participant ?a, ?e participant ?b, ?a != ?b.
        rule linked(?a, ?b) :- met(?a, ?b).
        rule linked(?a, ?c) :- linked(?a, ?b), met(?b, ?c).
        """

    static let all: [QueryShape] = [
        QueryShape(
            name: "S01 grouped count over a join",
            newsq: "find ?t, count(?e) where ?e participant ?x, ?x title ?t group by ?t",
            sql: "SELECT t.o, count(*) FROM facts pa JOIN facts t ON t.s = pa.o AND t.p = 'title' "
                + "WHERE pa.p = 'participant' GROUP BY t.o"),
        QueryShape(
            name: "S02 count distinct by group",
            newsq: "find ?type, count(distinct ?e) where ?e type ?type group by ?type",
            sql: "SELECT o, count(DISTINCT s) FROM facts WHERE p = 'type' GROUP BY o"),
        QueryShape(
            name: "S03 grouped count, join on the subject",
            newsq: "find ?type, count(?e) where ?e type ?type, ?e date ?d group by ?type",
            sql: "SELECT t.o, count(*) FROM facts t JOIN facts d ON d.s = t.s AND d.p = 'date' "
                + "WHERE t.p = 'type' GROUP BY t.o"),
        QueryShape(
            name: "S04 date range",
            newsq: "find ?e, ?d where ?e date ?d, ?d between 2024-03-01 and 2024-03-07",
            sql: "SELECT s, o FROM facts WHERE p = 'date' AND o BETWEEN '2024-03-01' AND '2024-03-07'"),
        QueryShape(
            name: "S05 date range, two joins, grouped",
            newsq: "find ?t, count(?x) where ?e date ?d, ?d between 2024-03-01 and 2024-03-31, "
                + "?e participant ?x, ?x title ?t group by ?t",
            sql: "SELECT t.o, count(*) FROM facts d JOIN facts pa ON pa.s = d.s AND pa.p = 'participant' "
                + "JOIN facts t ON t.s = pa.o AND t.p = 'title' "
                + "WHERE d.p = 'date' AND d.o BETWEEN '2024-03-01' AND '2024-03-31' GROUP BY t.o"),
        QueryShape(
            name: "S06 text contains",
            newsq: "find ?q, ?s where ?q text ?s, ?s contains \"strike this judge\"",
            sql: "SELECT s, o FROM facts WHERE p = 'text' AND o LIKE '%strike this judge%'"),
        QueryShape(
            name: "S07 text contains, two joins",
            newsq: "find ?p, ?n where ?q text ?s, ?s contains \"strike this judge\", ?q speaker ?p, ?p name ?n",
            sql: "SELECT q.o, n.o FROM facts x JOIN facts q ON q.s = x.s AND q.p = 'speaker' "
                + "JOIN facts n ON n.s = q.o AND n.p = 'name' "
                + "WHERE x.p = 'text' AND x.o LIKE '%strike this judge%'"),
        QueryShape(
            name: "S08 optional",
            newsq: "find ?p, ?q where ?p title ambassador, optional ?q speaker ?p",
            sql: "SELECT t.s, q.s FROM facts t LEFT JOIN facts q ON q.p = 'speaker' AND q.o = t.s "
                + "WHERE t.p = 'title' AND t.o = 'ambassador'"),
        QueryShape(
            name: "S09 negation of a join",
            newsq: "find ?p where ?p title minister, not ?e participant ?p",
            sql: "SELECT t.s FROM facts t WHERE t.p = 'title' AND t.o = 'minister' "
                + "AND NOT EXISTS (SELECT 1 FROM facts e WHERE e.p = 'participant' AND e.o = t.s)"),
        QueryShape(
            name: "S10 top-k by count",
            newsq: "find ?p, count(?e) where ?e participant ?p group by ?p order by count(?e) desc, ?p limit 10",
            sql: "SELECT o, count(*) AS n FROM facts WHERE p = 'participant' GROUP BY o ORDER BY n DESC, o LIMIT 10"),
        QueryShape(
            name: "S11 distinct count",
            newsq: "find count(distinct ?p) where ?e participant ?p",
            sql: "SELECT count(DISTINCT o) FROM facts WHERE p = 'participant'"),
        QueryShape(
            name: "S12 five-way join",
            newsq: "find ?e, ?a, ?b where ?e type summit, ?e participant ?a, ?e participant ?b, "
                + "?a title minister, ?b title president",
            sql: "SELECT e.s, a.o, b.o FROM facts e JOIN facts a ON a.s = e.s AND a.p = 'participant' "
                + "JOIN facts b ON b.s = e.s AND b.p = 'participant' "
                + "JOIN facts ta ON ta.s = a.o AND ta.p = 'title' AND ta.o = 'minister' "
                + "JOIN facts tb ON tb.s = b.o AND tb.p = 'title' AND tb.o = 'president' "
                + "WHERE e.p = 'type' AND e.o = 'summit'"),
        QueryShape(
            name: "S13 two-hop grouped count",
            newsq: "find ?c, count(?q) where ?q speaker ?p, ?p country ?c group by ?c",
            sql: "SELECT c.o, count(*) FROM facts q JOIN facts c ON c.s = q.o AND c.p = 'country' "
                + "WHERE q.p = 'speaker' GROUP BY c.o"),
        QueryShape(
            name: "S14 min and max by group",
            newsq: "find ?t, min(?d), max(?d) where ?e type ?t, ?e date ?d group by ?t",
            sql: "SELECT t.o, min(d.o), max(d.o) FROM facts t JOIN facts d ON d.s = t.s AND d.p = 'date' "
                + "WHERE t.p = 'type' GROUP BY t.o"),
        QueryShape(
            name: "S15 distinct over a join",
            newsq: "find distinct ?t where ?q speaker ?p, ?p title ?t",
            sql: "SELECT DISTINCT t.o FROM facts q JOIN facts t ON t.s = q.o AND t.p = 'title' WHERE q.p = 'speaker'"),
        QueryShape(
            name: "S16 in list and a date",
            newsq: "find ?e, ?k where ?e type ?k, ?k in (summit, merger), ?e date 2024-06-01",
            sql: "SELECT t.s, t.o FROM facts t JOIN facts d ON d.s = t.s AND d.p = 'date' AND d.o = '2024-06-01' "
                + "WHERE t.p = 'type' AND t.o IN ('summit', 'merger')"),
        QueryShape(
            name: "S17 recursive rule (closure)",
            newsq: "find count(*) where linked(?a, ?b)",
            sql: "WITH RECURSIVE met(a, b) AS (SELECT DISTINCT p1.o, p2.o FROM facts t "
                + "JOIN facts p1 ON p1.s = t.s AND p1.p = 'participant' "
                + "JOIN facts p2 ON p2.s = t.s AND p2.p = 'participant' "
                + "WHERE t.p = 'type' AND t.o = 'summit' AND p1.o <> p2.o), "
                + "linked(a, b) AS (SELECT a, b FROM met UNION SELECT l.a, m.b FROM linked l JOIN met m ON m.a = l.b) "
                + "SELECT count(*) FROM linked"),
        QueryShape(
            name: "S18 self-join, top-k",
            newsq: "find ?a, count(?b) where ?e participant ?a, ?e participant ?b, ?a != ?b "
                + "group by ?a order by count(?b) desc, ?a limit 5",
            sql: "SELECT a.o, count(*) AS n FROM facts a JOIN facts b ON b.s = a.s AND b.p = 'participant' "
                + "AND b.o <> a.o WHERE a.p = 'participant' GROUP BY a.o ORDER BY n DESC, a.o LIMIT 5"),
        QueryShape(
            name: "S19 star join",
            newsq: "find ?p, ?o where ?p title ceo, ?p country country_03, ?p employer ?o",
            sql: "SELECT t.s, e.o FROM facts t JOIN facts c ON c.s = t.s AND c.p = 'country' AND c.o = 'country_03' "
                + "JOIN facts e ON e.s = t.s AND e.p = 'employer' WHERE t.p = 'title' AND t.o = 'ceo'"),
    ]

    /// The peer benchmark's own five, with the same SQL over `facts`.
    static let peer: [QueryShape] = [
        QueryShape(
            name: "Q1 point lookup", newsq: "find ?p, ?o where person/1234 ?p ?o",
            sql: "SELECT p, o FROM facts WHERE s = 'person/1234'"),
        QueryShape(
            name: "Q2 2-pattern join", newsq: "find ?s where ?s title minister, ?s country country_07",
            sql: "SELECT a.s FROM facts a JOIN facts b ON b.s = a.s WHERE a.p = 'title' AND a.o = 'minister' "
                + "AND b.p = 'country' AND b.o = 'country_07'"),
        QueryShape(
            name: "Q3 3-way join", newsq: "find ?e, ?x, ?t where ?e date 2024-03-15, ?e participant ?x, ?x title ?t",
            sql: "SELECT d.s, pa.o, t.o FROM facts d JOIN facts pa ON pa.s = d.s AND pa.p = 'participant' "
                + "JOIN facts t ON t.s = pa.o AND t.p = 'title' WHERE d.p = 'date' AND d.o = '2024-03-15'"),
        QueryShape(
            name: "Q4 aggregate", newsq: "find ?type, count(?e) where ?e type ?type group by ?type",
            sql: "SELECT o, count(*) FROM facts WHERE p = 'type' GROUP BY o"),
        QueryShape(
            name: "Q5 negation", newsq: "find ?s where ?s title ?t, not ?q speaker ?s",
            sql: "SELECT t.s FROM facts t WHERE t.p = 'title' AND NOT EXISTS "
                + "(SELECT 1 FROM facts q WHERE q.p = 'speaker' AND q.o = t.s)"),
    ]
}
