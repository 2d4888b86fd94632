import Foundation

// `newsq bench` asks its start-up children for their peak memory through this variable: the
// rusage `wait4` returns would also count the parent's memory, which the child shared until it
// started this program.
if let file = ProcessInfo.processInfo.environment["NEWSQ_PEAK_RSS_FILE"] {
    PeakMemory.file = file
    atexit { PeakMemory.write() }
}
// A closed pipe shows up as EPIPE on write, which Console turns into a quiet exit.
signal(SIGPIPE, SIG_IGN)
Newsq.main()
// Output that could not be written (a full disk) is a failure even when the command finished.
if Console.lostOutput { exit(1) }
