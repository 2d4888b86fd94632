import Extraction

/// Copies of training sentences written as headlines are: in capitals ("PRICES ROSE IN
/// TOKYO") or in Title Case ("Prices Rose in Tokyo"). The treebank has few of either, and
/// without them the tagger reads every capitalised word of a headline as a proper noun.
///
/// A copy is kept only when the tagger will take it for a headline (`TaggerFeatures.Style`):
/// headlines have features of their own, and a short copy it takes for normal text ("Thanks
/// for the Help") would teach it that capitals mean nothing in running text too.
package enum HeadlineVariants {
    /// The sentence in capitals.
    package static func upperCased(_ s: TaggedSentence) -> TaggedSentence {
        var out = s
        out.words = s.words.map { $0.uppercased() }
        return out
    }

    /// The sentence in Title Case: each word's first letter a capital, but for the short
    /// function words (`TaggerFeatures.minorWords`) after the first.
    package static func titleCased(_ s: TaggedSentence) -> TaggedSentence {
        var out = s
        out.words = s.words.enumerated().map { i, w in
            guard let first = w.first, first.isLowercase else { return w }
            if i > 0 && TaggerFeatures.minorWords.contains(w) { return w }
            return first.uppercased() + w.dropFirst()
        }
        return out
    }

    /// The sentences, then a capitals copy of a `upperShare` of them and a Title Case copy of
    /// a `titleShare` of them, chosen by a generator seeded with `seed`; copies that do not
    /// read as headlines are left out.
    package static func augment(
        _ sentences: [TaggedSentence], upperShare: Double, titleShare: Double,
        seed: UInt64
    ) -> [TaggedSentence] {
        var rng = SplitMix64(seed: seed)
        let features = TaggerFeatures()
        func isHeadline(_ s: TaggedSentence) -> Bool {
            TaggerFeatures.Style.of(s.words.map { features.keys(of: $0).word.flags }) != .normal
        }
        var out = sentences
        for s in sentences {
            let a = Double(rng.next() >> 11) / Double(1 << 53), b = Double(rng.next() >> 11) / Double(1 << 53)
            if a < upperShare, case let copy = upperCased(s), isHeadline(copy) { out.append(copy) }
            if b < titleShare, case let copy = titleCased(s), isHeadline(copy) { out.append(copy) }
        }
        return out
    }
}
