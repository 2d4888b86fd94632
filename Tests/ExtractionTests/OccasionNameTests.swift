import XCTest
import NewsFacts
@testable import Extraction

/// The capitalised words an occasion's word closes ("Olympics") are the occasion's name, no
/// place or person of their own (`OccasionNames.swift`, `name.occasionWord`).
final class OccasionNameTests: XCTestCase, ExtractsNames {
    func testTheWordsBeforeOlympicsAreNoPlaceAfterIn() {
        let f = facts("The team won a silver medal in the Quarnby Robot Challenge Olympics in Vienna.")
        XCTAssertEqual(names(f), ["Vienna"], "\(f.entities)")
    }

    func testAnOrdinaryWordBeforeOlympicsIsNoPlace() {
        let f = facts("She competed in the Winter Olympics last year.")
        XCTAssertEqual(names(f), [], "\(f.entities)")
    }

    func testAListedPlaceBeforeOlympicsIsStillAPlace() {
        let f = facts("She won a medal at the Sochi Olympics.")
        XCTAssertEqual(type(f, "Sochi"), "place", "\(f.entities)")
    }
}
