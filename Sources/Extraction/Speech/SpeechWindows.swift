/// How far the speech rules look, in tokens (or commas, sentences, words where said): each
/// window has a name here instead of a number in a rule. They bound the work per token and
/// keep a rule from reaching into another clause; real news rarely comes near them.
enum SpeechWindows {
    /// A quote shorter than this (inside its marks) is a scare quote ("patience"), not a statement.
    static let minQuoteTokens = 3
    /// … but one of this many tokens is what a characterizing verb calls its object ("called the
    /// blockade "pure piracy"").
    static let minCharacterizingTokens = 2
    /// A quoted term, not a statement, inside a clause: at most this many tokens inside the marks.
    static let quotedTerm = 4
    /// After a closing quote, the speech verb of `"…," the minister said` within this many tokens.
    static let verbAfterQuote = 8
    /// `"…," X, editor at large at the Quarnby Herald, said`: the apposition's closing comma within
    /// this many tokens after the name.
    static let appositionAfterQuote = 24
    /// `X called the decision "…"`: the characterizing verb at most this many words before the quote.
    static let characterizedObject = 6
    /// `X described Y as an individual, "…"`: "as" at most this many tokens before the quote …
    static let asBeforeQuote = 4
    /// … and the characterizing verb at most this many tokens before "as".
    static let characterizedAsObject = 20
    /// A quote opening a sentence continues the speaker quoted at most this many sentences before.
    static let continuedQuoteSentences = 2
    /// A quote opening a paragraph is the one person named in the paragraph before, when that
    /// paragraph has at most this many sentences.
    static let paragraphSubjectSentences = 4
    /// `in the words of the prosecutor, X, QC, "…"`: "words of" at most this many tokens back.
    static let wordsOfReach = 15
    /// "According to X, a professor at Y, CLAUSE": the apposition after the source spans at most
    /// this many tokens.
    static let appositionAfterSource = 12
    /// Most tokens of a dateline before its dash ("WASHINGTON, March 3 (Reuters) -").
    static let datelineTokens = 12
    /// "according to a statement from X": "from"/"by" within this many lower-case words.
    static let sourceMarkWords = 5
    /// "according to Afghan Ambassador to the US X", "quoting North Korea's agency KCNA": the
    /// name within this many tokens.
    static let titledNameReach = 12
    /// A bracketed short form after a name ("(KCNA)") is at most this long, read forwards.
    static let bracketForward = 10
    /// A bracketed short form before a verb ("(OWU) said") is at most this long, read backwards.
    static let bracketBackward = 4
    /// "X, curator at …, said": an apposition spans at most this many tokens back from the verb …
    static let appositionSpan = 40
    /// … across at most this many commas …
    static let appositionCommas = 3
    /// … and a body ("X, a Nairobi-based bank, said") speaks only within this many tokens.
    static let appositionBodySpan = 16
    /// "X, which represents …, said": the relative clause spans at most this many tokens.
    static let relativeClauseSpan = 40
    /// "Two candidates, X and Y, said": the list of names spans at most this many tokens.
    static let appositionListSpan = 20
    /// "CLAUSE, a Commission spokesperson said": the comma before the speaker within this many tokens.
    static let postposedSpeakerSpan = 8
    /// A post-posed attribution needs a clause of more than this many tokens before its comma.
    static let postposedMinClause = 2
    /// A reported clause right after the verb needs at least this many tokens, else the statement
    /// is looked for before the speaker.
    static let minClauseAfterVerb = 2
    /// A reported statement needs at least this many tokens.
    static let minStatementTokens = 3
    /// "on Twitter", "in a statement", "at a press conference": an adjunct has at most this many words.
    static let adjunctWords = 5
    /// "told a parliamentary session he …": an addressee has at most this many tokens.
    static let addresseeTokens = 8
    /// ", the sources said.": at most this many words before the verb of a trailing attribution.
    static let trailingAttributionWords = 4
    /// "said on Twitter", "said in a statement": the medium within this many tokens after the verb.
    static let mediumReach = 4
    /// "X's analysis of its own weekly sales figures said": the most words of the "of" phrase
    /// between a speaking body and its verb.
    static let bodyOfPhrase = 8
    /// "X's recent annual report said": the most adjectives between the possessive and the body.
    static let bodyAdjectives = 2
    /// "On Quarnby's chemical weapons, X conveyed …": an adjunct opening a sentence before the
    /// subject, up to its comma, has fewer tokens than this.
    static let openingAdjunct = 12
}
