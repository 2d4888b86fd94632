/// A condition of a WHERE or ON clause and the table aliases it reads, so it can be placed
/// at the first join where all of them are present.
struct SQLCondition {
    var sql: String
    var aliases: Set<String>

    static let never = SQLCondition(sql: "FALSE", aliases: [])
}
