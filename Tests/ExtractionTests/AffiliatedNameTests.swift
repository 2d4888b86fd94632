import XCTest
import NewsFacts
@testable import Extraction

/// A person or place written with what it belongs to ("X of the Y Party", "X on Y") keeps the
/// run as written as an alias, and a caption's credit names a person: constructions found in real
/// articles, written here with invented names.
final class AffiliatedNameTests: XCTestCase, ExtractsNames {
    func entity(_ f: ArticleFacts, _ name: String) -> EntityRecord? { f.entities.first { $0.name == name } }

    func testAPersonOfAPartyIsAlsoKnownByTheRunAsWritten() {
        let f = facts("Voters re-elected Dorian Kwell of the Harbour Party and Mirela Strand of FPV on Sunday.")
        XCTAssertEqual(entity(f, "Dorian Kwell")?.type, "person", "\(f.entities)")
        XCTAssertTrue(entity(f, "Dorian Kwell")?.aliases.contains("Dorian Kwell of the Harbour Party") == true, "\(f.entities)")
        XCTAssertTrue(entity(f, "Mirela Strand")?.aliases.contains("Mirela Strand of FPV") == true, "\(f.entities)")
        // The party stays an entity of its own.
        XCTAssertNotNil(entity(f, "Harbour Party"), "\(f.entities)")
    }

    func testATitlesOfIsNoAffiliation() {
        let f = facts("Minister of Education Teodor Vasko said the schools would reopen.")
        // The title and the name as written are an alias (`EntityResolver.titleAlias`); no part of
        // the title is taken for what someone belongs to.
        for e in f.entities {
            XCTAssertFalse(e.aliases.contains { $0.hasPrefix("Minister of") && $0 != "Minister of Education Teodor Vasko" }, "\(e)")
        }
        XCTAssertNil(entity(f, "Education"), "\(f.entities)")
    }

    func testANameAfterACreditLabelIsAPerson() {
        let f = facts("The new bridge opened on Friday.\n\nThe bridge at night. Image: Quorvandel.\n\nIt cost $4 million.")
        XCTAssertEqual(entity(f, "Quorvandel")?.type, "person", "\(f.entities)")
    }
}
