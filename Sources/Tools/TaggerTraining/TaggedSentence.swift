import Extraction

/// A sentence as newsq's tokenizer splits it, with the treebank's tag for each token: what the
/// tagger learns from and is measured on.
package struct TaggedSentence: Sendable {
    /// The tokens' texts.
    package var words: [String]
    package var tags: [PartOfSpeech]
    /// The treebank document it comes from (`# newdoc id`).
    package var document: String

    package init(words: [String], tags: [PartOfSpeech], document: String) {
        self.words = words
        self.tags = tags
        self.document = document
    }
}
