/// "the pipeline will carry gas from Quarnside, Cumbria or north-western Wales": a lower-case
/// word that places a region within a place (`typer.placeModifier`: "northern", "south-eastern", "inner")
/// right before a list's last name, after its "and", "or" or comma, qualifies that name; it is
/// no item of its own and does not end the list, so `EntityTyper.typeListsAlike` reads the names
/// on both sides as one list ("Quarnside" takes the place its neighbours are).
extension EntityTyper {
    /// `to`, or `to - 1` when the token before `to` (the next name) is such a modifier after a
    /// list mark in `from..<to`.
    static func beforeListedPlaceModifier(_ t: [Token], _ from: Int, _ to: Int) -> Int {
        guard to - from >= 2, t[to - 1].kind == .word, !t[to - 1].isCapitalized,
              placeModifiers.contains(t[to - 1].lower),
              isListMark(t[to - 2]) else { return to }
        return to - 1
    }
}
