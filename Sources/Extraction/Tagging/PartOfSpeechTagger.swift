import Foundation

/// Tags the words of a sentence with their parts of speech (UPOS): an averaged perceptron
/// read greedily from left to right, each token scored by its own word, the words up to two
/// before and after it and the two tags it gave last (`TaggerFeatures` lists the features).
///
/// For example:
///
///     PartOfSpeechTagger.shared.tag(["Condoleezza", "Rice", "said", "."])
///     // [.properNoun, .properNoun, .verb, .punctuation]
///
/// Built for the extractor's hot path. Every word of the training corpus has its feature
/// weights added up when the model loads (`TaggerFeatures` says why that is exact), so a
/// known word costs one hash of its bytes, one table probe and a few additions of 17-wide
/// vectors of small integers. An unknown word's features are looked up one by one, but for those naming the
/// word itself, which a word never seen in training cannot have. Immutable after loading:
/// any thread may tag, each with its own `Scratch`.
package final class PartOfSpeechTagger: Sendable {
    /// The tagger with the weights built into newsq (`TaggerWeights`), read at first use.
    ///
    /// The weights are part of the program, and `PartOfSpeechTaggerTests` loads them, so a
    /// defect there is a build defect: it stops the program with the reason rather than tag
    /// with nothing.
    package static let shared: PartOfSpeechTagger = {
        do {
            return try PartOfSpeechTagger(base64: TaggerWeights.base64)
        } catch {
            fatalError("\(error)")
        }
    }()

    package let model: TaggerModel
    private let tagCount: Int
    /// Values per word in `wordVectors`: a vector per `Part`.
    private let stride: Int
    /// Known words by the hash of their normalised text: each slot the hash's high 32 bits
    /// and the word's id plus one in the low 32 (0: empty slot). With the slot's own bits
    /// that checks 47 bits of the hash: small enough to stay in cache, and a false match
    /// among 19,000 words is a chance in billions per token.
    private let wordTable: [UInt64]
    private let wordMask: Int
    private let wordVectors: [Int16]
    private let wordFlags: [UInt16]
    /// The lower-case hashes of all known words: an unknown word whose lower case is not
    /// among them has no feature naming it.
    private let lowerTable: [UInt64]
    private let lowerMask: Int
    /// By `Style`: the previous / before-previous / next / after-next slots when they fall
    /// outside the sentence, in `Part` order (the other parts unused); `stride` values each.
    private let outsideVectors: [Int16]
    /// By `Style`: rows by previous tag (`tagCount + 1` of them: the last is the sentence
    /// start), then by the previous two, `(beforePrevious * (tagCount + 1) + previous)`.
    private let tagVectors: [Int16]
    private let tagStride: Int

    /// The parts of a word's precomputed vectors.
    private enum Part: Int, CaseIterable {
        case local, previous, beforePrevious, next, afterNext, initial

        var slot: TaggerFeatures.Slot {
            switch self {
            case .local: return .local
            case .initial: return .initial
            case .previous: return .previous
            case .beforePrevious: return .beforePrevious
            case .next: return .next
            case .afterNext: return .afterNext
            }
        }
    }

    /// Reads a model from its base64 text (line breaks allowed).
    ///
    /// - Throws: `TaggerModelError.notBase64`, or what `TaggerModel(binary:)` throws.
    package convenience init(base64: String) throws {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
            throw TaggerModelError.notBase64
        }
        try self.init(model: TaggerModel(binary: [UInt8](data)))
    }

    /// Prepares a model for tagging: adds up the weights of its words' features, unless
    /// `precompute` is false (then every word is scored as an unknown one is: the same scores,
    /// more slowly; for tests).
    package init(model: TaggerModel, precompute: Bool = true) {
        self.model = model
        let t = model.tagCount
        tagCount = t
        let width = Part.allCases.count * t
        stride = width
        let features = TaggerFeatures()
        var keys = [UInt32](repeating: 0, count: TaggerFeatures.keysPerWord)

        // At most two thirds full: a smaller table stays in cache, and every token probes it.
        var capacity = 16
        while capacity * 2 < model.words.count * 3 { capacity *= 2 }
        var table = [UInt64](repeating: 0, count: precompute ? capacity : 1)
        var lowerTable = [UInt64](repeating: 0, count: capacity)
        var vectors = [Int16](repeating: 0, count: precompute ? model.words.count * width : 0)
        var flags: [UInt16] = []
        flags.reserveCapacity(model.words.count)
        for text in model.words {
            let word = text.withUnsafeBufferPointer { b in
                keys.withUnsafeMutableBufferPointer { features.keys(of: b, into: $0.baseAddress!) }
            }
            var l = PartOfSpeechTagger.slot(of: word.lowerHash, capacity - 1)
            while lowerTable[l] != 0 && lowerTable[l] != word.lowerHash { l = (l + 1) & (capacity - 1) }
            lowerTable[l] = word.lowerHash
            guard precompute else { continue }
            let fingerprint = word.formHash & 0xFFFF_FFFF_0000_0000
            var s = PartOfSpeechTagger.slot(of: word.formHash, capacity - 1)
            while table[s] != 0 && table[s] & 0xFFFF_FFFF_0000_0000 != fingerprint {
                s = (s + 1) & (capacity - 1)
            }
            if table[s] != 0 { continue }  // the same normalised text twice
            let id = flags.count
            table[s] = fingerprint | UInt64(id + 1)
            flags.append(word.flags)
            vectors.withUnsafeMutableBufferPointer { v in
                for part in Part.allCases {
                    model.add(keys[part.slot.range], to: v.baseAddress! + id * width + part.rawValue * t)
                }
            }
        }
        vectors.removeLast(vectors.count - flags.count * width)
        wordTable = table
        wordMask = table.count - 1
        wordVectors = vectors
        wordFlags = flags
        self.lowerTable = lowerTable
        lowerMask = capacity - 1

        outsideVectors = PartOfSpeechTagger.outsideVectors(model, width: width)
        tagStride = (t + 1) * (t + 2) * t
        tagVectors = PartOfSpeechTagger.tagVectors(model)
    }

    /// `outsideVectors` for a model.
    private static func outsideVectors(_ model: TaggerModel, width: Int) -> [Int16] {
        let t = model.tagCount
        let styles = TaggerFeatures.Style.allCases
        var outside = [Int16](repeating: 0, count: width * styles.count)
        outside.withUnsafeMutableBufferPointer { v in
            for style in styles {
                let o = v.baseAddress! + Int(style.rawValue) * width
                model.add(TaggerFeatures.startKeys(before: 1, style: style), to: o + Part.previous.rawValue * t)
                model.add(TaggerFeatures.startKeys(before: 2, style: style), to: o + Part.beforePrevious.rawValue * t)
                model.add(TaggerFeatures.endKeys(after: 1, style: style), to: o + Part.next.rawValue * t)
                model.add(TaggerFeatures.endKeys(after: 2, style: style), to: o + Part.afterNext.rawValue * t)
            }
        }
        return outside
    }

    /// `tagVectors` for a model.
    private static func tagVectors(_ model: TaggerModel) -> [Int16] {
        let t = model.tagCount
        let styles = TaggerFeatures.Style.allCases
        let states = t + 1
        let perStyle = (states + states * states) * t
        var tags = [Int16](repeating: 0, count: perStyle * styles.count)
        tags.withUnsafeMutableBufferPointer { v in
            for style in styles {
                let o = v.baseAddress! + Int(style.rawValue) * perStyle
                for previous in 0..<states {
                    let (one, _) = TaggerFeatures.tagKeys(previous: previous, beforePrevious: 0, style: style)
                    model.add(CollectionOfOne(one), to: o + previous * t)
                    for before in 0..<states {
                        let (_, two) = TaggerFeatures.tagKeys(previous: previous, beforePrevious: before, style: style)
                        model.add(CollectionOfOne(two), to: o + (states + before * states + previous) * t)
                    }
                }
            }
        }
        return tags
    }

    @inline(__always) private static func slot(of hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash) & mask
    }

    /// The number of words whose features are added up in advance.
    package var knownWordCount: Int { wordFlags.count }

    // MARK: - Tagging

    /// Tags one sentence given its tokens' texts.
    package func tag(_ words: [String]) -> [PartOfSpeech] {
        tag(count: words.count, scratch: Scratch()) { words[$0] }
    }

    /// Tags the tokens of `range` as one sentence: `tokens[range]`'s texts, the first at index 0
    /// of the result. The rules that ask whether a word is read as a verb or a proper noun call this.
    package func tag(_ tokens: [Token], _ range: Range<Int>, scratch: Scratch = Scratch()) -> [PartOfSpeech] {
        let first = range.lowerBound
        return tag(count: range.count, scratch: scratch) { tokens[first + $0].text }
    }

    /// Tags one sentence of `count` tokens, whose texts `text` gives by position; `scratch`
    /// may be reused from sentence to sentence (not across threads).
    package func tag(count n: Int, scratch: Scratch, text: (Int) -> String) -> [PartOfSpeech] {
        guard n > 0 else { return [] }
        scratch.reserve(tokens: n, stride: stride)
        return wordVectors.withUnsafeBufferPointer { known in
            // Each token's vectors: a known word's from the table, an unknown one's added up
            // in the scratch space.
            let bases = scratch.bases, flags = scratch.flags
            for i in 0..<n {
                let hash = PartOfSpeechTagger.withBytes(text(i)) { scratch.features.formHash($0) }
                let id = lookup(hash)
                if id >= 0 {
                    bases[i] = known.baseAddress! + id * stride
                    flags[i] = wordFlags[id]
                } else if let (vectors, wordFlags) = scratch.unknownWord(hash, stride: stride, fill: {
                    addUp(text(i), style: .normal, scratch: scratch, into: $0)
                }) {
                    // Added up once per scratch: a name comes back in every paragraph.
                    bases[i] = vectors
                    flags[i] = wordFlags
                } else {
                    let own = scratch.vectors + i * stride
                    flags[i] = addUp(text(i), style: .normal, scratch: scratch, into: own)
                    bases[i] = UnsafePointer(own)
                }
            }
            // A headline's words have features of their own (see `TaggerFeatures`): all are
            // added up in the scratch space.
            let style = TaggerFeatures.Style.of(UnsafeBufferPointer(start: flags, count: n))
            if style != .normal {
                for i in 0..<n {
                    let own = scratch.vectors + i * stride
                    _ = addUp(text(i), style: style, scratch: scratch, into: own)
                    bases[i] = UnsafePointer(own)
                }
            }
            let first = (0..<n).first { flags[$0] & TaggerFeatures.Flag.noLetterOrDigit == 0 }
            return decode(n, scratch: scratch, first: first, style: style)
        }
    }

    /// Fills `vectors` (`stride` wide) with a word's sums of weights by `Part`, for a sentence in
    /// `style`; returns the word's flags. Features naming the word are not looked up when no
    /// known word has its lower case: the model has none.
    private func addUp(_ word: String, style: TaggerFeatures.Style, scratch: Scratch,
                       into vectors: UnsafeMutablePointer<Int16>) -> UInt16 {
        let t = tagCount
        vectors.initialize(repeating: 0, count: stride)
        let info = PartOfSpeechTagger.withBytes(word) {
            scratch.features.keys(of: $0, into: scratch.keys, style: style)
        }
        let seen = isKnownLower(info.lowerHash)
        for part in Part.allCases {
            let out = vectors + part.rawValue * t
            for k in part.slot.range where seen || !TaggerFeatures.Slot.namesWord(k) {
                model.add(CollectionOfOne(scratch.keys[k]), to: out)
            }
        }
        return info.flags
    }

    /// Chooses each token's tag from left to right, once `scratch.bases` holds its vectors.
    private func decode(_ n: Int, scratch: Scratch, first: Int?, style: TaggerFeatures.Style) -> [PartOfSpeech] {
        let t = tagCount
        let bases = scratch.bases, scores = scratch.scores
        return outsideVectors.withUnsafeBufferPointer { outside in
            tagVectors.withUnsafeBufferPointer { tagRows in
                    let outsideBase = outside.baseAddress! + Int(style.rawValue) * stride
                    let tagBase = tagRows.baseAddress! + Int(style.rawValue) * tagStride
                    let states = t + 1
                    var previous = t, beforePrevious = t
                    var tags = [PartOfSpeech](repeating: .other, count: n)
                    for i in 0..<n {
                        let local = bases[i] + Part.local.rawValue * t
                        let v1 = (i >= 1 ? bases[i - 1] : outsideBase) + Part.previous.rawValue * t
                        let v2 = (i >= 2 ? bases[i - 2] : outsideBase) + Part.beforePrevious.rawValue * t
                        let v3 = (i + 1 < n ? bases[i + 1] : outsideBase) + Part.next.rawValue * t
                        let v4 = (i + 2 < n ? bases[i + 2] : outsideBase) + Part.afterNext.rawValue * t
                        let g1 = tagBase + previous * t
                        let g2 = tagBase + (states + beforePrevious * states + previous) * t
                        for k in 0..<t {
                            let words = Int32(local[k]) + Int32(v1[k]) + Int32(v2[k]) + Int32(v3[k]) + Int32(v4[k])
                            scores[k] = words + Int32(g1[k]) + Int32(g2[k])
                        }
                        if i == first {
                            let initial = bases[i] + Part.initial.rawValue * t
                            for k in 0..<t { scores[k] += Int32(initial[k]) }
                        }
                        var best = 0
                        var top = scores[0]
                        for k in 1..<t where scores[k] > top {
                            top = scores[k]
                            best = k
                        }
                        tags[i] = PartOfSpeech(rawValue: UInt8(best))!
                        beforePrevious = previous
                        previous = best
                    }
                    return tags
            }
        }
    }

    @inline(__always) private func lookup(_ hash: UInt64) -> Int {
        wordTable.withUnsafeBufferPointer { table in
            let fingerprint = hash & 0xFFFF_FFFF_0000_0000
            var s = PartOfSpeechTagger.slot(of: hash, wordMask)
            while true {
                let e = table[s]
                if e == 0 { return -1 }
                if e & 0xFFFF_FFFF_0000_0000 == fingerprint { return Int(truncatingIfNeeded: e & 0xFFFF_FFFF) - 1 }
                s = (s + 1) & wordMask
            }
        }
    }

    @inline(__always) private func isKnownLower(_ hash: UInt64) -> Bool {
        var s = PartOfSpeechTagger.slot(of: hash, lowerMask)
        while true {
            let h = lowerTable[s]
            if h == hash { return true }
            if h == 0 { return false }
            s = (s + 1) & lowerMask
        }
    }

    /// Runs `body` on a string's UTF-8 bytes, without a copy when the string stores them.
    @inline(__always)
    private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }
}
