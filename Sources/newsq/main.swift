import ArgumentParser
import Foundation
import NewsqCLI

// A closed pipe shows up as EPIPE on write, which Console turns into a quiet exit.
signal(SIGPIPE, SIG_IGN)
// `newsq --data DIR -e Q`, the form scripts call in a loop, skips the argument parser's set-up;
// so does `newsq --version` (the line the parser prints for it).
if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
    print(NewsqVersion.text)
} else if let fast = FastStart(Array(CommandLine.arguments.dropFirst())) {
    do {
        try fast.run()
    } catch let code as ExitCode {
        // What the argument parser does with it: exit with the code, saying nothing.
        exit(code.rawValue)
    } catch {
        Newsq.exit(withError: error)
    }
} else {
    Newsq.main()
}
// Output that could not be written (a full disk) is a failure even when the command finished.
if Console.lostOutput { exit(1) }
