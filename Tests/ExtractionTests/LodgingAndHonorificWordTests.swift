import XCTest
import NewsFacts
@testable import Extraction

/// Words the lists gained this round: a lodging's word closes a place's name ("Resort",
/// "Hostel", as "Hotel" and "Lodge" did), and a French honorific opens a person's name
/// ("Mademoiselle", "Monsieur", as "Madame" did), whose particle and family name stay its
/// alias ("du Motel"). Invented names.
final class LodgingAndHonorificWordTests: XCTestCase, ExtractsNames {
    func testAResortClosesAPlacesNameWithTheWordsBeforeIt() {
        let f = facts("The bus runs north to the Quarnby Ridge Marriott Resort in Deer Valley.")
        XCTAssertEqual(type(f, "Quarnby Ridge Marriott Resort"), "place", "\(names(f))")
        XCTAssertFalse(names(f).contains("Marriott Resort"), "\(names(f))")
    }

    func testAFrenchHonorificOpensAPersonsName() {
        let f = facts("He fell in love with Mademoiselle Odile Varnier-Quessac, the daughter of a doctor.")
        let person = f.entities.first { $0.name.hasSuffix("Odile Varnier-Quessac") }
        XCTAssertEqual(person?.type, "person", "\(names(f))")
        let g = facts("Galois wrote letters to Mademoiselle Odile-Marthe Quessan du Motel that spring.")
        let other = g.entities.first { $0.name.hasSuffix("du Motel") }
        XCTAssertEqual(other?.type, "person", "\(names(g))")
    }
}
