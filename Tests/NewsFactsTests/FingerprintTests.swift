import XCTest

@testable import NewsFacts

/// xxHash64, the one hash behind the snapshot's checksums and an imported file's fingerprint,
/// against the reference values of the algorithm (seed 0).
final class FingerprintTests: XCTestCase {
    private func xxh64(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { Snapshot.checksum($0) }
    }

    func testReferenceValuesForEveryTailLength() {
        XCTAssertEqual(xxh64([]), 0xEF46_DB37_51D8_E999)
        XCTAssertEqual(xxh64(Array("abc".utf8)), 0x44BC_2CF5_AD77_0999)
        XCTAssertEqual(xxh64(Array("Nobody inspects the spammish repetition".utf8)), 0xFBCE_A83C_8A37_8BF1)
        XCTAssertEqual(xxh64((0..<100).map { UInt8($0) }), 0x6AC1_E580_3216_6597)
    }

    func testFingerprintIsTheSameHashAndSeesOneByteChange() {
        let data = (0..<100).map { UInt8($0) }
        XCTAssertEqual(FactStore.fingerprint(data), xxh64(data))
        var changed = data
        changed[57] ^= 1
        XCTAssertNotEqual(FactStore.fingerprint(changed), FactStore.fingerprint(data))
    }
}
