import NewsFacts

/// The town a mayor the text does not qualify is mayor of [title-place-context]: the town named
/// last before the title in its sentence, else the first one the sentence before names.
///
/// For example, in "Thousands filled Taipei to watch city mayor Hau Lung-bin light the lantern"
/// the mayor is Taipei's; in "Requests came from the Municipality of Bogliasco, next to Genova.
/// The first is of the mayor Luca Pastorino" Bogliasco's (the sentence before is about the first
/// town it names; a town's body, "Municipality of …" (`title.townBody`), stands for its town);
/// in "PARIS (Reuters) - The city's mayor, Anne Verdal, said" the dateline's city. A mayor's
/// office is a town's, so only a town can be meant: a region, a county, a continent and a site
/// ("the Chiang Kai Shek Memorial") are passed over, and so is a country.
extension TitleExtractor {
    /// The place a mayor's title at `title` most likely is of, or nil.
    static func localPlace(_ doc: Document, _ title: TitleMatch, sentence: Int) -> Int? {
        guard title.head == "Mayor" else { return nil }
        let start = title.tokens.lowerBound
        let sStart = doc.sentences[sentence].tokens.lowerBound
        var k = start - 1
        while k >= sStart, start - k <= maxLocalPlaceLookback {
            if let m = doc.mention(at: k), m.kind == .name, m.entity >= 0, isTown(doc, m.entity) { return m.entity }
            k -= 1
        }
        guard sentence > 0, !doc.sentences[sentence - 1].isExcluded else { return nil }
        let before = doc.sentences[sentence - 1].tokens
        for k in before.prefix(maxLocalPlaceLookback) {
            if let m = doc.mention(at: k), m.kind == .name, m.entity >= 0, isTown(doc, m.entity) { return m.entity }
        }
        return nil
    }

    /// Tokens looked at most for a mayor's town in each sentence: a long sentence stays linear.
    static let maxLocalPlaceLookback = 120

    /// Words that open the name of a town's own body ("Municipality of Bogliasco").
    static let townBodies = Set(Lexicon.shared.words(in: .titleTownBody))

    /// Whether an entity is a place a mayor may hold office in (no region, county, continent or
    /// site), or a town's body.
    static func isTown(_ doc: Document, _ e: Int) -> Bool {
        let entity = doc.entities[e]
        if entity.type == "organization" {
            guard let first = entity.name.split(separator: " ").first, entity.name.contains(" of ") else { return false }
            return townBodies.contains(String(first).lowercased())
        }
        guard entity.type == "place", !isFacility(entity.name) else { return false }
        guard let listed = Gazetteer.shared.place(entity.name.lowercased()) else { return true }
        return listed.kind == "city"
    }
}
