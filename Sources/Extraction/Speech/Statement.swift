import NewsFacts

/// One statement the speech rules found: who said what, with its qualifiers, where, and by
/// which rule. A value: the rules return these and `SpeechExtractor.extract` adds them.
struct Statement {
    /// The speaker's entity index in the document.
    var speaker: Int
    var text: String
    var qualifiers: [Qualifier]
    var sentence: Int
    var tokens: Range<Int>
    var rule: String

    /// Adds the statement as a `said` fact (unless the same fact is there already).
    func add(to doc: Document) {
        doc.addFact(
            .entity(doc.entities[speaker].name), "said", .text(text), qualifiers, sentence: sentence,
            tokens: tokens, rule: rule)
    }
}
