import Foundation
import NewsFacts

/// The size of the terminal answers are shown on: tables are fitted to its width and the prompt
/// pages an answer longer than its height (see `Pager`).
///
/// For example, `Screen.standardOutput()` is nil when standard output is a file or a pipe, and
/// `Screen(columns: 100, rows: 30)` on a terminal of that size.
public struct Screen: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The narrowest screen tables are fitted to; a smaller report is taken as this.
    static let minimumColumns = 20

    /// The terminal on standard output, nil when it is not one.
    public static func standardOutput() -> Screen? {
        of(descriptor: STDOUT_FILENO)
    }

    /// The terminal on `descriptor`, nil when it is not one.
    static func of(descriptor: Int32, environment: [String: String]? = nil) -> Screen? {
        guard isatty(descriptor) != 0 else { return nil }
        // Read only on a terminal: off one (a script's pipe) the size is never asked for.
        let environment = environment ?? ProcessEnvironment.values(["COLUMNS", "LINES"])
        var size = winsize()
        let reported = ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 ? size : nil
        return measured(
            isTerminal: true, columns: reported.map { Int($0.ws_col) }, rows: reported.map { Int($0.ws_row) },
            environment: environment)
    }

    /// The screen from what the terminal reported: nil off a terminal, and nil when neither the
    /// terminal nor `COLUMNS` / `LINES` give a size (a terminal of size 0 × 0, as a bare pty is,
    /// is not fitted or paged: its size is not known).
    static func measured(isTerminal: Bool, columns: Int?, rows: Int?, environment: [String: String]) -> Screen? {
        guard isTerminal else { return nil }
        func given(_ reported: Int?, _ variable: String) -> Int? {
            if let reported, reported > 0 { return reported }
            return environment[variable].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        }
        guard let width = given(columns, "COLUMNS"), let height = given(rows, "LINES") else { return nil }
        return Screen(columns: max(width, minimumColumns), rows: height)
    }
}
