import XCTest
import NewsFacts
@testable import Extraction
import TestSupport

/// Each pipeline stage alone, on small texts.
final class StageTests: XCTestCase, ReadsFacts {
    func article(_ text: String, date: String? = "2021-01-27", id: String = "t") -> Article {
        Article(id: id, date: date.flatMap(DateValue.init(iso:)), text: text)
    }

    func facts(_ text: String, date: String? = "2021-01-27") -> ArticleFacts { Extractor.extract(article(text, date: date)) }

    func entity(_ f: ArticleFacts, _ name: String) -> EntityRecord? { f.entities.first { $0.name == name } }

    func events(_ f: ArticleFacts, kind: String) -> [[String: [String]]] {
        let names = Set(f.facts.filter { $0.predicate == "kind" && $0.object.lexical == kind }.map(\.subject.lexical))
        return names.sorted().map { name in
            var out: [String: [String]] = [:]
            for fact in f.facts where fact.subject.lexical == name { out[fact.predicate, default: []].append(fact.object.lexical) }
            return out
        }
    }

    // MARK: - Memory

    private var residentBytes: Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        return (Int(statm.split(separator: " ")[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Extracting in parallel again and again must not keep the earlier results: an early
    /// version freed its result buffer without its contents (about 15 kB an article).
    func testParallelExtractionFreesItsResults() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/statm") else { throw XCTSkip("needs /proc") }
        if Sanitizers.active { throw XCTSkip("resident memory is not the program's own under a sanitizer") }
        let text = String(repeating: "Trade Minister Ana Pereira met Foreign Minister Luis Torres in Lima on Monday. \"We agreed on a plan,\" Pereira told reporters after the talks. ", count: 8)
        let batch = (0..<32).map { article(text, id: "m\($0)") }
        for _ in 0..<5 { _ = Extractor.extract(batch, parallel: true) }   // warm up the allocator
        let before = residentBytes
        var facts = 0
        for _ in 0..<40 { facts += Extractor.extract(batch, parallel: true).reduce(0) { $0 + $1.facts.count } }
        let grown = residentBytes - before
        XCTAssertGreaterThan(facts, 0)
        // Kept results would be 40 × 32 articles × well over 10 kB: more than 12 MB.
        XCTAssertLessThan(grown, 6_000_000, "resident memory grew by \(grown) bytes")
    }

    // MARK: - Names that are also places

    func testAPlaceNameAfterATitleAndBeforeASurnameIsAFirstName() {
        let f = facts("Health Minister Sofia Mendes met Prime Minister Carlos Reis. Mendes later flew to Sofia.")
        XCTAssertEqual(entity(f, "Sofia Mendes")?.type, "person")
        XCTAssertEqual(titles(f, "Sofia Mendes"), ["Health Minister|-"])
        XCTAssertEqual(entity(f, "Sofia")?.type, "place", "the city itself is still a place")
    }

    func testAPlaceAfterATitleWithNoNameAfterItStaysAPlace() {
        let f = facts("The Foreign Minister Sofia visit was cancelled.")
        XCTAssertNil(entity(f, "Sofia Mendes"))
        XCTAssertNotEqual(entity(f, "Sofia")?.type, "person")
    }

    func testAnOrganizationWithAndInItsNameKeepsItWholeAfterACountryPrefix() {
        let f = facts("The U.K. Competition and Markets Authority said it would open a probe. The U.N. Food and Agriculture Organization said stocks were falling.")
        XCTAssertEqual(entity(f, "U.K. Competition and Markets Authority")?.type, "organization")
        XCTAssertTrue(entity(f, "U.K. Competition and Markets Authority")?.aliases.contains("Competition and Markets Authority") ?? false)
        XCTAssertEqual(entity(f, "U.N. Food and Agriculture Organization")?.type, "organization")
        XCTAssertNil(entity(f, "Markets Authority"))
        XCTAssertNil(entity(f, "Agriculture Organization"))
    }

    func testAnOrganizationHeadGoesOnWithFor() {
        let f = facts("Lena Ortiz, an analyst at the Lisbon-based Centre for Coastal Studies, said the plan was sound. Ortiz joined the Okapi Institute for Peace Studies in 2020.")
        XCTAssertEqual(entity(f, "Centre for Coastal Studies")?.type, "organization")
        XCTAssertEqual(entity(f, "Okapi Institute for Peace Studies")?.type, "organization")
        XCTAssertNil(entity(f, "Peace Studies"))
    }

    func testTwoNamesJoinedByAndStayTwoWithoutAnOrganizationHead() {
        let f = facts("The U.K. Treasury and Bank of England said rates would stay.")
        XCTAssertNil(f.entities.first { $0.name.contains("Treasury and Bank") })
    }

    // MARK: - Tokens

    func testTokenizerKeepsAbbreviationsAndSplitsPossessives() {
        let t = Tokenizer.tokenize("Japan's U.S.-Japan talks in Jan. 20 with Mr. Kim’s “team”.")
        XCTAssertEqual(t.map(\.text), ["Japan", "'s", "U.S.", "-", "Japan", "talks", "in", "Jan.", "20", "with", "Mr.", "Kim", "’s", "“", "team", "”", "."])
        XCTAssertTrue(t[13].has(.opening))
        XCTAssertFalse(t[15].has(.opening))
        XCTAssertEqual(t[0].range, 0..<5)
    }

    func testTokenizerTreatsNonBreakingSpaceAsSpace() {
        XCTAssertEqual(Tokenizer.tokenize("Prime\u{00A0}Minister").map(\.text), ["Prime", "Minister"])
    }

    // MARK: - Sentences

    func testSplitterKeepsAbbreviationsInsideSentences() {
        let text = "U.S. Secretary of State Antony Blinken met Mr. Motegi on Jan. 27. He said talks went well. The U.N. Security Council met."
        let f = facts(text)
        XCTAssertEqual(f.sentences.map(\.text), ["U.S. Secretary of State Antony Blinken met Mr. Motegi on Jan. 27.", "He said talks went well.", "The U.N. Security Council met."])
    }

    func testSplitterEndsSentenceAfterAbbreviationFollowedByStarter() {
        XCTAssertEqual(facts("He flew to the U.S. The trip was short.").sentences.count, 2)
    }

    func testParagraphBreakEndsSentenceAndQuotesStayWhole() {
        let f = facts("\"We will act,\" he said\n\nNext paragraph starts here.")
        XCTAssertEqual(f.sentences.map(\.text), ["\"We will act,\" he said", "Next paragraph starts here."])
    }

    func testRelatedCoverageLinksAreNotPartOfTheArticle() {
        let f = facts("Japan spoke.\n\nRelated coverage:\n\nU.S. to strengthen ties with Taiwan")
        XCTAssertNil(entity(f, "Taiwan"))
        XCTAssertNotNil(entity(f, "Japan"))
    }

    func testPhotoCaptionIsMarked() {
        let tokens = Tokenizer.tokenize("Combined photo shows Motegi (L) and Blinken. (Kyodo)\n\nMotegi spoke.")
        let spans = SentenceSplitter.split(tokens, text: "")
        XCTAssertTrue(spans[0].isCaption)
        XCTAssertFalse(spans.last!.isCaption)
    }

    // MARK: - Time

    func time(_ text: String, _ date: String) -> [String] {
        let t = Tokenizer.tokenize(text)
        return TimeResolver.find(in: t, range: 0..<t.count, articleDate: DateValue(iso: date)).map(\.date.iso)
    }

    func testSpeakingToSomeoneIsNoFutureForTheWeekdayAfterIt() {
        // Wednesday 2021-01-27: "to reporters" plans nothing; Tuesday is the day before.
        XCTAssertEqual(time("Ortiz, speaking to reporters in Lima on Tuesday, said so.", "2021-01-27"), ["2021-01-26"])
        XCTAssertEqual(time("Ortiz is to fly to Lima on Tuesday.", "2021-01-27"), ["2021-02-02"])
    }

    func testThisWeekendIsTheMonthWhenBothNearWeekendsLieInIt() {
        // Wednesday 2021-01-13: the weekends of the 9th-10th and the 16th-17th.
        XCTAssertEqual(time("The fair took place this weekend.", "2021-01-13"), ["2021-01"])
        // Wednesday 2021-02-03: the weekend before is in January.
        XCTAssertEqual(time("The fair took place this weekend.", "2021-02-03"), [])
    }

    func testWeekdayResolvesToMostRecentDayBeforeArticleDate() {
        XCTAssertEqual(time("Austin said so on Sunday and again on Wednesday.", "2021-01-27"), ["2021-01-24", "2021-01-27"])
    }

    func testMonthWithoutYearLooksForwardInFutureContext() {
        XCTAssertEqual(time("He plans to visit, possibly in mid-February.", "2021-01-27"), ["2021-02"])
        XCTAssertEqual(time("The agreement will expire in March.", "2021-12-10"), ["2022-03"])
        XCTAssertEqual(time("Talks were held in March.", "2021-01-27"), ["2020-03"])
    }

    func testAbsoluteRelativeAndDecadeExpressions() {
        XCTAssertEqual(time("since Biden was inaugurated Jan. 20", "2021-01-27"), ["2021-01-20"])
        XCTAssertEqual(time("on Jan. 27, 2021, and last month and in the 1970s", "2021-01-27"), ["2021-01-27", "2020-12", "1970s"])
        XCTAssertEqual(time("earlier this year, yesterday, in 2019", "2021-05-05"), ["2021", "2021-05-04", "2019"])
    }

    func testAYearAfterAnArticleBeforeAWordNamesAnOccasion() {
        XCTAssertEqual(time("In a 2003 interview with the paper, he spoke", "2021-01-27"), ["2003"])
        XCTAssertEqual(time("the deadliest stampede was during the 1991 Hajj", "2021-01-27"), ["1991"])
        XCTAssertEqual(time("he counted 1991 votes", "2021-01-27"), [])
    }

    func testDatesInMetadataKeepTheDay() {
        XCTAssertEqual(TimeResolver.parseDateText("2021-01-27T08:00:00Z")?.iso, "2021-01-27")
        XCTAssertEqual(TimeResolver.parseDateText("Wed, 27 Jan 2021 08:00:00 GMT")?.iso, "2021-01-27")
        XCTAssertEqual(TimeResolver.parseDateText("January 27, 2021")?.iso, "2021-01-27")
    }

    // MARK: - Mentions and resolution

    func testCapitalizedRunsSplitIntoDemonymTitleAndPerson() {
        let f = facts("Japanese Foreign Minister Toshimitsu Motegi met reporters.")
        XCTAssertEqual(entity(f, "Toshimitsu Motegi")?.type, "person")
        // The demonym names the title's country, which is not listed (`Extractor.output`).
        XCTAssertEqual(titles(f, "Toshimitsu Motegi"), ["Foreign Minister|Japan"])
        XCTAssertNil(entity(f, "Japan"))
        XCTAssertNil(entity(f, "Japanese Foreign Minister Toshimitsu Motegi"))
    }

    func testSentenceInitialWordsWeekdaysAndTitlesAreNotEntities() {
        let f = facts("Combined photo shows the scene. Related reports said Wednesday that the Prime Minister left.")
        let named = f.entities.filter { ["person", "organization", "country", "place"].contains($0.type) }
        XCTAssertEqual(named.map(\.name), [])
    }

    func testOrganizationsAndPlacesAreFoundByTheirHeadWord() {
        let f = facts("The U.S. State Department and the Offshore Workers' Union spoke about the East China Sea and the Competition and Markets Authority.")
        XCTAssertEqual(entity(f, "State Department")?.aliases.contains("U.S. State Department"), true)
        XCTAssertEqual(entity(f, "Offshore Workers' Union")?.type, "organization")
        XCTAssertEqual(entity(f, "East China Sea")?.type, "place")
        XCTAssertEqual(entity(f, "Competition and Markets Authority")?.type, "organization")
    }

    func testSurnameResolvesToFullNameAndDemonymToCountry() {
        let f = facts("Nobuo Kishi arrived. Kishi said the Japanese side agreed.")
        XCTAssertEqual(entity(f, "Nobuo Kishi")?.aliases, ["Kishi"])
        XCTAssertNil(entity(f, "Kishi"))
        // A demonym alone does not name its country: not listed, though a title's `of` names it.
        XCTAssertNil(entity(f, "Japan"))
        let g = facts("Japanese Defense Minister Nobuo Kishi arrived.")
        XCTAssertEqual(titles(g, "Nobuo Kishi"), ["Defense Minister|Japan"])
        XCTAssertNil(entity(g, "Japan"))
        let h = facts("Japanese Defense Minister Nobuo Kishi arrived in Japan.")
        XCTAssertEqual(entity(h, "Japan")?.type, "country")
    }

    func testCapitalStandingForStateIsAnAliasButInCapitalIsAPlace() {
        let f = facts("Washington will defend Japan. Sanctions on Pyongyang matter. He spoke in Tokyo.")
        XCTAssertTrue(entity(f, "United States")?.aliases.contains("Washington") ?? false)
        XCTAssertTrue(entity(f, "North Korea")?.aliases.contains("Pyongyang") ?? false)
        XCTAssertEqual(entity(f, "Tokyo")?.type, "place")
        XCTAssertNil(entity(f, "Washington"))
    }

    func testAliasesFromCallingThemAcronymsAndPluralShortForms() {
        let f = facts("China claims the Senkaku Islands, calling them Diaoyu. The Senkakus are small. The African Development Bank (AfDB) lends.")
        let islands = entity(f, "Senkaku Islands")
        XCTAssertTrue(islands?.aliases.contains("Diaoyu") ?? false)
        XCTAssertTrue(islands?.aliases.contains("Senkakus") ?? false)
        XCTAssertTrue(entity(f, "African Development Bank")?.aliases.contains("AfDB") ?? false)
        XCTAssertTrue(f.facts.contains { $0.predicate == "claims" && $0.subject == .entity("China") && $0.object == .entity("Senkaku Islands") })
    }

    func testAPersonWrittenAfterAnHonorificIsAlsoKnownByBothTogether() {
        let f = facts("Dr. Luis Brenner said the port was ready. Later Mr. Brenner left for Lima.")
        let aliases = entity(f, "Luis Brenner")?.aliases ?? []
        XCTAssertTrue(aliases.contains("Mr. Brenner") && aliases.contains("Dr. Luis Brenner"), "\(aliases)")
    }

    func testPronounAndRoleNounResolveToNearestFittingAntecedent() {
        let f = facts("Foreign Minister Toshimitsu Motegi met Lloyd Austin. The minister said talks were useful. The Foreign Ministry said it was pleased. Later the ministry said talks would resume.")
        XCTAssertEqual(said(f, "Toshimitsu Motegi"), ["talks were useful"])
        XCTAssertEqual(said(f, "Foreign Ministry"), ["it was pleased", "talks would resume"])
    }

    // MARK: - Titles

    func testTitleBeforeNameTakesCountryFromDemonymOrCountry() {
        let f = facts("Japanese Foreign Minister Toshimitsu Motegi called U.S. Secretary of State Antony Blinken.")
        XCTAssertEqual(titles(f, "Toshimitsu Motegi"), ["Foreign Minister|Japan"])
        XCTAssertEqual(titles(f, "Antony Blinken"), ["Secretary of State|United States"])
    }

    func testTitleInAppositionAndAfterAs() {
        let f = facts("Tomas Ekdahl, Halvorsen Energy's chief financial officer, spoke. Antony Blinken won confirmation as the U.S. secretary of state. Ana Ruiz, the prime minister of Peru, agreed.")
        XCTAssertEqual(titles(f, "Tomas Ekdahl"), ["Chief Financial Officer|Halvorsen Energy"])
        XCTAssertEqual(titles(f, "Antony Blinken"), ["Secretary of State|United States"])
        XCTAssertEqual(titles(f, "Ana Ruiz"), ["Prime Minister|Peru"])
    }

    func testCounterpartGetsDerivedTitleForItsOwnCountry() {
        let f = facts("U.S. Defense Secretary Lloyd Austin called his Japanese counterpart Nobuo Kishi on Sunday.")
        let derived = f.facts.first { $0.predicate == "title" && $0.subject == .entity("Nobuo Kishi") }
        XCTAssertEqual(derived?.object.lexical, "Defense Minister")
        XCTAssertEqual(derived?.qualifier("of"), .entity("Japan"))
        XCTAssertEqual(derived?.qualifier("derived"), .text("true"))
        XCTAssertEqual(derived?.rule, "title-counterpart")
    }

    func testTitleMatcherCanonicalForms() {
        func m(_ s: String) -> String? { let t = Tokenizer.tokenize(s); return TitleMatcher.match(t, at: 0, end: t.count)?.canonical }
        XCTAssertEqual(m("secretary of state"), "Secretary of State")
        XCTAssertEqual(m("Deputy Prime Minister"), "Deputy Prime Minister")
        XCTAssertEqual(m("Justice Minister"), "Justice Minister")
        XCTAssertEqual(m("Minister of Water and Energy"), "Minister of Water and Energy")
        XCTAssertEqual(m("President of Russia"), "President")
        XCTAssertNil(m("the leader"))
    }

    // MARK: - Speech

    func testDirectQuoteBeforeAndAfterAttribution() {
        let f = facts("\"His talks with Japan were the second. This is proof,\" Motegi told reporters. Blinken said: \"We are ready.\"")
        let motegi = f.facts.first { $0.predicate == "said" && $0.subject == .entity("Motegi") }
        XCTAssertEqual(motegi?.object.lexical, "His talks with Japan were the second. This is proof")
        XCTAssertEqual(motegi?.qualifier("direct"), .text("true"))
        XCTAssertEqual(motegi?.qualifier("to"), .text("reporters"))
        XCTAssertEqual(said(f, "Blinken"), ["We are ready."])
    }

    func testReportedSpeechWithThatToAndTrailingAttribution() {
        let f = facts("The Foreign Ministry spoke. Motegi told a parliamentary session he agreed with Blinken. Blinken also said on Twitter that the alliance is strong. They pledged to act, the ministry said.")
        let told = f.facts.first { $0.predicate == "said" && $0.subject == .entity("Motegi") }
        XCTAssertEqual(told?.object.lexical, "he agreed with Blinken")
        XCTAssertEqual(told?.qualifier("to"), .text("a parliamentary session"))
        XCTAssertEqual(said(f, "Blinken"), ["the alliance is strong"])
        XCTAssertEqual(said(f, "Foreign Ministry"), ["They pledged to act"])
    }

    func testRelativeClauseCoordinatedVerbsAndAccordingTo() {
        let f = facts("Japan wants to work with Antony Blinken, who has said he will work with partners and vowed to review policy. Motegi welcomed the move, according to the Foreign Ministry.")
        XCTAssertEqual(said(f, "Antony Blinken"), ["he will work with partners", "to review policy"])
        XCTAssertEqual(said(f, "Foreign Ministry"), ["Motegi welcomed the move"])
    }

    func testAppositionBetweenSpeakerAndVerb() {
        let f = facts("Otávio Brandão, Brazil's chief negotiator, said a third round would be held.")
        XCTAssertEqual(said(f, "Otávio Brandão"), ["a third round would be held"])
        XCTAssertEqual(titles(f, "Otávio Brandão"), ["Chief Negotiator|Brazil"])
    }

    func testPluralRoleSpeakerGivesEachEntity() {
        let f = facts("Halvorsen Energy and Brightwater Power agreed to merge, the companies said.")
        XCTAssertEqual(said(f, "Halvorsen Energy"), ["Halvorsen Energy and Brightwater Power agreed to merge"])
        XCTAssertEqual(said(f, "Brightwater Power"), ["Halvorsen Energy and Brightwater Power agreed to merge"])
    }

    // MARK: - Events

    func testTalksMentionedTwiceAreOneEventWithDateDurationAndMedium() {
        let f = facts("Toshimitsu Motegi and Antony Blinken held phone talks on Wednesday. In the talks, which lasted about 30 minutes, Motegi and Blinken agreed to cooperate.")
        let talks = events(f, kind: "phone talks")
        XCTAssertEqual(talks.count, 1)
        XCTAssertEqual(Set(talks.first?["participant"] ?? []), ["Toshimitsu Motegi", "Antony Blinken"])
        XCTAssertEqual(talks.first?["date"], ["2021-01-27"])
        XCTAssertEqual(talks.first?["duration"], ["about 30 minutes"])
        XCTAssertEqual(talks.first?["medium"], ["phone"])
    }

    func testSinceClauseDateAndPersonBelongToTheirOwnEvent() {
        let f = facts("In the first talks since Biden was inaugurated Jan. 20, Lloyd Austin reassured Nobuo Kishi on Sunday that the pact applies.")
        let talks = events(f, kind: "talks")
        XCTAssertEqual(Set(talks.first?["participant"] ?? []), ["Lloyd Austin", "Nobuo Kishi"])
        XCTAssertEqual(talks.first?["date"], ["2021-01-24"])
        XCTAssertEqual(events(f, kind: "inauguration").first?["date"], ["2021-01-20"])
    }

    func testPlannedVisitHasDestinationMonthAndStatus() {
        let f = facts("Japanese Foreign Minister Toshimitsu Motegi plans to visit the United States, possibly in mid-February, government sources said Wednesday.")
        let visit = events(f, kind: "visit").first
        XCTAssertEqual(visit?["participant"], ["Toshimitsu Motegi"])
        XCTAssertEqual(visit?["destination"], ["United States"])
        XCTAssertEqual(visit?["date"], ["2021-02"])
        XCTAssertEqual(visit?["status"], ["planned"])
    }

    func testEventNamesAreUniqueAcrossArticles() {
        let a = Extractor.extract(article("Toshimitsu Motegi and Antony Blinken held talks.", id: "one"))
        let b = Extractor.extract(article("Toshimitsu Motegi and Antony Blinken held talks.", id: "two"))
        let names = (a.entities + b.entities).filter { $0.type == "event" }.map(\.name)
        XCTAssertEqual(names, ["talks#1@one", "talks#1@two"])
    }

    // MARK: - Relations and provenance

    func testLocatedInAndMemberOf() {
        let f = facts("The Senkaku Islands in the East China Sea are disputed. Japan, a member of the Group of Seven, spoke.")
        XCTAssertTrue(f.facts.contains { $0.predicate == "located_in" && $0.subject == .entity("Senkaku Islands") && $0.object == .entity("East China Sea") })
        XCTAssertTrue(f.facts.contains { $0.predicate == "member_of" && $0.subject == .entity("Japan") && $0.object == .entity("Group of Seven") })
    }

    func testFactsCarrySentenceByteRangeAndRule() {
        let text = "Intro sentence here. Japanese Foreign Minister Toshimitsu Motegi spoke."
        let f = facts(text)
        let title = f.facts.first { $0.predicate == "title" }!
        XCTAssertEqual(title.sentence, 1)
        XCTAssertEqual(title.rule, "title-before-name")
        let r = title.range!
        let bytes = Array(text.utf8)
        XCTAssertEqual(String(decoding: bytes[r], as: UTF8.self), "Foreign Minister Toshimitsu Motegi")
    }

    func testExtractionIsDeterministicAndParallelKeepsOrder() {
        let articles = (0..<20).map { article("Japanese Foreign Minister Toshimitsu Motegi met Blinken on Sunday. He said talks went well.", id: "a\($0)") }
        let serial = Extractor.extract(articles, parallel: false)
        let parallel = Extractor.extract(articles, parallel: true)
        XCTAssertEqual(serial.map(\.article.id), parallel.map(\.article.id))
        XCTAssertEqual(serial.map(\.facts), parallel.map(\.facts))
        XCTAssertEqual(ExtractionJSON.encode(serial, pretty: false), ExtractionJSON.encode(parallel, pretty: false))
    }

    func testJSONIsOneObjectForOneArticleAndAnArrayForSeveral() throws {
        let one = ExtractionJSON.encode([facts("Motegi said \"yes\".")], pretty: true)
        let parsed = try JSONSerialization.jsonObject(with: Data(one.utf8)) as? [String: Any]
        XCTAssertNotNil(parsed?["entities"])
        let two = ExtractionJSON.encode([facts("A."), facts("B.")], pretty: false)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(two.utf8)) as? [Any])?.count, 2)
    }

    // MARK: - Quality mechanisms (names, titles, speakers, meetings)

    func testCommaListOfPortfoliosIsOneTitleNotAPersonName() {
        let f = facts("Rafaela Duarte met Japanese Economy, Trade and Industry Minister Shinpei Aramaki in Tokyo on Monday.")
        XCTAssertNil(f.entities.first { $0.name.contains("Economy") && $0.type == "person" })
        XCTAssertEqual(titles(f, "Shinpei Aramaki"), ["Economy, Trade and Industry Minister|Japan"])
    }

    func testCommaListInsideAnOrganizationNameEndingInAHead() {
        let f = facts("The Environment, Food and Rural Affairs Committee said ministers had given away too much.")
        XCTAssertEqual(entity(f, "Environment, Food and Rural Affairs Committee")?.type, "organization")
    }

    func testPossessedTitleThenNameBetweenCommasIsTitleAndSpeaker() {
        let f = facts("The Japan Beef Producers Federation said it was worried. Its chairman, Kazuo Tanemura, said the federation would ask the government for safeguards.")
        XCTAssertEqual(titles(f, "Kazuo Tanemura"), ["Chairman|Japan Beef Producers Federation"])
        XCTAssertEqual(said(f, "Kazuo Tanemura").count, 1)
    }

    func testTitleOfDemonymAndCommonNounReachesTheOrganization() {
        let f = facts("Ingrid Lystad stepped down as chief executive of Norwegian utility Halvorsen Energy on Monday.")
        XCTAssertEqual(titles(f, "Ingrid Lystad"), ["Chief Executive|Halvorsen Energy"])
    }

    func testOrganizationRoleNounTakesTheSentenceTopicNotTheDatelineOrTheNearest() {
        let f = facts("FRANKFURT, Feb 9 (Reuters) - Meridian Logistics has agreed to buy rival Kestrel Freight for $1 billion, the company said on Monday, creating a large group.")
        XCTAssertTrue(said(f, "Meridian Logistics").contains { $0.contains("Meridian Logistics has agreed to buy") }, "\(f.facts)")
        XCTAssertTrue(said(f, "Reuters").isEmpty)
        XCTAssertEqual(entity(f, "Kestrel Freight")?.type, "organization")
    }

    func testPossessorOfABoardSpeaksForIt() {
        let f = facts("Halvorsen Energy will merge with Brightwater Power. Brightwater's board said it was confident.")
        XCTAssertEqual(said(f, "Brightwater Power"), ["it was confident"])
    }

    func testStatementAdjunctAtSentenceEndLeavesAPostposedClause() {
        let f = facts("The deal is expected to close in the third quarter, Meridian Logistics said in a statement.")
        XCTAssertEqual(said(f, "Meridian Logistics"), ["The deal is expected to close in the third quarter"])
    }

    func testPossessiveCountryBeforeASpeakerIsSkippedForThePostposedClause() {
        let f = facts("The two ministers agreed to hold joint exercises next year, Japan's Foreign Ministry said in a statement.")
        XCTAssertEqual(said(f, "Foreign Ministry").first, "The two ministers agreed to hold joint exercises next year")
    }

    func testMinistriesOfDifferentCountriesStayApart() {
        let f = facts("Talks ended, Japan's Foreign Ministry said. Retno Wibisono will fly to Seoul, the Indonesian Foreign Ministry said.")
        XCTAssertNotNil(entity(f, "Foreign Ministry"))
        XCTAssertNotNil(entity(f, "Indonesian Foreign Ministry"))
    }

    func testWordAfterInThatIsAnOrganizationsShortNameIsNotAPlace() {
        let f = facts("Fjordvest Capital built a stake of 8 percent in Halvorsen. Halvorsen Energy said it would respond. Lars Tveit said he had confidence in Ekdahl. Tomas Ekdahl declined to comment.")
        XCTAssertNil(f.entities.first { $0.name == "Halvorsen" && $0.type == "place" })
        XCTAssertTrue(entity(f, "Halvorsen Energy")?.aliases.contains("Halvorsen") ?? false)
        XCTAssertNil(f.entities.first { $0.name == "Ekdahl" && $0.type == "place" })
    }

    func testWhoChairsGivesAChairTitleOfTheOrganization() {
        let f = facts("The Competition and Markets Authority (CMA) opened a probe. The deal could hurt buyers, said Fiona Callander, who chairs the CMA's inquiry group.")
        XCTAssertTrue(titles(f, "Fiona Callander").contains("chair of the inquiry group|Competition and Markets Authority"), "\(titles(f, "Fiona Callander"))")
    }

    func testJointActOfTwoPeopleIsAMeeting() {
        let f = facts("Kenyan Energy Cabinet Secretary Wanjiru Mbogo and Ethiopian Minister of Water and Energy Tsegaye Alemayehu signed the agreement in Addis Ababa on Tuesday.")
        let meetings = events(f, kind: "meeting")
        XCTAssertEqual(meetings.count, 1)
        XCTAssertEqual(Set(meetings.first?["participant"] ?? []), ["Wanjiru Mbogo", "Tsegaye Alemayehu"])
        XCTAssertEqual(meetings.first?["date"], ["2021-01-26"])
        XCTAssertTrue(titles(f, "Tsegaye Alemayehu").contains("Minister of Water and Energy|Ethiopia"))
        XCTAssertTrue(events(facts("Wanjiru Mbogo signed the bill on Tuesday."), kind: "meeting").isEmpty)
    }

    // MARK: - Speakers behind brackets, relative clauses, lists; statements; contacts and visits

    func testSpeakerBeforeABracketedShortFormOrALongRelativeClause() {
        let f = facts("The Harbour Pilots' Union (HPU) said it would strike in March. The Coastal Growers Association (CGA), which represents about 4,000 farms in Lisbon and Madrid, said the levy was unfair.")
        XCTAssertEqual(said(f, "Harbour Pilots' Union"), ["it would strike in March"])
        XCTAssertEqual(said(f, "Coastal Growers Association"), ["the levy was unfair"])
        let g = facts("Ilse Marnov, who opened the talks with Trade and Industry Minister Oren Vasko in Tokyo in September, said she was hopeful.")
        XCTAssertEqual(said(g, "Ilse Marnov"), ["she was hopeful"])
        XCTAssertTrue(said(g, "Oren Vasko").isEmpty)
    }

    func testEachNameOfAListOfSpeakersSpeaksButNotTheObjectsOfAPreposition() {
        let f = facts("Halvorsen Energy and Brightwater Power said they would cut costs. Officials of Norway and Sweden said the border was calm.")
        XCTAssertEqual(said(f, "Halvorsen Energy"), ["they would cut costs"])
        XCTAssertEqual(said(f, "Brightwater Power"), ["they would cut costs"])
        XCTAssertTrue(said(f, "Norway").isEmpty, "officials of Norway and Sweden: not a list of speakers")
    }

    func testAndSaidAfterAnotherVerbTakesTheSentenceSubject() {
        let f = facts("Keldar Chairman Piet Aronsen thanked Ilse Marnov for \"years of bold work\" and said the board had full confidence in her. Dana Okoro wished him success but warned that the party would oppose the sale.")
        XCTAssertEqual(said(f, "Piet Aronsen"), ["the board had full confidence in her"])
        XCTAssertTrue(said(f, "Ilse Marnov").isEmpty)
        XCTAssertEqual(said(f, "Dana Okoro"), ["the party would oppose the sale"])
    }

    func testCalledSomethingAQuoteIsTheSubjectsDirectQuote() {
        let f = facts("Trade Minister Piet Aronsen called the decision \"a very good day for our farmers.\" Ilse Marnov arrived. She called Norway \"a trusted partner in hard times.\"")
        XCTAssertEqual(said(f, "Piet Aronsen"), ["a very good day for our farmers."])
        XCTAssertEqual(said(f, "Ilse Marnov"), ["a trusted partner in hard times."])
        XCTAssertTrue(said(f, "Norway").isEmpty)
    }

    func testAccordingToAStatementFromItsSourceAndTheStatementSaidLater() {
        let f = facts("Exports rose 4 percent last year, according to a statement from Norway's Ministry of Trade. The two ministers discussed tariffs. Both rejected the proposal on Tuesday, the statement said.")
        XCTAssertEqual(said(f, "Ministry of Trade"), ["Exports rose 4 percent last year", "Both rejected the proposal on Tuesday"])
        XCTAssertTrue(said(f, "Norway").isEmpty)
        XCTAssertTrue(said(facts("Both rejected the proposal on Tuesday, the statement said."), "Norway").isEmpty)
    }

    func testAnOrganizationsSpokespersonSpeaksForIt() {
        let f = facts("A decision is expected in June, a Velmark Commission spokesperson said.")
        XCTAssertEqual(said(f, "Velmark Commission"), ["A decision is expected in June"])
    }

    func testPeopleOfAnAppositionSpeakTogether() {
        let f = facts("Two candidates, former minister Ilse Marnov and lawmaker Dana Okoro, have announced they will run.")
        XCTAssertEqual(said(f, "Ilse Marnov"), ["they will run"])
        XCTAssertEqual(said(f, "Dana Okoro"), ["they will run"])
    }

    func testSpokeToOrCalledAPersonIsAContactButNotCalledXAQuote() {
        let f = facts("Piet Aronsen said he had spoken to Dana Okoro by phone on Monday. Ilse Marnov called Oren Vasko on Sunday to congratulate him.")
        let talks = events(f, kind: "talks")
        XCTAssertEqual(Set(talks.first?["participant"] ?? []), ["Piet Aronsen", "Dana Okoro"])
        XCTAssertEqual(talks.first?["date"], ["2021-01-25"])
        let call = events(f, kind: "phone call")
        XCTAssertEqual(Set(call.first?["participant"] ?? []), ["Ilse Marnov", "Oren Vasko"])
        XCTAssertEqual(call.first?["date"], ["2021-01-24"])
        let g = facts("Piet Aronsen called Dana Okoro \"a friend of farmers.\" Ilse Marnov spoke to reporters on Tuesday.")
        XCTAssertTrue(events(g, kind: "phone call").isEmpty && events(g, kind: "call").isEmpty && events(g, kind: "talks").isEmpty)
    }

    func testVisitsAfterWhoToTwoPlacesAndAPlannedTripWithWeeksAsMonths() {
        let f = facts("Velmark CEO Dana Okoro, who visited London last week to meet investors, said the deal was on track. Piet Aronsen will travel to Paris on Thursday and then to Berlin. Aronsen said his first foreign trip would be to Rome in early May.")
        let visit = events(f, kind: "visit").first
        XCTAssertEqual(visit?["participant"], ["Dana Okoro"])
        XCTAssertEqual(visit?["destination"], ["London"])
        XCTAssertEqual(visit?["date"], ["2021-01"])
        let trips = events(f, kind: "trip")
        XCTAssertEqual(trips.map { $0["destination"] ?? [] }, [["Paris"], ["Berlin"], ["Rome"]])
        XCTAssertEqual(trips.map { $0["date"] ?? [] }, [["2021-01-28"], [], ["2021-05"]])
        XCTAssertEqual(trips.last?["status"], ["planned"])
        // A week across two months has no month.
        XCTAssertEqual(time("He arrived last week.", "2021-01-27"), ["2021-01"])
        XCTAssertEqual(time("He arrived last week.", "2021-04-07"), [])
    }

    func testAPersonOfAnOrganizationSpeaksAndAPalaceIssuesStatements() {
        let f = facts("Political analyst Vesna Kordic of the University of Lisbon said the race was close. Officials at the University of Lisbon said the vote was fair.")
        XCTAssertEqual(said(f, "Vesna Kordic"), ["the race was close"])
        XCTAssertEqual(said(f, "University of Lisbon"), ["the vote was fair"])
        let g = facts("The new minister will take office on Monday, according to a statement from the Planalto Palace.")
        XCTAssertEqual(said(g, "Planalto Palace"), ["The new minister will take office on Monday"])
    }

    func testUndatedTalksThatDetailTheLeadTakeItsDay() {
        let f = facts("Peru and Chile agreed on Monday to cap their catches. Peruvian Production Minister Elena Varga and Chilean Fisheries Minister Tomas Rell sealed the deal in a video call.")
        XCTAssertEqual(events(f, kind: "meeting").first?["date"], ["2021-01-25"])
        XCTAssertEqual(events(f, kind: "agreement").first?["date"], ["2021-01-25"], "the lead keeps its own dated occurrence, named in the closed vocabulary")
        // A sentence in between: the article's date, as before.
        let g = facts("Peru and Chile agreed on Monday to cap their catches. Canada said it was pleased. Peruvian Production Minister Elena Varga and Chilean Fisheries Minister Tomas Rell sealed the deal in a video call.")
        XCTAssertEqual(events(g, kind: "meeting").first?["date"], ["2021-01-27"])
    }

    func testHoldingAJointNewsConferenceIsAMeetingButHoldingOneAloneIsNot() {
        let f = facts("Peruvian Production Minister Elena Varga and Chilean Fisheries Minister Tomas Rell hold a joint news conference in Lima on Jan. 25, 2021. Elena Varga held a news conference in Lima on Jan. 26, 2021.")
        let meetings = events(f, kind: "meeting")
        XCTAssertEqual(meetings.count, 1)
        XCTAssertEqual(Set(meetings.first?["participant"] ?? []), ["Elena Varga", "Tomas Rell"])
        XCTAssertEqual(meetings.first?["date"], ["2021-01-25"])
    }

    func testAFutureWordFurtherBackMakesAWeekdayComeButAFarParticipleDoesNotMakeItPast() {
        XCTAssertEqual(time("Rourke will travel to Surabaya to visit the country's main naval shipyard before flying to Singapore for talks with Singaporean Defence Minister Lim Wei Shan on Thursday.", "2025-10-08"), ["2025-10-09"])
        XCTAssertEqual(time("The accord must be ratified by the HCFC's full council at its annual meeting in November.", "2026-05-20"), ["2026-11"])
        XCTAssertEqual(time("Pennick said he had spoken to Ekdahl by phone on Monday evening.", "2026-03-03"), ["2026-03-02"])
    }

    func testARelativeClauseBetweenTheVerbAndTheWeekdayLendsItNoTense() {
        // Monday 2025-10-27: the meeting is to come although the clause about Ruiz is past.
        XCTAssertEqual(time("Otieno will see Ana Ruiz, who was sworn in last week, at the palace on Tuesday.", "2025-10-27"), ["2025-10", "2025-10-28"])
        // Past meeting, future clause: Tuesday is the one before.
        XCTAssertEqual(time("Otieno saw Ana Ruiz, who will retire next year, at the palace on Tuesday.", "2025-10-29"), ["2026", "2025-10-28"])
    }

    func testNamesAndMonthsAroundAWeekdayCarryNoTense() {
        // A name ending in "-ed" is no past participle: the travel is still to come.
        XCTAssertEqual(time("On Wednesday, Hamed and his uncle are to travel to Geneva.", "2015-09-22"), ["2015-09-23"])
        XCTAssertEqual(time("On Friday, Ahmed Vell is to fly to Oslo.", "2015-09-22"), ["2015-09-25"])
        // The month "May" of a dateline is no modal verb: the Tuesday before it is past.
        XCTAssertEqual(time("Thursday, May 7, 2015 On Tuesday, the board unveiled a new logo.", "2015-05-07"),
                       ["2015-05-07", "2015-05-05"])
    }

    func testAYearAWhenClauseDescribesOrAPlanIsForIsADate() {
        XCTAssertEqual(time("My ties to the club go back to 1984, when I enlisted as a boy.", "2015-01-06"),
                       ["1984"])
        XCTAssertEqual(time("There is a second visit planned hopefully for 2017, with both crews.", "2014-01-21"), ["2017"])
        XCTAssertEqual(time("The hall is scheduled for 2016.", "2014-01-21"), ["2016"])
        // A count after "for" is no year.
        XCTAssertEqual(time("The town plans to pay for 2000 workers.", "2014-01-21"), [])
        XCTAssertEqual(time("The town is expected to budget for 2000 workers.", "2014-01-21"), [])
    }

    func testAnOrdinalLastIsNoPastButALastWithoutAnArticleIs() {
        // "the probe's last test which starts June 28", after "will": to come.
        XCTAssertEqual(time("Tarvos will go on show after the probe's last test which starts June 28.", "2011-04-13"),
                       ["2011-06-28"])
        XCTAssertEqual(time("The probe will be shown after its last flight on June 28.", "2011-04-13"), ["2011-06-28"])
        // "last" with no article before it still looks back.
        XCTAssertEqual(time("The probe was last shown on June 28.", "2011-04-13"), ["2010-06-28"])
    }

    func testAPossessiveInAnOpeningPhrasePointsForwardToTheMainClausesSubject() {
        let f = facts("During his visit to Kenya on Monday, Foreign Minister Arvid Kolstad met President Jomo Wanjiru.")
        let visit = events(f, kind: "visit").first
        XCTAssertEqual(visit?["participant"], ["Arvid Kolstad"])
        XCTAssertEqual(visit?["destination"], ["Kenya"])
        // Anaphora alone would take the person of the sentence before.
        let g = facts("Arvid Kolstad spoke on Monday. On her trip to Peru last week, Senator Dalia Fenwick visited Lima.")
        XCTAssertEqual(events(g, kind: "trip").first?["participant"], ["Dalia Fenwick"])
        // Unless the main clause makes its subject the host.
        let h = facts("Ana Reyes landed in Nairobi on Sunday. During her visit to Kenya, President Otieno Wekesa hosted a dinner.")
        XCTAssertEqual(events(h, kind: "visit").first?["participant"], ["Ana Reyes"])
        let i = facts("Arvid Kolstad arrived in Lima on Monday. During his visit to Peru, President Rosa Quispe told him ties must improve.")
        XCTAssertEqual(events(i, kind: "visit").first?["participant"], ["Arvid Kolstad"])
    }

    func testATriggerInAPastFormAfterItsSubjectIsHeldWhateverPlanCameBefore() {
        let f = facts("Rosa Quill had too little time to get ready but she came to Canada anyway.")
        let trip = (events(f, kind: "visit") + events(f, kind: "trip")).first
        XCTAssertEqual(trip?["destination"], ["Canada"])
        XCTAssertEqual(trip?["status"], ["held"])
        let g = facts("Rosa Quill had hoped to go to Canada, but she never went to Canada.")
        let trips = events(g, kind: "visit") + events(g, kind: "trip")
        XCTAssertFalse(trips.isEmpty)
        XCTAssertTrue(trips.allSatisfy { $0["status"] != ["held"] }, "\(trips)")
        // Without a subject right before the verb ("troops who returned"), the plan stands.
        let h = facts("Lena Hollis is to meet troops who returned to Kyiv next week.")
        let planned = events(h, kind: "visit") + events(h, kind: "trip")
        XCTAssertFalse(planned.contains { $0["status"] == ["held"] }, "\(planned)")
    }

    func testANegationBeforeACommaDoesNotDenyTheEventAfterIt() {
        let f = facts("Lena Hollis, who did not comment, met Arvid Kolstad in Paris on Monday.")
        let meeting = events(f, kind: "meeting").first
        XCTAssertEqual(meeting?["status"], ["held"], "\(events(f, kind: "meeting"))")
    }

    func testAVisitUnderWayIsOnTheArticlesDateButAPastOneIsNot() {
        let f = facts("Ilse Marnov, who is on a four-day visit to Japan, said the talks went well.")
        let visit = events(f, kind: "visit").first
        XCTAssertEqual(visit?["destination"], ["Japan"])
        XCTAssertEqual(visit?["date"], ["2021-01-27"])
        let g = facts("Ilse Marnov, who went on a four-day visit to Japan, said the talks went well.")
        XCTAssertEqual(events(g, kind: "visit").first?["date"], nil)
    }
    // MARK: - Titles: modifiers, "and", lower-case leaders, "led by", the lead's country

    func testTitleAfterAsSkipsTheHolderModifier() {
        let f = facts("The cabinet named Tavo Brenner, Veloria's envoy to the Lumen Council, as the new trade minister.")
        XCTAssertTrue(titles(f, "Tavo Brenner").contains { $0.hasPrefix("Trade Minister") }, "\(titles(f, "Tavo Brenner"))")
        let g = facts("Tavo Brenner met the new trade minister on Friday.")
        XCTAssertFalse(titles(g, "Tavo Brenner").contains { $0.hasPrefix("Trade Minister") }, "no \"as\": not his title")
    }

    func testASecondTitleJoinedByAndBelongsToTheSameHolder() {
        let f = facts("The premier named Ilse Varga, the leader of the Harbor Union, as finance minister and deputy prime minister.")
        XCTAssertTrue(titles(f, "Ilse Varga").contains { $0.hasPrefix("Finance Minister") }, "\(titles(f, "Ilse Varga"))")
        XCTAssertTrue(titles(f, "Ilse Varga").contains { $0.hasPrefix("Deputy Prime Minister") }, "\(titles(f, "Ilse Varga"))")
        let g = facts("The premier named Ilse Varga as finance minister and Deputy Prime Minister Otto Brandl as her aide.")
        XCTAssertFalse(titles(g, "Ilse Varga").contains { $0.hasPrefix("Deputy Prime Minister") }, "the second title is Brandl's")
    }

    func testLowerCaseLeaderAfterAnOrganizationIsATitle() {
        let f = facts("The Harbor Union (HU) signed the deal. HU leader Ilse Varga said it was fair.")
        XCTAssertEqual(titles(f, "Ilse Varga"), ["Leader|Harbor Union"])
        let g = facts("The deal was signed on Monday and the leader Ilse Varga said it was fair.")
        XCTAssertEqual(titles(g, "Ilse Varga"), [], "a lower-case leader with no one it leads is not a title")
    }

    func testLedByGivesTheLeaderOfTheOrganizationBefore() {
        let f = facts("The Harbor Union (HU), led by former Dovra mayor Ilse Varga, won 30 seats. The Green Party, a group of farmers led by Otto Brandl, won 10.")
        XCTAssertTrue(titles(f, "Ilse Varga").contains("Leader|Harbor Union"), "\(titles(f, "Ilse Varga"))")
        XCTAssertTrue(titles(f, "Otto Brandl").contains("Leader|Green Party"), "\(titles(f, "Otto Brandl"))")
        let g = facts("The Harbor Union won after a campaign led by Ilse Varga.")
        XCTAssertFalse(titles(g, "Ilse Varga").contains("Leader|Harbor Union"), "a campaign led by her is not the union")
    }

    func testAGovernmentTitleWithoutACountryTakesTheLeadSentencesCountry() {
        let f = facts("Portugal's parliament on Thursday elected Ilse Varga as prime minister. She will meet Spanish Prime Minister Otto Brandl in Madrid, Spain, next week.")
        XCTAssertEqual(titles(f, "Ilse Varga"), ["Prime Minister|Portugal"])
        let g = facts("Portugal and Spain held talks on Thursday. Ilse Varga was elected as prime minister.")
        XCTAssertEqual(titles(g, "Ilse Varga"), ["Prime Minister|-"], "a lead naming two countries decides nothing")
    }
    func testTheHeadWordAloneIsTheOrganizationWithThatHeadNamedLastBefore() {
        let f = facts("The State Election Commission counted the votes. European Commission spokesperson Ilse Varga said the Commission welcomed the result. The Commission said talks would follow.")
        XCTAssertTrue(entity(f, "European Commission")?.aliases.contains("Commission") ?? false, "\(f.entities)")
        XCTAssertFalse(entity(f, "State Election Commission")?.aliases.contains("Commission") ?? false)
        XCTAssertNil(entity(f, "Commission"), "not an entity of its own")
        XCTAssertTrue(said(f, "European Commission").contains { $0.contains("talks would follow") }, "\(said(f, "European Commission"))")
        let g = facts("The Commission said talks would follow.")
        XCTAssertNotEqual(entity(g, "Commission")?.type, "organization", "no full name before: nothing to stand for")
    }
    func testASentenceOpeningWithAccordingToAttributesTheClauseAfterTheComma() {
        let f = facts("According to Ilse Varga, the deal is done.")
        XCTAssertEqual(said(f, "Ilse Varga"), ["the deal is done"])
        // The sentence ends before any comma: nothing to attribute, and no trap.
        let g = facts("According to Ilse Varga")
        XCTAssertEqual(said(g, "Ilse Varga"), [])
    }
    // MARK: - Names typed by evidence

    func testANameNothingTypesIsNotDefaultedToAPerson() {
        let f = facts("Critics praised Silver Lantern Nights on Friday.")
        XCTAssertEqual(entity(f, "Silver Lantern Nights")?.type, "unknown")
    }
    func testAFirstNameOpeningANameMakesAPerson() {
        let f = facts("Critics praised Marta Quillfeather on Friday.")
        XCTAssertEqual(entity(f, "Marta Quillfeather")?.type, "person")
    }
    func testAGazetteerPlaceIsAPlaceWithoutAPreposition() {
        let f = facts("The convoy reached Herat on Friday, and Jiangsu sent aid.")
        XCTAssertEqual(entity(f, "Herat")?.type, "place")
        XCTAssertEqual(entity(f, "Jiangsu")?.type, "place")
    }
    func testASpeechVerbAloneDoesNotMakeAPerson() {
        let f = facts("Profits rose, Brightlume said on Friday.")
        XCTAssertNotEqual(entity(f, "Brightlume")?.type, "person")
        let g = facts("Profits rose, the security firm Brightlume said on Friday.")
        XCTAssertEqual(entity(g, "Brightlume")?.type, "organization")
    }
    func testAnHonorificOrAnAgeMakesAPerson() {
        let f = facts("The board thanked Mr. Quillfeather on Friday.")
        XCTAssertEqual(entity(f, "Quillfeather")?.type, "person")
        let g = facts("The board hired Tomas Brennvald, 52, on Friday.")
        XCTAssertEqual(entity(g, "Tomas Brennvald")?.type, "person")
    }
    func testACapitalisedOrdinaryWordOrPluralIsNotAName() {
        let f = facts("She studied Music with the Huguenots and the Confederates.")
        for name in ["Music", "Huguenots", "Confederates"] {
            XCTAssertFalse(["person", "place", "organization"].contains(entity(f, name)?.type ?? ""), name)
        }
    }
    func testAPlaceInsideAnOrganizationNameIsAnEntityToo() {
        let f = facts("She taught at the University of Chicago and at Kyoto University.")
        XCTAssertEqual(entity(f, "University of Chicago")?.type, "organization")
        XCTAssertEqual(entity(f, "Chicago")?.type, "place")
        XCTAssertEqual(entity(f, "Kyoto")?.type, "place")
    }
    func testAQuoteSaidByATitledNameAfterTheVerb() {
        let f = facts("Ambassador Tomas Quillfeather arrived. \u{201C}We will win the final round,\u{201D} said Ambassador Quillfeather.")
        XCTAssertEqual(said(f, "Tomas Quillfeather"), ["We will win the final round"])
    }
    func testAQuoteSaidByANameWithAnAppositionBeforeTheVerb() {
        let f = facts("\u{201C}It could have been much worse,\u{201D} Tomas Quillfeather, editor at large at the Daily Lantern, said.")
        XCTAssertEqual(said(f, "Tomas Quillfeather"), ["It could have been much worse"])
    }
    func testATitleInAppositionTakesTheBodyAfterAt() {
        let f = facts("Tomas Quillfeather, a researcher at the Oslo-based Brennvald Institute, said more.")
        XCTAssertEqual(titles(f, "Tomas Quillfeather"), ["Researcher|Brennvald Institute"])
    }

    func testAnInterviewsAnswersAreTheIntervieweesWords() {
        let text = """
        Biologist Tomas Quillfeather talks about ants

        Tomas Quillfeather studies ants at a university in Oslo.

        What first drew you to ants?

        We kept many animals during our studies, and the ants were the best.

        How long did the work take?

        It took about three years from start to finish.
        """
        let f = facts(text)
        XCTAssertEqual(said(f, "Tomas Quillfeather"), ["We kept many animals during our studies, and the ants were the best.",
                                                     "It took about three years from start to finish."])
        // One question alone is rhetorical, not an interview.
        let g = facts("Tomas Quillfeather studies ants.\n\nWhat drew him to ants?\n\nNobody knows for sure why.")
        XCTAssertEqual(said(g, "Tomas Quillfeather"), [])
    }

    func testACommonWordAndACountryClosingARunNameANationalAgency() {
        let f = facts("Exports rose 4 percent last year, according to Statistics Portugal. Health Minister Varga Portugal said more.")
        XCTAssertEqual(entity(f, "Statistics Portugal")?.type, "organization")
        XCTAssertNil(entity(f, "Statistics"))
        XCTAssertEqual(said(f, "Statistics Portugal").count, 1)
        XCTAssertNil(entity(f, "Varga Portugal"), "after a title the word is a person's name")
    }
    func testAHyphenatedPlaceNameIsWholeAndItsFirstPartIsItsShortName() {
        let f = facts("Ilse Varga will travel to Morlaix-sur-Lande, France, on Sunday. \u{201C}We will talk more in Morlaix,\u{201D} she said.")
        XCTAssertEqual(entity(f, "Morlaix-sur-Lande")?.type, "place")
        XCTAssertTrue(entity(f, "Morlaix-sur-Lande")?.aliases.contains("Morlaix") ?? false, "\(f.entities)")
        let g = facts("Varga praised the Korsk-made turbines in Korsk and in Baden-Kessel.")
        XCTAssertNil(entity(g, "Korsk-made"), "a lower-case last part is no name")
        XCTAssertFalse(entity(g, "Baden-Kessel")?.aliases.contains("Baden") ?? false, "no lower-case joiner: two names, not a short form")
    }
    func testAWordBeforeALocalOfficeIsThePlaceItIsOf() {
        let f = facts("The Harbor Union, led by Dovra mayor Ilse Varga, won. Former Tarvik deputy mayor Otto Brandl lost.")
        XCTAssertEqual(entity(f, "Dovra")?.type, "place")
        XCTAssertTrue(titles(f, "Ilse Varga").contains("Mayor|Dovra"), "\(titles(f, "Ilse Varga"))")
        XCTAssertTrue(titles(f, "Otto Brandl").contains("Deputy Mayor|Tarvik"), "\(titles(f, "Otto Brandl"))")
        let g = facts("The union praised Dovra, and the mayor Ilse Varga agreed. Ilse Varga told the minister Otto Brandl.")
        XCTAssertNotEqual(entity(g, "Dovra")?.type, "place", "not before the office")
        XCTAssertFalse(titles(g, "Otto Brandl").contains { $0.hasSuffix("|Ilse Varga") }, "a person does not qualify an office")
    }
    func testAnOrganizationRoleNounInItsNameReachesBackPastFourSentences() {
        let text = "The plan came from the Ministry of Coastal Affairs. Ilse Varga praised it. Otto Brandl did too. Prices rose. Exports fell. Boats left port. The two ministers also discussed fuel costs, the ministry said."
        let f = facts(text)
        XCTAssertTrue(said(f, "Ministry of Coastal Affairs").contains { $0.contains("fuel costs") }, "\(f.facts.filter { $0.predicate == "said" })")
        let g = facts(text.replacingOccurrences(of: "the Ministry of Coastal Affairs", with: "the Harbor Union"))
        XCTAssertTrue(said(g, "Harbor Union").isEmpty, "a union is not \"the ministry\"")
    }
}
