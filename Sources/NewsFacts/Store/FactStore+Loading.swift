/// What `FactStore.load(_:)` did with an article.
public enum LoadOutcome: Equatable, Sendable {
    case added(facts: Int)
    case unchanged
    case replaced(removed: Int, added: Int)
}

/// Loading: an extracted article, a fact added by hand, a TSV import; each replaces what the same
/// article or file brought before.
extension FactStore {
    /// Adds what extraction found in one article. The same article again (same content) adds
    /// nothing; a changed article with a known id replaces that article's facts.
    ///
    /// Entities become `type` and `alias` facts; every fact keeps its provenance.
    @discardableResult
    public func load(_ extracted: ArticleFacts) -> LoadOutcome {
        let hash = extracted.article.contentHash
        var removed = 0
        let a: Int
        if let existing = articleIndex[extracted.article.id] {
            if articles[existing].contentHash == hash { return .unchanged }
            removed = removeFacts(ofArticles: [existing])
            a = existing
            articles[a] = StoredArticle(
                article: extracted.article, sentences: extracted.sentences,
                contentHash: hash, sourceFile: nil, factCount: 0)
        } else {
            a = articles.count
            articles.append(
                StoredArticle(
                    article: extracted.article, sentences: extracted.sentences,
                    contentHash: hash, sourceFile: nil, factCount: 0))
            articleIndex[extracted.article.id] = a
        }
        let before = factCount
        var batch = FactBatch(article: UInt32(a), capacity: extracted.facts.count + 2 * extracted.entities.count + 5)
        // One access to the term table and rule list for the whole article: a class property
        // accessed once a fact costs an exclusivity check each time.
        FactStore.collect(extracted, into: &batch, terms: &terms, rules: &ruleNames)
        append(batch)
        articles[a].factCount = factCount - before
        invalidate()
        return removed > 0 ? .replaced(removed: removed, added: factCount - before) : .added(facts: factCount - before)
    }

    /// Adds one fact by hand (provenance `asserted` unless a rule is given) to the article
    /// `articleID`, creating an empty article record if needed. Returns the new fact's id.
    @discardableResult
    public func assert(
        subject: Term, predicate: String, object: Term, qualifiers: [Qualifier] = [],
        articleID: String = "asserted", sentence: Int = 0, rule name: String = "asserted"
    ) -> FactID {
        let a = articleSlot(articleID, sourceFile: nil)
        let f = append(
            terms.intern(subject), terms.intern(.entity(predicate)), terms.intern(object),
            article: a, sentence: sentence, range: nil, rule: rule(name))
        for q in qualifiers {
            qualifierFact.append(f)
            qualifierKey.append(terms.intern(.entity(q.key)))
            qualifierValue.append(terms.intern(q.value))
        }
        articles[a].factCount += 1
        invalidate()
        return f
    }

    /// Imports a tab-separated facts file (`s p o okind article sentence`, okind `iri`, `str`
    /// or `date`; the layout `peer_bench.py --dump` writes). Importing the same file again
    /// adds nothing; a changed file replaces the facts it brought before.
    ///
    /// - Throws: `FactsFileError` naming the line and what is wrong with it; nothing of the
    ///   file is kept when it throws.
    @discardableResult
    public func importTSV(_ data: [UInt8], file: String) throws -> LoadOutcome {
        let hash = FactStore.fingerprint(data)
        if importedFiles[file] == hash { return .unchanged }
        // Parse first: a malformed file must leave what was loaded before untouched.
        let columns = try TSVFactsParser.parse(data, file: file, terms: &terms)
        var removed = 0
        if importedFiles[file] != nil {
            let old = articles.indices.filter { articles[$0].sourceFile == file }
            removed = removeFacts(ofArticles: Set(old))
        }
        let slots = columns.articleIDs.map { articleSlot($0, sourceFile: file) }
        let importedRule = rule("imported")
        let n = columns.subjects.count
        reserve(facts: n)
        subjects.append(contentsOf: columns.subjects)
        predicates.append(contentsOf: columns.predicates)
        objects.append(contentsOf: columns.objects)
        articleOf.append(contentsOf: columns.articles.lazy.map { UInt32(slots[Int($0)]) })
        sentenceOf.append(contentsOf: columns.sentences)
        if !spanStart.isEmpty {
            spanStart.append(contentsOf: repeatElement(.max, count: n))
            spanLength.append(repeating: 0, count: n)
        }
        ruleOf.append(contentsOf: repeatElement(importedRule, count: n))
        for a in columns.articles { articles[slots[Int(a)]].factCount += 1 }
        importedFiles[file] = hash
        invalidate()
        let added = n
        return removed > 0 ? .replaced(removed: removed, added: added) : .added(facts: added)
    }

    /// The facts of an extracted article as rows: the article itself (unless curated), each
    /// entity's `type` and `alias` facts, then the extracted facts with their qualifiers.
    static func collect(
        _ extracted: ArticleFacts, into batch: inout FactBatch, terms: inout TermTable, rules: inout RuleNames
    ) {
        let typeP = terms.intern(.entity("type")), aliasP = terms.intern(.entity("alias"))
        let entityRule = rules.number("entity")
        // The article is an entity too, so `[article: ?a], ?a published ?d` dates any fact.
        let meta = extracted.article
        if meta.source != FactsFile.curatedSource {
            let articleRule = rules.number("article")
            let s = terms.intern(.entity(meta.id))
            batch.add(s, typeP, terms.intern(.text("article")), sentence: 0, range: nil, rule: articleRule)
            let described: [(String, Term?)] = [
                ("published", meta.date.map(Term.date)), ("headline", meta.title.map(Term.text)),
                ("source", meta.source.map(Term.text)), ("url", meta.url.map(Term.text)),
            ]
            for case let (predicate, value?) in described {
                batch.add(
                    s, terms.intern(.entity(predicate)), terms.intern(value), sentence: 0, range: nil, rule: articleRule
                )
            }
        }
        for e in extracted.entities {
            let s = terms.intern(.entity(e.name))
            batch.add(s, typeP, terms.intern(.text(e.type)), sentence: e.sentence, range: nil, rule: entityRule)
            for alias in e.aliases where alias != e.name {
                batch.add(s, aliasP, terms.intern(.text(alias)), sentence: e.sentence, range: nil, rule: entityRule)
            }
        }
        // Consecutive facts often share a predicate and rule: remember the last of each.
        var lastPredicate = "", lastPredicateID = TermID.max, lastRule = "", lastRuleID = UInt16.max
        for fact in extracted.facts {
            if fact.predicate != lastPredicate || lastPredicateID == .max {
                lastPredicate = fact.predicate
                lastPredicateID = terms.intern(.entity(fact.predicate))
            }
            if fact.rule != lastRule || lastRuleID == .max {
                lastRule = fact.rule
                lastRuleID = rules.number(fact.rule)
            }
            let row = batch.subjects.count
            batch.add(
                terms.intern(fact.subject), lastPredicateID, terms.intern(fact.object),
                sentence: fact.sentence, range: fact.range, rule: lastRuleID)
            for q in fact.qualifiers {
                batch.qualifiers.append((row, terms.intern(.entity(q.key)), terms.intern(q.value)))
            }
        }
    }

    /// An imported file's fingerprint, to see that it is unchanged: xxHash64 (the snapshot's
    /// checksum, Snapshot.swift), 8 bytes a step; byte-at-a-time FNV, used before, took a
    /// seventh of a 1,000,000-fact import.
    static func fingerprint(_ data: [UInt8]) -> UInt64 {
        data.withUnsafeBytes { Snapshot.checksum($0) }
    }
}
