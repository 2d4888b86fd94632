/// Taking facts out: the whole store, the articles of some files, one article's facts before it is
/// replaced; the facts that stay keep their order.
extension FactStore {
    /// Empties the store: no term, fact, article or imported file is left.
    public func removeAll() {
        terms = TermTable()
        subjects = []
        predicates = []
        objects = []
        articleOf = []
        sentenceOf = CompactColumn()
        spanStart = []
        spanLength = CompactColumn()
        ruleOf = []
        qualifierFact = []
        qualifierKey = []
        qualifierValue = []
        ruleNames = RuleNames()
        articles = []
        articleIndexCache = [:]
        articleIndexIsBuilt = true
        importedFiles = [:]
        damageLog = nil
        invalidate()
    }

    /// Removes the articles read from any of `files` (by `Article.path`), with their facts;
    /// the other articles and facts keep their order. Returns how many articles went.
    @discardableResult
    public func removeArticles(fromFiles files: Set<String>) -> Int {
        let doomed = Set(articles.indices.filter { articles[$0].article.path.map(files.contains) ?? false })
        guard !doomed.isEmpty else { return 0 }
        removeFacts(ofArticles: doomed)
        var newIndex = [UInt32](repeating: .max, count: articles.count)
        var kept: [StoredArticle] = []
        kept.reserveCapacity(articles.count - doomed.count)
        for (a, stored) in articles.enumerated() where !doomed.contains(a) {
            newIndex[a] = UInt32(kept.count)
            kept.append(stored)
        }
        for f in 0..<factCount { articleOf[f] = newIndex[Int(articleOf[f])] }
        articles = ArticleRecords(kept)
        articleIndexCache = Dictionary(
            kept.enumerated().map { ($0.element.article.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        articleIndexIsBuilt = true
        invalidate()
        return doomed.count
    }

    /// Removes every fact of the given articles, keeping the order of the rest.
    @discardableResult
    func removeFacts(ofArticles doomed: Set<Int>) -> Int {
        guard !doomed.isEmpty else { return 0 }
        var newID = [FactID](repeating: .max, count: factCount)
        var w = 0
        for r in 0..<factCount where !doomed.contains(Int(articleOf[r])) {
            newID[r] = FactID(w)
            subjects[w] = subjects[r]
            predicates[w] = predicates[r]
            objects[w] = objects[r]
            articleOf[w] = articleOf[r]
            if !spanStart.isEmpty { spanStart[w] = spanStart[r] }
            ruleOf[w] = ruleOf[r]
            w += 1
        }
        let removed = factCount - w
        for column in [\FactStore.subjects, \.predicates, \.objects, \.articleOf] {
            self[keyPath: column].removeLast(removed)
        }
        if !spanStart.isEmpty {
            spanStart.removeLast(removed)
            spanLength.compact(newID)
        }
        sentenceOf.compact(newID)
        ruleOf.removeLast(removed)
        var q = 0
        for r in 0..<qualifierFact.count where newID[Int(qualifierFact[r])] != .max {
            qualifierFact[q] = newID[Int(qualifierFact[r])]
            qualifierKey[q] = qualifierKey[r]
            qualifierValue[q] = qualifierValue[r]
            q += 1
        }
        qualifierFact.removeLast(qualifierFact.count - q)
        qualifierKey.removeLast(qualifierKey.count - q)
        qualifierValue.removeLast(qualifierValue.count - q)
        for a in doomed { articles[a].factCount = 0 }
        invalidate()
        return removed
    }
}
