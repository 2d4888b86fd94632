/// A bound clause as the user wrote it, written back only when something shows it (`explain`,
/// a trace line, the planner's tests).
///
/// Resolving a statement used to write every clause and the whole query back as text, and
/// writing a name back lexes it again to know whether it needs quotes (`TermRef.isBare`): for
/// a typed point lookup that cost more than resolving, planning and running it together. The
/// clause (one reference: `Clause` is an indirect enum) is kept instead and written on demand.
struct ClauseText: Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    private enum Form {
        case text(String)
        case clause(Clause)
    }

    private let form: Form

    /// The clause, written back when `text` is read.
    init(_ clause: Clause) { form = .clause(clause) }

    /// Text given as it is (tests, clauses made by the engine).
    init(stringLiteral text: String) { form = .text(text) }

    /// The clause on one line, as `Clause.source` writes it.
    var text: String {
        switch form {
        case .text(let s): return s
        case .clause(let c): return c.source
        }
    }

    var description: String { text }

    static func == (a: ClauseText, b: ClauseText) -> Bool { a.text == b.text }
}
