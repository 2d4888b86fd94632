import Foundation
import NewsqCLI

// A closed pipe shows up as EPIPE on write, which Console turns into a quiet exit.
signal(SIGPIPE, SIG_IGN)
Newsq.main()
// Output that could not be written (a full disk) is a failure even when the command finished.
if Console.lostOutput { exit(1) }
