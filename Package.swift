// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsq",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsq", targets: ["newsq"]),
        .library(name: "NewsFacts", targets: ["NewsFacts"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Query", targets: ["Query"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Core model and the in-memory fact store. Knows nothing of text or queries.
        // Built without run-time exclusivity checks, as Extraction and Query are (see there),
        // and with generic types' metadata made by direct calls (`metadataByAccessor`).
        .target(name: "NewsFacts", dependencies: ["CFreePages"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"] + metadataByAccessor,
                                             .when(configuration: .release))]),
        // `__builtin_prefetch` for Swift (a header-only inline function): the queries ask for the
        // cache lines of the next block of rows while working on the current one.
        .target(name: "CPrefetch"),
        // glibc's `malloc_trim` for Swift (a header-only inline function): the store gives the
        // pages its load and index build left free back to the system.
        .target(name: "CFreePages"),
        // Article files → sentences → mentions → entities → facts. Pure functions over values.
        // Its lexicon tables (Lexicons/*.tsv) are checked and compiled into it at build time.
        // Built without run-time exclusivity checks: each access to a class's stored variable or
        // to a variable a local function captures paid a call to the runtime (2% of extraction).
        // The accesses are still checked at compile time, and in the debug build the tests use.
        // The SIL inliner's limits on a caller's size are raised: MentionFinder.findInSentence
        // is past them, and there Array's subscript was called, copying a whole token (two
        // strings) to read one field, 260,000 times over the GUM documents (7% of extraction).
        .target(name: "Extraction", dependencies: ["NewsFacts"], exclude: ["README.md", "Lexicons", "Tagging/README.md"],
                swiftSettings: [
                    .unsafeFlags(["-enforce-exclusivity=unchecked",
                                  "-Xllvm", "-sil-inline-overall-caller-block-limit=5000",
                                  "-Xllvm", "-sil-inline-block-limit-denominator=100000",
                                  "-Xllvm", "-sil-inline-block-limit-max-int-numerator=100000"],
                                 .when(configuration: .release)),
                ],
                plugins: ["LexiconPlugin"]),
        // The lexicon compiler: table schemas, checks with file:line errors, Swift output.
        .target(name: "LexiconSchema", path: "Sources/Tools/LexiconSchema"),
        .executableTarget(name: "newsq-lexicon-compiler", dependencies: ["LexiconSchema"],
                          path: "Sources/Tools/newsq-lexicon-compiler"),
        .plugin(name: "LexiconPlugin", capability: .buildTool(), dependencies: ["newsq-lexicon-compiler"]),
        // Lexer → Parser → AST → Planner → Evaluator → result formatting.
        // Built without run-time exclusivity checks: the evaluator's counters and caches are a
        // class's stored variables, and each access to one in a loop over rows paid two calls to
        // the runtime (beginAccess/endAccess with its access set: 10% of S17, the recursive rule,
        // at 10M facts). The accesses are still checked at compile time and in the debug build.
        // Generic types' metadata by direct calls, as in NewsFacts (`metadataByAccessor`).
        .target(name: "Query", dependencies: ["NewsFacts", "CPrefetch"], exclude: ["Grammar.md"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"] + metadataByAccessor,
                                             .when(configuration: .release))]),
        // libedit's header (Debian's libedit-dev); the library itself is not linked but opened
        // when the prompt first needs it (CEditLine.c), so a one-shot `newsq -e` never loads it.
        // A small C shim wraps its variadic calls.
        .systemLibrary(name: "CLibEdit", path: "Sources/CLibEdit"),
        .target(name: "CEditLine", dependencies: ["CLibEdit"]),
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        // The shell, REPL, dot-commands, completion, corpus loading, snapshot policy and
        // export of the newsq program; the executable only parses its command line.
        .target(name: "NewsqCLI", dependencies: ["NewsFacts", "Extraction", "Query", "LineEditor"],
                swiftSettings: [.unsafeFlags(metadataByAccessor, .when(configuration: .release))]),
        // The C++ standard library the Swift runtime needs is linked from its archive, not
        // loaded at start (Linker/libstdc++.so says why: a quarter of a one-shot query's work).
        .executableTarget(
            name: "newsq",
            dependencies: [
                "NewsFacts", "Extraction", "Query", "NewsqCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.unsafeFlags(metadataByAccessor, .when(configuration: .release))],
            // Linked by lld with the position-independent executable's 80,000 relative
            // relocations packed (DT_RELR, read by glibc 2.36 and later): the loader applies
            // them in a tight loop over bitmaps instead of one 24-byte record each, which was
            // a third of a one-shot query's instructions (`newsq --data DIR -e Q1`, 1M facts).
            linkerSettings: [
                .unsafeFlags(["-L", Context.packageDirectory + "/Linker"]),
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                    .when(platforms: [.linux], configuration: .release)),
            ]),
        // The benchmark (`make bench`) and its article generator; not part of newsq.
        .executableTarget(name: "newsq-bench", dependencies: [
            "NewsFacts", "Extraction", "Query", "NewsqCLI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/Tools/newsq-bench"),
        // Trains the part-of-speech tagger (Sources/Extraction/Tagging) and measures it; not part of newsq.
        .target(name: "TaggerTraining", dependencies: ["Extraction"], path: "Sources/Tools/TaggerTraining"),
        .executableTarget(name: "newsq-train-tagger", dependencies: [
            "TaggerTraining", "Extraction", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/Tools/newsq-train-tagger"),
        // Fuzzing (`make fuzz`): the harnesses are plain library code the test suite replays
        // regression files through; each driver hands one of them to libFuzzer.
        .target(name: "FuzzHarness", dependencies: ["NewsFacts", "Extraction", "Query"]),
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzQuery", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzFacts", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzSnapshot", dependencies: ["FuzzHarness"]),
        .target(name: "TestSupport", dependencies: ["NewsFacts"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsFactsTests", dependencies: ["NewsFacts", "TestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NewsFacts", "TestSupport", "TaggerTraining"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "QueryTests", dependencies: ["Query", "NewsFacts", "Extraction", "TestSupport"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        .testTarget(name: "NewsqCLITests", dependencies: ["NewsqCLI", "NewsFacts", "Query", "TestSupport"]),
        .testTarget(name: "LexiconSchemaTests", dependencies: ["LexiconSchema"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzHarness", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

/// Swift flags that make the metadata of a generic type (`Dictionary<String, UInt64>`, an
/// array of a struct) by a direct call to its accessor with the conformances it needs, rather
/// than by looking its mangled name up at run time. The first lookup of a type whose
/// parameters must conform to a protocol (a dictionary's key to `Hashable`) scanned every
/// conformance record in the program, about 165,000 instructions a protocol; the lookups were
/// a third of a one-shot query's instructions (`newsq --data DIR -e Q1` over 1M facts, second
/// run: 1.1M of 3.5M). The price is a little code: the accessor calls are larger than the names.
var metadataByAccessor: [String] { ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"] }
