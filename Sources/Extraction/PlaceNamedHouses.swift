/// "talks at the Hyderabad House", "a conference at Lancaster House": a town's name the gazetteer
/// lists as a city, then a house's word closing the name (`name.houseHead`), names a house: a site,
/// a place, not a body. The town is no place of its own inside it: such a house takes the name of a
/// title or a domain and often stands far from the town (Hyderabad House is in New Delhi). A state's
/// or a country's name before "House" is left alone ("the Ohio House" is a legislature's chamber).
///
/// For example, "The leaders met at the Hyderabad House." yields the place "Hyderabad House" and
/// no place "Hyderabad".
enum PlaceNamedHouses {
    static let heads = WordSet(.nameHouseHead)

    /// Whether the name at `name` is a town's name and a house's word closing it.
    static func isHouse(_ t: [Token], _ name: Range<Int>) -> Bool {
        guard name.count >= 2, heads.contains(t[name.upperBound - 1]) else { return false }
        let town = name.lowerBound..<name.upperBound - 1
        guard town.allSatisfy({ t[$0].kind == .word && t[$0].isCapitalized }) else { return false }
        return Gazetteer.shared.place(MentionFinder.surface(t, town).lowercased())?.kind == "city"
    }
}
