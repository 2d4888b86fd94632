/// A name alone at a sentence's start that no list knows: "Demosisto's Nathan Law earned a
/// surprise victory", a guide's listing line "Varnö, in the north of the island" or "Quellac:
/// perhaps the liveliest town here". A capitalised word inside a sentence is a name
/// even when nothing says what it names; at a sentence's start the capital proves nothing
/// ("Undaunted, she went on"), so such a word was kept only when the gazetteer lists it as a
/// place. The word is a name there too when three things agree: no word list knows it (no
/// ordinary English word, no class of the lexicon, no first or family name the census lists:
/// "Quellin's, lemon gin, bitters" is a liqueur, "Belle" under a photo a costume), the
/// document never writes it in lower case, and the part-of-speech tagger, reading the sentence,
/// calls it a proper noun.
///
/// Whether the document writes a word in lower case is found by a scan of its tokens for the
/// first few words that ask (most articles ask a handful of times: hashing every lower-case word
/// into a set cost more than the rest of the rule), then by a set of those words gathered once,
/// so an article of thousands of such sentences stays linear; each sentence is tagged at most
/// once (a sentence has one opening word).
struct OpeningUnlistedNames {
    private let doc: Document
    /// Every word the document writes in lower case, lower-cased; built once `scans` reaches
    /// `scansBeforeSet`.
    private var lowerCaseWords: Set<String>?
    /// Questions answered by a scan so far.
    private var scans = 0
    /// Scans of the tokens allowed before the set is built (a scan reads each token's kind, flags
    /// and lower-case length; a set hashes every lower-case word).
    static let scansBeforeSet = 16

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
        if isWrittenInLowerCase(word.lower) { return false }
        let span = doc.sentences[sentence]
        let tags = PartOfSpeechTagger.shared.tag(t, span.tokens)
        return tags[k - span.tokens.lowerBound] == .properNoun
    }

    /// Whether some word token of the document, not capitalised, lower-cases to `lower`.
    private mutating func isWrittenInLowerCase(_ lower: String) -> Bool {
        let t = doc.tokens
        if lowerCaseWords == nil, scans < Self.scansBeforeSet {
            scans += 1
            let length = lower.utf8.count
            for i in t.indices
            where t[i].kind == .word && !t[i].isCapitalized && t[i].lower.utf8.count == length && t[i].lower == lower {
                return true
            }
            return false
        }
        if lowerCaseWords == nil {
            var words = Set<String>(minimumCapacity: t.count)
            for i in t.indices where t[i].kind == .word && !t[i].isCapitalized { words.insert(t[i].lower) }
            lowerCaseWords = words
        }
        return lowerCaseWords!.contains(lower)
    }
}
