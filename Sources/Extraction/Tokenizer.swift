/// One token of article text: a word, a number, a quote mark or a punctuation mark, with its
/// UTF-8 byte range in the article text.
///
/// Words keep internal hyphens ("Indo-Pacific"), apostrophes ("don't") and abbreviation dots
/// ("U.S.", "Jan."); a possessive `'s` is a token of its own so "Japan's" is `Japan` + `'s`.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case word, number, punct, quote, dash, possessive
    }

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// The first letter is upper case ("Tokyo", "U.S.").
        public static let capitalized = Flags(rawValue: 1)
        /// Every letter is upper case and there are at least two ("NATO", "TOKYO").
        public static let allCaps = Flags(rawValue: 2)
        /// Ends in a dot that belongs to the word ("U.S.", "Jan.", "L.").
        public static let dotted = Flags(rawValue: 4)
        public static let hyphenated = Flags(rawValue: 8)
        public static let spaceBefore = Flags(rawValue: 16)
        /// At least one line break before this token.
        public static let newlineBefore = Flags(rawValue: 32)
        /// A blank line (or the text start) before this token: a new paragraph.
        public static let paragraphBefore = Flags(rawValue: 64)
        /// For quote tokens: an opening quote (else closing).
        public static let opening = Flags(rawValue: 128)
        /// Contains a letter outside ASCII.
        public static let nonASCII = Flags(rawValue: 256)
    }

    public var start: Int
    public var end: Int
    public var text: String
    /// Lower-cased text; curly apostrophes become `'`.
    public var lower: String
    public var kind: Kind
    public var flags: Flags
    /// The id of `lower` in the lexicons' vocabulary (`Lexicon.vocabulary`), or -1 for a word
    /// no lexicon or word list names. Stages test word classes and phrases with it.
    var word: Int32 = -1

    public var range: Range<Int> { start..<end }
    public var isWord: Bool { kind == .word || kind == .number }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    public func has(_ f: Flags) -> Bool { flags.contains(f) }
}

/// Splits article text into tokens in one pass over its UTF-8 bytes.
///
/// For example, `Japan's "U.S.-Japan" talks` gives `Japan`, `'s`, `"` (opening), `U.S.-Japan`,
/// `"` (closing), `talks`.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(text, cancel: .never)
    }

    /// `tokenize`, asking `cancel` every 64 kB (`ExtractionLimits.bytesBetweenCancelChecks`);
    /// once it says stop, the tokens so far.
    ///
    /// `strings`: the short tokens' strings met before (by this thread), for texts tokenized one
    /// after another; without it, a text of 256 bytes or more gets a table of its own.
    static func tokenize(_ text: String, cancel: CancellationPoint, strings: ShortTokenStrings? = nil) -> [Token] {
        let lex = Lexicon.shared
        var copy = text
        return copy.withUTF8 {
            let strings = strings ?? ($0.count >= 256 ? ShortTokenStrings(size: 1024) : nil)
            return tokenize(bytes: $0, abbreviations: lex.abbreviations, vocabulary: lex.vocabulary, classes: lex.classes,
                            cancel: cancel, strings: strings)
        }
    }

    /// Tokenizes without word ids (for the lexicon itself, while it loads).
    static func tokenize(_ text: String, abbreviations: Set<String>) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize(bytes: $0, abbreviations: abbreviations, vocabulary: Vocabulary(), classes: []) }
    }

    /// `vocabulary` gives each token its word id; `classes` (by word id) marks abbreviations.
    /// Both may be empty: then no token has an id and abbreviations come from the set.
    /// `strings` must have been filled with the same vocabulary (the shared lexicon's).
    static func tokenize(bytes b: UnsafeBufferPointer<UInt8>, abbreviations: Set<String>, vocabulary: Vocabulary,
                         classes: [WordClass], cancel: CancellationPoint = .never,
                         strings: ShortTokenStrings? = nil) -> [Token] {
        let possessiveID = vocabulary.count > 0 ? vocabulary.id(of: "'s") : -1
        var tokens: [Token] = []
        // Room for a token every four bytes, and two more for the few words of a short name: with
        // one every five bytes, most articles and names outgrew the array once (the real-text
        // bench grew 5,440 token arrays in 4,610 texts, copying each into one twice as large).
        tokens.reserveCapacity(b.count / 4 + 2)
        let n = b.count
        var i = 0
        var newlines = 2  // the text start counts as a paragraph start
        var space = false

        @inline(__always) func isLetter(_ c: UInt8) -> Bool {
            (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
        }
        @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        /// Length of a multi-byte sequence at `j` that is punctuation or space (0 if it is a letter).
        @inline(__always) func specialLength(_ j: Int) -> Int {
            let c = b[j]
            if c == 0xC2 && j + 1 < n && (b[j + 1] == 0xA0 || b[j + 1] == 0xAB || b[j + 1] == 0xBB) { return 2 }
            if c == 0xE2 && j + 2 < n && (b[j + 1] == 0x80 || b[j + 1] == 0x81) { return 3 }
            if c == 0xE3 && j + 2 < n && b[j + 1] == 0x80 && b[j + 2] <= 0x82 { return 3 }
            return 0
        }
        @inline(__always) func isWordByte(_ j: Int) -> Bool {
            let c = b[j]
            if c < 0x80 { return isLetter(c) || isDigit(c) }
            if c < 0xC0 { return true }  // continuation byte
            return specialLength(j) == 0
        }
        @inline(__always) func isApostrophe(_ j: Int) -> Int {
            if b[j] == 39 { return 1 }
            if b[j] == 0xE2 && j + 2 < n && b[j + 1] == 0x80 && b[j + 2] == 0x99 { return 3 }
            return 0
        }
        /// Whether `b[s..<e]` (a short word and its dot) is a known abbreviation, lower-cased.
        func isAbbreviation(_ s: Int, _ e: Int) -> Bool {
            var ascii = true
            for k in s..<e where b[k] >= 0x80 { ascii = false }
            if ascii && vocabulary.count > 0 {
                let id = vocabulary.find(b, s, e, foldASCII: true)
                return id >= 0 && classes[Int(id)].contains(.abbreviation)
            }
            var key = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e - 1]), as: UTF8.self).lowercased()
            key.append(".")
            return abbreviations.contains(key)
        }
        // Word ids of short words met before in this text: most tokens are a few frequent short
        // words and marks ("the", ",", "said"), and the vocabulary's table is too big for the cache.
        // A text shorter than `ShortWordIDs.minimumTextBytes` (a name a stage tokenizes) has none:
        // its few words seldom repeat, and the table's three arrays cost more than they save.
        let remembers = n >= ShortWordIDs.minimumTextBytes
        var shortWords = ShortWordIDs(textBytes: remembers ? n : 0)
        /// `vocabulary.find(b, s, e, foldASCII: fold)`, remembered for words of up to eight bytes.
        @inline(__always) func wordID(_ s: Int, _ e: Int, fold: Bool) -> Int32 {
            guard remembers, e - s <= 8 else { return vocabulary.find(b, s, e, foldASCII: fold) }
            var key: UInt64 = 0
            for k in s..<e {
                let c = b[k]
                key |= UInt64(fold && c >= 65 && c <= 90 ? c | 0x20 : c) << UInt64(8 * (k - s))
            }
            if let id = shortWords.id(key, length: e - s) { return id }
            let id = vocabulary.find(b, s, e, foldASCII: fold)
            shortWords.remember(key, length: e - s, id: id)
            return id
        }
        let strings = vocabulary.count > 0 ? strings : nil
        func emit(_ s: Int, _ e: Int, _ kind: Token.Kind, _ extra: Token.Flags = []) {
            var flags = extra
            if space { flags.insert(.spaceBefore) }
            if newlines >= 1 { flags.insert(.newlineBefore) }
            if newlines >= 2 { flags.insert(.paragraphBefore) }
            var cached: (slot: Int, key: UInt64)?
            if let strings, e - s <= 8 {
                let key = ShortTokenStrings.key(b, s, e)
                let slot = strings.slot(key, e - s, kind)
                if strings.holds(slot, key, e - s, kind) {
                    tokens.append(strings.token(slot, start: s, end: e, kind: kind, context: flags))
                    space = false
                    newlines = 0
                    return
                }
                cached = (slot, key)
            }
            let raw = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
            var lower = raw
            var word: Int32 = -1
            if kind == .word || kind == .number {
                var upper = 0, lowerCount = 0, ascii = true
                for k in s..<e {
                    let c = b[k]
                    if c >= 65 && c <= 90 { upper += 1 } else if c >= 97 && c <= 122 { lowerCount += 1 } else if c >= 0x80 { ascii = false }
                }
                let first = b[s]
                if first >= 65 && first <= 90 { flags.insert(.capitalized) }
                if !ascii {
                    (lower, word) = Tokenizer.nonASCIIWord(raw, firstByte: first, vocabulary: vocabulary, flags: &flags)
                } else {
                    if upper >= 2 && lowerCount == 0 { flags.insert(.allCaps) }
                    if upper > 0 { lower = asciiLowercased(b, s, e) }
                    word = vocabulary.count > 0 ? wordID(s, e, fold: true) : -1
                }
            } else if kind == .possessive {
                lower = "'s"
                word = possessiveID
            } else if vocabulary.count > 0 {
                word = wordID(s, e, fold: false)
            }
            let token = Token(start: s, end: e, text: raw, lower: lower, kind: kind, flags: flags, word: word)
            if let strings, let cached { strings.remember(cached.slot, cached.key, e - s, token) }
            tokens.append(token)
            space = false
            newlines = 0
        }

        var nextCheck = ExtractionLimits.bytesBetweenCancelChecks
        while i < n {
            if i >= nextCheck {
                nextCheck = i + ExtractionLimits.bytesBetweenCancelChecks
                if cancel.checkNow() { break }
            }
            let c = b[i]
            // White space.
            if c == 32 || c == 9 || c == 13 || c == 11 || c == 12 { space = true; i += 1; continue }
            if c == 10 { newlines += 1; space = true; i += 1; continue }
            if c == 0xC2 && i + 1 < n && b[i + 1] == 0xA0 { space = true; i += 2; continue }
            if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] <= 0x8B || b[i + 2] == 0xAF) { space = true; i += 3; continue }
            if c == 0xE2 && i + 2 < n && b[i + 1] == 0x81 && b[i + 2] == 0x9F { space = true; i += 3; continue }
            if c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 { space = true; i += 3; continue }
            if c == 0xEF && i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF { i += 3; continue }  // stray BOM

            if isWordByte(i) {
                let s = i
                var flags: Token.Flags = []
                let numeric = isDigit(c)
                // ASCII letters and digits, most of a word's bytes, are passed over by one range
                // test each before the general tests (which take them the same way short of the cut).
                let cut = min(n, s + ExtractionLimits.maxTokenBytes)
                while i < n {
                    while i < cut {
                        let w = b[i]
                        guard w &- 48 < 10 || (w | 0x20) &- 97 < 26 else { break }
                        i += 1
                    }
                    guard i < n else { break }
                    // A run of letters longer than any word is cut (at a character's first byte).
                    if i - s >= ExtractionLimits.maxTokenBytes && b[i] & 0xC0 != 0x80 { break }
                    if isWordByte(i) {
                        i += 1
                        continue
                    }
                    let ch = b[i]
                    // Internal hyphen or slash between word characters: "Indo-Pacific", "2021-01-27".
                    // ...but "Japan-U.S." splits before the abbreviation.
                    if ch == 45 && i + 2 < n && b[i + 2] == 46 { break }
                    // "NASA/Bill Ingalls", "Reuters/Anna Berg": a slash before a capital joins two
                    // names (a photo credit), not one word ("km/h", "1/2" stay whole).
                    if ch == 47 && !numeric && i + 1 < n && b[i + 1] >= 65 && b[i + 1] <= 90 { break }
                    if (ch == 45 || ch == 47) && i + 1 < n && isWordByte(i + 1) && i > s {
                        if ch == 45 { flags.insert(.hyphenated) }
                        i += 1; continue
                    }
                    // Numbers: 1,000 and 3.5 and 10:30.
                    if numeric && (ch == 44 || ch == 46 || ch == 58) && i + 1 < n && isDigit(b[i + 1]) && isDigit(b[i - 1]) {
                        i += 1; continue
                    }
                    // Apostrophes: a possessive 's ends the word; others stay inside ("don't").
                    let ap = isApostrophe(i)
                    if ap > 0 && i + ap < n && isWordByte(i + ap) {
                        let after = i + ap
                        let sEnds = (b[after] == 115 || b[after] == 83) && (after + 1 >= n || !isWordByte(after + 1))
                        if sEnds { break }
                        i += ap; continue
                    }
                    // Dots: U.S. / a.m. (letter dot letter dot), initials (L.), known abbreviations.
                    if ch == 46 {
                        let wordLength = i - s
                        if i + 2 < n && b[i + 1] < 0x80 && isLetter(b[i + 1]) && b[i + 2] == 46 && wordLength <= 2 {
                            i += 3  // "U.S" + "." : consume "." + letter + "."
                            while i + 1 < n && b[i] < 0x80 && isLetter(b[i]) && b[i + 1] == 46 { i += 2 }
                            flags.insert(.dotted)
                            break
                        }
                        if wordLength == 1 && b[s] >= 65 && b[s] <= 90 {
                            i += 1; flags.insert(.dotted); break  // an initial
                        }
                        if wordLength <= 5 {
                            if isAbbreviation(s, i + 1) {
                                // "No." is an abbreviation only before a number.
                                if i - s == 2 && (b[s] | 0x20) == 110 && (b[s + 1] | 0x20) == 111 {
                                    var k = i + 1
                                    while k < n && b[k] == 32 { k += 1 }
                                    if !(k < n && isDigit(b[k])) { break }
                                }
                                i += 1; flags.insert(.dotted); break
                            }
                        }
                    }
                    break
                }
                emit(s, i, numeric ? .number : .word, flags)
                continue
            }

            // Possessive 's / trailing apostrophe after a plural ("countries'").
            let ap = isApostrophe(i)
            // "Hallam 's adaptation": a possessive set off by one space (text rebuilt from tokens).
            if ap > 0, let last = tokens.last, last.end == i - 1, b[i - 1] == 32, last.kind == .word, i + ap < n,
               b[i + ap] == 115, i + ap + 1 >= n || !isWordByte(i + ap + 1) {
                emit(i, i + ap + 1, .possessive); i += ap + 1; continue
            }
            if ap > 0, let last = tokens.last, last.end == i, last.isWord {
                let after = i + ap
                if after < n && (b[after] == 115 || b[after] == 83) && (after + 1 >= n || !isWordByte(after + 1)) {
                    emit(i, after + 1, .possessive); i = after + 1; continue
                }
                if last.lower.hasSuffix("s") && (after >= n || !isWordByte(after)) {
                    emit(i, after, .possessive); i = after; continue
                }
            }

            // Quote marks.
            if c == 34 || (c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x9D)) {
                let len = c == 34 ? 1 : 3
                var opening: Bool
                if c == 34 {
                    let before = i == 0 || b[i - 1] == 32 || b[i - 1] == 10 || b[i - 1] == 40 || b[i - 1] == 9 || b[i - 1] == 0xA0
                    let after = i + 1 < n && b[i + 1] != 32 && b[i + 1] != 10 && b[i + 1] != 13
                    opening = before && after
                    if !before && !after { opening = false }
                } else {
                    opening = b[i + 2] == 0x9C
                }
                emit(i, i + len, .quote, opening ? .opening : [])
                i += len
                continue
            }
            // "``" opens a quote in text typeset the TeX way ("`` I say brains …").
            if c == 96, i + 1 < n, b[i + 1] == 96 {
                emit(i, i + 2, .quote, .opening)
                i += 2
                continue
            }
            // Dashes: em dash, en dash, "--".
            if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] >= 0x90 && b[i + 2] <= 0x95) {
                emit(i, i + 3, .dash); i += 3; continue
            }
            if c == 45 {
                var j = i
                while j < n && b[j] == 45 && j - i < ExtractionLimits.maxTokenBytes { j += 1 }
                emit(i, j, .dash); i = j; continue
            }
            // Other multi-byte punctuation (ellipsis, curly single quotes, guillemets).
            let special = specialLength(i)
            if special > 0 {
                emit(i, i + special, .punct); i += special; continue
            }
            // Runs of the same ASCII punctuation ("==", "...") are one token.
            var j = i + 1
            if c == 61 || c == 46 || c == 42 || c == 35 || c == 95 {
                while j < n && b[j] == c && j - i < ExtractionLimits.maxTokenBytes { j += 1 }
            }
            emit(i, j, .punct)
            i = j
        }
        return tokens
    }

    /// The lower case and word id of a word with letters outside ASCII, adding its flags (never
    /// inlined: its Character work, in the token loop, made every token's call set up for it).
    @inline(never)
    static func nonASCIIWord(_ raw: String, firstByte first: UInt8, vocabulary: Vocabulary, flags: inout Token.Flags)
        -> (lower: String, word: Int32)
    {
        flags.insert(.nonASCII)
        if first >= 0x80, let ch = raw.first, ch.isUppercase { flags.insert(.capitalized) }
        var lower = raw.lowercased()
        if lower.contains("\u{2019}") { lower = String(lower.map { $0 == "\u{2019}" ? "'" : $0 }) }
        let letters = raw.filter { $0.isLetter }
        if letters.count >= 2 && letters.allSatisfy({ $0.isUppercase }) { flags.insert(.allCaps) }
        return (lower, vocabulary.count > 0 ? vocabulary.id(of: lower) : -1)
    }

    /// `b[s..<e]` (ASCII) with capitals folded to lower case.
    @inline(__always)
    static func asciiLowercased(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        String(unsafeUninitializedCapacity: e - s) { out in
            for k in s..<e { let c = b[k]; out[k - s] = c >= 65 && c <= 90 ? c | 0x20 : c }
            return e - s
        }
    }
}

/// The word ids the tokenizer has looked up in one text, for words of up to eight bytes: a word
/// that short is its length and its bytes packed into a `UInt64`, so a remembered id is exact.
/// A small direct-mapped table (a new word takes its slot from the old): 1,024 slots (12 kB) for
/// an article, fewer for the names the stages tokenize on their own (thousands of calls an article
/// set), whose table would otherwise cost more to clear than it saves.
struct ShortWordIDs {
    private var keys: [UInt64]
    /// Length + 1 of the word in each slot (0: empty), and its id.
    private var lengths: [UInt8]
    private var ids: [Int32]
    private let mask: Int

    /// The shortest text that has a table: shorter ones look every word up.
    static let minimumTextBytes = 64

    /// A table for a text of `textBytes` bytes: a slot for every four bytes, 16 to 1,024; none
    /// (no slot, nothing allocated) for a text shorter than `minimumTextBytes`.
    init(textBytes: Int) {
        guard textBytes >= ShortWordIDs.minimumTextBytes else {
            keys = []
            lengths = []
            ids = []
            mask = 0
            return
        }
        var size = 16
        while size < 1024 && size * 4 < textBytes { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        lengths = [UInt8](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64, _ length: Int) -> Int {
        Int(truncatingIfNeeded: ((key &+ UInt64(length)) &* 0x9E3779B97F4A7C15) >> 54) & mask
    }

    /// The id remembered for the word of `length` bytes packed in `key`, or nil.
    @inline(__always) func id(_ key: UInt64, length: Int) -> Int32? {
        let i = slot(key, length)
        return lengths[i] == UInt8(length + 1) && keys[i] == key ? ids[i] : nil
    }

    @inline(__always) mutating func remember(_ key: UInt64, length: Int, id: Int32) {
        let i = slot(key, length)
        keys[i] = key
        lengths[i] = UInt8(length + 1)
        ids[i] = id
    }
}
