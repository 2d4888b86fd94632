/// A name alone at a sentence's start that no list knows: "Demosisto's Nathan Law earned a
/// surprise victory", a guide's listing line "Dixam, in the centre of the island" or "Gosier:
/// maybe one of the most interesting places". A capitalised word inside a sentence is a name
/// even when nothing says what it names; at a sentence's start the capital proves nothing
/// ("Undaunted, she went on"), so such a word was kept only when the gazetteer lists it as a
/// place. The word is a name there too when three things agree: no word list knows it (no
/// ordinary English word, no class of the lexicon, no first or family name the census lists:
/// "Bailey's, orange vodka, bitters" is a liqueur, "Belle" under a photo a costume), the
/// document never writes it in lower case, and the part-of-speech tagger, reading the sentence,
/// calls it a proper noun.
///
/// The document's words written in lower case are gathered once, on the first word that needs
/// them, so an article of thousands of such sentences stays linear; each sentence is tagged at
/// most once (a sentence has one opening word).
struct OpeningUnlistedNames {
    private let doc: Document
    /// Every word the document writes in lower case, lower-cased; built on first use.
    private var lowerCaseWords: Set<String>?

    init(_ doc: Document) { self.doc = doc }

    /// Whether the one-word mention at token `k`, which opens sentence `sentence`, is such a name.
    mutating func isName(at k: Int, sentence: Int, _ lex: Lexicon) -> Bool {
        let t = doc.tokens
        let word = t[k]
        let gazetteer = Gazetteer.shared
        guard word.kind == .word, word.isCapitalized, !word.has(.allCaps), !word.has(.hyphenated),
              !word.has(.dotted), word.text.count >= 4,
              lex.classes(of: word).isEmpty, !gazetteer.isCommonWord(word.lower),
              !gazetteer.isGivenName(word.lower), !gazetteer.isFamilyName(word.lower)
        else { return false }
        // Written in lower case anywhere in the document: an ordinary word the lists lack.
        if lowerCaseWords == nil {
            var words = Set<String>()
            for other in t where other.kind == .word && !other.isCapitalized { words.insert(other.lower) }
            lowerCaseWords = words
        }
        if lowerCaseWords!.contains(word.lower) { return false }
        let span = doc.sentences[sentence]
        let tags = PartOfSpeechTagger.shared.tag(t, span.tokens)
        return tags[k - span.tokens.lowerBound] == .properNoun
    }
}
