/// What `explain` prints for one step: the clause, how it was joined, estimated and actual rows.
struct TraceLine {
    var depth: Int
    var clause: String
    var method: String
    var estimate: Double
    var actual: Int
}
