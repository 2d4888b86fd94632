import NewsFacts
import XCTest

@testable import Extraction

/// `EntityKeys` files entities by their names' keys and is asked by name without building the
/// key: it must answer as the `[String: Int]` keyed by `Document.key` it replaced.
final class EntityKeysTests: XCTestCase {
    /// Names whose keys are equal in groups and differ between groups, in and outside ASCII.
    private let names = [
        "Antony Blinken", "ANTONY  BLINKEN", "antony blinken.", " Antony\tBlinken ", "Antony Blinkin",
        "U.S. Department of State", "US Department of State", "Kelvin Hall", "\u{212A}elvin Hall",
        "Z\u{FC}rich", "Zu\u{308}rich", "Zurich", "O`Brien", "O'Brien", "OBrien", "", ".",
        "A Name Longer Than Fifteen Bytes", "a name longer than fifteen bytes", "\u{C9}lys\u{E9}e", "\u{E9}lys\u{E9}e",
    ]

    /// The entity a dictionary keyed by `Document.key` gives each name, filling it as
    /// `Document.entity(named:)` did.
    private func expected(_ names: [String]) -> [Int] {
        var index: [String: Int] = [:]
        var next = 0
        return names.map { name in
            let key = Document.key(name)
            if let e = index[key] { return e }
            index[key] = next
            next += 1
            return next - 1
        }
    }

    func testEntityNamedGivesOneEntityAKeyAsTheDictionaryDid() {
        for order in [names, names.reversed(), names.shuffled()] {
            let doc = Document(article: Article(id: "t", text: "x"), tokens: [], sentences: [])
            let got = order.map { doc.entity(named: $0, type: "person", sentence: 0) }
            XCTAssertEqual(got, expected(order), "\(order)")
            XCTAssertEqual(doc.entityIndex.count, Set(got).count)
        }
    }

    func testLookupByNameAgreesWithLookupByKey() {
        var keys = EntityKeys()
        for (e, name) in names.enumerated() where keys[Document.key(name)] == nil { keys[Document.key(name)] = e }
        for name in names {
            let byKey = keys[Document.key(name)]
            switch keys.find(named: name) {
            case .found(let e): XCTAssertEqual(e, byKey, name)
            case .absent, .added: XCTFail("\(name): filed, yet absent by name")
            case .notASCII: XCTAssertTrue(name.utf8.contains { $0 >= 0x80 }, name)
            }
        }
        XCTAssertEqual(keys.find(named: "Someone Else"), .absent)
        XCTAssertEqual(keys.find(named: "Antony"), .absent)
    }

    func testFindOrAddFilesANewNameOnceAndFindsItAfter() {
        var keys = EntityKeys()
        XCTAssertEqual(keys.findOrAdd("Ana Ortiz", next: 0), .added)
        XCTAssertEqual(keys.findOrAdd("ANA  ORTIZ.", next: 1), .found(0))
        XCTAssertEqual(keys.find(named: "ana ortiz"), .found(0))
        XCTAssertEqual(keys["ana ortiz"], 0)
        XCTAssertEqual(keys.findOrAdd("Ana Ort\u{ED}z", next: 1), .notASCII)
        XCTAssertEqual(keys.findOrAdd("Ana Ortis", next: 1), .added)
        XCTAssertEqual(keys.count, 2)
    }

    func testAKeySetAgainOrTakenAwayAnswersAsADictionary() {
        var keys = EntityKeys(minimumCapacity: 4)
        keys["paris"] = 1
        keys["paris"] = 2
        XCTAssertEqual(keys["paris"], 2)
        XCTAssertEqual(keys.count, 1)
        keys["s\u{E3}o paulo"] = 3
        XCTAssertEqual(keys["sa\u{303}o paulo"], 3)
        XCTAssertEqual(keys.count, 2)
        keys["paris"] = nil
        XCTAssertNil(keys["paris"])
        XCTAssertEqual(keys.find(named: "Paris"), .absent)
        XCTAssertEqual(keys.count, 1)
    }

    func testALongTableOfNamesKeepsEveryEntity() {
        // More names than the table's first size: it grows and keeps each.
        let doc = Document(article: Article(id: "t", text: "x"), tokens: [], sentences: [])
        let many = (0..<3000).map { "Person Number \($0)" }
        let ids = many.map { doc.entity(named: $0, type: "person", sentence: 0) }
        XCTAssertEqual(ids, Array(0..<3000))
        XCTAssertEqual(many.map { doc.entity(named: $0.uppercased(), type: "person", sentence: 0) }, ids)
    }
}
