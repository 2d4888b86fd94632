import XCTest

@testable import NewsFacts

/// `SnapshotInputs.matches(encoded:)` compares a stored fingerprint with the inputs as it
/// reads it, without writing the inputs out: it must agree with comparing `encoded()` byte
/// for byte, for every kind of difference.
final class SnapshotFingerprintMatchTests: XCTestCase {
    private let inputs = SnapshotInputs(
        files: [
            SnapshotInput(path: "data/a.txt", size: 120, modified: 1_700_000_000_123_456_789),
            SnapshotInput(path: "data/b/ünïcode.txt", size: 0, modified: 5),
            SnapshotInput(path: "data/gone.txt", size: -1, modified: 0),
        ], salt: "newsq 123 456")

    private func matches(_ now: SnapshotInputs, _ stored: [UInt8]) -> Bool {
        stored.withUnsafeBytes { now.matches(encoded: $0) }
    }

    func testInputsMatchTheirOwnEncoding() {
        XCTAssertTrue(matches(inputs, inputs.encoded()))
        XCTAssertTrue(matches(SnapshotInputs(files: []), SnapshotInputs(files: []).encoded()))
    }

    func testAnyChangedFieldDoesNotMatch() {
        let stored = inputs.encoded()
        var other = inputs
        other.salt = "newsq 123 457"
        XCTAssertFalse(matches(other, stored), "salt")
        for i in inputs.files.indices {
            var size = inputs
            size.files[i].size += 1
            XCTAssertFalse(matches(size, stored), "size of \(i)")
            var time = inputs
            time.files[i].modified -= 1
            XCTAssertFalse(matches(time, stored), "time of \(i)")
            var path = inputs
            path.files[i].path += "x"
            XCTAssertFalse(matches(path, stored), "path of \(i)")
        }
        var fewer = inputs
        fewer.files.removeLast()
        XCTAssertFalse(matches(fewer, stored), "a file fewer")
        XCTAssertFalse(matches(inputs, fewer.encoded()), "a file more")
    }

    func testAStoredFingerprintLongerOrShorterDoesNotMatch() {
        let stored = inputs.encoded()
        XCTAssertFalse(matches(inputs, stored + [0]))
        for cut in [1, 8, stored.count / 2, stored.count] {
            XCTAssertFalse(matches(inputs, Array(stored.dropLast(cut))), "\(cut) bytes cut")
        }
    }

    func testInputsAreKeptInPathOrderWhateverOrderTheyCameIn() {
        let shuffled = SnapshotInputs(files: inputs.files.reversed(), salt: inputs.salt)
        XCTAssertEqual(shuffled.files.map(\.path), inputs.files.map(\.path).sorted())
        XCTAssertEqual(shuffled.encoded(), inputs.encoded())
    }
}
