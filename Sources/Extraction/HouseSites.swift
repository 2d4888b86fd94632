/// "received at State House", "a dinner at Jubilee House", "the Opera House": ordinary words
/// (or words no list knows, as in a house named after a person: "Quarnel Vestabi House") before
/// a house's word closing the name (`name.houseHead`) name a building, a site, a place, not a
/// body: a state's house, a government's guest house, a theatre. A house's word ends the names
/// of many bodies too, and those stay bodies: a family name many people bear or a place alone
/// ("Chatham House", a think tank; a rare family name that is no ordinary word, "Jubilee", is no
/// such evidence), a first name opening it ("Kenneth House" is a person), a listed name or a
/// state or region before it ("the Ohio House", a legislature's chamber), and a chamber's or a
/// trade's word (`name.houseBodyWord`: "the Lower House", "a publishing house").
///
/// "State House" is always the building here: in Nairobi, Dodoma or Windhoek the president's
/// seat, where wire stories about visits use it; an American state's legislature ("the bill
/// passed the State House") is read as the building too, knowingly.
///
/// For example, "The envoy was received at State House on Monday." yields the place "State House".
enum HouseSites {
    static let bodyWords = WordSet(.nameHouseBodyWord)

    /// Whether the name at `name` is a building: ordinary or unlisted words and a house's word
    /// closing it.
    static func isSite(_ t: [Token], _ name: Range<Int>) -> Bool {
        guard name.count >= 2, PlaceNamedHouses.heads.contains(t[name.upperBound - 1]) else { return false }
        let words = name.lowerBound..<name.upperBound - 1
        let g = Gazetteer.shared
        for k in words {
            guard t[k].kind == .word, t[k].isCapitalized, !bodyWords.contains(t[k]) else { return false }
            let w = t[k].lower
            let common = g.isCommonWord(w)
            if k == words.lowerBound, g.isGivenName(w, uncommonOnly: true) { return false }
            if g.place(w) != nil, !common { return false }
            if !common, g.isFrequentFamilyName(w) || g.isGivenName(w) { return false }
            if Lexicon.shared.phrase(at: k, in: t, end: name.upperBound) != nil { return false }
        }
        return true
    }

    /// Whether an entity's name ends with a house's word ("State House"): a last word compared
    /// once an event, not a pass over tokens.
    static func namesHouse(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last, name.contains(" ") else { return false }
        return PlaceNamedHouses.heads.contains(id: Lexicon.shared.id(of: last.lowercased()))
    }

    /// "At a meeting at State House, President X welcomed …": whether `place` is a house the
    /// text gives no country for, which may be the host's own seat: no one's visit goes there
    /// (the one predicate the visit rules ask: talks, meetings, gatherings).
    static func isUnplacedHouse(_ doc: Document, _ place: Int) -> Bool {
        namesHouse(doc.entities[place].name) && PlaceCountries.country(doc, place) == nil
    }
}
