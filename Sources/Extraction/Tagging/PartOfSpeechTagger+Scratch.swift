extension PartOfSpeechTagger {
    /// Working memory for tagging, grown as sentences need: one per thread, reused from
    /// sentence to sentence; it keeps the scores of up to `cacheLimit` unknown words, so one
    /// per document (names repeat in an article, and a new article has new ones).
    package final class Scratch {
        /// How many unknown words a scratch keeps.
        static let cacheLimit = 256
        let features = TaggerFeatures()
        /// Per token: where its vectors are, and its flags.
        private(set) var bases: UnsafeMutablePointer<UnsafePointer<Int16>>
        private(set) var flags: UnsafeMutablePointer<UInt16>
        /// Per token, room for vectors added up here.
        private(set) var vectors: UnsafeMutablePointer<Int16>
        let keys = UnsafeMutablePointer<UInt32>.allocate(capacity: TaggerFeatures.keysPerWord)
        let scores = UnsafeMutablePointer<Int32>.allocate(capacity: PartOfSpeech.count)
        private var tokens = 0
        private var values = 0
        /// Unknown words: open addressing over their hashes (0: empty) to an index into
        /// `cacheVectors` (`cacheStride` wide each) and `cacheFlags`.
        private var cacheHashes = [UInt64](repeating: 0, count: cacheLimit * 2)
        private var cacheIndex = [Int32](repeating: 0, count: cacheLimit * 2)
        private var cacheFlags: [UInt16] = []
        private var cacheVectors: UnsafeMutablePointer<Int16>?
        private var cacheStride = 0

        var keyBuffer: UnsafeBufferPointer<UInt32> {
            UnsafeBufferPointer(start: keys, count: TaggerFeatures.keysPerWord)
        }

        package init() {
            bases = .allocate(capacity: 1)
            flags = .allocate(capacity: 1)
            vectors = .allocate(capacity: 1)
        }

        /// The vectors and flags of an unknown word with this hash: kept from an earlier call,
        /// else filled in now by `fill` (which returns the flags) and kept; nil when the cache is
        /// full and does not have the word.
        @inline(__always)
        func unknownWord(_ hash: UInt64, stride: Int, fill: (UnsafeMutablePointer<Int16>) -> UInt16)
            -> (UnsafePointer<Int16>, UInt16)? {
            let mask = cacheHashes.count - 1
            var s = Int(truncatingIfNeeded: hash) & mask
            while cacheHashes[s] != 0 {
                if cacheHashes[s] == hash {
                    let i = Int(cacheIndex[s])
                    return (UnsafePointer(cacheVectors! + i * cacheStride), cacheFlags[i])
                }
                s = (s + 1) & mask
            }
            guard hash != 0, cacheFlags.count < Scratch.cacheLimit else { return nil }
            if cacheVectors == nil {
                cacheVectors = .allocate(capacity: Scratch.cacheLimit * stride)
                cacheStride = stride
            }
            let i = cacheFlags.count
            let vectors = cacheVectors! + i * cacheStride
            cacheFlags.append(fill(vectors))
            cacheHashes[s] = hash
            cacheIndex[s] = Int32(i)
            return (UnsafePointer(vectors), cacheFlags[i])
        }

        /// Makes room for a sentence of `n` tokens.
        func reserve(tokens n: Int, stride: Int) {
            if n > tokens {
                let size = max(n, tokens * 2)
                bases.deallocate()
                flags.deallocate()
                bases = .allocate(capacity: size)
                flags = .allocate(capacity: size)
                tokens = size
            }
            if n * stride > values {
                let size = max(n * stride, values * 2)
                vectors.deallocate()
                vectors = .allocate(capacity: size)
                values = size
            }
        }

        deinit {
            bases.deallocate()
            flags.deallocate()
            vectors.deallocate()
            keys.deallocate()
            scores.deallocate()
            cacheVectors?.deallocate()
        }
    }
}
