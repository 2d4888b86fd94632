import Foundation
import NewsFacts

/// Paths and builders shared by the test targets.
public enum TestPaths {
    /// The repository's root folder, found from this file's path.
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// A fresh temporary directory, removed by the caller when done (in a test,
    /// `XCTestCase.temporaryFolder` removes it when the test ends).
    public static func temporaryDirectory(_ name: String = "newsq-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
