/// One cell of a table row: a text, an integer, or nothing (SQL NULL).
public enum TableCell: Equatable, Sendable {
    case text(String)
    case integer(Int)
    case null
}
