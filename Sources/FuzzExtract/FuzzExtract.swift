import Foundation
import FuzzHarness

/// libFuzzer driver for `ExtractHarness` (see `make fuzz`); a plain build replays files given.
@main
enum FuzzExtract {
    static func main() {
        exit(
            FuzzDriver.main(
                CommandLine.argc, CommandLine.unsafeArgv,
                harness: ExtractHarness.run, seeds: ExtractHarness.seeds))
    }
}
