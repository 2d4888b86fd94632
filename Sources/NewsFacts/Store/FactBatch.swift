extension FactStore {
    /// The rows of one article's facts, gathered before they join the store's columns.
    struct FactBatch {
        let article: UInt32
        var subjects: [TermID] = [], predicates: [TermID] = [], objects: [TermID] = []
        var sentences = CompactColumn(), spanStarts: [UInt32] = [], spanLengths = CompactColumn(), rules: [UInt16] = []
        var hasSpans = false
        /// (row in this batch, key, value)
        var qualifiers: [(row: Int, key: TermID, value: TermID)] = []

        init(article: UInt32, capacity: Int) {
            self.article = article
            subjects.reserveCapacity(capacity)
            predicates.reserveCapacity(capacity)
            objects.reserveCapacity(capacity)
            sentences.reserveCapacity(capacity)
            spanStarts.reserveCapacity(capacity)
            spanLengths.reserveCapacity(capacity)
            rules.reserveCapacity(capacity)
        }

        mutating func add(_ s: TermID, _ p: TermID, _ o: TermID, sentence: Int, range: Range<Int>?, rule: UInt16) {
            subjects.append(s)
            predicates.append(p)
            objects.append(o)
            sentences.append(sentence)
            if let range {
                hasSpans = true
                spanStarts.append(UInt32(clamping: range.lowerBound))
                spanLengths.append(range.count)
            } else {
                spanStarts.append(.max)
                spanLengths.append(0)
            }
            rules.append(rule)
        }
    }
}
