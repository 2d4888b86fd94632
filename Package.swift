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
        // Built without run-time exclusivity checks, as Extraction and Query are (see there).
        .target(name: "NewsFacts", dependencies: ["CFreePages"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
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
        .target(name: "Query", dependencies: ["NewsFacts", "CPrefetch"], exclude: ["Grammar.md"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // libedit's header (Debian's libedit-dev); the library itself is not linked but opened
        // when the prompt first needs it (CEditLine.c), so a one-shot `newsq -e` never loads it.
        // A small C shim wraps its variadic calls.
        .systemLibrary(name: "CLibEdit", path: "Sources/CLibEdit"),
        .target(name: "CEditLine", dependencies: ["CLibEdit"]),
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        // The shell, REPL, dot-commands, completion, corpus loading, snapshot policy and
        // export of the newsq program; the executable only parses its command line.
        .target(name: "NewsqCLI", dependencies: ["NewsFacts", "Extraction", "Query", "LineEditor"]),
        // The C++ standard library the Swift runtime needs is linked from its archive, not
        // loaded at start (Linker/libstdc++.so says why: a quarter of a one-shot query's work).
        .executableTarget(
            name: "newsq",
            dependencies: [
                "NewsFacts", "Extraction", "Query", "NewsqCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.unsafeFlags(["-L", Context.packageDirectory + "/Linker"])]),
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
