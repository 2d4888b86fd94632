/// An article the store holds: what was read, its sentences, and its fingerprint.
///
/// A sentence is kept as its byte range of the article's text, not as a string of its own:
/// at 100,000 articles that spares a million allocations and the text's size again. Sentence
/// `i` has index `i`.
public struct StoredArticle: Sendable {
    public var article: Article
    public var contentHash: UInt64
    /// The file the facts came from when several articles share one (a TSV import).
    public var sourceFile: String?
    public var factCount: Int
    /// UTF-8 offsets into `article.text`, one range a sentence.
    public private(set) var sentenceRanges: [Range<Int32>]
    /// Texts of sentences that are not exactly their range of the article text (a facts
    /// file's line without its carriage return, say).
    private var sentenceOverrides: [Int: String]

    public init(article: Article, sentences: [Sentence], contentHash: UInt64, sourceFile: String?, factCount: Int) {
        self.article = article
        self.contentHash = contentHash
        self.sourceFile = sourceFile
        self.factCount = factCount
        var ranges: [Range<Int32>] = []
        ranges.reserveCapacity(sentences.count)
        var overrides: [Int: String] = [:]
        var body = article.text
        body.withUTF8 { text in
            for (i, sentence) in sentences.enumerated() {
                let r = sentence.range
                let inText = r.lowerBound >= 0 && r.upperBound <= text.count
                ranges.append(inText ? Int32(r.lowerBound)..<Int32(r.upperBound) : 0..<0)
                var own = sentence.text
                let same = inText && own.withUTF8 { $0.elementsEqual(UnsafeBufferPointer(rebasing: text[r])) }
                if !same { overrides[i] = sentence.text }
            }
        }
        sentenceRanges = ranges
        sentenceOverrides = overrides
    }

    /// Builds a stored article from ranges already checked against the text (a snapshot).
    init(
        article: Article, sentenceRanges: [Range<Int32>], overrides: [Int: String], contentHash: UInt64,
        sourceFile: String?, factCount: Int
    ) {
        self.article = article
        self.contentHash = contentHash
        self.sourceFile = sourceFile
        self.factCount = factCount
        self.sentenceRanges = sentenceRanges
        self.sentenceOverrides = overrides
    }

    public var sentenceCount: Int { sentenceRanges.count }

    /// The text of sentence `i`, or nil when there is no such sentence.
    public func sentenceText(_ i: Int) -> String? {
        guard i >= 0 && i < sentenceRanges.count else { return nil }
        if let own = sentenceOverrides[i] { return own }
        let r = sentenceRanges[i]
        var body = article.text
        return body.withUTF8 {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(r.lowerBound)..<Int(r.upperBound)]), as: UTF8.self)
        }
    }

    /// Whether sentence `i` is kept as a text of its own rather than its range.
    func hasOwnText(_ i: Int) -> Bool { sentenceOverrides[i] != nil }

    /// The sentences as values (made on demand).
    public var sentences: [Sentence] {
        sentenceRanges.indices.map { i in
            Sentence(
                index: i, range: Int(sentenceRanges[i].lowerBound)..<Int(sentenceRanges[i].upperBound),
                text: sentenceText(i) ?? "") // i is in range
        }
    }
}
