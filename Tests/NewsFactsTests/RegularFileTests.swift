import Foundation
import NewsFacts
import TestSupport
import XCTest

/// What `RegularFile.read` records of the version it read, for the snapshot to compare later.
final class RegularFileTests: XCTestCase {
    func write(_ text: String, modified: Date) throws -> String {
        let folder = temporaryFolder("newsq-regular-file")
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

    /// The read that finds the end of the file must not grow the buffer: one of exactly the
    /// file's size doubled there, so a 467 MB facts file held 934 MB while it was read.
    func testAFileIsReadIntoABufferOfItsOwnSize() throws {
        let text = String(repeating: "person/1\ttitle\tminister\tstr\ta1\t0\n", count: 4096)
        let path = try write(text, modified: Date(timeIntervalSinceNow: -3600))
        let (bytes, _) = try RegularFile.read(path, maxBytes: 1 << 24)
        XCTAssertEqual(bytes.count, text.utf8.count)
        XCTAssertLessThan(bytes.capacity, text.utf8.count + text.utf8.count / 2)
    }

    /// A `.tsv` facts file may be larger than 2 GB (50 million facts are 2.3 GB) where the
    /// machine's memory holds it; a hand-written `.facts` file keeps the 2 GB limit.
    func testALargeTSVFileIsAllowedAsMuchAsAThirdOfMemory() {
        let third = Int(ProcessInfo.processInfo.physicalMemory / 3)
        XCTAssertEqual(FactsFile.maxBytes("desk.facts"), Int(Int32.max))
        XCTAssertEqual(FactsFile.maxBytes("peer.tsv"), max(Int(Int32.max), third))
        XCTAssertEqual(FactsFile.maxBytes("PEER.TSV"), FactsFile.maxBytes("peer.tsv"))
    }
}
