/// The articles a store holds, in load order: owned values, or the article records of a
/// mapped snapshot (`MappedArticles`), each decoded only when it is read.
///
/// For example:
///
///     store.articles.count          // 100,000: no record decoded
///     store.articles.id(7)          // only record 7's id
///     store.articles[7].article     // record 7 decoded, text and sentences
///     store.articles.append(a)      // the first change decodes every record into owned values
///
/// A mapped record is checked when it is read (`MappedArticles`): a damaged one reads as an
/// empty article and is reported as the store's `snapshotDamage`. Reads are the same either
/// way; the first change decodes the records into owned values (copy on write, as `Column`
/// does).
public struct ArticleRecords: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    /// The articles when owned (empty while `mapped` holds them).
    private var owned: [StoredArticle]
    /// The records in a mapped snapshot, or nil when owned.
    private var mapped: MappedArticles?

    public init() {
        owned = []
    }

    public init(_ articles: [StoredArticle]) {
        owned = articles
    }

    public init(arrayLiteral elements: StoredArticle...) {
        owned = elements
    }

    /// Records read in place from a snapshot, each checked when read.
    init(mapped: MappedArticles) {
        owned = []
        self.mapped = mapped
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { mapped?.count ?? owned.count }
    public var count: Int { mapped?.count ?? owned.count }
    public var isEmpty: Bool { count == 0 }

    /// Whether the articles are records of a mapped snapshot, not yet decoded.
    public var isMapped: Bool { mapped != nil }

    public subscript(i: Int) -> StoredArticle {
        get {
            if let mapped { return mapped.article(i) }
            return owned[i]
        }
        set {
            materialize()
            owned[i] = newValue
        }
    }

    /// The id of article `i`, without decoding the rest of its record.
    public func id(_ i: Int) -> String {
        if let mapped { return mapped.id(i) }
        return owned[i].article.id
    }

    /// Article `i`'s count of facts, without decoding the rest of its record.
    public func factCount(_ i: Int) -> Int {
        if let mapped { return mapped.factCount(i) }
        return owned[i].factCount
    }

    /// The text of sentence `sentence` of article `i` (nil when there is no such sentence).
    public func sentenceText(_ i: Int, _ sentence: Int) -> String? {
        if let mapped { return mapped.article(i).sentenceText(sentence) }
        return owned[i].sentenceText(sentence)
    }

    public mutating func append(_ article: StoredArticle) {
        materialize()
        owned.append(article)
    }

    public mutating func reserveCapacity(_ n: Int) {
        materialize()
        owned.reserveCapacity(n)
    }

    /// Gives back the room owned articles grew into while loading (mapped records stay).
    public mutating func shrinkToFit() {
        guard mapped == nil, owned.capacity > owned.count + owned.count / 16 else { return }
        owned = owned.withUnsafeBufferPointer { Array($0) }
    }

    /// The articles as owned values (every record decoded).
    public var values: [StoredArticle] {
        if let mapped { return (0..<mapped.count).map(mapped.article) }
        return owned
    }

    /// Decodes every record into owned values, before a change.
    private mutating func materialize() {
        guard let mapped else { return }
        owned = (0..<mapped.count).map(mapped.article)
        self.mapped = nil
    }
}
