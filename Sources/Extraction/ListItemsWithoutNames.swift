/// "Terminal 4: Aeroméxico, Air Canada, American, British Airways, Southwest, Volaris, WestJet": a
/// list of names may hold an item that is one capitalised word no named entity covers (no
/// mention, a name the resolver gave no entity, or a people's adjective: "American",
/// "Southwest", short forms the text does not name). Such an item does not end the list, so the
/// names on both sides are read as items of one list by `EntityTyper.typeListsAlike` when two of
/// its names are typed; the item itself types nothing.
extension EntityTyper {
    /// Whether the tokens `from..<to` between two name mentions are list marks (commas, "and",
    /// "or"; at most three) or list marks around one such item, which a comma must come before,
    /// and a comma, "and" or "or" after.
    static func listMarksAroundOneItem(_ doc: Document, _ from: Int, _ to: Int) -> Bool {
        let t = doc.tokens
        let to = beforeListedPlaceModifier(t, from, to)
        guard from < to, to - from <= 5 else { return false }
        var item = -1
        for k in from..<to where !isListMark(t[k]) {
            guard item < 0, k > from, k + 1 < to, t[k - 1].lower == ",", isListMark(t[k + 1]) else { return false }
            guard t[k].kind == .word, t[k].isCapitalized, !t[k].has(.allCaps) else { return false }
            let m = doc.mentionIndex(at: k)
            // No mention, a people's adjective, or a name the resolver left without an entity.
            guard m < 0 || doc.mentions[m].kind == .demonym || doc.mentions[m].kind == .name && doc.mentions[m].entity < 0
            else { return false }
            item = k
        }
        return item >= 0 || to - from <= 3
    }

    /// Whether the tokens `from..<to` hold a word besides list marks: a list read across an item
    /// (`listMarksAroundOneItem`) needs two typed names of its own, or a capitalised ordinary
    /// word would carry one typed name's type over the list ("the Architectural, Surveying,
    /// Planning and Landscape constituency").
    static func holdsAnItem(_ t: [Token], _ from: Int, _ to: Int) -> Bool {
        (from..<beforeListedPlaceModifier(t, from, to)).contains { !isListMark(t[$0]) }
    }

    /// A comma, "and" or "or".
    static func isListMark(_ token: Token) -> Bool {
        token.lower == "," || token.lower == "and" || token.lower == "or"
    }
}
