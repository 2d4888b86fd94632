import XCTest
import NewsFacts
@testable import Extraction

/// Bodies whose names a country, a people's adjective or a member word opens, found whole:
/// a country's government ("the UK Government"), a country's branch of an international body
/// ("the British Red Cross"), a fellowship named with "of" ("Daughters of the American
/// Revolution"), and a site named after such a body. Invented sentences; the countries and the
/// listed bodies are real, as the rules read them from the lexicons.
final class CountryBodyNameTests: XCTestCase, ExtractsNames {
    func testACountryThenACapitalisedGovernmentNamesThatGovernment() {
        let f = facts("The plan was approved by the UK Government on Monday.")
        XCTAssertEqual(type(f, "UK Government"), "organization", "\(names(f))")
        let g = facts("Both the Austrian Government and private firms sent medicine to the region.")
        XCTAssertEqual(type(g, "Austrian Government"), "organization", "\(names(g))")
    }

    func testALowerCaseGovernmentOrOneAloneNamesNoBody() {
        let f = facts("The Austrian government said the Government would decide on Monday.")
        XCTAssertFalse(names(f).contains("Austrian government"), "\(names(f))")
        XCTAssertNil(type(f, "Government"), "\(names(f))")
    }

    func testAPeoplesAdjectiveBeforeAnInternationalBodyNamesItsBranch() {
        let f = facts("Aid came from the British Red Cross in September, volunteers said.")
        XCTAssertEqual(type(f, "British Red Cross"), "organization", "\(names(f))")
        XCTAssertFalse(names(f).contains("International Committee of the Red Cross"), "\(names(f))")
    }

    func testABranchQualifyingANounIsStillTheBranch() {
        let f = facts("Two British Red Cross volunteers drove the children to the camp.")
        XCTAssertEqual(type(f, "British Red Cross"), "organization", "\(names(f))")
        XCTAssertFalse(names(f).contains("International Committee of the Red Cross"), "\(names(f))")
    }

    func testABodysOfPartAfterItsListedNameStaysInTheName() {
        let f = facts("The case went to the Italian Supreme Court of Cassation last year.")
        XCTAssertTrue(names(f).contains("Italian Supreme Court of Cassation"), "\(names(f))")
        XCTAssertFalse(names(f).contains("Italian Supreme Court"), "\(names(f))")
    }

    func testAPluralMemberWordBeforeOfOpensAFellowshipsName() {
        let f = facts("She joined the Daughters of the American Revolution in 1950.")
        XCTAssertEqual(type(f, "Daughters of the American Revolution"), "organization", "\(names(f))")
        let g = facts("He was a member of the Knights of Columbus for years.")
        XCTAssertEqual(type(g, "Knights of Columbus"), "organization", "\(names(g))")
    }

    func testABodysOfNameClosedByABuildingWordNamesASite() {
        let f = facts("The medals were given in the Daughters of the American Revolution Constitution Hall in Washington.")
        XCTAssertEqual(type(f, "Daughters of the American Revolution Constitution Hall"), "place", "\(names(f))")
        XCTAssertFalse(names(f).contains("American Revolution Constitution Hall"), "\(names(f))")
    }

    /// Before an international body that has no national societies of that name, a people's
    /// adjective is the nationality of the person the phrase goes on to: the body keeps its name.
    func testANationalityBeforeAnInternationalBodyMakesNoBranch() {
        let f = facts("A Kenyan Amnesty International researcher was arrested in Nairobi on Monday.")
        XCTAssertEqual(type(f, "Amnesty International"), "organization", "\(names(f))")
        XCTAssertNil(type(f, "Kenyan Amnesty International"), "\(names(f))")
    }
}
