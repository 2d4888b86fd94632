import Foundation
import FuzzHarness

/// libFuzzer driver for `FactsHarness` (see `make fuzz`); a plain build replays files given.
@main
enum FuzzFacts {
    static func main() {
        exit(
            FuzzDriver.main(
                CommandLine.argc, CommandLine.unsafeArgv,
                harness: FactsHarness.run, seeds: FactsHarness.seeds))
    }
}
