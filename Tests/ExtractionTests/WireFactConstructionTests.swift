import XCTest
import NewsFacts
@testable import Extraction

/// More constructions of wire copy that decide a title's body, a statement's speaker and
/// words, or a meeting, each on a short invented article.
final class WireFactConstructionTests: XCTestCase, ReadsFacts {
    func facts(_ text: String, date: String = "2023-03-03") -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: date), text: text))
    }

    func meetings(_ f: ArticleFacts) -> [Set<String>] {
        let events = f.facts.filter { $0.predicate == "kind" && $0.object.lexical == "meeting" }.map(\.subject)
        return events.map { e in Set(f.facts.filter { $0.subject == e && $0.predicate == "participant" }.map(\.object.lexical)) }
    }

    // MARK: - "English captain Harry Pryor"

    func testThePeoplesAdjectiveOfANationThatIsNoStateGivesTheTitleItsNation() {
        let f = facts(
            """
            VOLGOGRAD, June 19 (Reuters) - England beat Tunisia 2-1 on Monday thanks to a late header from English captain Harry Pryor.

            Welsh defender Owen Pryce and Scottish striker Lewis Moray watched from the stands.
            """)
        XCTAssertEqual(titles(f, "Harry Pryor"), ["Captain|England"], "\(f.facts)")
        XCTAssertEqual(titles(f, "Owen Pryce"), ["Defender|Wales"], "\(f.facts)")
        XCTAssertEqual(titles(f, "Lewis Moray"), ["Striker|Scotland"], "\(f.facts)")
        XCTAssertFalse(f.entities.contains { ["English", "Welsh", "Scottish"].contains($0.name) }, "\(f.entities.map(\.name))")
    }

    func testAStatesPeoplesAdjectiveTheDataLackedGivesTheTitleItsCountry() {
        let f = facts("Guyanese President Irfan Dalton met Bahamian Prime Minister Philip Rolle in Nassau on Monday.")
        XCTAssertEqual(titles(f, "Irfan Dalton"), ["President|Guyana"], "\(f.facts)")
        XCTAssertEqual(titles(f, "Philip Rolle"), ["Prime Minister|Bahamas"], "\(f.facts)")
    }

    // MARK: - "Kamei told reporters after the talks that …"

    func testAnAdjunctAfterTheAddresseeOfToldIsNeitherAddresseeNorStatement() {
        let f = facts(
            """
            TOKYO, March 3 (Kyodo) -- Foreign Minister Taro Kamei met Australian Foreign Minister Daniel Archer in Tokyo on Friday.

            Kamei told reporters after the talks that the two countries would deepen security ties.
            """)
        let statement = f.facts.first { $0.predicate == "said" && $0.subject == .entity("Taro Kamei") }
        XCTAssertEqual(statement?.object.lexical, "the two countries would deepen security ties", "\(f.facts)")
        XCTAssertEqual(statement?.qualifier("to")?.lexical, "reporters", "\(f.facts)")
    }

    // MARK: - "Foreign Minister X met Australian Foreign Minister Y"

    func testTheSameOfficeHeldByAnotherInTheSentenceGivesNoCountry() {
        let f = facts(
            """
            TOKYO, March 3 (Kyodo) -- Foreign Minister Taro Kamei met Australian Foreign Minister Daniel Archer in Tokyo on Friday.
            """)
        XCTAssertEqual(titles(f, "Daniel Archer"), ["Foreign Minister|Australia"], "\(f.facts)")
        XCTAssertEqual(titles(f, "Taro Kamei"), ["Foreign Minister|-"], "\(f.facts)")
    }

    // MARK: - "was confirmed by the Senate"

    func testAPassiveSpeechVerbMakesNoStatementOfItsSubject() {
        let f = facts(
            """
            WASHINGTON, March 3 (AP) - Maria Lopez was confirmed by the Senate on Thursday as the next labor secretary.

            Lopez said she would focus on wages.
            """)
        XCTAssertEqual(said(f, "Maria Lopez"), ["she would focus on wages"], "\(f.facts)")
    }

    // MARK: - "the minister said"

    func testTheMinisterIsNotThePrimeMinister() {
        let f = facts(
            """
            LONDON, March 3 (Reuters) - Prime Minister Alan Whitby met business leaders on Monday. Finance Minister Karen Doyle also attended the meeting.

            The economy will grow next year, the minister said.
            """)
        XCTAssertEqual(said(f, "Karen Doyle"), ["The economy will grow next year"], "\(f.facts)")
        XCTAssertEqual(said(f, "Alan Whitby"), [], "\(f.facts)")
    }

    func testThePresidentIsNotTheVicePresident() {
        let f = facts(
            """
            Vice President Laura Finch met President Tomas Reyes in Manila on Monday.

            The talks went well, the president said.
            """)
        XCTAssertEqual(said(f, "Tomas Reyes"), ["The talks went well"], "\(f.facts)")
        XCTAssertEqual(said(f, "Laura Finch"), [], "\(f.facts)")
    }

    // MARK: - "Britain's Business Secretary X"

    func testABusinessSecretaryAfterACountrysPossessiveIsTheCountrys() {
        let f = facts("LONDON, March 3 (Reuters) - Britain's Business Secretary Karen Doyle said on Monday that the steel plant would stay open.")
        XCTAssertEqual(titles(f, "Karen Doyle"), ["Business Secretary|United Kingdom"], "\(f.facts)")
    }

    // MARK: - "CLAUSE, Japanese Defence Minister X said on Wednesday, after talks …"

    func testAPostposedAttributionWithATitledSpeakerAndAnAdjunctAfterItReportsTheClauseBefore() {
        let f = facts(
            """
            TOKYO, March 3 (Reuters) - Japan will expand defence ties with the Philippines, Japanese Defence Minister Kenji Arai said on Wednesday, after talks in Tokyo.

            The two navies will train together, Philippine Defence Minister Carlos Reyes said, adding that talks would continue.
            """)
        XCTAssertEqual(said(f, "Kenji Arai"), ["Japan will expand defence ties with the Philippines"], "\(f.facts)")
        XCTAssertTrue(said(f, "Carlos Reyes").contains("The two navies will train together"), "\(f.facts)")
        XCTAssertFalse(said(f, "Carlos Reyes").contains { $0.hasPrefix("adding") }, "\(f.facts)")
    }

    // MARK: - `"…," a Japanese official told Reuters`

    func testTheAgencyAnUnnamedSourceToldIsNoSpeakerOfTheQuote() {
        let f = facts(
            """
            TOKYO, March 3 (Reuters) - Chinese foreign ministry spokesperson Mao Ling said Tokyo should stop stirring up trouble.

            "Japan has no intention of escalating tensions," a Japanese official told Reuters on condition of anonymity.
            """)
        XCTAssertEqual(said(f, "Reuters"), [], "\(f.facts)")
        XCTAssertEqual(said(f, "Mao Ling"), ["Tokyo should stop stirring up trouble"], "\(f.facts)")
    }

    // MARK: - "the head of Russia's state nuclear agency Rosatom"

    func testABodyAnOwnersPossessiveDescribesBeforeItsNameIsTheTitlesBody() {
        let f = facts(
            """
            VIENNA, March 3 (Reuters) - Vladimir Kuznetsov, the head of Russia's state nuclear agency Rosatom, visited the plant on Monday.
            """)
        XCTAssertEqual(titles(f, "Vladimir Kuznetsov"), ["Head|Rosatom"], "\(f.facts)")
    }

    // MARK: - "Carter hosted Dumont"

    func testAHostReceivingAGuestIsAMeetingNotAStatement() {
        let f = facts(
            """
            PARIS, March 3 (AFP) - French President Paul Carter hosted German Chancellor Ines Dumont at the Elysee Palace on Tuesday.

            Spanish Prime Minister Luis Romero welcomed visiting Portuguese President Ana Costa in Madrid on Wednesday.
            """)
        XCTAssertTrue(meetings(f).contains(["Paul Carter", "Ines Dumont"]), "\(f.facts)")
        XCTAssertTrue(meetings(f).contains(["Luis Romero", "Ana Costa"]), "\(f.facts)")
        XCTAssertEqual(said(f, "Luis Romero"), [], "\(f.facts)")
    }

    func testAHostsVerbWithAThingAsItsObjectIsNoMeeting() {
        let f = facts(
            """
            Prime Minister Luis Romero on Wednesday welcomed the decision by the court. Romero received a letter from Ana Costa on Monday.
            """)
        XCTAssertEqual(meetings(f), [], "\(f.facts)")
        XCTAssertEqual(said(f, "Luis Romero"), ["the decision by the court"], "\(f.facts)")
    }

    // MARK: - "The company's shares, Anna Berg said, rose"

    func testAnAttributionInsideItsStatementLeavesTheStatementWhole() {
        let f = facts(
            """
            STOCKHOLM, March 3 (Reuters) - Nordvik Bank reported a loss on Monday.

            The company's shares, Anna Berg said, rose after the report.
            """)
        XCTAssertEqual(said(f, "Anna Berg"), ["The company's shares rose after the report"], "\(f.facts)")
    }

    func testAParticipleAfterAPostposedAttributionIsNoPartOfTheStatement() {
        let f = facts("Sales fell sharply in the first quarter, Anna Berg said, citing weak demand.")
        XCTAssertEqual(said(f, "Anna Berg"), ["Sales fell sharply in the first quarter"], "\(f.facts)")
    }

    // MARK: - "Nippon Steelworks said"

    func testACompanyFormWordClosingANameMakesABody() {
        let f = facts("TOKYO, March 3 (Kyodo) -- Nippon Steelworks said Monday it would buy a U.S. rival.")
        XCTAssertEqual(f.entities.first { $0.name == "Nippon Steelworks" }?.type, "organization", "\(f.entities)")
    }

    // MARK: - "said union leader Petra Schulz"

    func testAQuotesSpeakerIsThePersonItsDescriptionAfterTheVerbLeadsTo() {
        let f = facts(
            """
            Labour union IG Metall said it would fight the cuts.

            "We will not accept this," said union leader Petra Schulz.

            "Prices will rise," said Commerzbank economist Tomas Berg.
            """)
        XCTAssertEqual(said(f, "Petra Schulz"), ["We will not accept this"], "\(f.facts)")
        XCTAssertEqual(said(f, "IG Metall"), ["it would fight the cuts"], "\(f.facts)")
        XCTAssertEqual(said(f, "Tomas Berg"), ["Prices will rise"], "\(f.facts)")
        XCTAssertEqual(said(f, "Commerzbank"), [], "\(f.facts)")
    }

    func testAReportedStatementsSpeakerAfterTheVerbIsThePersonNotTheBodyBefore() {
        let f = facts("Inflation will slow next year, said Commerzbank economist Tomas Berg.")
        XCTAssertEqual(said(f, "Tomas Berg"), ["Inflation will slow next year"], "\(f.facts)")
        XCTAssertEqual(said(f, "Commerzbank"), [], "\(f.facts)")
    }

    // MARK: - "X is due in Ottawa for talks with Canadian Foreign Minister Y"

    func testAnotherSidesCountryInTheSentenceIsNoCountryOfTheTitle() {
        let f = facts("Secretary of State Mark Ellison is due in Ottawa on Tuesday for talks with Canadian Foreign Minister Claire Dubois.")
        XCTAssertEqual(titles(f, "Mark Ellison"), ["Secretary of State|-"], "\(f.facts)")
        XCTAssertEqual(titles(f, "Claire Dubois"), ["Foreign Minister|Canada"], "\(f.facts)")
        let listed = facts("Slovenian Prime Minister Ana Kovac and lawmaker Jure Zupan will attend the summit.")
        XCTAssertEqual(titles(listed, "Jure Zupan"), ["Lawmaker|Slovenia"], "\(listed.facts)")
    }

    // MARK: - "became the first Japanese leader to visit South Korea"

    func visitStatus(_ f: ArticleFacts) -> [String] {
        let visits = f.facts.filter { $0.predicate == "kind" && $0.object.lexical == "visit" }.map(\.subject)
        return f.facts.filter { visits.contains($0.subject) && $0.predicate == "status" }.map(\.object.lexical)
    }

    func testTheFirstLeaderToVisitAPlaceVisitedIt() {
        let held = facts("Kenji Morimoto became the first Japanese leader to visit South Korea in five years.")
        XCTAssertEqual(visitStatus(held), ["held"], "\(held.facts)")
        let planned = facts("Kenji Morimoto will become the first Japanese leader to visit South Korea in five years.")
        XCTAssertEqual(visitStatus(planned), ["planned"], "\(planned.facts)")
    }

    // MARK: - "Vogel and Moreau spoke by phone"

    func testTwoPeopleWhoSpokeByPhoneHeldPhoneTalks() {
        let f = facts("German Economy Minister Lars Vogel and French Finance Minister Eric Moreau spoke by phone on Thursday.")
        let talks = f.facts.filter { $0.predicate == "kind" && $0.object.lexical == "phone talks" }.map(\.subject)
        let people = Set(f.facts.filter { talks.contains($0.subject) && $0.predicate == "participant" }.map(\.object.lexical))
        XCTAssertEqual(people, ["Lars Vogel", "Eric Moreau"], "\(f.facts)")
        let alone = facts("Lars Vogel spoke at length on Thursday.")
        XCTAssertFalse(alone.facts.contains { $0.predicate == "kind" && $0.object.lexical.contains("talks") }, "\(alone.facts)")
    }

    // MARK: - "The Scottish Conservatives said"

    func testANationsAdjectiveBeforeOtherNameWordsOpensTheirName() {
        let f = facts("The Scottish Conservatives said the vote was close. Major Tom Reid of the Scots Guards said the parade would go ahead.")
        XCTAssertEqual(said(f, "Scottish Conservatives"), ["the vote was close"], "\(f.facts)")
        XCTAssertTrue(f.entities.contains { $0.name == "Scots Guards" }, "\(f.entities.map(\.name))")
        let named = Set(f.entities.map(\.name))
        let lexicon = f.facts.filter { $0.predicate == "located_in" }.compactMap { fact -> String? in
            if case .entity(let n) = fact.subject { return n }
            return nil
        }
        XCTAssertTrue(lexicon.allSatisfy { named.contains($0) }, "\(f.facts)")
        let party = facts("The Scottish National Party won 48 seats.")
        XCTAssertFalse(party.entities.contains { $0.aliases.contains("National Party") }, "\(party.entities)")
    }
}
