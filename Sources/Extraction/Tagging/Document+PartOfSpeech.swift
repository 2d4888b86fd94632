extension Document {
    /// The part of speech of every token, by token index: each sentence tagged on its own, in
    /// one pass with one scratch space. A token outside every sentence (there are none today)
    /// is `.other`.
    ///
    /// Not called by the stages yet; they may ask it once per document and keep the result.
    func partsOfSpeech(tagger: PartOfSpeechTagger = .shared) -> [PartOfSpeech] {
        var tags = [PartOfSpeech](repeating: .other, count: tokens.count)
        let scratch = PartOfSpeechTagger.Scratch()
        for span in sentences {
            let start = span.tokens.lowerBound
            let sentence = tagger.tag(tokens, span.tokens, scratch: scratch)
            for (k, tag) in sentence.enumerated() { tags[start + k] = tag }
        }
        return tags
    }
}
