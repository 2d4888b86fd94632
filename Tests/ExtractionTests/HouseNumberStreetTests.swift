import XCTest
import NewsFacts
@testable import Extraction

/// A street named by its suffix, then its house number, in a guide's listing line
/// (`HouseNumberStreets.swift`). Invented streets and firms.
final class HouseNumberStreetTests: XCTestCase, ExtractsNames {
    func testAHouseNumberAfterASuffixedStreetIsPartOfThePlacesName() {
        let f = facts("Kayak Hire, Grønnebakkevej 14 (Svendborg), ☏ +4512345678. Kayaks for a day.")
        XCTAssertEqual(type(f, "Grønnebakkevej 14"), "place", "\(names(f))")
    }

    func testTwoWordsBeforeTheNumberMakeOnePlace() {
        let f = facts("Bike Rental, Kvindø Havnegade 3b (Marstal), ☏ +4587654321. Bikes by the day.")
        XCTAssertEqual(type(f, "Kvindø Havnegade 3b"), "place", "\(names(f))")
    }

    func testASuffixedWordAloneIsNotTypedByItsSuffix() {
        let f = facts("A catholic school in Milan. Image: Wilhelmstrasse.")
        XCTAssertNotEqual(type(f, "Wilhelmstrasse"), "place", "\(names(f))")
    }

    func testAnOrdinaryWordEndingLikeAStreetKeepsNoNumber() {
        let f = facts("The Golani Brigade 2 soldiers returned to the base.")
        XCTAssertFalse(names(f).contains { $0.hasSuffix("Brigade 2") }, "\(names(f))")
    }
}
