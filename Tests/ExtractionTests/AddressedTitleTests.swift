import XCTest
import NewsFacts
@testable import Extraction

/// A person addressed by an honorific and a title ("Mr. President,", `VocativeTitles`) is named
/// by the two together, in an interview the interviewee; a person written right after a title in
/// capitals is also known by the title and the name as written (`EntityResolver.titleAlias`).
final class AddressedTitleTests: XCTestCase, ExtractsNames {
    func testAnHonorificAndATitleSetOffByCommasNameThePersonAddressed() {
        let f = facts("I thank you, Mr. President, for your welcome. The delegates of Quarnby applauded.")
        XCTAssertEqual(type(f, "Mr. President"), "person", "\(f.entities)")
    }

    func testAnAddressOpeningTheSentenceNamesAPerson() {
        let f = facts("Mr. Chief Justice, fellow delegates: we meet in hard times.")
        XCTAssertEqual(type(f, "Mr. Chief Justice"), "person", "\(f.entities)")
    }

    func testAnAddressOpenedByAnHonorificThatIsNoNonNameLeavesNoNameOfItsOwn() {
        let f = facts("I thank Karen Vell again, Madam Chair. The delegates applauded.")
        XCTAssertEqual(type(f, "Madam Chair"), "person", "\(f.entities)")
        XCTAssertNil(type(f, "Madam"), "\(f.entities)")
    }

    func testATitleAndANameAfterTheHonorificAreNoAddress() {
        let f = facts("Mr. President Dobrev, who arrived on Monday, thanked the hosts.")
        XCTAssertNil(type(f, "Mr. President"), "\(f.entities)")
    }

    func testTheInterviewerAddressesTheInterviewee() {
        let text = """
            Wikinews interviews Velmira Dobrev on the talks.

            Mr. President, do you still think there is a future for the talks?

            There is always a future. The question is how long it takes.

            What did you tell the delegates?

            I told them to wait. They will see results soon.
            """
        let f = facts(text)
        XCTAssertNil(type(f, "Mr. President"), "\(f.entities)")
        let dobrev = f.entities.first { $0.name == "Velmira Dobrev" }
        XCTAssertEqual(dobrev?.aliases.contains("Mr. President"), true, "\(f.entities)")
    }

    func testAPersonAfterACapitalisedTitleIsKnownByBothAsWritten() {
        let f = facts("The Minister of Education Teodora Quarnby said the plan was sound.")
        let quarnby = f.entities.first { $0.name == "Teodora Quarnby" }
        XCTAssertEqual(quarnby?.aliases.contains("Minister of Education Teodora Quarnby"), true, "\(f.entities)")
    }

    func testATitleItsPlaceAndANameAreOneAlias() {
        let f = facts("In a statement, Governor of Texas Mary Dalton said the museum was a fine choice.")
        let dalton = f.entities.first { $0.name == "Mary Dalton" }
        XCTAssertEqual(dalton?.aliases.contains("Governor of Texas Mary Dalton"), true, "\(f.entities)")
    }

    func testATitleAnHonorificAndANameAreOneAlias() {
        let f = facts("Undersecretary for Education Mr. Vantorri replied on Monday.")
        let vantorri = f.entities.first { $0.name == "Vantorri" }
        XCTAssertEqual(vantorri?.aliases.contains("Undersecretary for Education Mr. Vantorri"), true, "\(f.entities)")
    }

    func testALowerCaseTitleMakesNoAlias() {
        let f = facts("The education minister Teodora Quarnby said the plan was sound.")
        let quarnby = f.entities.first { $0.name == "Teodora Quarnby" }
        XCTAssertEqual(quarnby?.aliases.contains { $0.hasPrefix("education") || $0.hasPrefix("minister") }, false,
                       "\(f.entities)")
    }

    /// Whether some fact refers to `name` (subject, object or qualifier).
    private func refers(_ f: ArticleFacts, to name: String) -> Bool {
        f.facts.contains { fact in
            fact.subject == .entity(name) || fact.object == .entity(name) || fact.qualifiers.contains { $0.value == .entity(name) }
        }
    }

    func testAnAddressIsNoAntecedentParticipantOrTitleHolder() {
        let text = """
            Teodor Vask arrived in Geneva on Monday. "I thank you, Mr. President, for the resolution," he added. \
            He later met Chinese Foreign Minister Wang Yi.
            """
        let f = facts(text)
        XCTAssertEqual(type(f, "Mr. President"), "person", "\(f.entities)")
        XCTAssertFalse(refers(f, to: "Mr. President"), "\(f.facts)")
        let meetings = Set(f.facts.filter { $0.predicate == "participant" && $0.object == .entity("Wang Yi") }.map(\.subject))
        XCTAssertTrue(f.facts.contains { $0.predicate == "participant" && meetings.contains($0.subject) && $0.object == .entity("Teodor Vask") },
                      "\(f.facts)")
    }

    func testATitleAfterANameAndACommaIsNoAddress() {
        let f = facts("Velma Osk, Madam Chair, opened the session on Monday.")
        XCTAssertNil(type(f, "Madam Chair"), "\(f.entities)")
        XCTAssertNil(type(f, "Madam"), "\(f.entities)")
    }

    func testAnAddressAfterANameInAListOfAddressesIsStillOne() {
        let f = facts("Senator Quell, Mr. Chief Justice, Mr. President, fellow citizens: we meet today.")
        XCTAssertEqual(type(f, "Mr. Chief Justice"), "person", "\(f.entities)")
    }

    func testAPeersTitleAfterANameStaysTheHoldersTitle() {
        let f = facts("Dorian Pettle, Lord Chancellor, said on Monday that the courts were full.")
        XCTAssertNil(type(f, "Lord Chancellor"), "\(f.entities)")
        XCTAssertTrue(f.facts.contains { $0.predicate == "title" && $0.subject == .entity("Dorian Pettle") && $0.object == .text("Lord Chancellor") },
                      "\(f.facts)")
        let g = facts("The dinner was hosted by Edwin Marlow, Lord Mayor.")
        XCTAssertNil(type(g, "Lord Mayor"), "\(g.entities)")
    }

    func testAnAddressInsideTheIntervieweesAnswerIsNotTheInterviewee() {
        let text = """
            Wikinews interviews Velmira Dobrev on the talks.

            What did you tell the minister?

            I said to him, Mr. President, this will fail. He did not listen.

            What did you tell the delegates?

            I told them to wait. They will see results soon.
            """
        let f = facts(text)
        let dobrev = f.entities.first { $0.name == "Velmira Dobrev" }
        XCTAssertNotNil(dobrev, "\(f.entities)")
        XCTAssertEqual(dobrev?.aliases.contains("Mr. President"), false, "\(f.entities)")
    }

    func testATitleClosingTheLineBeforeANameMakesNoAlias() {
        let f = facts("Talks with the Minister of Education\n\nTeodora Quarnby said the plan was sound.")
        let quarnby = f.entities.first { $0.name == "Teodora Quarnby" }
        XCTAssertEqual(quarnby?.aliases.contains { $0.hasPrefix("Minister") }, false, "\(f.entities)")
    }
}
