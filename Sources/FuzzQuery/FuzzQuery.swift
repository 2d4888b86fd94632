import Foundation
import FuzzHarness

/// libFuzzer driver for `QueryHarness` (see `make fuzz`); a plain build replays files given.
@main
enum FuzzQuery {
    static func main() {
        exit(
            FuzzDriver.main(
                CommandLine.argc, CommandLine.unsafeArgv,
                harness: QueryHarness.run, seeds: QueryHarness.seeds))
    }
}
