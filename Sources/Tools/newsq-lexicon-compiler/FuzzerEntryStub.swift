/// An empty libFuzzer entry point, never called. SwiftPM passes `-Xswiftc` flags to the tools
/// plugins run as well, so the fuzz build (`-Xswiftc -sanitize=fuzzer,address`) links this tool
/// with libFuzzer, whose objects refer to `LLVMFuzzerTestOneInput`; without a definition the
/// link fails (ld.gold even crashes reporting it). The tool's own `main` still runs.
@_cdecl("LLVMFuzzerTestOneInput")
func lexiconCompilerFuzzerEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { 0 }
