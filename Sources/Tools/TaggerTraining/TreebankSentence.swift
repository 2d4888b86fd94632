/// One sentence of a CoNLL-U treebank: its text and its syntactic words, as the reader keeps
/// them (the columns the tagger's training and measurement need).
package struct TreebankSentence: Sendable {
    /// One syntactic word: a line with an integer id.
    package struct Word: Sendable {
        package var id: Int
        package var form: String
        /// The UPOS column ("PROPN").
        package var upos: String
        /// The XPOS column (Penn Treebank tags in EWT and GUM: "NNP").
        package var xpos: String
        /// The id of the word it depends on; 0 for the root.
        package var head: Int
    }

    /// A multiword token ("don't" over "do" and "n't"): a range line `first-last`.
    package struct Multiword: Sendable {
        package var first: Int
        package var last: Int
        package var form: String
    }

    /// `# sent_id`.
    package var id: String
    /// `# newdoc id`, the document the sentence belongs to.
    package var document: String
    /// `# text`: the sentence as written.
    package var text: String
    package var words: [Word] = []
    package var multiwords: [Multiword] = []
    /// The line the sentence starts on (1-based), for messages.
    package var line: Int
}
