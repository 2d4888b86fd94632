/// The answer of a query: a header a column and the rows as values, plus (with sources on)
/// the facts behind each row.
struct ResultSet {
    var headers: [String]
    var rows: [Value] = []
    var count = 0
    /// Fact ids behind each row, `factWidth` a row (`Relation.null` where an optional missed).
    var facts: [Value] = []
    var factWidth = 0
    var width: Int { headers.count }
}
