/// One word as the tagger's features read it: its text normalised to look like the treebank's,
/// that text in lower case, its shapes and its flags. Analyses word after word in buffers it
/// keeps, so analysing one allocates nothing (but for words outside ASCII, which go through
/// `String`).
///
/// Normalisation: curly quotes and apostrophes become straight ones, a token of dashes ("—",
/// "–", "--") becomes "-", "…" becomes "...", guillemets become `"`, every digit becomes 0
/// ("2021" and "1999" are one word).
final class TaggerWordForm {
    /// The normalised text, its lower-case form and their lengths.
    private(set) var form: UnsafeMutablePointer<UInt8>
    private(set) var formCount = 0
    private(set) var lower: UnsafeMutablePointer<UInt8>
    private(set) var lowerCount = 0
    /// "Xxxx": each character's class (X upper, x lower, d digit, the character itself for
    /// ASCII punctuation, * for anything else), runs cut at three, at most 24 classes.
    private(set) var shape: UnsafeMutablePointer<UInt8>
    private(set) var shapeCount = 0
    /// "Xx": runs cut at one, at most 12 classes.
    private(set) var shortShape: UnsafeMutablePointer<UInt8>
    private(set) var shortShapeCount = 0
    /// `TaggerFeatures.Flag`s.
    private(set) var flags: UInt16 = 0
    /// Whether the normalised text is all ASCII (then characters are bytes).
    private(set) var isASCII = true
    private var capacity = 64
    private var lowerCapacity = 128

    init() {
        form = .allocate(capacity: capacity)
        lower = .allocate(capacity: capacity * 2)
        shape = .allocate(capacity: 24)
        shortShape = .allocate(capacity: 12)
    }

    deinit {
        form.deallocate()
        lower.deallocate()
        shape.deallocate()
        shortShape.deallocate()
    }

    private func reserve(_ n: Int) {
        guard n > capacity || n > lowerCapacity else { return }
        while capacity < n { capacity *= 2 }
        form.deallocate()
        lower.deallocate()
        form = .allocate(capacity: capacity)
        lowerCapacity = max(lowerCapacity, capacity)
        lower = .allocate(capacity: lowerCapacity)
    }

    // MARK: - Hashing

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over bytes: the value hash of a text.
    @inline(__always) static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h = seed
        for i in 0..<n { h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3 }
        return h
    }

    /// The hash of a word's normalised text, without normalising a plain word (letters and
    /// ASCII punctuation only) into the buffer first.
    @inline(__always) func formHash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = TaggerWordForm.seed
        var plain = !(b.first == 45)  // a token of dashes becomes "-"
        if plain {
            for c in b {
                if c >= 0x80 || c &- 48 < 10 { plain = false; break }
                h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            }
        }
        if plain { return h }
        normalize(b)
        return TaggerWordForm.hash(form, formCount)
    }

    // MARK: - Analysis

    /// Normalises a word and works out its lower case, shapes and flags.
    func analyze(_ b: UnsafeBufferPointer<UInt8>) {
        normalize(b)
        if isASCII {
            lowerCount = formCount
            for i in 0..<formCount {
                let c = form[i]
                lower[i] = c >= 65 && c <= 90 ? c | 0x20 : c
            }
            asciiShapes()
        } else {
            let text = String(decoding: UnsafeBufferPointer(start: form, count: formCount), as: UTF8.self)
            var folded = text.lowercased()
            folded.withUTF8 { u in
                if u.count > lowerCapacity {
                    lower.deallocate()
                    lower = .allocate(capacity: u.count)
                    lowerCapacity = u.count
                }
                for (i, c) in u.enumerated() { lower[i] = c }
                lowerCount = u.count
            }
            unicodeShapes(text)
        }
        if flags & TaggerFeatures.Flag.lowerInitial != 0 && lowerCount <= 4 {
            let h = TaggerWordForm.hash(lower, lowerCount)
            if TaggerFeatures.minorHashes.contains(h) { flags |= TaggerFeatures.Flag.minor }
        }
    }

    /// Fills `form` with the normalised text.
    private func normalize(_ b: UnsafeBufferPointer<UInt8>) {
        reserve(b.count + 1)
        formCount = 0
        isASCII = true
        if TaggerWordForm.isDashes(b) { form[0] = 45; formCount = 1; return }
        let n = b.count
        var i = 0
        @inline(__always) func put(_ c: UInt8) { form[formCount] = c; formCount += 1 }
        while i < n {
            let c = b[i]
            if c &- 48 < 10 { put(48); i += 1; continue }
            if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 {
                switch b[i + 2] {
                case 0x98, 0x99, 0x9A, 0x9B: put(39); i += 3; continue
                case 0x9C, 0x9D, 0x9E, 0x9F: put(34); i += 3; continue
                case 0xA6: put(46); put(46); put(46); i += 3; continue  // 3 bytes in, 3 out
                default: break
                }
            }
            if c == 0xC2 && i + 1 < n && (b[i + 1] == 0xAB || b[i + 1] == 0xBB) { put(34); i += 2; continue }
            if c >= 0x80 { isASCII = false }
            put(c)
            i += 1
        }
    }

    /// Whether a token is made of dashes only: ASCII hyphens, U+2010–U+2015, U+2212.
    private static func isDashes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !b.isEmpty else { return false }
        var i = 0
        while i < b.count {
            if b[i] == 45 { i += 1; continue }
            guard b[i] == 0xE2, i + 2 < b.count else { return false }
            let dash = (b[i + 1] == 0x80 && b[i + 2] >= 0x90 && b[i + 2] <= 0x95)
                || (b[i + 1] == 0x88 && b[i + 2] == 0x92)
            guard dash else { return false }
            i += 3
        }
        return true
    }

    // MARK: - Shapes and flags

    private var run = 0, upper = 0, lowers = 0, alnum = 0

    private func startShapes() {
        shapeCount = 0
        shortShapeCount = 0
        flags = 0
        run = 0
        upper = 0
        lowers = 0
        alnum = 0
    }

    /// Adds one character of class `cls` (88 X, 120 x, 100 d, else itself) at `index` of `count`.
    @inline(__always) private func add(_ cls: UInt8, _ index: Int, _ count: Int) {
        typealias Flag = TaggerFeatures.Flag
        switch cls {
        case 88:
            upper += 1
            alnum += 1
            if index == 0 { flags |= Flag.capitalized }
        case 120:
            lowers += 1
            alnum += 1
            if index == 0 { flags |= Flag.lowerInitial }
        case 100:
            alnum += 1
            flags |= Flag.digit
        case 45: if index > 0 && index < count - 1 { flags |= Flag.hyphen }
        case 46: flags |= Flag.dot
        case 39: flags |= Flag.apostrophe
        default: break
        }
        if shapeCount > 0 && shape[shapeCount - 1] == cls { run += 1 } else { run = 1 }
        if run <= 3 && shapeCount < 24 { shape[shapeCount] = cls; shapeCount += 1 }
        if (shortShapeCount == 0 || shortShape[shortShapeCount - 1] != cls) && shortShapeCount < 12 {
            shortShape[shortShapeCount] = cls
            shortShapeCount += 1
        }
    }

    private func finishShapes(characters: Int) {
        typealias Flag = TaggerFeatures.Flag
        if upper >= 2 && lowers == 0 { flags |= Flag.allCaps }
        if alnum == 0 { flags |= Flag.noLetterOrDigit }
        if characters == 1 { flags |= Flag.single }
        if upper + lowers >= 2 { flags |= Flag.twoLetters }
        if upper + lowers >= 4 { flags |= Flag.fourLetters }
    }

    @inline(__always) private static func asciiClass(_ c: UInt8) -> UInt8 {
        c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c
    }

    private func asciiShapes() {
        startShapes()
        for i in 0..<formCount { add(TaggerWordForm.asciiClass(form[i]), i, formCount) }
        finishShapes(characters: formCount)
    }

    private func unicodeShapes(_ text: String) {
        startShapes()
        flags |= TaggerFeatures.Flag.nonASCII
        let count = text.unicodeScalars.count
        for (i, s) in text.unicodeScalars.enumerated() {
            let cls: UInt8
            if s.isASCII {
                cls = TaggerWordForm.asciiClass(UInt8(s.value))
            } else if s.properties.isUppercase {
                cls = 88
            } else if s.properties.isAlphabetic {
                cls = 120
            } else if s.properties.numericType != nil {
                cls = 100
            } else {
                cls = 42
            }
            add(cls, i, count)
        }
        finishShapes(characters: count)
    }

    // MARK: - Parts

    /// The end of the first `n` characters of `p[0..<count]`.
    func prefixEnd(_ p: UnsafeMutablePointer<UInt8>, _ count: Int, _ n: Int) -> Int {
        if isASCII { return min(n, count) }
        var seen = 0
        for i in 0..<count where p[i] & 0xC0 != 0x80 {
            if seen == n { return i }
            seen += 1
        }
        return count
    }

    /// The start of the last `n` characters of `p[0..<count]`.
    func suffixStart(_ p: UnsafeMutablePointer<UInt8>, _ count: Int, _ n: Int) -> Int {
        if isASCII { return max(0, count - n) }
        var seen = 0
        var i = count
        while i > 0 {
            i -= 1
            if p[i] & 0xC0 != 0x80 {
                seen += 1
                if seen == n { return i }
            }
        }
        return 0
    }
}
