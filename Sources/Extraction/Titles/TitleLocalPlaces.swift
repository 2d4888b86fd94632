import NewsFacts

/// The town "city mayor X" or "the city's mayor X" is mayor of [title-place-context]: a town's
/// word right before the title (`title.townBody`: "city", "town", "municipality") refers back
/// to the town named last before it, in the title's sentence or the one before.
///
/// For example, in "Crowds filled Ostwick to watch city mayor Lena Holm light the lantern" the
/// mayor is Ostwick's, and in "PARIS (Reuters) - The city's mayor, Anne Verdal, said" the
/// dateline's city. A bare "Mayor X" takes no town from the text around it: a mayor travels
/// ("After talks in Brussels, Mayor X returned home"). Only a town can be meant: a region, a
/// county, a continent and a site ("the Chiang Kai Shek Memorial") are passed over, and so is a
/// country; a town's own body ("Municipality of Bogliasco") stands for its town.
extension TitleExtractor {
    /// The place a mayor's title at `title` refers back to, or nil.
    static func localPlace(_ doc: Document, _ title: TitleMatch, sentence: Int) -> Int? {
        guard title.head == "Mayor", refersToTown(doc, title.tokens.lowerBound, sentence) else { return nil }
        let start = title.tokens.lowerBound
        let first = doc.sentences[max(0, sentence - 1)].tokens.lowerBound
        var k = start - 1
        while k >= first, start - k <= maxLocalPlaceLookback {
            if let m = doc.mention(at: k), m.kind == .name, m.entity >= 0, isTown(doc, m.entity) { return m.entity }
            k -= 1
        }
        return nil
    }

    /// Whether a town's word stands right before the title at `start`, possessed or not ("city
    /// mayor", "the town's mayor").
    static func refersToTown(_ doc: Document, _ start: Int, _ sentence: Int) -> Bool {
        let t = doc.tokens
        let sStart = doc.sentences[sentence].tokens.lowerBound
        var k = start - 1
        if k > sStart, t[k].kind == .possessive { k -= 1 }
        return k >= sStart && t[k].kind == .word && !t[k].isCapitalized && townBodies.contains(t[k].lower)
    }

    /// Tokens looked back at most for a mayor's town: a long sentence stays linear.
    static let maxLocalPlaceLookback = 120

    /// A town's words: before a mayor's title, and opening the name of a town's own body.
    static let townBodies = Set(Lexicon.shared.words(in: .titleTownBody))

    /// Whether an entity is a place a mayor may hold office in (no region, county, continent or
    /// site), or a town's body.
    static func isTown(_ doc: Document, _ e: Int) -> Bool {
        let entity = doc.entities[e]
        if entity.type == "organization" {
            guard let first = entity.name.split(separator: " ").first, entity.name.contains(" of ") else { return false }
            return townBodies.contains(String(first).lowercased())
        }
        guard entity.type == "place" else { return false }
        let lower = entity.name.lowercased()
        if let listed = Gazetteer.shared.place(lower) { return listed.kind == "city" }
        // A place a head word names is a site or a feature ("Memorial", "Square", "River").
        let heads = Lexicon.shared.placeHeads
        return !lower.split(separator: " ").contains { heads.contains(String($0)) }
    }
}
