import XCTest
import NewsFacts
import TestSupport
@testable import Extraction

/// Travel told in other words than "visit" ("landed in", "flew back from", "was deported from",
/// "spent three days in"), the status of a dated happening on the article's own day, a document
/// that speaks for who issued it ("A statement from X read: "…""), and interview answers
/// labelled by initials; each on a short invented article.
final class TravelAndIssuerTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2026-03-04") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    /// Each visit or trip as "participants|destination|status|date".
    func visits(_ f: ArticleFacts) -> [String] { f.visitLines() }

    // MARK: - Travel in other words

    func testLandingInAPlaceIsATripThereOnTheDayTheSentenceGives() {
        let f = facts("GENEVA, March 4 (Reuters) - Deputy Foreign Minister Omar Haddad of Jordan landed in Tokyo on Tuesday.")
        XCTAssertTrue(visits(f).contains("Omar Haddad|Tokyo|held|2026-03-03"), "\(visits(f))")
    }

    func testAThingThatLandsMakesNoOneTravel() {
        let f = facts(
            """
            Finnish President Sauli Niinisto said on Tuesday that missile debris landed in Estonia overnight.

            Museum director Olaf Brandt said a drone landed in Lithuania on Monday.
            """)
        XCTAssertEqual(visits(f), [], "\(f.facts)")
    }

    func testAPlaceInsideWhatAForeignLeaderSaidPutsThemNowhere() {
        let f = facts(
            """
            German Chancellor Olaf Scholz said a drone landed in Lithuania on Monday.

            Finnish President Sauli Niinisto told reporters in Vilnius on Monday that the drone was Russian.
            """)
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Olaf Scholz|") }, "\(visits(f))")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Sauli Niinisto|Vilnius|held") }, "\(visits(f))")
    }

    func testWhereAForeignLeaderSpokeIsAVisit() {
        let f = facts(
            """
            U.S. Secretary of State Antony Blinken said at a news conference in Kyiv on Monday that aid would continue.

            British Foreign Secretary David Lammy said in an interview in Nairobi on Tuesday that Britain would double aid.
            """)
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Antony Blinken|Kyiv|held") }, "\(visits(f))")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("David Lammy|Nairobi|held") }, "\(visits(f))")
    }

    func testALandingWithNoPlaceAfterInStaysALanding() {
        let f = facts("The probe landed on the moon on Tuesday, the agency said.")
        XCTAssertEqual(visits(f), [], "\(f.facts)")
    }

    func testFlyingBackFromAPlaceIsAVisitThereThatIsOver() {
        let f = facts("Swedish Interior Minister Sara Lind flew back from Brussels on Monday.")
        XCTAssertTrue(visits(f).contains("Sara Lind|Brussels|held|2026-03-02"), "\(visits(f))")
    }

    func testWhoTravelsInAParticiplePhraseIsWhoOpensTheClauseAfterIt() {
        let f = facts(
            "Police spokesman Tom Hale said that after flying back from Lisbon, Daniel Moreau turned himself in on Monday.")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Daniel Moreau|Lisbon|held") }, "\(visits(f))")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Tom Hale|") }, "\(visits(f))")
    }

    func testBeingDeportedFromACountryMeansHavingBeenThere() {
        let f = facts("Belarusian opposition leader Pavel Sokol was deported from Georgia on Friday, his party said.")
        XCTAssertTrue(visits(f).contains("Pavel Sokol|Georgia|held|2026-02-27"), "\(visits(f))")
    }

    func testNotBeingDeportedIsNoEvent() {
        let f = facts("Belarusian opposition leader Pavel Sokol was not deported from Georgia, his party said.")
        XCTAssertFalse(visits(f).contains { $0.hasPrefix("Pavel Sokol|Georgia") }, "\(visits(f))")
    }

    func testTimeSpentInAPlaceIsAVisitAndAPlanToSpendItIsPlanned() {
        let f = facts(
            """
            Canadian Prime Minister Anne Leclair spent three days in Nairobi last month.

            Norwegian Foreign Minister Lena Holm will spend a week in Seoul in April.
            """)
        XCTAssertTrue(visits(f).contains("Anne Leclair|Nairobi|held|2026-02"), "\(visits(f))")
        XCTAssertTrue(visits(f).contains("Lena Holm|Seoul|planned|2026-04"), "\(visits(f))")
    }

    func testYearsSpentSomewhereAreAResidenceNotAVisit() {
        let f = facts(
            """
            Jonas Berg, a Swedish diplomat who spent two years in Tehran, said the talks would be hard.

            The correspondent Maria Kovacs spent 30 years in Moscow.
            """)
        XCTAssertEqual(visits(f), [], "\(f.facts)")
    }

    func testExpelledOrExtraditedFromACountryIsNoVisit() {
        let f = facts(
            """
            The Russian diplomat Ivan Petrov was expelled from Britain on Monday.

            Italian businessman Marco Conti was extradited from Spain on Tuesday.
            """)
        XCTAssertEqual(visits(f), [], "\(f.facts)")
    }

    func testTimeSpentAtHomeIsNoVisit() {
        let f = facts("Canadian Prime Minister Anne Leclair spent the weekend in Ottawa.")
        XCTAssertEqual(visits(f), [], "\(f.facts)")
    }

    func testMoneySpentInAPlaceIsNoVisit() {
        let f = facts("The charity founder Anne Leclair spent $4 million in Nairobi.")
        XCTAssertEqual(visits(f), [], "\(f.facts)")
    }

    // MARK: - "PLACE, COUNTRY" read one way

    func testACountryThatIsAListsItemLocatesNoPlaceBeforeIt() {
        let f = facts("The tour takes in Quarndam, Poland, Hungary and Austria.")
        let located = f.facts.filter { $0.predicate == "located_in" && $0.subject == .entity("Quarndam") }.map(\.object.lexical)
        XCTAssertFalse(located.contains("Poland"), "\(f.facts)")
    }

    func testACountryAfterTheLocatesThePlaceForTheVisitToo() {
        let f = facts("Peruvian Foreign Minister Rosa Quispe, speaking in Quarndam, the Netherlands, said the talks had gone well.")
        let located = f.facts.filter { $0.predicate == "located_in" && $0.subject == .entity("Quarndam") }.map(\.object.lexical)
        XCTAssertEqual(located, ["Netherlands"], "\(f.facts)")
        XCTAssertTrue(visits(f).contains { $0.hasPrefix("Rosa Quispe|Quarndam|held") }, "\(visits(f))")
    }

    // MARK: - A dated happening on the article's day

    func testAPastVerbDatedTheArticlesDayHappened() {
        let f = facts("The Tessaly Workers' Union said on Wednesday that the strike would go on.")
        let statuses = f.facts.filter { $0.predicate == "status" }.map(\.object.lexical)
        XCTAssertEqual(statuses, ["held"], "\(f.facts)")
    }

    func testWhatIsPlannedOrExpectedOnTheArticlesDayStaysPlannedInAParticiplePhrase() {
        for sentence in [
            "Talks planned for Wednesday were postponed at the last minute.",
            "The ruling, expected on Wednesday, could decide the election.",
            "Foreign ministers scheduled to meet on Wednesday will discuss the ceasefire.",
            "A rally organized for Wednesday will go ahead, the union said.",
            "The march organized on Wednesday will go ahead.",
        ] {
            let f = facts(sentence)
            let statuses = f.facts.filter { $0.predicate == "status" }.map(\.object.lexical)
            XCTAssertFalse(statuses.contains("held"), "\(sentence): \(f.facts)")
        }
    }

    func testAConfirmationOnTheArticlesDayHappenedWhateverItSaysOfTheFuture() {
        let f = facts("The ministry confirmed Wednesday that it would close the border.")
        let statuses = f.facts.filter { $0.predicate == "status" }.map(\.object.lexical)
        XCTAssertEqual(statuses, ["held"], "\(f.facts)")
    }

    func testWhatIsExpectedOnTheArticlesDayIsStillToCome() {
        let f = facts("A vote in the Tessaly parliament is expected on Wednesday.")
        let statuses = f.facts.filter { $0.predicate == "status" }.map(\.object.lexical)
        XCTAssertEqual(statuses, ["planned"], "\(f.facts)")
    }

    // MARK: - A document speaks for who issued it

    func testAStatementFromABodyReadsItsWords() {
        let f = facts(#"A statement from the Red Cross read: "Our teams reached the village on Tuesday and found no survivors.""#)
        XCTAssertEqual(said(f, "International Committee of the Red Cross"), ["Our teams reached the village on Tuesday and found no survivors."], "\(f.facts)")
    }

    func testALetterNamedAfterItsIssuerSpeaksForIt() {
        let f = facts(
            #"The Foreign Office letter reads "applicants who fail to attend the interview may lose their place in the queue"."#)
        XCTAssertEqual(said(f, "Foreign Office"), ["applicants who fail to attend the interview may lose their place in the queue"], "\(f.facts)")
    }

    func testALetterNamedAfterItsIssuerSaysWhatItReports() {
        let f = facts("The Foreign Office letter says applicants who miss the interview may lose their place.")
        XCTAssertEqual(said(f, "Foreign Office"), ["applicants who miss the interview may lose their place"], "\(f.facts)")
    }

    func testWhoSawALetterDidNotWriteIt() {
        let f = facts(#"A leaked letter seen by the Tessaly Herald reads "the plan will be dropped in May"."#)
        XCTAssertEqual(said(f, "Tessaly Herald"), [], "\(f.facts)")
    }

    func testTheAdjunctOfTheStatementIsNoPartOfWhatItSays() {
        let f = facts("The Church of Norway said in a statement it would review the decision.")
        XCTAssertEqual(said(f, "Church of Norway"), ["it would review the decision"], "\(f.facts)")
    }

    // MARK: - Relayed speech

    func testWhoWasQuotedByAPaperSpeaksAndThePaperRelays() {
        let f = facts("Opposition leader Mark Doyle was quoted by the Tessaly Herald as saying the election had been rigged.")
        let statement = f.facts.first { $0.predicate == "said" && $0.subject == .entity("Mark Doyle") }
        XCTAssertEqual(statement?.object.lexical, "the election had been rigged", "\(f.facts)")
        XCTAssertEqual(statement?.qualifier("via")?.lexical, "Tessaly Herald", "\(f.facts)")
    }

    func testAnAgencyThatQuotesSomeoneRelaysTheirWords() {
        let f = facts("Kyodo News quoted Finance Minister Taro Kono as saying the yen was too weak.")
        let statement = f.facts.first { $0.predicate == "said" && $0.subject == .entity("Taro Kono") }
        XCTAssertEqual(statement?.object.lexical, "the yen was too weak", "\(f.facts)")
        XCTAssertEqual(statement?.qualifier("via")?.lexical, "Kyodo", "\(f.facts)")
        XCTAssertEqual(said(f, "Kyodo"), [], "\(f.facts)")
    }

    func testAPromiseOfAThingToSomeoneIsNoStatement() {
        let f = facts("Doyle told the Tessaly Herald that Interior Minister Sara Lind had promised him a recount.")
        XCTAssertEqual(said(f, "Sara Lind"), [], "\(f.facts)")
        XCTAssertEqual(said(f, "Doyle"), ["Interior Minister Sara Lind had promised him a recount"], "\(f.facts)")
    }

    // MARK: - Interview answers

    func testAnInterviewParagraphOpeningWithAnEditorsBracketIsTheIntervieweesAnswer() {
        let f = facts(
            """
            Wikinews interviews cyclist Marta Lindqvist

            Wikinews caught up with cyclist Marta Lindqvist in Gothenburg on Saturday.

            [The race in Norway] was the hardest I have ridden. The climbs never seemed to end.

            Who else rode with you?

            My sister rode with me for most of the way.

            Will you go back?

            I hope to go back next year with the whole team.
            """)
        XCTAssertTrue(
            said(f, "Marta Lindqvist").contains("[The race in Norway] was the hardest I have ridden. The climbs never seemed to end."),
            "\(said(f, "Marta Lindqvist"))")
    }


    func testInitialsOpeningAParagraphOfAReportAreNoOnesAnswer() {
        let f = facts(
            """
            Aid reaches the north

            Tessaly aid chief Anna Kowalski said on Monday that convoys had reached the north.

            AK: 45 percent of the convoys arrived late, according to the agency's figures.
            """)
        XCTAssertFalse(said(f, "Anna Kowalski").contains { $0.hasPrefix("45 percent") }, "\(said(f, "Anna Kowalski"))")
    }

    func testAnswersLabelledByInitialsAreTheirPersons() {
        let f = facts(
            """
            Wikinews interviews two climbers

            Wikinews spoke with climbers Anna Kowalski and Ben Okafor about their expedition to Nepal.

            Wikinews: How did the expedition begin?

            AK: We planned it for two years before we left Warsaw.

            BO: It took us a long time to find sponsors for the trip.

            Wikinews: What was the hardest part?

            AK: The weather above the last camp was terrible for a week.

            BO: I lost two toes to frostbite on the way down.
            """)
        XCTAssertEqual(
            said(f, "Anna Kowalski"),
            ["We planned it for two years before we left Warsaw.", "The weather above the last camp was terrible for a week."],
            "\(f.facts)")
        XCTAssertEqual(
            said(f, "Ben Okafor"),
            ["It took us a long time to find sponsors for the trip.", "I lost two toes to frostbite on the way down."],
            "\(f.facts)")
    }
}
