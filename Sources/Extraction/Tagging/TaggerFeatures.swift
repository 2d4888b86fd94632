/// The features the part-of-speech tagger scores a token by, as 32-bit keys.
///
/// A feature is a template (what it looks at: the word, its suffix, the previous word) and a
/// value; its key is a hash of both. The trainer and the tagger compute keys with this one
/// type, so they agree without sharing a string table; two features whose keys collide share
/// one weight, in training as in tagging. Words are read as `TaggerWordForm` normalises them.
///
/// Every feature looks at a single word (in one of six slots: the token itself, the token
/// opening its sentence, and the words one and two before and after it) or at the two tags
/// before the token, never at two words or at a word and a tag. So the tagger adds up each
/// known word's features once, when it loads, and scoring a token is a few vector additions.
/// (The previous tag with the token's word, tried, gained 0.1 point of accuracy for a lookup
/// per token and a slower start.)
///
/// A headline (a sentence in capitals or Title Case, see `Style`) has features of their own,
/// every key apart from the same feature's key in normal text: what capitals mean in "PRICES
/// RISE" or "Prices Rise" says nothing of what they mean in running text, so the two are in
/// effect two models in one table, and headlines teach the normal one nothing.
package final class TaggerFeatures {
    /// What a feature looks at; the raw value seeds its keys.
    enum Template: UInt64 {
        case bias = 1, word, lower, prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, shape, shortShape, flags
        case initial, initialShape, initialLower
        case previousLower, previousSuffix, previousShape, beforePreviousLower
        case nextLower, nextSuffix, nextShape, afterNextLower
        case previousTag, previousTwoTags
    }

    /// Where a word's keys sit in the block `keys(of:into:style:)` fills.
    package enum Slot: Int, CaseIterable {
        /// The token's own features.
        case local
        /// Added when the token is the first word of its sentence.
        case initial
        /// Added to the token after this word, and the one two after.
        case previous, beforePrevious
        /// Added to the token before this word, and the one two before.
        case next, afterNext

        /// The slot's keys in a word's block.
        package var range: Range<Int> {
            switch self {
            case .local: return 0..<12
            case .initial: return 12..<15
            case .previous: return 15..<18
            case .beforePrevious: return 18..<19
            case .next: return 19..<22
            case .afterNext: return 22..<23
            }
        }

        /// Whether the slot's keys name the word itself (as opposed to its suffix or shape):
        /// the word, its lower case, and its lower case before or after a token. A word that
        /// was never seen in training has no such feature.
        package static func namesWord(_ index: Int) -> Bool {
            switch index {
            case 1, 2, 14, 15, 18, 19, 22: return true
            default: return false
            }
        }
    }

    /// The number of keys `keys(of:into:style:)` writes for one word.
    package static let keysPerWord = 23

    /// A word as the features see it: the hashes of its normalised text (the tagger's key for
    /// its table of known words) and of its lower case (`Slot.namesWord`), and its `Flag`s.
    package struct Word: Equatable {
        package var formHash: UInt64
        package var lowerHash: UInt64
        package var flags: UInt16

        /// A sentence's first word is the first with a letter or digit.
        package var hasLetterOrDigit: Bool { flags & Flag.noLetterOrDigit == 0 }
    }

    private let word = TaggerWordForm()

    package init() {}

    // MARK: - Keys

    /// The key of a feature: its template and a value (a text's hash, a tag, a flag set), in a
    /// sentence of `style`.
    @inline(__always) static func key(_ template: Template, _ value: UInt64, _ style: Style) -> UInt32 {
        var h = value ^ (template.rawValue &* 0x9E37_79B9_7F4A_7C15) ^ (style.rawValue &* 0xD6E8_FEB8_6659_FD93)
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: h ^ (h >> 31))
    }

    /// Values standing for the missing words before a sentence's first and after its last.
    private static let sentenceStart: UInt64 = 1, sentenceEnd: UInt64 = 2

    /// Keys of the words before the first token of a sentence (`before: 1` is the word just
    /// before it, `before: 2` the one before that) in the slot they fill for that token.
    package static func startKeys(before distance: Int, style: Style) -> [UInt32] {
        let v = sentenceStart
        return distance == 1
            ? [key(.previousLower, v, style), key(.previousSuffix, v, style), key(.previousShape, v, style)]
            : [key(.beforePreviousLower, v, style)]
    }

    /// Keys of the words after the last token of a sentence, as `startKeys(before:style:)`.
    package static func endKeys(after distance: Int, style: Style) -> [UInt32] {
        let v = sentenceEnd
        return distance == 1
            ? [key(.nextLower, v, style), key(.nextSuffix, v, style), key(.nextShape, v, style)]
            : [key(.afterNextLower, v, style)]
    }

    /// The keys of the tags before a token: the previous tag and the previous two. A tag is a
    /// `PartOfSpeech` raw value, or `PartOfSpeech.count` before the sentence's start.
    package static func tagKeys(previous: Int, beforePrevious: Int, style: Style) -> (UInt32, UInt32) {
        (key(.previousTag, UInt64(previous), style),
         key(.previousTwoTags, UInt64(beforePrevious * 64 + previous), style))
    }

    /// The hash of a word's normalised text: what the tagger needs to find a known word.
    @inline(__always) package func formHash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        word.formHash(text)
    }

    /// Writes the `keysPerWord` keys of a word into `out`, in the layout `Slot.range` gives,
    /// for a sentence in `style`; returns the word's hashes and flags.
    @discardableResult
    package func keys(of text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt32>,
                      style: Style = .normal) -> Word {
        let w = word
        w.analyze(text)
        let form = w.form, fn = w.formCount, lower = w.lower, ln = w.lowerCount
        func hash(_ p: UnsafeMutablePointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
            TaggerWordForm.hash(p + from, to - from)
        }
        let formHash = hash(form, 0, fn)
        let lowerHash = hash(lower, 0, ln)
        let shapeHash = hash(w.shape, 0, w.shapeCount)
        let shortHash = hash(w.shortShape, 0, w.shortShapeCount)
        let suffix3 = hash(lower, w.suffixStart(lower, ln, 3), ln)
        var k = 0
        @inline(__always) func put(_ t: Template, _ v: UInt64) {
            out[k] = TaggerFeatures.key(t, v, style)
            k += 1
        }
        put(.bias, 0)
        put(.word, formHash)
        put(.lower, lowerHash)
        put(.prefix1, hash(form, 0, w.prefixEnd(form, fn, 1)))
        put(.prefix2, hash(lower, 0, w.prefixEnd(lower, ln, 2)))
        put(.prefix3, hash(lower, 0, w.prefixEnd(lower, ln, 3)))
        put(.suffix1, hash(lower, w.suffixStart(lower, ln, 1), ln))
        put(.suffix2, hash(lower, w.suffixStart(lower, ln, 2), ln))
        put(.suffix3, suffix3)
        put(.shape, shapeHash)
        put(.shortShape, shortHash)
        put(.flags, UInt64(w.flags & Flag.featureBits))
        put(.initial, 0)
        put(.initialShape, shortHash)
        put(.initialLower, lowerHash)
        put(.previousLower, lowerHash)
        put(.previousSuffix, suffix3)
        put(.previousShape, shortHash)
        put(.beforePreviousLower, lowerHash)
        put(.nextLower, lowerHash)
        put(.nextSuffix, suffix3)
        put(.nextShape, shortHash)
        put(.afterNextLower, lowerHash)
        return Word(formHash: formHash, lowerHash: lowerHash, flags: w.flags)
    }

    /// `keys(of:into:style:)` for a string, as an array (for the trainer and tests).
    package func keys(of text: String, style: Style = .normal) -> (keys: [UInt32], word: Word) {
        var out = [UInt32](repeating: 0, count: TaggerFeatures.keysPerWord)
        var copy = text
        let word = copy.withUTF8 { bytes in
            out.withUnsafeMutableBufferPointer { keys(of: bytes, into: $0.baseAddress!, style: style) }
        }
        return (out, word)
    }

    /// The normalised text of a word, as the features see it ("“" → `"`, "2021" → "0000").
    package func normalized(_ text: String) -> String {
        var copy = text
        copy.withUTF8 { word.analyze($0) }
        return String(decoding: UnsafeBufferPointer(start: word.form, count: word.formCount), as: UTF8.self)
    }
}
