import XCTest
import NewsFacts
@testable import Extraction

/// What one sentence or one article can make the pipeline do is bounded (`ExtractionLimits`):
/// the work and the output grow with the text, never with its square.
final class BoundedWorkTests: XCTestCase {
    func extract(_ text: String) -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"), text: text))
    }

    func statements(_ f: ArticleFacts, _ speaker: String) -> [String] {
        f.facts.filter { $0.predicate == "said" && $0.subject == .entity(speaker) }.map(\.object.lexical)
    }

    func count(_ word: String, in text: String) -> Int {
        text.split(whereSeparator: { !$0.isLetter }).filter { $0.lowercased() == word }.count
    }

    // MARK: - Tokens and sentences

    func testAWordLongerThanTheLimitIsCutIntoTokensOfTheLimit() {
        let text = String(repeating: "é", count: 700) + " end"
        let tokens = Tokenizer.tokenize(text)
        XCTAssertEqual(tokens.last?.text, "end")
        let word = tokens.dropLast()
        XCTAssertEqual(word.count, 6, "1,400 bytes in pieces of at most 256")
        XCTAssertTrue(word.allSatisfy { $0.end - $0.start <= ExtractionLimits.maxTokenBytes })
        XCTAssertEqual(
            word.map(\.text).joined(), String(repeating: "é", count: 700), "cut between characters, nothing lost")
    }

    func testALongSentenceIsCutAtClauseMarksIntoPiecesOfTheLimit() {
        let clause = (1...29).map { "word\($0)" }.joined(separator: " ")
        let text = Array(repeating: clause, count: 200).joined(separator: ", ") + "."
        let tokens = Tokenizer.tokenize(text)
        let spans = SentenceSplitter.split(tokens, text: text)
        XCTAssertGreaterThan(spans.count, 30)
        XCTAssertTrue(spans.allSatisfy { $0.tokens.count <= ExtractionLimits.maxSentenceTokens })
        XCTAssertEqual(spans.first?.tokens.lowerBound, 0)
        XCTAssertEqual(spans.last?.tokens.upperBound, tokens.count)
        for (a, b) in zip(spans, spans.dropFirst()) {
            XCTAssertEqual(a.tokens.upperBound, b.tokens.lowerBound, "pieces follow each other")
            XCTAssertEqual(tokens[a.tokens.upperBound - 1].text, ",", "cut after a comma")
        }
    }

    func testARealSentenceIsNotCut() {
        let text =
            "Foreign Minister Toshimitsu Motegi said on Wednesday that Japan and the United States, "
            + "which agreed last year to expand cooperation, would hold talks in Tokyo next month."
        let tokens = Tokenizer.tokenize(text)
        XCTAssertEqual(SentenceSplitter.split(tokens, text: text).map(\.tokens), [0..<tokens.count])
    }

    // MARK: - Statements

    /// 600 statements in one sentence: each is its own clause, none holds the rest of the
    /// sentence (which made the output grow as the square of the sentence: 272 kB gave 1 GB).
    func testASentenceOfManyStatementsGivesEachItsOwnClause() {
        let text = (1...600).map { "Motegi said plan \($0) was good" }.joined(separator: ", and ") + "."
        let said = statements(extract(text), "Motegi")
        XCTAssertEqual(said.count, 600)
        XCTAssertEqual(said.first, "plan 1 was good")
        XCTAssertTrue(said.allSatisfy { count("said", in: $0) == 0 }, "\(said.prefix(3))")
        XCTAssertLessThanOrEqual(said.reduce(0) { $0 + $1.utf8.count }, text.utf8.count)
    }

    func testANewAttributionAfterAndEndsTheClauseBeforeIt() {
        let f = extract("Motegi said the talks went well, and Blinken said the alliance was strong.")
        XCTAssertEqual(statements(f, "Motegi"), ["the talks went well"])
        XCTAssertEqual(statements(f, "Blinken"), ["the alliance was strong"])
    }

    func testNestedReportedSpeechKeepsTheInnerAttribution() {
        let f = extract("Motegi said Blinken said the deal was done.")
        XCTAssertEqual(statements(f, "Motegi"), ["Blinken said the deal was done"])
        XCTAssertEqual(statements(f, "Blinken"), ["the deal was done"])
    }

    func testAStatementHoldsAtMostTwoOtherSpeechVerbs() {
        let inner = (1...12).map { "which official \($0) said was fine" }.joined(separator: ", ")
        let said = statements(extract("Motegi said the plan, \(inner), would pass."), "Motegi")
        XCTAssertEqual(said.count, 1)
        XCTAssertEqual(said.first.map { count("said", in: $0) }, ExtractionLimits.maxVerbsInStatement, "\(said)")
    }

    func testAccordingToClausesHoldAtMostTwoOtherAttributions() {
        let names = ["Alder", "Birch", "Cedar", "Dunmore", "Elkin", "Farrow", "Galen", "Hollis", "Ives", "Jarrow"]
        let text = names.map { "prices of \($0) rose, according to \($0) Rossi" }.joined(separator: ", and ") + "."
        let f = extract(text)
        let said = f.facts.filter { $0.predicate == "said" }.map(\.object.lexical)
        XCTAssertGreaterThanOrEqual(said.count, names.count - 1)
        XCTAssertTrue(said.allSatisfy { count("according", in: $0) <= ExtractionLimits.maxVerbsInStatement }, "\(said)")
    }

    /// "…, said" at the end of a line and a name opening the next: the name is the next
    /// sentence's, not an inverted speaker (its range ran past the sentence and trapped).
    func testSaidAtALineEndDoesNotTakeTheNextSentencesNameAsSpeaker() {
        for text in [
            "Prices rose, said\nAlder Rossi.\n", ",said\nNews o D News o",
            "The deal is done, said\nAlder Rossi Birch met them.\n",
        ] {
            let f = extract(text)
            XCTAssertFalse(f.sentences.isEmpty, text)
            XCTAssertTrue(
                f.facts.filter { $0.predicate == "said" }.allSatisfy { $0.sentence < f.sentences.count }, text)
        }
    }

    // MARK: - Titles, anaphora, events

    /// Each title prefix asked whether a title starts after it, which asked the same of the next
    /// word: work doubled with each "Deputy" (25 of them took 10 s). Sixty now take no time.
    func testATitleAfterManyPrefixesKeepsAtMostTheLimitOfWords() {
        for n in [12, 60] {
            let f = extract(
                "Officials said " + String(repeating: "Deputy ", count: n) + "Minister Lee Jun-ho met them.")
            let titles = f.facts.filter { $0.predicate == "title" && $0.subject == .entity("Lee Jun-ho") }.map(
                \.object.lexical)
            XCTAssertEqual(titles.count, 1, "\(n): \(titles)")
            let words = titles.first?.split(separator: " ").count ?? 0
            XCTAssertLessThanOrEqual(words, ExtractionLimits.maxTitleWordsBeforeHead + 1, "\(n): \(titles)")
            XCTAssertEqual(titles.first?.hasSuffix("Deputy Minister"), true)
        }
    }

    func testARoleNounReachesBackAtMostTheLookbackForItsOrganization() {
        func filler(_ n: Int) -> String {
            (0..<n).map { "Alder\($0) met Birch\($0) and Cedar\($0)." }.joined(separator: " ")
        }
        let opening = "The Ministry of Fisheries opened an office on Monday. "
        let near = extract(opening + filler(10) + " The ministry said the plan was final.")
        XCTAssertEqual(statements(near, "Ministry of Fisheries"), ["the plan was final"])
        let far = extract(
            opening + filler(ExtractionLimits.mentionLookback / 3 + 10) + " The ministry said the plan was final.")
        XCTAssertEqual(statements(far, "Ministry of Fisheries"), [], "beyond the lookback")
    }

    func testManyTitledPeopleAndTitlesWithoutNamesKeepEachHoldersOwnCountry() {
        // Pins the output on an article of many titles (no test times the work): the titles
        // without a name and the article's country are asked of the offices held by key
        // (`TitleExtractor.OfficeHolders`, `TitleDescribedHolders`).
        var lines = ["Kenya's government opened a trade fair on Monday, officials said."]
        let syllables = ["ka", "mo", "ri", "ta", "nu", "se", "lo", "vi", "da", "pe"]
        for n in 0..<300 {
            let family = (syllables[n % 10] + syllables[n / 10 % 10] + syllables[n / 100 % 10] + "wa").capitalized
            lines.append("Trade Minister Amina \(family) met Governor Jon \(family)ni in Mombasa.")
            lines.append("Later, the Kenyan Trade Minister thanked the Ugandan President.")
        }
        let f = extract(lines.joined(separator: "\n\n"))
        let titles = f.facts.filter { $0.predicate == "title" }
        XCTAssertGreaterThanOrEqual(titles.count, 300)
        XCTAssertFalse(titles.contains { $0.object.lexical == "President" }, "no one named is the Ugandan President")
    }

    func testTalksKeepAtMostTheLimitOfParticipants() {
        let people = (0..<40).map { "Minister Alder\($0) Rossi" }.joined(separator: ", ")
        let f = extract(people + " and Minister Birch Rossi held talks in Rome on Monday.")
        let talks = f.facts.filter { $0.predicate == "kind" && $0.object.lexical == "talks" }.map(\.subject)
        XCTAssertEqual(talks.count, 1)
        let participants = f.facts.filter { $0.predicate == "participant" && talks.contains($0.subject) }
        XCTAssertEqual(participants.count, ExtractionLimits.maxEventParticipants)
    }

    /// Organization short names are found through an index of the longer names' parts; the
    /// result is what comparing every pair gave (the entities below were taken from that version).
    func testShortOrganizationNamesMergeAsPairwiseComparisonDid() {
        let f = extract(
            "Delegates met at the Hotel in Évian-les-Bains on Monday. Évian was calm. The Offshore Energy "
                + "Regulatory Agency fined Halvorsen. The Regulatory Agency said the fine was fair. "
                + "Japan's Foreign Ministry and the Indonesian Foreign Ministry spoke. "
                + "The Foreign Ministry said it agreed.")
        // Names the text does not type ("Halvorsen" here) are listed as `unknown`: not this test's matter.
        let entities = f.entities.filter { $0.type != "event" && $0.type != "unknown" }.map {
            "\($0.name)|\($0.aliases.joined(separator: ","))"
        }
        XCTAssertEqual(
            entities,
            [
                "Évian-les-Bains|", "Offshore Energy Regulatory Agency|Regulatory Agency", "Japan|",
                "Foreign Ministry|Japan Foreign Ministry", "Indonesian Foreign Ministry|Foreign Ministry",
            ])
    }
}
