/// A part of speech from the Universal Dependencies tag set (UPOS), as the tagger assigns it
/// to a token.
///
/// The raw values are the tagger's class indices (the weights file stores the same order by
/// name, and loading checks it), so a tag is one byte and an index into score vectors.
package enum PartOfSpeech: UInt8, CaseIterable, Sendable {
    case adjective, adposition, adverb, auxiliary, coordinatingConjunction, determiner, interjection, noun
    case numeral, particle, pronoun, properNoun, punctuation, subordinatingConjunction, symbol, verb, other

    /// The number of tags: the width of every score vector.
    package static let count = allCases.count

    /// The UPOS name ("PROPN", "NOUN"), as CoNLL-U files and the weights file write it.
    package var name: String {
        switch self {
        case .adjective: return "ADJ"
        case .adposition: return "ADP"
        case .adverb: return "ADV"
        case .auxiliary: return "AUX"
        case .coordinatingConjunction: return "CCONJ"
        case .determiner: return "DET"
        case .interjection: return "INTJ"
        case .noun: return "NOUN"
        case .numeral: return "NUM"
        case .particle: return "PART"
        case .pronoun: return "PRON"
        case .properNoun: return "PROPN"
        case .punctuation: return "PUNCT"
        case .subordinatingConjunction: return "SCONJ"
        case .symbol: return "SYM"
        case .verb: return "VERB"
        case .other: return "X"
        }
    }

    /// The tag a UPOS name stands for, or nil for a name outside the tag set.
    package init?(name: String) {
        guard let tag = PartOfSpeech.allCases.first(where: { $0.name == name }) else { return nil }
        self = tag
    }
}
