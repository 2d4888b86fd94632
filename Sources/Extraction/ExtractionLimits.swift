/// Bounds on what one token, one sentence or one article can make the pipeline do, so every
/// stage runs in time and memory linear in the text, whatever the text is.
///
/// Each bound is far above what real news needs (the longest sentence of the UD English EWT
/// and GUM corpora has 159 tokens; an article names a few dozen events), so real articles
/// never reach one; a generated or broken file (one 8 MB sentence, a million names) does,
/// and then loses a little precision instead of taking hours and gigabytes.
enum ExtractionLimits {
    /// The longest word token, in bytes: a longer run of letters is cut into tokens of this
    /// size (at a character boundary), so per-token string work is bounded.
    static let maxTokenBytes = 256

    /// The most tokens one sentence may have. A longer one is cut at its last clause mark
    /// (`,` `;` `:` or a spaced dash) in the second half of the limit, else at the limit:
    /// the stages look back and forth within a sentence, and this keeps each look bounded.
    static let maxSentenceTokens = 200

    /// How many other speech verbs a reported clause may hold ("X said Y said Z" holds one):
    /// the clause ends before the next, so each word is in at most this many + 1 statements.
    static let maxVerbsInStatement = 2

    /// The most words a title may have before its head ("First Deputy Prime Minister" has
    /// two); the title grammar tries each prefix as the start of a title of its own.
    static let maxTitleWordsBeforeHead = 6

    /// How many mentions back an anaphor or an ambiguous surname looks when it reaches past
    /// the sentences near it ("the ministry" for a ministry named paragraphs before).
    static let mentionLookback = 2_000

    /// The most aliases and distinct titles one entity keeps (adding one scans those known).
    static let maxAliasesPerEntity = 64
    static let maxTitlesPerEntity = 32

    /// How many earlier events of the same family a new event is compared with when merging,
    /// and the most participants an event keeps.
    static let eventMergeWindow = 64
    static let maxEventParticipants = 24

    /// How many polls (iterations of a stage's loop over sentences or mentions) pass between
    /// two questions to the caller's `CancellationCheck`; the tokenizer asks every 64 kB.
    static let pollsBetweenCancelChecks = 256
    static let bytesBetweenCancelChecks = 65_536
}
