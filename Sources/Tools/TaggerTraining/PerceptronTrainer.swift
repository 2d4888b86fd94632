import Extraction
import Foundation

/// Trains the tagger's averaged perceptron on tagged sentences: greedy left-to-right decoding
/// with the tags predicted so far as features, a +1/-1 update on every mistake, and weights
/// averaged over every step (lazily, with time stamps).
///
/// Deterministic: the sentence order of each pass comes from `seed` (SplitMix64 and a
/// Fisher-Yates shuffle), the number of passes is fixed, ties go to the lowest tag, and the
/// weights are integers until the final average.
package struct PerceptronTrainer {
    package struct Options: Sendable {
        package var iterations = 10
        package var seed: UInt64 = 1
        package init() {}
    }

    /// The averaged weights: `weights[f * tagCount + t]` for the feature with key `keys[f]`.
    package struct Weights: Sendable {
        package var keys: [UInt32]
        package var weights: [Float]
        package var tagCount: Int
    }

    private let t = PartOfSpeech.count
    private var index: [UInt32: Int32] = [:]
    private var keys: [UInt32] = []
    /// Per sentence: the gold tags, and per token the range of its features in `features`.
    private var gold: [[UInt8]] = []
    private var starts: [[Int32]] = []
    private var features: [[Int32]] = []
    private var styles: [TaggerFeatures.Style] = []
    /// Feature indices of the tag features by style: by previous tag, and by (before, previous).
    private var previousTag: [Int32] = []
    private var twoTags: [Int32] = []

    package init(_ sentences: [TaggedSentence]) {
        let extractor = TaggerFeatures()
        for s in sentences {
            let flags = s.words.map { extractor.keys(of: $0).word.flags }
            let style = TaggerFeatures.Style.of(flags)
            let blocks = s.words.map { extractor.keys(of: $0, style: style).keys }
            let first = flags.firstIndex { $0 & TaggerFeatures.Flag.noLetterOrDigit == 0 }
            let start1 = TaggerFeatures.startKeys(before: 1, style: style)
            let start2 = TaggerFeatures.startKeys(before: 2, style: style)
            let end1 = TaggerFeatures.endKeys(after: 1, style: style)
            let end2 = TaggerFeatures.endKeys(after: 2, style: style)
            var starts: [Int32] = [0]
            var list: [Int32] = []
            let n = s.words.count
            for i in 0..<n {
                var tokenKeys = Array(blocks[i][TaggerFeatures.Slot.local.range])
                if i == first { tokenKeys += blocks[i][TaggerFeatures.Slot.initial.range] }
                tokenKeys += i >= 1 ? Array(blocks[i - 1][TaggerFeatures.Slot.previous.range]) : start1
                tokenKeys += i >= 2 ? Array(blocks[i - 2][TaggerFeatures.Slot.beforePrevious.range]) : start2
                tokenKeys += i + 1 < n ? Array(blocks[i + 1][TaggerFeatures.Slot.next.range]) : end1
                tokenKeys += i + 2 < n ? Array(blocks[i + 2][TaggerFeatures.Slot.afterNext.range]) : end2
                for k in tokenKeys { list.append(intern(k)) }
                starts.append(Int32(list.count))
            }
            gold.append(s.tags.map(\.rawValue))
            styles.append(style)
            self.starts.append(starts)
            features.append(list)
        }
        for style in TaggerFeatures.Style.allCases {
            for previous in 0...t {
                let keys = TaggerFeatures.tagKeys(previous: previous, beforePrevious: 0, style: style)
                previousTag.append(intern(keys.0))
            }
            for before in 0...t {
                for previous in 0...t {
                    let keys = TaggerFeatures.tagKeys(previous: previous, beforePrevious: before, style: style)
                    twoTags.append(intern(keys.1))
                }
            }
        }
    }

    private mutating func intern(_ key: UInt32) -> Int32 {
        if let i = index[key] { return i }
        let i = Int32(keys.count)
        index[key] = i
        keys.append(key)
        return i
    }

    /// The number of distinct features seen in the training sentences.
    package var featureCount: Int { keys.count }

    /// Runs the passes; `log` hears each pass's accuracy on the training sentences.
    package func train(_ options: Options, log: (String) -> Void = { _ in }) -> Weights {
        let t = self.t
        var w = [Int32](repeating: 0, count: keys.count * t)
        var totals = [Int64](repeating: 0, count: keys.count * t)
        var stamps = [Int64](repeating: 0, count: keys.count * t)
        var now: Int64 = 0
        var rng = SplitMix64(seed: options.seed)
        var order = Array(gold.indices)
        var scores = [Int64](repeating: 0, count: t)
        let states = t + 1

        func update(_ f: Int, _ c: Int, _ delta: Int32) {
            let i = f * t + c
            totals[i] += (now - stamps[i]) * Int64(w[i])
            stamps[i] = now
            w[i] += delta
        }

        for pass in 1...max(options.iterations, 1) {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            var correct = 0, total = 0
            for s in order {
                let tags = gold[s], list = features[s], bounds = starts[s]
                let style = Int(styles[s].rawValue)
                var previous = t, before = t
                for i in 0..<tags.count {
                    now += 1
                    for k in 0..<t { scores[k] = 0 }
                    let own = Int(bounds[i])..<Int(bounds[i + 1])
                    let tagFeatures = [
                        Int(previousTag[style * states + previous]),
                        Int(twoTags[style * states * states + before * states + previous]),
                    ]
                    for f in list[own].lazy.map({ Int($0) }) + tagFeatures {
                        for k in 0..<t { scores[k] += Int64(w[f * t + k]) }
                    }
                    var guess = 0
                    for k in 1..<t where scores[k] > scores[guess] { guess = k }
                    let truth = Int(tags[i])
                    if guess != truth {
                        for f in list[own].lazy.map({ Int($0) }) + tagFeatures {
                            update(f, truth, 1)
                            update(f, guess, -1)
                        }
                    } else {
                        correct += 1
                    }
                    total += 1
                    before = previous
                    previous = guess
                }
            }
            log("pass \(pass): \(correct)/\(total) tokens right in training (\(percent(correct, total)))")
        }

        var averaged = [Float](repeating: 0, count: w.count)
        for i in w.indices {
            let sum = totals[i] + (now - stamps[i]) * Int64(w[i])
            averaged[i] = Float(Double(sum) / Double(now))
        }
        return Weights(keys: keys, weights: averaged, tagCount: t)
    }
}
