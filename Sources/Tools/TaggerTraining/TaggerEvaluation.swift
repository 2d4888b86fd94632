import Extraction

/// How well a tagger's tags agree with a treebank's on sentences it did not learn from:
/// accuracy, and precision and recall per tag.
package struct TaggerEvaluation {
    package private(set) var tokens = 0
    package private(set) var correct = 0
    /// By tag raw value: tokens the treebank gives the tag, tokens the tagger gives it, and
    /// tokens both do.
    package private(set) var gold = [Int](repeating: 0, count: PartOfSpeech.count)
    package private(set) var predicted = [Int](repeating: 0, count: PartOfSpeech.count)
    package private(set) var agreed = [Int](repeating: 0, count: PartOfSpeech.count)
    /// Mistakes by "GOLD>PREDICTED".
    package private(set) var confusions: [String: Int] = [:]
    /// Mistakes in context: the sentence with the token in brackets, "GOLD>PREDICTED".
    package private(set) var examples: [(confusion: String, context: String)] = []

    /// Tags every sentence with `tagger` and compares.
    package init(tagger: PartOfSpeechTagger, sentences: [TaggedSentence]) {
        let scratch = PartOfSpeechTagger.Scratch()
        for s in sentences {
            let tags = tagger.tag(count: s.words.count, scratch: scratch) { s.words[$0] }
            for (i, (g, p)) in zip(s.tags, tags).enumerated() {
                tokens += 1
                gold[Int(g.rawValue)] += 1
                predicted[Int(p.rawValue)] += 1
                if g == p {
                    correct += 1
                    agreed[Int(g.rawValue)] += 1
                } else {
                    confusions["\(g.name)>\(p.name)", default: 0] += 1
                    let lo = max(0, i - 6), hi = min(s.words.count, i + 5)
                    let context =
                        s.words[lo..<i].joined(separator: " ") + " [" + s.words[i] + "] "
                        + s.words[i + 1..<hi].joined(separator: " ")
                    examples.append(("\(g.name)>\(p.name)", context))
                }
            }
        }
    }

    package var accuracy: Double { tokens == 0 ? 0 : Double(correct) / Double(tokens) }

    package func precision(_ tag: PartOfSpeech) -> Double {
        let p = predicted[Int(tag.rawValue)]
        return p == 0 ? 0 : Double(agreed[Int(tag.rawValue)]) / Double(p)
    }

    package func recall(_ tag: PartOfSpeech) -> Double {
        let g = gold[Int(tag.rawValue)]
        return g == 0 ? 0 : Double(agreed[Int(tag.rawValue)]) / Double(g)
    }

    /// "accuracy 95.10% (24123/25366); PROPN precision 90.2% recall 88.1%; top mistakes: …".
    package func summary(mistakes: Int = 6) -> String {
        let propn = Int(PartOfSpeech.properNoun.rawValue)
        let top = confusions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(mistakes)
        return "accuracy \(percent(correct, tokens)) (\(correct)/\(tokens)); "
            + "PROPN precision \(percent(agreed[propn], predicted[propn])) "
            + "recall \(percent(agreed[propn], gold[propn])); "
            + "top mistakes: " + top.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
