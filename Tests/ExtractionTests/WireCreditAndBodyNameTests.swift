import XCTest
import NewsFacts
@testable import Extraction

/// Wire stories' credits, styles and bodies (names31): the article's own source named in its
/// text, picture credits and bylines, styles of address before a name, a listed body's name
/// written with a space for its hyphen, a capital standing for its state, and bodies whose head
/// is a government, an embassy or a mission. All sentences are invented.
final class WireCreditAndBodyNameTests: XCTestCase, ExtractsNames, ReadsFacts {
    private func facts(_ text: String, source: String) -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"), source: source, text: text))
    }

    func testTheArticlesOwnSourceNamedInItsTextIsAnOrganization() {
        let f = facts("Trade Minister Ilse Varnek met the envoys on Monday.\n\nThe talks ended late. - Vostapress", source: "Vostapress")
        XCTAssertEqual(type(f, "Vostapress"), "organization", "\(f.entities)")
        let g = facts("VELMORA, May 2 (QNB) -- Trade Minister Ilse Varnek met the envoys on Monday.", source: "Quarnel News Bureau (QNB)")
        XCTAssertEqual(type(g, "QNB"), "organization", "\(g.entities)")
    }

    func testASourceHeadersParenthesisThatIsNoAcronymTypesNoName() {
        let f = facts("Trade Minister Jon Okafor arrived in Velmora on Monday for talks.", source: "The Quarn Tribune (Velmora)")
        XCTAssertNotEqual(type(f, "Velmora"), "organization", "\(f.entities)")
    }

    func testAListedBodysNameWrittenWithASpaceForItsHyphenIsThatBody() {
        let f = facts("Delegates gathered at the Asia Pacific Economic Cooperation summit in Lima on Friday.")
        let apec = f.entities.first { $0.aliases.contains("APEC") || $0.name == "APEC" }
        XCTAssertEqual(apec?.type, "organization", "\(f.entities)")
        XCTAssertFalse(names(f).contains("Pacific"), "\(names(f))")
    }

    func testCommonwealthDiplomaticAndChurchStylesAreNoPartOfTheName() {
        let f = facts("The delegation included Hon Ama Mensah and H.E. Tarek Ummo. Monsignor Pietro Vallani blessed the meeting, and Samdech Sokha Chan spoke.")
        for name in ["Ama Mensah", "Tarek Ummo", "Pietro Vallani", "Sokha Chan"] {
            XCTAssertEqual(type(f, name), "person", "\(name): \(names(f))")
        }
        XCTAssertFalse(names(f).contains { $0.hasPrefix("Hon") || $0.hasPrefix("H.E.") || $0.hasPrefix("Monsignor") || $0.hasPrefix("Samdech") }, "\(names(f))")
    }

    func testHonBeforeOneNameWordIsAFamilyNameNotAStyle() {
        let f = facts("Hon Lik, who designed the device, met Trade Minister Jon Okafor in Velmora.")
        XCTAssertTrue(names(f).contains("Hon Lik"), "\(names(f))")
        XCTAssertFalse(names(f).contains("Lik"), "\(names(f))")
    }

    func testACapitalThatSummonsOrWantsStandsForItsState() {
        let f = facts("Oslo summoned the envoys of three countries on Tuesday. Officials said both Oslo and Stockholm want a quick settlement.")
        XCTAssertTrue(aliases(f, "Norway").contains("Oslo"), "\(f.entities)")
        XCTAssertTrue(aliases(f, "Sweden").contains("Stockholm"), "\(f.entities)")
    }

    func testACityThatWelcomesVisitorsStaysAPlace() {
        let f = facts("Lima welcomed two million tourists last year, Mayor Ana Lund said.")
        XCTAssertEqual(type(f, "Lima"), "place", "\(f.entities)")
    }

    func testABylinesReporterIsAPerson() {
        let f = facts("Envoys Present Their Letters\n\nBy Kwabena Tetteh-Mensa, Senior Correspondent\n\nThe president received the envoys on Monday.")
        XCTAssertEqual(type(f, "Kwabena Tetteh-Mensa"), "person", "\(f.entities)")
        let g = facts("Envoys Present Their Letters\n\nFrom Odunayo Berekete, Velmora\n\nThe president received the envoys on Monday.")
        XCTAssertEqual(type(g, "Odunayo Berekete"), "person", "\(g.entities)")
    }

    func testAPictureCreditsPhotographerBesideTheSlashIsAName() {
        let f = facts("President Ola Brand greets Minister Tor Vell before their talks on Monday. (Quarnpress/Li Wen)\n\nThe two leaders met for an hour.")
        XCTAssertTrue(names(f).contains("Li Wen"), "\(f.entities)")
        let g = facts("Minister Tor Vell speaks to reporters on Monday. Robina Ostal/QDS\n\nThe minister left on Tuesday.")
        XCTAssertTrue(names(g).contains("Robina Ostal"), "\(g.entities)")
    }

    func testAGovernmentAnEmbassyAndAMissionAreBodies() {
        let f = facts("According to a statement by the Government of Vostania, the envoy met staff of the Embassy of Quarnia. The Federal Government later briefed the EU Mission in Velmora.")
        for name in ["Government of Vostania", "Embassy of Quarnia", "Federal Government", "EU Mission"] {
            XCTAssertEqual(type(f, name), "organization", "\(name): \(f.entities)")
        }
    }

    func testBothAfterAPrepositionLeavesTheCapitalsPlaces() {
        let f = facts("Mediators invited officials from both Oslo and Stockholm to the talks.")
        XCTAssertEqual(type(f, "Oslo"), "place", "\(f.entities)")
    }

    func testATitleCaseHeadlineOpeningWithByIsNoByline() {
        let f = facts("Storm Relief Arrives\n\nBy Air And Sea, Aid Reaches Storm Victims\n\nThe aid arrived on Monday.")
        // No byline's name made an organization of it (the headline-head rule, as on main, may
        // still read it as a place for its last word).
        XCTAssertNotEqual(type(f, "Air And Sea"), "organization", "\(f.entities)")
    }

    func testInitialsWrittenLikeAStyleBeforeOneNameStayInTheName() {
        let f = facts("H.E. Bates wrote the novel in 1944, the critic said.")
        XCTAssertFalse(names(f).contains("Bates"), "\(f.entities)")
    }

    func testAOneWordSourceThatIsAnOrdinaryWordTypesNoName() {
        let f = facts("Mayor Ana Lund said the Sun would rise over Velmora at six.", source: "The Sun")
        XCTAssertNotEqual(type(f, "Sun"), "organization", "\(f.entities)")
    }
}
