import Foundation

/// What the running test process was built with.
public enum Sanitizers {
    /// True under AddressSanitizer or ThreadSanitizer (`make test-asan`, `make test-tsan`):
    /// their shadow memory and ASan's quarantine of freed blocks make resident-memory figures
    /// meaningless, so tests that measure memory skip themselves.
    public static let active: Bool = {
        let everything = UnsafeMutableRawPointer(bitPattern: 0) // RTLD_DEFAULT
        return dlsym(everything, "__asan_init") != nil || dlsym(everything, "__tsan_init") != nil
    }()

    /// The sanitizer settings of this process's environment (`ASAN_OPTIONS`…), for a test that
    /// starts a program with an environment of its own: the sanitized program must run with the
    /// same settings (no leak report at exit, say), or its exit status would differ.
    public static var environment: [String: String] {
        ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
    }
}
