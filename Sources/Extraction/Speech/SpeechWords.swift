import NewsFacts

extension SpeechExtractor {
    /// The words the speech rules test tokens against, by id (see `WordSet`), looked up once.
    /// The lists themselves are the `speech.*` rows of `Lexicons/wordlists.tsv`.
    final class Words: Sendable {
        static let shared = Words()
        private let classes = Lexicon.shared.classes
        private let lemmas = Lexicon.shared.speechLemmaOf
        let according, to, the, a, so, and, who, that, on, comma, colon: Int32
        let which, but, open, close, semicolon, statement, of: Int32
        /// "She said this again at the dinner": a demonstrative object reports nothing of its own.
        let this: Int32
        /// "X called Y "…"", "X described Y as "…"": a direct quote that characterizes.
        let characterizing = WordSet(.speechCharacterizing)
        /// "according to a statement from X", "a summary released by X": the source follows.
        let sourceMarks = WordSet(.speechSourceMarks)
        /// "a letter seen by X says", "a report obtained by X said": X has the text, it did not write it.
        let accessParticiples = WordSet(.speechAccessParticiples)
        let affiliation = WordSet(.speechAffiliation)
        /// Before a list of speakers, a clause starts ("…, while Japan and Korea said").
        let clauseOpeners = WordSet(.speechClauseOpeners)
        /// Bodies named after their organization speak for it ("a Commission spokesperson said").
        let spokespeople = WordSet(.speechSpokespeople)
        /// Before "said": a participle ("the so-called", "the said"), not speech.
        let participleBefore = WordSet(.speechParticipleBefore)
        /// "was", "been": before a speech verb's participle, a passive ("was confirmed by").
        let passiveAuxiliaries = WordSet(.speechPassiveAuxiliaries)
        let articles = WordSet(.speechArticles)
        let beforeQuote = WordSet(.speechBeforeQuote)
        let callFor = WordSet(.speechCallFor)
        /// Bodies that speak for their organization or country ("Brightwater's board said").
        let bodies = WordSet(.speechBodies)
        /// What joins a speaking body to its topic: "X's report on Iran", "X's analysis of its traffic".
        let bodyTopics = WordSet(.speechBodyTopics)
        /// Prepositions of adjuncts after a verb ("on Twitter", "in a statement").
        let adjunctPrepositions = WordSet(.speechAdjunctPrepositions)
        /// Words that start the clause after an addressee ("told reporters he …").
        let subjects = WordSet(.speechSubjects)
        let mediumPrepositions = WordSet(.speechMediumPrepositions)
        let media = WordSet(.speechMedia)
        let mediumNouns = WordSet(.speechMediumNouns)
        /// "According to X, quoting Y, …": relayed speech.
        let quoting = WordSet(.speechQuoting)
        /// "X quoted Y as saying …", "Y was quoted as saying …": Y speaks.
        let quotedAs = WordSet(.speechQuotedAs)
        /// "Both the district and the police said": words that open a list of speakers.
        let listOpeners = WordSet(.speechListOpeners)
        /// "X issued a statement …": verbs whose object, one of `issueNouns`, is X's statement.
        let issueVerbs = WordSet(.speechIssueVerbs)
        let issueNouns = WordSet(.speechIssueNouns)
        /// Words that go on a name rather than start a clause after it ("X of Y", "X and Y").
        let nameLinks = WordSet(.speechNameLinks)
        /// "statement", "letter", "report": a document that speaks for who issued it (`DocumentIssuers`).
        let documentNouns = WordSet(.speechDocumentNouns)
        /// "reads", "read": what a document says, only after a document phrase.
        let documentVerbs = WordSet(.speechDocumentVerbs)
        /// "released", "issued": between a document and "by"/"from" its issuer.
        let issuingParticiples = WordSet(.speechIssuingParticiples)
        /// "pointed out": the particle a phrasal speech verb needs.
        let verbParticles = WordSet(.speechVerbParticle)
        /// "went on to say": the verb of "go on to" before a speech verb.
        let goOnVerbs = WordSet(.speechGoOnVerbs)
        /// "said that evening": words of time after "that", which then opens no clause.
        let thatTime = WordSet(.speechThatTime)
        /// "Mr.", "Dr": an honorific before a subject's name (`typer.honorific`).
        let honorifics = WordSet(.typerHonorific)

        private init() {
            let id: (KnownWord) -> Int32 = Lexicon.shared.id
            (according, to, the, a, so, and) = (id(.according), id(.to), id(.the), id(.a), id(.so), id(.and))
            (who, that, on, comma, colon) = (id(.who), id(.that), id(.on), id(.comma), id(.colon))
            (which, but, open, close) = (id(.which), id(.but), id(.open), id(.close))
            (semicolon, statement, of) = (id(.semicolon), id(.statement), id(.of))
            this = id(.this)
        }

        @inline(__always) func classes(of t: Token) -> WordClass { t.word >= 0 ? classes[Int(t.word)] : [] }

        /// The lemma of a speech verb ("told" → "tell"), or "" for other words.
        func lemma(of t: Token) -> String { t.word >= 0 ? lemmas[Int(t.word)] ?? "" : "" }

        /// Whether `t` is an adverb or auxiliary that may stand between a speaker and its verb
        /// ("also", "has", "reportedly").
        @inline(__always) func isSpeechAdverb(_ t: Token) -> Bool { classes(of: t).contains(.speechAdverb) }
    }
}
