import Foundation
import NewsFacts
import TestSupport
import XCTest

/// What `RegularFile.read` records of the version it read, for the snapshot to compare later.
final class RegularFileTests: XCTestCase {
    func write(_ text: String, modified: Date) throws -> String {
        let folder = TestPaths.temporaryDirectory("newsq-regular-file")
        let path = folder.appendingPathComponent("a.txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        return path
    }

    func testAnOlderFileIsRecordedWithItsSizeAndTime() throws {
        let path = try write("Old news.", modified: Date(timeIntervalSinceNow: -3600))
        let (bytes, stamp) = try RegularFile.read(path, maxBytes: 1 << 20)
        XCTAssertEqual(bytes.count, 9)
        XCTAssertEqual(stamp.size, 9)
        XCTAssertNotEqual(stamp.modified, SnapshotInput.unverifiedTime)
        XCTAssertEqual(
            Double(stamp.modified) / 1e9, Date(timeIntervalSinceNow: -3600).timeIntervalSince1970, accuracy: 5)
    }

    /// A file stamped with the clock tick of the read (here: a time not yet reached) could be
    /// written again without its time changing: its version is not vouched for, and a snapshot
    /// recording it reads the file again at the next start.
    func testAFileStampedInTheTickOfTheReadIsNotVouchedFor() throws {
        let path = try write("Breaking news.", modified: Date(timeIntervalSinceNow: 3600))
        let (bytes, stamp) = try RegularFile.read(path, maxBytes: 1 << 20)
        XCTAssertEqual(bytes.count, 14)
        XCTAssertEqual(stamp.modified, SnapshotInput.unverifiedTime)
        let recorded = SnapshotInputs.scan([path]).recording(observed: [stamp], expected: { _ in true })
        XCTAssertNotEqual(recorded.files, SnapshotInputs.scan([path]).files, "the next scan must differ")
    }
}
