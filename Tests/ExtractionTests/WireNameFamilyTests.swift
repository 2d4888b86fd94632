import XCTest
import NewsFacts
@testable import Extraction

/// Families of name misses on wire stories (names32): buildings called a house, news agencies
/// credited in datelines and closing lines, styles of address, and a holder's name written right
/// after the place that closes the office's name. All sentences are invented.
final class WireNameFamilyTests: XCTestCase, ExtractsNames {
    private func facts(_ text: String, source: String) -> ArticleFacts {
        Extractor.extract(Article(id: "t", date: DateValue(iso: "2021-01-27"), source: source, text: text))
    }

    func testOrdinaryWordsBeforeHouseNameABuilding() {
        let f = facts("The envoy was received at State House on Monday. Later the ministers dined at Jubilee House.")
        XCTAssertEqual(type(f, "State House"), "place", "\(f.entities)")
        XCTAssertEqual(type(f, "Jubilee House"), "place", "\(f.entities)")
    }

    func testAChambersOrAPlacesHouseStaysABody() {
        let f = facts("The bill passed the Lower House on Monday. Analysts at Chatham House said the vote was close.")
        XCTAssertNotEqual(type(f, "Lower House"), "place", "\(f.entities)")
        XCTAssertNotEqual(type(f, "Chatham House"), "place", "\(f.entities)")
    }

    func testANationalNewsAgencyCreditedInADatelineOrAClosingLineIsAnOrganization() {
        let f = facts("VELMORA, October 3 (ANI): Ilse Varnek, the trade minister, opened a fair on Monday.\n\nThe talks ended late, Agerpres informs. - VNS", source: "Quarnel Daily")
        for name in ["Asian News International", "Agerpres", "Viet Nam News"] {
            XCTAssertEqual(type(f, name), "organization", "\(name): \(f.entities)")
        }
    }

    func testSpacedHEDashoAndTechoAreStylesNoPartOfTheName() {
        let f = facts("H E Tarek Ummo met Dasho Pema Wangdi in Velmora. Samdech Akka Moha Sena Padei Techo Sokha Chan spoke after them.")
        for name in ["Tarek Ummo", "Pema Wangdi", "Sokha Chan"] {
            XCTAssertEqual(type(f, name), "person", "\(name): \(names(f))")
        }
        XCTAssertFalse(names(f).contains { $0.hasPrefix("H E") || $0.hasPrefix("Dasho") || $0.contains("Techo") }, "\(names(f))")
    }

    func testTwoLettersBeforeOneNameWordAreInitialsNotAStyle() {
        let f = facts("The novel by H E Quarnby was reprinted in Velmora.")
        XCTAssertTrue(names(f).contains("H E Quarnby"), "\(names(f))")
    }

    func testAHoldersNameRightAfterTheOfficesRepublicIsAPersonOfItsOwn() {
        let f = facts("Talks with the President of the Republic of Velmoria Tavo Rinnek ended late. A fair was opened by Head of Republic of Ostravia Oleg Varnov, who spoke first.")
        XCTAssertEqual(type(f, "Tavo Rinnek"), "person", "\(names(f))")
        XCTAssertEqual(type(f, "Oleg Varnov"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains { $0.hasPrefix("Republic of") && $0.split(separator: " ").count > 3 }, "\(names(f))")
    }

    func testARepublicsLongNameWithNoOfficeBeforeItKeepsItsWords() {
        let f = facts("Delegates from the Republic of Velmoria Quarnel Dabsk sang at the fair.")
        XCTAssertFalse(names(f).contains("Quarnel Dabsk"), "\(names(f))")
    }

    func testACountryThatIsAFirstNameRightAfterAnOfficesToIsTheCountry() {
        let f = facts("The trade envoy to Jordan Lina Haddad opened the Velmora fair.")
        XCTAssertEqual(type(f, "Lina Haddad"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains("Jordan Lina Haddad"), "\(names(f))")
    }

    func testTechoAloneOpensAnAirportsNameAndNoStyle() {
        let f = facts("The delegation landed at Techo International Airport in Velmora on Monday.")
        XCTAssertTrue(names(f).contains("Techo International Airport"), "\(names(f))")
    }

    func testAnAgencysAcronymWithOtherCommonMeaningsIsNoAlias() {
        let f = facts("ENA, the school of administration, was closed in Velmora last year.")
        XCTAssertFalse(names(f).contains("Ethiopian News Agency"), "\(names(f))")
    }

    func testCompaniesHouseIsTheRegistrarABody() {
        let f = facts("The firm filed its accounts with Companies House in Velmora on Monday.")
        XCTAssertEqual(type(f, "Companies House"), "organization", "\(f.entities)")
    }

    func testTalksAtAHouseTheTextGivesNoCountryForAreNoVisitOfTheHost() {
        let f = facts("At a meeting at State House, President Ana Lund of Norway welcomed three new envoys to Norway on Monday.")
        let visits = Set(f.facts.filter { $0.predicate == "kind" && $0.object.lexical == "visit" }.map(\.subject))
        let lundVisits = f.facts.filter { visits.contains($0.subject) && $0.predicate == "participant" && $0.object == .entity("Ana Lund") }
        XCTAssertTrue(lundVisits.isEmpty, "\(f.facts.filter { visits.contains($0.subject) })")
    }
}
