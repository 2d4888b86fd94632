/// "a reception at the Karachi House", "Lahore House": a city of 100,000 people or more
/// that the gazetteer lists and the census does not list as a family name, then a house's word
/// closing the name (`name.houseHead`), names a house: a site, a place, not a body. The city is no
/// place of its own inside it: such a house takes the name of a title or a domain and often stands
/// far from the city (a state's guest house in the capital). A smaller town or one that is also a
/// family name keeps the body ("a fellow at Chatham House", "Bush House"), and a state's or a
/// country's name before "House" is left alone ("the Ohio House" is a legislature's chamber).
///
/// For example, "Delegates gathered at the Karachi House for the signing." yields the place
/// "Karachi House" and no place "Karachi".
enum PlaceNamedHouses {
    static let heads = WordSet(.nameHouseHead)

    /// Whether the name at `name` is a city's name and a house's word closing it.
    static func isHouse(_ t: [Token], _ name: Range<Int>) -> Bool {
        guard name.count >= 2, heads.contains(t[name.upperBound - 1]) else { return false }
        let town = name.lowerBound..<name.upperBound - 1
        guard town.allSatisfy({ t[$0].kind == .word && t[$0].isCapitalized }) else { return false }
        let g = Gazetteer.shared
        if town.count == 1, g.isFamilyName(t[town.lowerBound].lower) { return false }
        guard let place = g.place(MentionFinder.surface(t, town).lowercased()) else { return false }
        return place.kind == "city" && place.population >= 100_000
    }
}
