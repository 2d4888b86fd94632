/// Where a fact came from: the article, the sentence, the words, and how it was obtained.
public struct Provenance: Hashable, Sendable {
    public var articleID: String
    public var sentence: Int
    /// UTF-8 byte offsets into the article text, when known.
    public var range: Range<Int>?
    /// The extraction pattern's name, `asserted` for curated facts, `imported` for a TSV.
    public var rule: String
}
