import XCTest
import NewsFacts
@testable import Extraction

/// Shorter names of a person or a body that the text writes beside or after the full one: a
/// nickname in quotes between a person's first and family names (`QuotedNicknames`), and a
/// body's head word alone after "the" (`BodyHeadReferences`).
final class ShortReferenceTests: XCTestCase, ExtractsNames, ReadsFacts {
    // MARK: - A nickname in quotes

    func testAQuotedNicknameBetweenFirstAndFamilyNameIsThePersonsAlias() {
        let f = facts("The role went to Finley \"Finn\" Polmar in the drama. Polmar returned in the third season.")
        XCTAssertEqual(type(f, "Finley Polmar"), "person", "\(f.entities)")
        XCTAssertTrue(aliases(f, "Finley Polmar").contains("Finn"), "\(f.entities)")
        XCTAssertNil(type(f, "Finley"), "\(f.entities)")
    }

    func testAQuotedNicknameAfterTwoFirstNamesKeepsThemInTheName() {
        let f = facts("Their first son, Austin Shepherd \"Shep\" Quarnecki, was born in 2016.")
        XCTAssertEqual(type(f, "Austin Shepherd Quarnecki"), "person", "\(f.entities)")
        XCTAssertTrue(aliases(f, "Austin Shepherd Quarnecki").contains("Shep"), "\(f.entities)")
    }

    func testTheNicknameAloneLaterIsTheSamePerson() {
        let f = facts("Tom \"Hammer\" Wilson won the title fight. Hammer said he would fight again in May.")
        XCTAssertEqual(type(f, "Tom Wilson"), "person", "\(f.entities)")
        XCTAssertNil(type(f, "Hammer"), "\(f.entities)")
        XCTAssertTrue(f.facts.contains { $0.predicate == "said" && $0.subject == .entity("Tom Wilson") }, "\(f.facts)")
    }

    func testAQuotedTitleAfterANameBeforeALowerCaseWordIsNoNickname() {
        let f = facts("Critics praised Tom Hanks \"Big\" was a hit in 1988.")
        XCTAssertFalse(names(f).contains("Tom Big"), "\(f.entities)")
        XCTAssertFalse(f.entities.contains { $0.aliases.contains("Big") }, "\(f.entities)")
    }

    func testAQuotedWordInsideAProductsNameMakesNoPerson() {
        let f = facts("Fans of Quarnby \"Ultra\" Edition were angry about the price.")
        XCTAssertFalse(f.entities.contains { $0.type == "person" }, "\(f.entities)")
        XCTAssertFalse(f.entities.contains { $0.aliases.contains("Ultra") }, "\(f.entities)")
    }

    // MARK: - A body's head word alone

    func testTheHeadWordAloneAfterTheIsAnAliasOfTheOneBodyItHeads() {
        let f = facts(
            "The Italian Supreme Court of Cassation ruled on Monday. The appeal on which the Court ruled "
                + "was brought in 2010.")
        XCTAssertTrue(aliases(f, "Italian Supreme Court of Cassation").contains("Court"), "\(f.entities)")
        XCTAssertNil(type(f, "Court"), "\(f.entities)")
    }

    func testAHeadWordNoNamedBodyHoldsStaysApart() {
        let f = facts("Luis Brenner joined the Army in 1990. He later studied at Harvard University.")
        XCTAssertFalse(f.entities.contains { $0.aliases.contains("Army") }, "\(f.entities)")
    }

    func testAChamberNamedByItsWordAloneIsNoShortFormOfAnotherBody() {
        let f = facts(
            "The White House said on Monday it would sign the bill. The House passed the bill 220-210 on "
                + "Tuesday. Speaker Anna Quarnby said the House would vote again.")
        XCTAssertFalse(f.entities.contains { $0.aliases.contains("House") }, "\(f.entities)")
    }
}
