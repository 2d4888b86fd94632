extension Extractor {
    /// Loads, once a process, what extraction reads but never changes: the lexicons and the
    /// part-of-speech tagger's model. Each is otherwise loaded by the first article that needs
    /// it; the tagger's model (some 150 million instructions to decode and precompute) only by
    /// an article with a headline-like run to read, so without this a timed run over articles
    /// would count that one-time load in whichever run met such an article first.
    public static func warmUp() {
        _ = Lexicon.shared
        _ = PartOfSpeechTagger.shared
    }
}
