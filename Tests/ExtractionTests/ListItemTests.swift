import XCTest
import NewsFacts
@testable import Extraction

/// A list of names goes on over one item no name covers (`ListItemsWithoutNames.swift`): the
/// names on both sides of "American" in a list of airlines are one list's. Invented names.
final class ListItemTests: XCTestCase, ExtractsNames {
    func testAPeoplesAdjectiveInAListDoesNotEndIt() {
        let f = facts("The hub serves Quarnavia, Air Canada, American, British Airways, Veldjet and Lufthansa.")
        XCTAssertEqual(type(f, "Quarnavia"), "organization", "\(f.entities)")
        XCTAssertEqual(type(f, "Veldjet"), "organization", "\(f.entities)")
    }

    func testTheItemNoNameCoversTypesNothing() {
        let f = facts("The hub serves Quarnavia, Air Canada, American, British Airways, Veldjet and Lufthansa.")
        XCTAssertNil(f.entities.first { $0.name == "American" && $0.type == "organization" }, "\(f.entities)")
    }

    func testAListReadAcrossAnItemNeedsTwoTypedNames() {
        // "Planning" is an ordinary word no entity covers; one typed name ("Quarnby Province") is
        // not enough to type the others across it.
        let f = facts("He represents the Veldmar, Quarnic, Planning and Quarnby Province seat.")
        XCTAssertNotEqual(type(f, "Veldmar"), "place", "\(f.entities)")
    }
}
