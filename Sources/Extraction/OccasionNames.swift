/// Words that an occasion's word closes (`name.occasionWord`: "Olympics", "Paralympics", words
/// that are no name alone, `nonname`) are that occasion's name, no name of their own: in "a
/// medal in the Special Olympics" or "in the FIRST Global Challenge Robot Olympics" nothing is a
/// place, though "in the" before the words would make one. A place the gazetteer lists keeps its
/// own mention ("the Sochi Olympics": Sochi), as lexicon names do before the run reaches here.
///
/// For example, "She won gold at the Special Olympics." names no entity.
enum OccasionNames {
    /// Whether the name words `p..<q`, which the run's word at `q` ended, are an occasion's: the
    /// word at `q` is an occasion's word and the words are no gazetteer place.
    static func closes(_ t: [Token], _ p: Int, _ q: Int, _ end: Int) -> Bool {
        guard q < end, q > p, occasionWords.contains(t[q]) else { return false }
        let words = MentionFinder.surface(t, p..<q).lowercased()
        return Gazetteer.shared.place(words).map { $0.isCommonWord } ?? true
    }
    static let occasionWords = WordSet(.nameOccasionWord)
}
