import Foundation

#if FUZZING
/// libFuzzer's entry point, present only when linked with `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif

/// When set (replay with `FUZZ_ECHO=1`), harnesses copy what the code under test printed to
/// standard error: the first thing to look at when triaging a file.
// Safe: set once, by FuzzDriver.main or a test, before any harness runs on that thread.
nonisolated(unsafe) var echo = false

/// Writes `text` to standard error when `echo` is on.
func echoed(_ text: String) {
    if echo { FileHandle.standardError.write(Data(text.utf8)) }
}

/// The harness the running fuzz executable feeds (libFuzzer's callback cannot capture it).
// Safe: set once in FuzzDriver.main before libFuzzer starts; libFuzzer calls back on that thread.
nonisolated(unsafe) private var currentHarness: (([UInt8]) -> Void)?

/// The `main` of every fuzz executable.
///
/// Built with `-DFUZZING -sanitize=fuzzer` (see `make fuzz`), it hands the command line to
/// libFuzzer. Built normally it replays: each file argument (or every file of a folder
/// argument) goes through the harness once, so a crash file can be reproduced with a plain
/// debug build. Either way, `--write-seeds DIR [FILE…]` instead writes the harness's
/// built-in seeds and the files given (in the harness's input form) to `DIR`.
public enum FuzzDriver {
    public typealias SeedFiles = [(path: String, bytes: [UInt8])]

    public static func main(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        harness: @escaping ([UInt8]) -> Void, seeds: (SeedFiles) -> [[UInt8]]
    ) -> Int32 {
        let arguments = (0..<Int(argc)).map { argv[$0].map { String(cString: $0) } ?? "" }
        if arguments.count >= 3, arguments[1] == "--write-seeds" {
            var files: SeedFiles = []
            for path in arguments.dropFirst(3) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("fuzz: cannot read \(path)\n".utf8))
                    return 2
                }
                files.append((path, Array(data)))
            }
            return writeSeeds(seeds(files), to: arguments[2])
        }
        currentHarness = harness
        #if FUZZING
        var count = argc
        var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = argv
        return LLVMFuzzerRunDriver(&count, &vector) { data, size in
            currentHarness?(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
        #else
        echo = ProcessInfo.processInfo.environment["FUZZ_ECHO"] == "1"
        return replay(Array(arguments.dropFirst()), harness: harness)
        #endif
    }

    /// Runs every file named (folders: every file inside, sorted) through `harness`.
    static func replay(_ paths: [String], harness: ([UInt8]) -> Void) -> Int32 {
        var files: [String] = []
        for path in paths where !path.hasPrefix("-") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("fuzz: no such file: \(path)\n".utf8))
                return 2
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        var unreadable = 0
        for file in files {
            // A live corpus loses files while it is read (the fuzzer replaces inputs it shrinks).
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("fuzz: cannot read \(file)\n".utf8))
                unreadable += 1
                continue
            }
            FileHandle.standardError.write(Data("fuzz: running \(file)\n".utf8))
            harness(Array(data))
        }
        let ran = files.count - unreadable
        let inputs = ran == 1 ? "1 input" : "\(ran) inputs"
        FileHandle.standardError.write(Data("fuzz: \(inputs) ran without a crash\n".utf8))
        return unreadable == 0 ? 0 : 2
    }

    /// Writes each seed to `DIR/builtin-NNN`.
    static func writeSeeds(_ seeds: [[UInt8]], to directory: String) -> Int32 {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (i, seed) in seeds.enumerated() {
                let name = (directory as NSString).appendingPathComponent(String(format: "builtin-%03d", i))
                try Data(seed).write(to: URL(fileURLWithPath: name))
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("fuzz: cannot write seeds to \(directory): \(error)\n".utf8))
            return 1
        }
    }
}
