/// What extraction found in one article, as plain values: the hand-off from the
/// Extraction module to the store (and the body of `newsq extract --format json`).
///
/// Names, not ids: a fact's subject and object name entities by their canonical name, so
/// this value is readable and testable alone; the store interns the names when it loads it.
public struct ArticleFacts: Sendable {
    public var article: Article
    public var sentences: [Sentence]
    public var entities: [EntityRecord]
    public var facts: [FactRecord]

    public init(
        article: Article, sentences: [Sentence] = [], entities: [EntityRecord] = [],
        facts: [FactRecord] = []
    ) {
        self.article = article
        self.sentences = sentences
        self.entities = entities
        self.facts = facts
    }
}

/// An entity as one article knows it.
///
/// Entity types are `person organization country place event` and any the extractor learns.
/// Events (talks, visits, statements…) are entities too; their names must be unique across
/// articles, so the extractor names them `KIND#N@ARTICLE-ID` (for example
/// `phone-talks#1@kyodo-2021-01-27`).
public struct EntityRecord: Hashable, Sendable {
    public var name: String
    public var type: String
    public var aliases: [String]
    /// Index of the sentence where the entity is first mentioned (provenance of its
    /// `type` and `alias` facts).
    public var sentence: Int

    public init(name: String, type: String, aliases: [String] = [], sentence: Int = 0) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.sentence = sentence
    }
}

/// A qualifier on a fact, such as `of: Japan` on a title or `direct: true` on a statement.
public struct Qualifier: Hashable, Sendable {
    public var key: String
    public var value: Term

    public init(_ key: String, _ value: Term) {
        self.key = key
        self.value = value
    }
}

/// One subject–predicate–object fact with its qualifiers and where it came from.
public struct FactRecord: Hashable, Sendable {
    public var subject: Term
    public var predicate: String
    public var object: Term
    public var qualifiers: [Qualifier]
    /// Index of the sentence it came from (into `ArticleFacts.sentences`).
    public var sentence: Int
    /// UTF-8 byte offsets into the article text of the words that state it, when known.
    public var range: Range<Int>?
    /// How it was obtained: the pattern's name, or `asserted` when a person added it.
    public var rule: String

    public init(
        subject: Term, predicate: String, object: Term, qualifiers: [Qualifier] = [],
        sentence: Int, range: Range<Int>? = nil, rule: String
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.qualifiers = qualifiers
        self.sentence = sentence
        self.range = range
        self.rule = rule
    }

    /// The value of a qualifier, if present.
    public func qualifier(_ key: String) -> Term? {
        qualifiers.first { $0.key == key }?.value
    }
}
