import XCTest
import NewsFacts
@testable import Extraction

/// What a name is said to be or counted with: a copula's predicate ("X was the first guy"),
/// "X and other Ys", "X and others", a person's name after the name's possessive ("X's Jane
/// Doe"), "he" after a colon, a guide's listing line. Invented names in the constructions of
/// real text.
final class PredicateNounTests: XCTestCase, ExtractsNames {
    func testACopulaBeforeAPersonsNounMakesAPerson() {
        let f = facts("Back then, Quarnvik was the first person I worked with on this.")
        XCTAssertEqual(type(f, "Quarnvik"), "person", "\(f.entities)")
    }

    func testACopulaBeforeAPlaceNounMakesAPlace() {
        let f = facts("Ostrimora is a small island in the south. The ferry calls twice a day.")
        XCTAssertEqual(type(f, "Ostrimora"), "place", "\(f.entities)")
    }

    func testANounQualifyingAnotherInThePredicateSaysNothing() {
        let f = facts("Ostrimora is a city council initiative that began last year.")
        XCTAssertNotEqual(type(f, "Ostrimora"), "place", "\(f.entities)")
    }

    func testANameBeforeAndAllOfTheOtherPeopleIsAPerson() {
        let f = facts("That sends signals to Velmarov and all of the other singers who watch us.")
        XCTAssertEqual(type(f, "Velmarov"), "person", "\(f.entities)")
    }

    func testANameBeforeAndOtherTownsIsAPlace() {
        let f = facts("The bus goes on to Quelbrandt and other towns along the coast.")
        XCTAssertEqual(type(f, "Quelbrandt"), "place", "\(f.entities)")
    }

    func testAWordLikeNameBeforeAndOthersIsAPerson() {
        let f = facts("Later, Ostravinus and others came to doubt that the sky was solid.")
        XCTAssertEqual(type(f, "Ostravinus"), "person", "\(f.entities)")
    }

    func testANameWhosePossessiveOpensAPersonsFullNameIsABody() {
        let f = facts("Quarnisto's Nathan Law earned a surprise victory in the vote.")
        XCTAssertEqual(type(f, "Quarnisto"), "organization", "\(f.entities)")
    }

    func testAnOrdinaryWordBeforeAndOtherLeadersIsNoPerson() {
        let f = facts("After talks with Ministerial and other leaders, I decided to resign.")
        XCTAssertNotEqual(type(f, "Ministerial"), "person", "\(f.entities)")
    }

    func testAnEpithetAfterTheBeforeACopulaIsNoBody() {
        let f = facts("Quarnodorus of Velmora, also known as Abba Quarnodorus and Theodore the Blessed was the successor to Ostravius.")
        XCTAssertNotEqual(type(f, "Blessed"), "organization", "\(f.entities)")
    }

    func testANameOpeningAListingLineWithAnAddressIsABusiness() {
        let f = facts("Get around\n\nQuarncab Taxi 1696 Velmor Blvd, tel: 1 201 363-0555.\n")
        XCTAssertEqual(type(f, "Quarncab Taxi"), "organization", "\(f.entities)")
    }

    func testANameOpeningAListingLineWithAPhoneIsABusiness() {
        let f = facts("Tours\n\nQuarnel Heels, Kirkevej 17 (Taasinge), ☏ +4512345678, ✉ info@example.dk.\n")
        XCTAssertEqual(type(f, "Quarnel Heels"), "organization", "\(f.entities)")
    }

    func testAScoreLineIsNoListing() {
        let f = facts("Results\n\nGroup Q — Ostravia 3 – 0 Velmoria\n\nIn the first game of Group Q, Ostravia won.")
        XCTAssertNotEqual(type(f, "Group Q"), "organization", "\(f.entities)")
    }
}

extension PredicateNounTests {
    func testHeOpeningTheClauseAfterAColonMakesTheSubjectAPerson() {
        let f = facts("The deal was that Quarbachev agreed to a remarkable concession: he agreed to let the union stand.")
        XCTAssertEqual(type(f, "Quarbachev"), "person", "\(f.entities)")
    }
}

/// What only a broadcaster does or has: "X has broadcast footage", "the X series".
final class BroadcasterNameTests: XCTestCase, ExtractsNames {
    func testAVerbOfBroadcastingAfterANameMakesAnOrganization() {
        let f = facts("Since March QVN has broadcast footage of her with her dogs.")
        XCTAssertEqual(type(f, "QVN"), "organization", "\(f.entities)")
    }

    func testACapitalsOnlyNameBeforeAProgrammesNounIsANetwork() {
        let f = facts("In 2009, Marla served as the host of QTV's cooking reality series, Kitchen 12.")
        XCTAssertEqual(type(f, "QTV"), "organization", "\(f.entities)")
    }

    func testAnAcronymAfterTheBeforeAProgrammesNounIsTheNetworkThatMakesIt() {
        // The acronym-modifier rule (AcronymModifiers) must not undo it: "the QWB series".
        let f = facts("The next year, Quarnecki was cast as Tom Varley on the QWB series, Nightfall.")
        XCTAssertEqual(type(f, "QWB"), "organization", "\(f.entities)")
    }

    func testAnAcronymADocumentaryIsAboutIsNoNetwork() {
        let f = facts("The film is an HIV documentary made in Kenya. Critics called the AIDS documentary moving.")
        XCTAssertNotEqual(type(f, "HIV"), "organization", "\(f.entities)")
        XCTAssertNotEqual(type(f, "AIDS"), "organization", "\(f.entities)")
    }

    func testAPersonWhoBroadcastsIsNoBroadcaster() {
        let f = facts("Talks resumed on Monday.\n\nLater that year Quennell broadcast his sermons from a barn in Ohio.")
        XCTAssertNotEqual(type(f, "Quennell"), "organization", "\(f.entities)")
    }

    func testAnOrdinaryNameBeforeSeriesIsNoNetwork() {
        let f = facts("She read the Quarnwell series as a child.")
        XCTAssertNotEqual(type(f, "Quarnwell"), "organization", "\(f.entities)")
    }
}

/// What the listing-line and "and others" rules must leave alone (review R1, R2).
final class ListingLineLimitTests: XCTestCase, ExtractsNames {
    func testAWireDatelineIsNoListing() {
        let f = facts("QUARNFORD, 12 March (PA) - Police are searching for a missing walker.")
        XCTAssertNotEqual(type(f, "Quarnford"), "organization", "\(f.entities)")
        XCTAssertNotEqual(type(f, "QUARNFORD"), "organization", "\(f.entities)")
    }

    func testAnAmountAfterALineOpeningNameIsNoPhoneNumber() {
        let f = facts("Tickets\n\nVelloran sold 3,400,000 tickets last year.\n")
        XCTAssertNotEqual(type(f, "Velloran"), "organization", "\(f.entities)")
    }

    func testTwoPeopleWhoSpokeByPhoneAreNoBusiness() {
        let f = facts("Velmarek and Quarnisov spoke by phone on Monday about the talks.")
        XCTAssertNotEqual(type(f, "Velmarek"), "organization", "\(f.entities)")
    }

    func testAndOthersPossessiveSaysNothingOfAPerson() {
        let f = facts("The panel praised Velmarov and others' work on the bridge.")
        XCTAssertNotEqual(type(f, "Velmarov"), "person", "\(f.entities)")
    }
}
