import XCTest
import NewsFacts
@testable import Extraction

/// The speech stage's rule registries, and statements on small invented texts: one behaviour a test.
final class SpeechRuleTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2021-01-27") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    // MARK: - Registries

    func testEveryQuoteRuleIsNamedAfterADeclaredRuleOfSaid() throws {
        let declared = Set(try XCTUnwrap(FactVocabulary.predicate("said")).rules)
        for rule in SpeechExtractor.quoteRules {
            XCTAssertTrue(declared.contains(rule.name), "\(rule.name) is not a rule of `said` in FactVocabulary")
            XCTAssertFalse(rule.pattern.isEmpty, "\(rule.name) states its pattern")
        }
        XCTAssertTrue(declared.contains(AccordingTo.rule) && declared.contains(AccordingTo.relayedRule))
    }

    func testReportedSpeakerRulesHaveDistinctNamesAndPatterns() {
        let names = SpeechExtractor.reportedSpeakerRules.map(\.name)
        XCTAssertEqual(Set(names).count, names.count, "\(names)")
        XCTAssertFalse(SpeechExtractor.reportedSpeakerRules.contains { $0.pattern.isEmpty })
    }

    func testTheQuoteRulesAreTriedInTheRegistrysOrder() {
        // Both an attribution after the quote and one before it: the first rule listed wins.
        let f = facts("Ana Ortiz said: \"We will build the port,\" Luis Brenner said.")
        XCTAssertEqual(SpeechExtractor.quoteRules.first?.name, "quote-after")
        XCTAssertEqual(f.facts.first { $0.predicate == "said" && $0.rule.hasPrefix("quote") }?.subject,
                       .entity("Luis Brenner"))
    }

    // MARK: - Attributions

    func testAnAttributionSetIntoTheStatementGivesTheWholeStatementToTheSpeakerAfterTheVerb() {
        let f = facts("Institutional recipients, said Ana Ortiz, are required to exhibit the photographs every year.")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["Institutional recipients are required to exhibit the photographs every year"])
    }

    func testAWeekdayAfterTheVerbIsNoPartOfTheStatementInAnUndatedArticle() {
        let f = Extractor.extract(Article(id: "t", date: nil, text: "Pia Lund said Monday that taxes would rise."))
        XCTAssertEqual(said(f, "Pia Lund"), ["taxes would rise"])
    }

    func testAPersonAfterATitleAndItsBodySetOffByCommasSpeaksNotTheBody() {
        let f = facts("The spokesman for Kestrel Shipping Company, Ana Ortiz, said the port would reopen.")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["the port would reopen"])
        XCTAssertEqual(said(f, "Kestrel Shipping Company"), [])
    }

    func testAnInvertedAttributionClosingTheSentenceGivesTheClauseBefore() {
        let f = facts("The port will open in March, said Luis Brenner.")
        XCTAssertEqual(said(f, "Luis Brenner"), ["The port will open in March"])
        let statement = f.facts.first { $0.predicate == "said" && $0.subject == .entity("Luis Brenner") }
        XCTAssertNil(statement?.qualifier("date"), "the date before the verb is the statement's, not the saying's")
    }

    func testAParticipleAfterAnAttributedQuoteReportsTheSameSpeaker() {
        let f = facts("\"It is a sad day for the city,\" said Mayor Luis Brenner, adding that the port would reopen.")
        XCTAssertEqual(said(f, "Luis Brenner"), ["It is a sad day for the city", "the port would reopen"])
    }

    func testAQuoteAfterTheAddresseeOfToldIsOneStatementWithItsAddressee() {
        let f = facts("Kestrel Shipping's chief executive Ana Ortiz told the BBC: \"We will appeal the ruling.\"")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["We will appeal the ruling."])
        let statement = f.facts.first { $0.predicate == "said" && $0.subject == .entity("Ana Ortiz") }
        XCTAssertEqual(statement?.qualifier("to")?.lexical, "the BBC")
    }

    func testAParticipleAfterACommaIsNoInvertedAttribution() {
        let f = facts("Kestrel Shipping lost the case. Ana Ortiz denied the report, saying it was false.")
        XCTAssertEqual(said(f, "Kestrel Shipping"), [])
    }

    func testAnAppositionAfterTheSourceOfAccordingToIsNotPartOfTheStatement() {
        let f = facts("According to Eva Strand, a professor at Uppsala University, the plan will fail.")
        XCTAssertEqual(said(f, "Eva Strand"), ["the plan will fail"])
    }

    func testArticlesAndBothBeforeCoordinatedSpeakersStillMakeEachOfThemSpeak() {
        let f = facts("Both the Kestrel Shipping Company and the Harbour Press Corporation have asserted that "
            + "the port was closed.")
        XCTAssertEqual(said(f, "Kestrel Shipping Company"), ["the port was closed"])
        XCTAssertEqual(said(f, "Harbour Press Corporation"), ["the port was closed"])
    }

    func testAQuoteSignedWithADashAndANameEndingTheParagraphIsThatPersons() {
        let f = facts("\"So far, it is the port: 1, the city: 0. But it is a long game.\" - Ana Ortiz\n\n"
            + "The port opened on Monday.")
        XCTAssertEqual(said(f, "Ana Ortiz").first, "So far, it is the port: 1, the city: 0. But it is a long game.")
    }

    func testACharacterizingVerbReachesAQuoteAfterAsPastALongObject() {
        let f = facts("Ana Ortiz characterized the dispute between the port authority and the city council as "
            + "\"another small skirmish in a long war\".")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["another small skirmish in a long war"])
    }

    func testAQuoteOpeningTheSentenceAfterAnIssuedStatementIsTheIssuers() {
        let f = facts("Senator Ana Ortiz, a Democrat from Ohio, issued a statement about the ruling. "
            + "\"Like many in Ohio, I am let down by the ruling.\"")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["Like many in Ohio, I am let down by the ruling."])
    }

    func testAPostposedSpeakerAfterATitleInAppositionGivesTheClauseBeforeTheTitle() {
        let f = facts("The port will open in March, Kestrel Shipping's chief executive, Ana Ortiz, said on Tuesday.")
        XCTAssertEqual(said(f, "Ana Ortiz"), ["The port will open in March"])
        // 2021-01-27 is a Wednesday: "said on Tuesday" is the day before, whatever the clause's tense.
        let statement = f.facts.first { $0.predicate == "said" && $0.subject == .entity("Ana Ortiz") }
        XCTAssertEqual(statement?.qualifier("date")?.lexical, "2021-01-26")
    }

    func testAQuoteAnsweringTheWritersQuestionIsThePersonTheParagraphNames() {
        let f = facts(
            "Tamara Selby, a third year music student, said she was ready to miss a lecture to hear the "
                + "concert. Why did she want to go so much? \"It's Corvalli. Nobody plays like him.\"")
        XCTAssertTrue(said(f, "Tamara Selby").contains { $0.contains("Nobody plays like him") }, "\(f.facts)")
    }

    func testAQuoteAfterAQuestionInAParagraphNamingTwoPeopleIsNeithers() {
        let f = facts(
            "Tamara Selby and Kevin Allton met at the concert on Thursday. Why did they come? "
                + "\"It's Corvalli. Nobody plays like him.\"")
        XCTAssertFalse(f.facts.contains { $0.predicate == "said" && $0.object.lexical.contains("Nobody plays") }, "\(f.facts)")
    }

    func testARoleNounForAnyBodyIsTheOrganizationNamedBefore() {
        let f = facts("Toyota recalled 10,000 cars on Monday. The carmaker said no injuries had been reported.")
        XCTAssertTrue(said(f, "Toyota").contains { $0.contains("no injuries") }, "\(f.facts)")
        let g = facts("Greenpeace staged a protest in Berlin. According to the organisation, 5,000 people took part.")
        XCTAssertTrue(said(g, "Greenpeace").contains { $0.contains("5,000 people") }, "\(g.facts)")
    }

    // MARK: - Quotes over several paragraphs

    func testAQuoteRunningOnIntoTheNextParagraphKeepsItsSpeakerPastTwoSentences() {
        let f = facts("\"The port will open in March,\" Ana Ortiz said. \"It will bring jobs. It will bring trade. "
            + "It will bring visitors.\n\n\"We are ready.\"")
        XCTAssertTrue(said(f, "Ana Ortiz").contains("We are ready."), "\(said(f, "Ana Ortiz"))")
    }

    func testAnAttributionInTheLastParagraphOfARunOnQuoteGivesTheEarlierParagraphsToItsSpeaker() {
        let f = facts("\"The port will open in March,\" Ana Ortiz said.\n\nThe mayor spoke next.\n\n"
            + "\"The city is ready. It has waited for years. The roads are built.\n\n"
            + "\"We will not let it down,\" Luis Brenner said.")
        XCTAssertTrue(said(f, "Luis Brenner").contains { $0.hasPrefix("The city is ready.") }, "\(said(f, "Luis Brenner"))")
        XCTAssertFalse(said(f, "Ana Ortiz").contains { $0.hasPrefix("The city is ready.") }, "\(said(f, "Ana Ortiz"))")
    }

    // MARK: - Interviews

    func testARemarkAfterAnAnswerOfSeveralParagraphsIsTheInterviewersAndTheNextParagraphAnAnswer() {
        let text = """
            Wikinews interviews poet Frank Ortiz about his work.

            What first drew you to poetry?

            My father read to me every night. It stayed with me.

            How do readers find you?

            One reader wrote to me last year. She had never read a poem.

            Then others wrote too, from towns all over the state, and I answered every letter I got that year, some of them twice, because they kept writing back with poems of their own.

            Moments like that must mean a lot to you.

            It's opened up a new audience for me, and I call them 'the readers.'
            """
        XCTAssertTrue(said(facts(text), "Frank Ortiz").contains { $0.hasPrefix("It's opened up a new audience") },
                      "\(said(facts(text), "Frank Ortiz"))")
    }

    func testAnOrganizationsReportSpeaksForItPastAdjectivesAndAnOfPhrase() {
        let f = Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"),
            text: "Hollow Media's recent analysis of its own traffic concluded, \"Usually, the old browser is the second choice.\""))
        let said = f.facts.filter { $0.predicate == "said" && $0.subject == .entity("Hollow Media") }
        XCTAssertEqual(said.map(\.object.lexical), ["Usually, the old browser is the second choice."])
    }

    func testAPictureBetweenAQuestionAndItsAnswerIsNobodysAnswer() {
        let text = """
            Wikinews interviews engineer Maria Lindqvist about the Korvel probe.

            What is the Korvel probe?

            Drawing of the Korvel probe over the ice Image: Polar Agency

            Korvel is a small lander that was sent to the ice shelf in 2019. It drills for old air.

            How long does a drill run take?

            About a week, if the weather holds.
            """
        let answers = said(facts(text), "Maria Lindqvist")
        XCTAssertTrue(answers.contains { $0.hasPrefix("Korvel is a small lander") }, "\(answers)")
        XCTAssertFalse(answers.contains { $0.hasPrefix("Drawing of") }, "\(answers)")
    }

    func testAQuestionCutOffWithAnEllipsisStillAsks() {
        let text = """
            Wikinews interviews poet Frank Ortiz about his work.

            What first drew you to poetry?

            My father read to me every night. It stayed with me.

            Is a poem not made from memory? Although a good reader can …

            No, no. Leave memory out of it. A poem is made for the next reader.
            """
        let answers = said(facts(text), "Frank Ortiz")
        XCTAssertTrue(answers.contains { $0.hasPrefix("No, no. Leave memory out of it.") }, "\(answers)")
    }

    func testAQuestionMarkInsideAQuotationDoesNotMakeTheAnswerAQuestion() {
        let text = """
            Wikinews interviews poet Frank Ortiz about his work.

            What first drew you to poetry?

            My father read to me every night. It stayed with me.

            How many poems will you write this year?

            Nobody knows. I keep a line my teacher liked — "If we planned every poem, would it still be a poem?"

            Where do you write?

            At the kitchen table, mostly.
            """
        let answers = said(facts(text), "Frank Ortiz")
        XCTAssertTrue(answers.contains { $0.hasPrefix("Nobody knows.") }, "\(answers)")
    }

    func testTheNameABodysReportIsAboutIsNotItsSpeaker() {
        let f = facts("Amnesty International's report on Moldova said that the prisons were crowded.")
        XCTAssertEqual(said(f, "Amnesty International"), ["the prisons were crowded"])
        XCTAssertEqual(said(f, "Moldova"), [])
        let g = facts("The report on Moldova said that the prisons were crowded.")
        XCTAssertEqual(said(g, "Moldova"), [])
    }

    func testAPronounInTheNextSentenceIsThePersonAPossessorModifiesNotThePossessor() {
        let f = facts("Governor Ana Ortiz's spokesman Luis Brenner said the port would open in May. "
            + "He continued: \"We will hire two hundred dockers before the summer.\"")
        XCTAssertTrue(said(f, "Luis Brenner").contains { $0.hasPrefix("We will hire") }, "\(said(f, "Luis Brenner"))")
        XCTAssertFalse(said(f, "Ana Ortiz").contains { $0.hasPrefix("We will hire") }, "\(said(f, "Ana Ortiz"))")
    }

    func testHeIsNotAPersonWhoseFirstNameWomenBearNorSheAMan() {
        let f = facts("Ana Ortiz met Luis Brenner in Lima. He said the port would reopen in May.")
        XCTAssertEqual(said(f, "Luis Brenner"), ["the port would reopen in May"])
        let g = facts("Luis Brenner met Ana Ortiz in Lima. She said the port would reopen in May.")
        XCTAssertEqual(said(g, "Ana Ortiz"), ["the port would reopen in May"])
        // A first name both bear tells nothing: the first person of the sentence before, as ever.
        let h = facts("Kim Dorn met Luis Brenner in Lima. She said the port would reopen in May.")
        XCTAssertEqual(said(h, "Kim Dorn"), ["the port would reopen in May"])
    }

    func testAPlacesNameThatIsTheFamilyNameOfAPersonNamedInFullIsThePersonWhenItSpeaks() {
        let f = facts("Ana Lima, a Chilean engineer, said the port was ready. Lima said the cranes were new. "
            + "She later flew to Lima.")
        XCTAssertEqual(said(f, "Ana Lima"), ["the port was ready", "the cranes were new"])
        XCTAssertTrue(f.entities.contains { $0.name == "Lima" && $0.type == "place" }, "after 'to' Lima stays the city")
    }

    func testAnOutletThatHasSeenOrObtainedTheTextIsNotItsSpeaker() {
        let f = facts("A leaked letter seen by Kestrel News says \"the claims may be refused\". "
            + "A report obtained by Kestrel News said the port would close.")
        XCTAssertEqual(said(f, "Kestrel News"), [])
        let g = facts("A statement issued by Kestrel Shipping said the port would close.")
        XCTAssertEqual(said(g, "Kestrel Shipping"), ["the port would close"], "who issues a statement speaks in it")
    }

    func testAQuestionWrittenWithoutItsMarkOrARequestStillAsks() {
        let text = """
            Wikinews interviews engineer Maria Lindqvist about the Korvel probe.

            What is the Korvel probe?

            Korvel is a small lander. It drills for old air.

            How did you come to work on the lander

            A colleague called me after the first winter on the ice.

            The samples are small and frozen. Talk us through what you can learn from them.

            We can date the air to within a few hundred years.
            """
        let answers = said(facts(text), "Maria Lindqvist")
        XCTAssertTrue(answers.contains { $0.hasPrefix("A colleague called me") }, "\(answers)")
        XCTAssertTrue(answers.contains { $0.hasPrefix("We can date the air") }, "\(answers)")
    }

    func testAnInterviewWhoseIntroductionNamesNobodyGivesTheAnswersToNoOneItMentionsLater() {
        let text = """
            The costs of a small bakery: an interview with its owners

            How much does the rent cost?

            It varies; the rent here went up twice last year.

            Who are your customers?

            Mostly students. Once, Tomas Berglund came in and bought every loaf we had.

            What does a loaf cost?

            Four dollars, five with seeds.
            """
        let f = facts(text)
        XCTAssertEqual(said(f, "Tomas Berglund"), [])
    }

    func testAShortNameTwoPeopleShareGoesToTheOneTheNearestUnambiguousSentenceNames() {
        let f = facts("Kim Dal-sun opened the hearing on Monday. Kim Dal-sun and Kim Hyo-rin then read the charges. "
            + "Kim said the hearing was fair.")
        XCTAssertEqual(said(f, "Kim Dal-sun"), ["the hearing was fair"])
        XCTAssertEqual(said(f, "Kim Hyo-rin"), [])
    }

    func testAHeadlinesNameBeforeAnInterviewIsTheIntervieweeTheBodyNames() {
        // "The" opens the headline, so the name does not; the body names the paper too.
        let text = """
            The Quillpost: An interview with 'the paper of record'

            How do you pick the stories?

            We pick the headline first and then write the story.

            Who writes the headlines?

            Everyone pitches; we choose the best of them on Mondays.

            A writer for The Quillpost has to be quick, and that is why we go out in The Quillpost every week.
            """
        let f = facts(text)
        XCTAssertEqual(f.entities.first { $0.name == "Quillpost" }.map(\.type), "unknown", "\(f.entities)")
        XCTAssertTrue(said(f, "Quillpost").contains { $0.hasPrefix("We pick the headline first") }, "\(f.facts)")
    }

    // MARK: - A speaker described by a people's adjective and a title (DescribedTitleSpeakers)

    private let describedTalks = "Qatari Foreign Minister Farouk Al Marri on Tuesday held talks with Kenyan President William Otieno."

    func testTheCountrysTitleBeforeTheVerbIsThePersonNamedWithIt() {
        let f = facts(describedTalks + "\n\nThe Qatari foreign minister told reporters that the plant will open soon.\n\nThe Kenyan president said that the port is ready.")
        XCTAssertTrue(said(f, "Farouk Al Marri").contains { $0.hasPrefix("the plant will open") }, "\(f.facts)")
        XCTAssertTrue(said(f, "William Otieno").contains { $0.hasPrefix("the port is ready") }, "\(f.facts)")
    }

    func testAnUnnamedOfficialOrDiplomatOfACountryIsNoMinisterNamedBefore() {
        let f = facts(
            "Italian Foreign Minister Marco Bellini met Kenyan Foreign Minister Grace Wanjiru in Rome on Tuesday.\n\nThe Italian official said more meetings were planned.\n\nThe Italian diplomat said the government had given up too much.")
        XCTAssertEqual(said(f, "Marco Bellini"), [], "\(f.facts)")
    }

    func testATitleWithoutAnAdjectiveThatTwoPeopleHoldGivesNoSpeaker() {
        let f = facts(
            "Kenya's Minister of Foreign Affairs Ali Mwangi met Danish Foreign Minister Lars Rasmussen in Copenhagen on Tuesday.\n\nThe Foreign Minister said that the talks covered trade.")
        XCTAssertEqual(said(f, "Lars Rasmussen"), [], "\(f.facts)")
        XCTAssertEqual(said(f, "Ali Mwangi"), [], "\(f.facts)")
    }

    func testADescriptionNoNamedPersonFitsGivesNoSpeaker() {
        let f = facts(describedTalks + "\n\nThe Ugandan president said that the border is open.")
        XCTAssertFalse(f.facts.contains { $0.predicate == "said" && $0.object.lexical.hasPrefix("the border is open") && $0.subject != .entity("Uganda") },
                       "\(f.facts)")
    }
}
