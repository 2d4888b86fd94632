/// Rows into the fact columns: the internals the importers (loading, facts files, snapshots) share.
extension FactStore {
    /// Appends a batch's rows to the columns, growing them geometrically.
    func append(_ batch: FactBatch) {
        let first = FactID(subjects.count)
        subjects.append(contentsOf: batch.subjects)
        predicates.append(contentsOf: batch.predicates)
        objects.append(contentsOf: batch.objects)
        articleOf.append(contentsOf: repeatElement(batch.article, count: batch.subjects.count))
        sentenceOf.append(contentsOf: batch.sentences)
        if batch.hasSpans && spanStart.isEmpty && first > 0 {
            // The first fact with words: give every earlier fact an empty span.
            spanStart = Column(repeating: .max, count: Int(first))
            spanLength = CompactColumn(repeating: 0, count: Int(first))
        }
        if !spanStart.isEmpty || batch.hasSpans {
            spanStart.append(contentsOf: batch.spanStarts)
            spanLength.append(contentsOf: batch.spanLengths)
        }
        ruleOf.append(contentsOf: batch.rules)
        for q in batch.qualifiers {
            qualifierFact.append(first + FactID(q.row))
            qualifierKey.append(q.key)
            qualifierValue.append(q.value)
        }
    }

    @inline(__always) @discardableResult
    func append(
        _ s: TermID, _ p: TermID, _ o: TermID, article: Int, sentence: Int, range: Range<Int>?, rule: UInt16
    ) -> FactID {
        let f = FactID(subjects.count)
        subjects.append(s)
        predicates.append(p)
        objects.append(o)
        articleOf.append(UInt32(article))
        sentenceOf.append(sentence)
        if let range {
            if spanStart.isEmpty && f > 0 {
                // The first fact with words: give every earlier fact an empty span.
                spanStart = Column(repeating: .max, count: Int(f))
                spanLength = CompactColumn(repeating: 0, count: Int(f))
            }
            spanStart.append(UInt32(clamping: range.lowerBound))
            spanLength.append(range.count)
        } else if !spanStart.isEmpty {
            spanStart.append(.max)
            spanLength.append(0)
        }
        ruleOf.append(rule)
        return f
    }

    func internTerm(kind: TermKind, utf8: UnsafeBufferPointer<UInt8>) -> TermID {
        terms.intern(kind: kind, utf8: utf8)
    }

    func internTerm(_ term: Term) -> TermID { terms.intern(term) }

    func rule(_ name: String) -> UInt16 {
        ruleNames.number(name)
    }

    /// The article slot for an id, created empty (no text) when new.
    func articleSlot(_ id: String, sourceFile: String?) -> Int {
        if let a = articleIndex[id] { return a }
        let a = articles.count
        articles.append(
            StoredArticle(
                article: Article(id: id, text: ""), sentences: [], contentHash: 0,
                sourceFile: sourceFile, factCount: 0))
        articleIndex[id] = a
        return a
    }

    func addFactCount(_ n: Int, toArticle a: Int) { articles[a].factCount += n }

    func reserve(facts n: Int) {
        let total = subjects.count + n
        subjects.reserveCapacity(total)
        predicates.reserveCapacity(total)
        objects.reserveCapacity(total)
        articleOf.reserveCapacity(total)
        sentenceOf.reserveCapacity(total)
        ruleOf.reserveCapacity(total)
    }
}
