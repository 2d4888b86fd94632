import Foundation
import FuzzHarness

/// libFuzzer driver for `SnapshotHarness` (see `make fuzz`); a plain build replays files given.
@main
enum FuzzSnapshot {
    static func main() {
        exit(
            FuzzDriver.main(
                CommandLine.argc, CommandLine.unsafeArgv,
                harness: SnapshotHarness.run, seeds: SnapshotHarness.seeds))
    }
}
