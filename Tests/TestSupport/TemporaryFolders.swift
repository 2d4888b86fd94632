import Foundation

// TestSupport is a plain target, so `swift build` (debug or release) compiles it too, where
// XCTest is not on the module path: the helper exists only where the tests are built.
#if canImport(XCTest)
import XCTest

extension XCTestCase {
    /// A fresh folder under the temporary directory (`$TMPDIR`, else /tmp) for this test alone,
    /// removed with all it holds when the test ends, passed or failed: a run leaves nothing
    /// behind (1,043 folders of earlier runs had piled up in /tmp).
    public func temporaryFolder(_ name: String) -> URL {
        let url = TestPaths.temporaryDirectory(name)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
#endif
