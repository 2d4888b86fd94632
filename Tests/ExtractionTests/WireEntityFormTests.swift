import XCTest
import NewsFacts
@testable import Extraction

/// How wire stories write the names of people, bodies, regions and aircraft (styles of address
/// before a name, a region named across "and", a body's acronym spelt out, a leader's aircraft,
/// a ruler's title that is also a given name), on invented sentences: one construction a test.
final class WireEntityFormTests: XCTestCase, ExtractsNames, ReadsFacts {
    func testAMalayStyleOfAddressIsNoPartOfTheName() {
        let f = facts("Finance Minister Datuk Seri Harun Latif received Tan Sri Rosli Kamal at noon. Harun said the talks went well.")
        XCTAssertEqual(type(f, "Harun Latif"), "person", "\(names(f))")
        XCTAssertEqual(type(f, "Rosli Kamal"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains { $0.contains("Datuk") || $0.contains("Tan Sri") }, "\(names(f))")
        XCTAssertTrue(aliases(f, "Harun Latif").contains("Harun"), "\(f.entities)")
        XCTAssertEqual(titles(f, "Harun Latif").first?.hasPrefix("Finance Minister"), true, "\(f.facts)")
    }

    func testAStyleInsideARunOpensTheNameAfterIt() {
        let f = facts("A letter signed by the Quarnby Heritage Trust Datuk Rosli Kamal praised the plan.")
        XCTAssertEqual(type(f, "Rosli Kamal"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains { $0.contains("Datuk") }, "\(names(f))")
    }

    func testAGulfStyleInCapitalsMakesNoNameWithTheCountry() {
        let f = facts("The delegation was received by HE Kuwait's envoy. His Excellency Oman's envoy spoke later.")
        XCTAssertTrue(names(f).isDisjoint(with: ["HE Kuwait", "Excellency Oman"]), "\(names(f))")
        XCTAssertEqual(type(f, "Kuwait"), "country", "\(names(f))")
        // Written in capitals only: "Hh" is no style.
        let g = facts("Envoy Hh Quarnby arrived on Monday.")
        XCTAssertFalse(names(g).contains("Quarnby"), "\(names(g))")
    }

    func testARegionTheGazetteerNamesAcrossAndIsOnePlace() {
        let f = facts("The ministers discussed Jammu and Kashmir and the rains in Dumfries and Galloway.")
        XCTAssertEqual(type(f, "Jammu and Kashmir"), "place", "\(names(f))")
        XCTAssertEqual(type(f, "Dumfries and Galloway"), "place", "\(names(f))")
        XCTAssertTrue(names(f).isDisjoint(with: ["Jammu", "Kashmir", "Dumfries", "Galloway"]), "\(names(f))")
        // Two towns joined by "and" stay two.
        let g = facts("Flooding closed roads between Leeds and York on Monday.")
        XCTAssertTrue(names(g).isSuperset(of: ["Leeds", "York"]), "\(names(g))")
    }

    func testAQuotedNicknameAfterATitleJoinsNamesNoListKnows() {
        let f = facts("President Bambang \"Bambi\" Sutrisno met the envoys. Bambi later thanked them.")
        XCTAssertEqual(type(f, "Bambang Sutrisno"), "person", "\(names(f))")
        XCTAssertTrue(aliases(f, "Bambang Sutrisno").contains("Bambi"), "\(f.entities)")
        XCTAssertFalse(names(f).contains("Bambi"), "\(names(f))")
    }

    func testABodyTheLexiconFilesByItsAcronymIsNamedInFullWhenWrittenOut() {
        let f = facts("Engineers of the Internet Corporation for Assigned Names and Numbers (ICANN) voted on Monday. "
            + "ICANN staff left early.")
        XCTAssertEqual(type(f, "Internet Corporation for Assigned Names and Numbers"), "organization", "\(names(f))")
        XCTAssertTrue(aliases(f, "Internet Corporation for Assigned Names and Numbers").contains("ICANN"), "\(f.entities)")
        let g = facts("ICANN staff voted on Monday.")
        XCTAssertEqual(type(g, "ICANN"), "organization", "\(names(g))")
    }

    func testALeadersAircraftsCallSignIsNoBody() {
        let f = facts("The premier boarded Air Force Two after the summit in Quarnby ended.")
        XCTAssertFalse(names(f).contains("Air Force"), "\(names(f))")
        // The service itself stays a body.
        let g = facts("The Quarnish Air Force flew two jets over the parade.")
        XCTAssertTrue(names(g).contains { $0.hasSuffix("Air Force") }, "\(names(g))")
    }

    func testAUnitNumberedAfterANameThatIsNoServiceIsNoAircraft() {
        // "Task Force One" is a unit: only a whole service's name before the number is a call sign.
        let f = facts("Divers from Task Force One searched the harbour in Quarnby on Monday.")
        XCTAssertNotEqual(f.entities.first { $0.name == "Task Force One" }?.type, "work", "\(f.entities)")
        let g = facts("The premier flew home on Coast Guard One after the talks in Quarnby.")
        XCTAssertEqual(g.entities.first { $0.name == "Coast Guard One" }?.type, "work", "\(g.entities)")
    }

    func testARulersTitleAfterItsCountrysPossessiveIsNoGivenName() {
        let f = facts("Crowds lined the road as Oman's Sultan Idris Rahman drove to the harbour.")
        XCTAssertEqual(type(f, "Idris Rahman"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains("Sultan Idris Rahman"), "\(names(f))")
        // A country whose ruler is no sultan: the given name stays.
        let g = facts("A stadium crowd cheered Quarnland's Sultan Mahmood after the final.")
        XCTAssertFalse(names(g).contains("Mahmood"), "\(names(g))")
    }

    func testARulersTitleWrittenAgainAfterItsOfPhraseIsATitle() {
        let f = facts("The Sultan of Quarnia Sultan Idris Rahman arrived in the capital on Monday.")
        XCTAssertEqual(type(f, "Idris Rahman"), "person", "\(names(f))")
        XCTAssertFalse(names(f).contains("Sultan Idris Rahman"), "\(names(f))")
    }

    func testAnAcronymBeforeAStatementIsABody() {
        let f = facts("The leaders spoke by phone on Monday, according to a QPO statement.")
        XCTAssertEqual(type(f, "QPO"), "organization", "\(names(f))")
    }
}
