/// One news article as read from a file: its identity, metadata and plain text.
///
/// For example, a `.txt` file with a `Title:`/`Date:` header becomes
///
///     Article(id: "kyodo-2021-01-27", title: "Motegi plans U.S. visit",
///             date: DateValue(iso: "2021-01-27"), source: "Kyodo", text: "Japanese Foreign …")
public struct Article: Hashable, Sendable {
    /// Stable identifier: the header's `ID`, the JSON `id`, else the file name without extension.
    public var id: String
    public var title: String?
    /// The publication date; nil when neither a header nor the text gives one.
    public var date: DateValue?
    /// True when `date` was inferred from the text (a dateline, a caption) rather than given.
    public var dateInferred: Bool
    /// The date the file gave that newsq could not read ("next Tuesday", "2021-13-45"), kept
    /// so the loader can warn; nil when the file gave none or it was read.
    public var unreadDate: String?
    public var source: String?
    public var url: String?
    /// The file it came from, for messages; nil for articles built in memory.
    public var path: String?
    /// The body text, normalised to `\n` line ends and without a byte-order mark.
    public var text: String

    public init(
        id: String, title: String? = nil, date: DateValue? = nil, dateInferred: Bool = false,
        source: String? = nil, url: String? = nil, path: String? = nil, text: String
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.dateInferred = dateInferred
        self.source = source
        self.url = url
        self.path = path
        self.text = text
    }

    /// A 64-bit FNV-1a hash of everything that defines the article, so the store can tell
    /// an unchanged reload (ignored) from a changed file (its facts replaced).
    public var contentHash: UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        func mix(_ s: String) {
            for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1f) &* 0x100000001b3
        }
        mix(id)
        mix(title ?? "")
        mix(date?.iso ?? "")
        mix(source ?? "")
        mix(url ?? "")
        mix(text)
        return h
    }
}

/// A sentence of an article: its index and where it lies in the article text.
public struct Sentence: Hashable, Sendable {
    public var index: Int
    /// UTF-8 byte offsets into `Article.text`.
    public var range: Range<Int>
    public var text: String

    public init(index: Int, range: Range<Int>, text: String) {
        self.index = index
        self.range = range
        self.text = text
    }
}
