import NewsFacts

/// Distinct values put in value order (`Evaluator.orderedBefore`: empty, numbers, dates, then
/// text and names case-insensitively, ties by exact text; values the order calls equal by
/// their ids), each value's number, date, text and lower-cased text read once.
///
/// Why: `orderedBefore` reads both values' texts and lower-cases them at every comparison, so
/// ordering 50,000 names made about two million strings (`order by ?p` over the people of the
/// peer facts took a quarter of a second); here a comparison reads what was read before.
struct ValueOrder {
    private struct Key {
        var value: Value
        /// Its place in the list the keys were made from.
        var index = 0
        /// 0 empty, 1 number, 2 date, 3 text (as `orderedBefore` ranks them, empty first).
        var rank: Int
        var number: Double?
        var date: DateValue?
        var text: String
        var lowered: String
    }

    /// `distinct` (no value twice) in value order.
    static func sorted(_ distinct: [Value], values: Values) -> [Value] {
        sortedKeys(distinct, values: values).map(\.value)
    }

    private static func sortedKeys(_ distinct: [Value], values: Values) -> [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(distinct.count)
        for (index, v) in distinct.enumerated() {
            if v == Relation.null {
                keys.append(Key(value: v, index: index, rank: 0, text: "", lowered: ""))
                continue
            }
            let rank: Int
            switch values.kind(v) {
            case .number: rank = 1
            case .date: rank = 2
            default: rank = 3
            }
            let text = values.text(v)
            keys.append(
                Key(
                    value: v, index: index, rank: rank, number: rank == 1 ? values.number(v) : nil,
                    date: rank == 2 ? values.date(v) : nil, text: text, lowered: text.lowercased()))
        }
        keys.sort { a, b in before(a, b) || !before(b, a) && a.value < b.value }
        return keys
    }

    /// `orderedBefore` over keys.
    private static func before(_ a: Key, _ b: Key) -> Bool {
        if a.value == b.value { return false }
        if a.rank == 0 { return true }
        if b.rank == 0 { return false }
        if a.rank != b.rank { return a.rank < b.rank }
        if a.rank == 1, let x = a.number, let y = b.number, x != y { return x < y }
        if a.rank == 2, let x = a.date, let y = b.date, x != y { return x < y }
        return a.lowered != b.lowered ? a.lowered < b.lowered : a.text < b.text
    }

    /// The place of each value of `column` in value order: values the order calls equal (the
    /// same text as an entity and as a text) share a place. Its distinct values are found by
    /// `ValueGroups` (no `Set` or `Dictionary` hashing a row) and sorted once.
    static func ranks(_ column: [Value], values: Values) -> [Int32] {
        let (ids, distinct) = distinctValues(column)
        let keys = sortedKeys(distinct, values: values)
        var place = [Int32](repeating: 0, count: distinct.count)
        var p: Int32 = 0
        for (i, key) in keys.enumerated() {
            if i > 0 && before(keys[i - 1], key) { p += 1 }
            place[key.index] = p
        }
        return ids.map { place[Int($0)] }
    }

    /// The place of each value of `column` among its distinct values sorted, ties in id order
    /// (each distinct value its own place: what `order by` sorts rows by).
    static func distinctRanks(_ column: [Value], values: Values) -> [Int32] {
        let (ids, distinct) = distinctValues(column)
        var place = [Int32](repeating: 0, count: distinct.count)
        for (i, key) in sortedKeys(distinct, values: values).enumerated() { place[key.index] = Int32(i) }
        return ids.map { place[Int($0)] }
    }

    /// Each value's number among the distinct values (in the order first seen), and those values.
    private static func distinctValues(_ column: [Value]) -> (ids: [Int32], distinct: [Value]) {
        var groups = ValueGroups()
        var distinct: [Value] = []
        let ids = column.map { v in
            groups.group(of: v) {
                distinct.append(v)
                return Int32(distinct.count - 1)
            }
        }
        return (ids, distinct)
    }
}
