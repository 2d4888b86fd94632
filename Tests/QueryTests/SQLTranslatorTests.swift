import NewsFacts
import XCTest

@testable import Query

/// What a pattern reads: the facts table with each fact once (a fact is true once).
private let factsOnce =
    "(SELECT MIN(fact) AS fact, subject, predicate, object, object_kind FROM facts GROUP BY subject, predicate, object, object_kind, qualifiers)"

/// The SQL `newsq sql` prints: its shape for each construct of the language, and what it
/// refuses and why. (Tests/Engines/engine_check.py runs it on DuckDB against newsq's answers.)
final class SQLTranslatorTests: XCTestCase {
    private func translate(_ text: String, _ dialect: SQLDialect = .duckdb) throws -> [SQLTranslator.Item] {
        SQLTranslator(store: try QueryFixture.sampleStore(), dialect: dialect).translate(text)
    }

    /// The SQL of the last statement of `text`; fails the test when it was not translated.
    private func sql(_ text: String, _ dialect: SQLDialect = .duckdb, line: UInt = #line) throws -> String {
        let items = try translate(text, dialect)
        guard case .sql(_, let sql)? = items.last else {
            XCTFail("not translated: \(items)", line: line)
            return ""
        }
        return sql
    }

    private func refusal(_ text: String, _ dialect: SQLDialect = .duckdb) throws -> String? {
        if case .refused(_, let r)? = try translate(text, dialect).last { return r.reason }
        return nil
    }

    func testPatternsJoinTheFactsTableOnSharedVariables() throws {
        let s = try sql("find ?p, ?t where ?p title ?t, ?p type person")
        XCTAssertTrue(s.hasPrefix("SELECT f1.subject AS \"p\", f1.object AS \"t\"\nFROM " + factsOnce + " AS f1\n"), s)
        XCTAssertTrue(
            s.contains("JOIN " + factsOnce + " AS f2 ON f1.subject = f2.subject AND f2.predicate = 'type'"), s)
        XCTAssertTrue(s.contains("WHERE f1.predicate = 'title'"), s)
    }

    func testNamesAreResolvedToTheEntityTheyMean() throws {
        let s = try sql("find ?t where Motegi title ?t")
        XCTAssertTrue(s.contains("f1.subject = 'Toshimitsu Motegi'"), s)
    }

    func testAnUnknownNameIsTheSameErrorNewsqGives() throws {
        guard case .failed(_, let message)? = try translate("find ?t where Motegu title ?t").last else {
            return XCTFail("an unknown name was translated")
        }
        XCTAssertTrue(message.contains("error: unknown name 'Motegu'"), message)
        XCTAssertTrue(message.contains("did you mean"), message)
    }

    func testQualifiersJoinTheQualifiersTableByKey() throws {
        let s = try sql("find ?p where ?p title ?t [of: Japan]")
        XCTAssertTrue(s.contains("JOIN qualifiers AS q2 ON q2.fact = f1.fact AND q2.key = 'of'"), s)
        XCTAssertTrue(s.contains("q2.value = 'Japan'"), s)
    }

    func testNotBecomesACorrelatedNotExists() throws {
        let s = try sql("find ?p where ?p type person, not ?p said _")
        XCTAssertTrue(
            s.contains(
                "NOT EXISTS (SELECT 1 FROM " + factsOnce
                    + " AS f2 WHERE f1.subject = f2.subject AND f2.predicate = 'said')"),
            s)
    }

    func testOptionalBecomesALeftJoinAndItsVariablesMayBeEmpty() throws {
        let s = try sql("find ?e, ?m where ?e type event, optional ?e medium ?m order by ?e")
        XCTAssertTrue(
            s.contains("LEFT JOIN " + factsOnce + " AS f2 ON f1.subject = f2.subject AND f2.predicate = 'medium'"), s)
        XCTAssertTrue(s.contains("f2.object AS o2, f2.object_kind AS o2_kind"), s)
    }

    func testAnOptionalGroupWithAQualifierIsOneParenthesisedLeftJoin() throws {
        let s = try sql("who holds \"Foreign Minister\"?")
        XCTAssertTrue(
            s.contains(
                "LEFT JOIN (" + factsOnce + " AS f2 JOIN qualifiers AS q3 ON q3.fact = f2.fact AND q3.key = 'of') ON "),
            s)
    }

    func testAggregatesGroupByTheOutputsTextAndKind() throws {
        let s = try sql("find ?kind, count(?e) where ?e kind ?kind group by ?kind order by count(?e) desc, ?kind")
        XCTAssertTrue(s.contains("COUNT(f1.subject) AS o2"), s)
        XCTAssertTrue(s.contains("GROUP BY f1.object, f1.object_kind"), s)
        XCTAssertTrue(s.contains("ORDER BY TRY_CAST(o2 AS DOUBLE) DESC, CASE WHEN o1 IS NULL"), s)
    }

    func testMinAndMaxFollowTheValueOrderNotTheText() throws {
        let s = try sql("find min(?d) where ?e date ?d")
        XCTAssertTrue(s.contains("min_by(f1.object, CASE WHEN f1.object IS NULL THEN NULL ELSE row("), s)
        let spark = try sql("find min(?d) where ?e date ?d", .spark)
        XCTAssertTrue(spark.contains("ELSE struct("), spark)
    }

    func testDateFiltersCompareTheDaysCovered() throws {
        let s = try sql("find ?e where ?e date ?d, ?d between 2021-01-20 and 2021-02-28")
        XCTAssertTrue(s.contains(">= '2021-01-20'"), s)
        XCTAssertTrue(s.contains("<= '2021-02-28'"), s)
        XCTAssertTrue(s.contains("WHEN 7 THEN f1.object || '-31'"), s)
    }

    func testContainsIsCaseAndAccentInsensitiveInBothDialects() throws {
        let duck = try sql("find ?s where ?p said ?s, ?s contains \"Alliánce\"")
        XCTAssertTrue(duck.contains("instr(strip_accents(lower(f1.object)), 'alliance') > 0"), duck)
        let spark = try sql("find ?s where ?p said ?s, ?s contains \"Alliánce\"", .spark)
        XCTAssertTrue(spark.contains("instr(translate(lower(f1.object), "), spark)
    }

    func testMatchesIsACaseInsensitiveRegularExpression() throws {
        XCTAssertTrue(
            try sql("find ?a where ?p alias ?a, ?a matches \"^[A-K]\"").contains(
                "regexp_matches(f1.object, '^[A-K]', 'i')"))
        XCTAssertTrue(
            try sql("find ?a where ?p alias ?a, ?a matches \"^[A-K]\"", .spark).contains("f1.object RLIKE '(?i)^[A-K]'")
        )
    }

    func testRulesBecomeCTEsAndARecursiveRuleWithRecursive() throws {
        let s = try sql(
            """
            rule met(?a, ?b) :- ?e kind talks, ?e participant ?a, ?e participant ?b, ?a != ?b.
            rule linked(?a, ?b) :- met(?a, ?b).
            rule linked(?a, ?c) :- linked(?a, ?b), ?e participant ?b, ?e participant ?c, ?b != ?c.
            find ?x where linked(Blinken, ?x)
            """)
        XCTAssertTrue(s.hasPrefix("WITH RECURSIVE rule_met AS (\n"), s)
        XCTAssertTrue(s.contains("),\nrule_linked AS (\n"), s)
        XCTAssertTrue(s.contains("\n  UNION\n"), s)
        XCTAssertTrue(s.contains("FROM rule_linked AS r1"), s)
    }

    func testANonRecursiveRuleNeedsNoRecursiveKeyword() throws {
        let s = try sql("rule met(?a, ?b) :- ?e participant ?a, ?e participant ?b.\nfind ?x where met(Motegi, ?x)")
        XCTAssertTrue(s.hasPrefix("WITH rule_met AS ("), s)
    }

    func testSparkRefusesARecursiveRuleNamingTheLimitation() throws {
        let reason = try refusal(
            "rule r(?a, ?b) :- ?e participant ?a, ?e participant ?b.\nrule r(?a, ?c) :- r(?a, ?b), r(?b, ?c).\n"
                + "find ?x where r(Motegi, ?x)", .spark)
        XCTAssertEqual(
            reason,
            "rule 'r' calls itself, and the spark dialect has no WITH RECURSIVE (Spark SQL 3.x); use --dialect duckdb")
    }

    func testARuleThatCallsItselfTwiceIsRefusedForWithRecursive() throws {
        let reason = try refusal(
            "rule r(?a, ?b) :- ?e participant ?a, ?e participant ?b.\nrule r(?a, ?c) :- r(?a, ?b), r(?b, ?c).\n"
                + "find ?x where r(Motegi, ?x)")
        XCTAssertEqual(reason, "rule 'r' calls itself more than once in a definition: WITH RECURSIVE takes one")
    }

    func testMutuallyRecursiveRulesAreRefused() throws {
        let reason = try refusal(
            "rule a(?x) :- ?x type person.\nrule b(?x) :- a(?x).\nrule a(?x) :- b(?x).\nfind ?x where a(?x)")
        XCTAssertEqual(
            reason, "rules 'a' and 'b' call each other: SQL's WITH RECURSIVE takes a rule that calls only itself")
    }

    func testTheEntityCardAndTimelineAreRefusedWithTheReason() throws {
        XCTAssertEqual(
            try refusal("who is Motegi?"), "'who is' prints an entity card built from two queries, not one table")
        XCTAssertNotNil(try refusal("timeline of Motegi"))
        XCTAssertNotNil(try refusal("why Motegi title ?t"))
        XCTAssertNotNil(try refusal("explain who met Blinken?"))
    }

    func testSparkQuotesIdentifiersWithBackticksAndEscapesBackslashes() throws {
        let s = try sql("find ?p where ?p said \"a\\\\b\"", .spark)
        XCTAssertTrue(s.contains("AS `p`"), s)
        let duck = try sql("find ?p where ?p said \"it's\"")
        XCTAssertTrue(duck.contains("'it''s'") || duck.contains("FALSE"), duck)
    }

    func testLimitAndOffsetFollowTheOrder() throws {
        let s = try sql("find ?p where ?p type person order by ?p desc limit 2 offset 1")
        XCTAssertTrue(s.hasSuffix("lower(o1) DESC, o1 DESC\nLIMIT 2\nOFFSET 1;"), s)
    }
}
