import XCTest

@testable import Extraction

/// The short-token table's key, packed from a token's bytes by one load, is the key packed a
/// byte at a time.
final class ShortTokenStringsTests: XCTestCase {
    func testShortTokenKeyByOneLoadIsTheKeyByBytes() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 7, 8, 9, 15, 16, 40] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            bytes.withUnsafeBufferPointer { b in
                for s in 0..<max(b.count, 1) {
                    for e in s...min(s + 8, b.count) {
                        XCTAssertEqual(
                            ShortTokenStrings.key(b, s, e), ShortTokenStrings.keyByBytes(b, s, e),
                            "size \(size), bytes \(s)..<\(e)")
                    }
                }
            }
        }
    }
}
