/// What newsq's facts may say, in one place: the entity types, the predicates with their
/// qualifiers and the extraction rules that make them, and the kinds of event. The extractor
/// makes only these (a test runs it over every article in the repository and checks), the query
/// language and the facts-file reader read their lists here, and the vocabulary table of
/// `Sources/Extraction/README.md` is rendered from it (`FactVocabulary.readmeTable`, checked
/// by a test that re-records it with `NEWSQ_RECORD=1`).
///
///     FactVocabulary.predicate("title")?.qualifiers.map(\.key)   // ["of", "former", "derived"]
///     FactVocabulary.meetingKinds                                 // ["meeting", "talks", …]
public enum FactVocabulary {
    /// A qualifier key of a predicate and what its value says.
    public struct QualifierKey: Sendable, Equatable {
        public let key: String
        public let meaning: String
        /// Whether an unquoted value names an entity (in a facts file, and in the exports).
        public let namesEntity: Bool
    }

    /// A predicate: what its subject and object are, its qualifiers, and the rules that make it.
    public struct Predicate: Sendable {
        public let name: String
        /// "person → title text …", as the README's table reads.
        public let shape: String
        /// Whether the object is text (a literal) rather than an entity or a date.
        public let literalObject: Bool
        public let qualifiers: [QualifierKey]
        /// The extraction rules that state it (`rule` of each fact), in the table's order.
        public let rules: [String]
        /// What the table says after the rules, if anything.
        public let rulesNote: String
    }

    /// A kind of event, and the family its events merge in.
    public struct EventKind: Sendable, Equatable {
        public let name: String
        public let family: String
        /// Whether its participants met (what `who met X?` counts).
        public let isMeeting: Bool
    }

    /// Entity types: the four named kinds, `event`, `work` (a named document or occasion, not
    /// counted as a named entity) and `unknown` (a name the text does not type).
    public static let entityTypes = ["person", "organization", "country", "place", "event", "work", "unknown"]

    /// Facts the store makes from entity records rather than from sentences.
    public static let entityRecordPredicates = ["type", "alias"]

    public static let predicates: [Predicate] = [
        Predicate(
            name: "title",
            shape:
                "person → title text in Title Case as commonly written (\"Foreign Minister\", \"Secretary of State\"),"
                + " or the descriptor as written (\"chief negotiator\")",
            literalObject: true,
            qualifiers: [
                QualifierKey(key: "of", meaning: "country or organization, when known", namesEntity: true),
                QualifierKey(key: "former", meaning: "", namesEntity: false),
                QualifierKey(key: "derived", meaning: "counterpart reasoning", namesEntity: false),
            ],
            rules: [
                "title-before-name", "title-apposition", "title-as", "title-descriptor", "title-counterpart",
                "title-relative", "title-list", "title-coordinated", "title-copula", "title-led-by",
                "title-post-nominal", "title-address",
                "title-place-context", "title-country-context", "title-country-administration", "title-country-article",
            ],
            rulesNote: "the last four add the `of` the text leaves implicit"),
        Predicate(
            name: "said",
            shape: "person/organization/country → the statement (the quote, or the reported clause)",
            literalObject: true,
            qualifiers: [
                QualifierKey(key: "direct", meaning: "true/false", namesEntity: false),
                QualifierKey(key: "to", meaning: "addressee", namesEntity: true),
                QualifierKey(key: "date", meaning: "", namesEntity: false),
                QualifierKey(key: "medium", meaning: "\"Twitter\", \"statement\"", namesEntity: false),
                QualifierKey(key: "verb", meaning: "lemma when not say/tell", namesEntity: false),
                QualifierKey(key: "via", meaning: "who relayed it: \"according to X, quoting Y\"", namesEntity: true),
            ],
            rules: [
                "quote-after", "quote-before", "quote-continued", "quote-colon", "quote-words-of",
                "quote-document", "interview-answer", "interview-label",
                "reported-speech", "reported-postposed", "reported-relative", "reported-coordinated",
                "reported-apposition", "according-to", "according-to-relayed",
            ],
            rulesNote: ""),
        Predicate(
            name: "kind",
            shape: "event → its kind, one of a closed vocabulary: "
                + eventKinds.map { "\"\($0.name)\"" }.joined(separator: ", ")
                + " (a dated happening no trigger names is an \"occurrence\"; never a bare verb)",
            literalObject: true, qualifiers: [], rules: ["event-trigger"], rulesNote: ""),
        Predicate(
            name: "participant", shape: "event → entity", literalObject: false, qualifiers: [],
            rules: ["event-participant"], rulesNote: ""),
        Predicate(
            name: "date", shape: "event → date (day, month, year or decade precision)", literalObject: false,
            qualifiers: [
                QualifierKey(
                    key: "inferred", meaning: "the article's date, for held talks the text does not date",
                    namesEntity: false)
            ],
            rules: ["event-date", "event-date-article"], rulesNote: ""),
        Predicate(
            name: "place", shape: "event → place or country where it happens", literalObject: false, qualifiers: [],
            rules: ["event-place"], rulesNote: ""),
        Predicate(
            name: "destination", shape: "visit/trip event → where it goes", literalObject: false, qualifiers: [],
            rules: ["event-destination", "event-destination-country"], rulesNote: ""),
        Predicate(
            name: "medium", shape: "event → \"phone\", \"video\"", literalObject: true, qualifiers: [],
            rules: ["event-medium"], rulesNote: ""),
        Predicate(
            name: "duration", shape: "event → \"about 30 minutes\"", literalObject: true, qualifiers: [],
            rules: ["event-duration"], rulesNote: ""),
        Predicate(
            name: "status",
            shape: "event → \"held\", \"planned\" or \"denied\" (the text says it did not or will not happen: "
                + "\"has not visited\", \"cancelled her visit\")",
            literalObject: true, qualifiers: [], rules: ["event-status"], rulesNote: ""),
        Predicate(
            name: "located_in", shape: "place → place or country", literalObject: false, qualifiers: [],
            rules: ["located-in", "located-in-apposition", "located-in-lexicon", "located-in-capital"], rulesNote: ""),
        Predicate(
            name: "claims", shape: "country/organization → place", literalObject: false, qualifiers: [],
            rules: ["claims"], rulesNote: ""),
        Predicate(
            name: "member_of", shape: "country/organization → organization", literalObject: false, qualifiers: [],
            rules: ["member-of", "member-of-includes"], rulesNote: ""),
    ]

    /// The kinds an event may have. `occurrence` is a dated happening whose verb names no kind.
    public static let eventKinds: [EventKind] =
        [
            EventKind(name: "meeting", family: "talks", isMeeting: true),
            EventKind(name: "talks", family: "talks", isMeeting: true),
            EventKind(name: "phone talks", family: "talks", isMeeting: true),
            EventKind(name: "summit", family: "talks", isMeeting: true),
            EventKind(name: "call", family: "talks", isMeeting: true),
            EventKind(name: "phone call", family: "talks", isMeeting: true),
            EventKind(name: "video call", family: "talks", isMeeting: true),
            EventKind(name: "interview", family: "talks", isMeeting: true),
            EventKind(name: "visit", family: "visit", isMeeting: true),
            EventKind(name: "trip", family: "visit", isMeeting: false),
            EventKind(name: "confirmation", family: "confirmation", isMeeting: false),
            EventKind(name: "inauguration", family: "inauguration", isMeeting: false),
            EventKind(name: "expiry", family: "expiry", isMeeting: false),
            EventKind(name: "statement", family: "occurrence", isMeeting: false),
            EventKind(name: "occurrence", family: "occurrence", isMeeting: false),
        ] + datedKinds.map { EventKind(name: $0, family: "occurrence", isMeeting: false) }

    /// What a date's verb names when no trigger took it ("resigned on Tuesday": a resignation);
    /// `Lexicons/eventtriggers.tsv` maps the verbs to these.
    static let datedKinds = [
        "agreement", "announcement", "appointment", "approval", "arrest", "attack", "attendance", "birth",
        "capture", "celebration", "charge", "closure", "collapse", "conviction", "death", "defeat", "demand",
        "departure", "election", "end", "eruption", "exhibition", "explosion", "founding", "induction", "joining",
        "killing", "landing", "launch", "marriage", "negotiation", "opening", "postponement", "presentation",
        "publication", "rejection", "release", "request", "rescue", "resignation", "retirement", "sentencing",
        "signing", "start", "vote", "win",
    ]

    /// The event kinds whose participants met, in the order `who met X?` lists them.
    public static let meetingKinds = eventKinds.filter(\.isMeeting).map(\.name)

    /// The predicate named `name`, if the vocabulary has it.
    public static func predicate(_ name: String) -> Predicate? { predicates.first { $0.name == name } }

    /// Every qualifier key any predicate takes, once, in the table's order.
    public static var qualifierKeys: [String] {
        var seen = Set<String>()
        return predicates.flatMap { $0.qualifiers.map(\.key) }.filter { seen.insert($0).inserted }
    }

    /// Predicates whose unquoted objects are text, not entity names (with `type` and `alias`).
    public static var literalPredicates: Set<String> {
        Set(entityRecordPredicates + predicates.filter(\.literalObject).map(\.name) + ["name", "text", "date"])
    }

    /// Keys a facts file or a query may use as qualifiers besides the extractor's: the event
    /// predicates written as qualifiers of a fact, and `about` (what a statement is about).
    public static let curatedQualifiers = ["place", "destination", "participant", "about", "duration"]

    /// Qualifier keys whose unquoted values name entities.
    public static var entityQualifiers: Set<String> {
        Set(
            predicates.flatMap { $0.qualifiers.filter(\.namesEntity).map(\.key) } + [
                "place", "destination", "participant", "about",
            ])
    }

    /// Every key a query may name in `[…]`: the qualifiers, the curated ones, and a fact's
    /// provenance (`article`, `sentence`).
    public static var queryQualifiers: [String] {
        var seen = Set<String>()
        return (qualifierKeys + curatedQualifiers + ["article", "sentence"]).filter { seen.insert($0).inserted }
    }

    /// The README's vocabulary table, rendered from `predicates` (Markdown).
    public static var readmeTable: String {
        var out = "| Predicate | Subject → object | Qualifiers | Rules |\n|---|---|---|---|\n"
        for p in predicates {
            let qualifiers = p.qualifiers.map { q in q.meaning.isEmpty ? "`\(q.key)`" : "`\(q.key)` (\(q.meaning))" }
            var rules = p.rules.map { "`\($0)`" }.joined(separator: ", ")
            if !p.rulesNote.isEmpty { rules += "; " + p.rulesNote }
            let cells = ["`\(p.name)`", p.shape, qualifiers.joined(separator: ", "), rules]
            out += "|" + cells.map { $0.isEmpty ? " " : " \($0) " }.joined(separator: "|") + "|\n"
        }
        return out
    }
}
