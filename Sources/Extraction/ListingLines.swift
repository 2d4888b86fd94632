/// "Ace Taxi 1420 Hudson Blvd, tel: 1 201 555-0142.", "Quarnel Heels, Kirkevej 17 (Taasinge),
/// ☏ +4512345678", "Rosa 's 42 Bridge Plaza South, tel: …": a guide's listing line opens with a
/// business's name, then its street address or its telephone number. The name that opens such a
/// line (or follows one name's possessive there: "Morello 's Harbor Market 812 Anderson Ave")
/// is a business, an organization: a cue the typer weighs like a body's noun.
///
/// An address is a house number of two to five digits right after the name (over a comma or a
/// possessive) before a capitalised word that is no month or weekday, no year ("Group G —
/// Belgium 3 – 0 Panama", "Spain 2010 World Cup", a wire's dateline "BRANTFORD, 12 March (PA)"
/// are no listings); a telephone number, later on the same line, is a label of
/// `typer.phoneLabel` ("tel", "☏", "fax") before digits, a "+" and seven digits or more, or
/// nine digits or more written without separators ("0590854950"; not an amount:
/// "3,400,000").
extension EntityTyper {
    /// The phone labels, by word id.
    static let phoneLabels = WordSet(.typerPhoneLabel)

    /// How many tokens after the name a listing line's telephone number may stand.
    static let listingReach = 12

    /// Whether the name at `start..<end` opens a listing line: an address or a telephone number
    /// follows it on the same line.
    static func opensListingLine(_ doc: Document, start: Int, end: Int) -> Bool {
        let t = doc.tokens
        let atLineStart = { (k: Int) in k == 0 || t[k].has(.newlineBefore) }
        guard atLineStart(start) || start >= 2 && t[start - 1].kind == .possessive && atLineStart(start - 2) else { return false }
        // The name must close the line's name: "Jack Alter Fort Lee Community Center, 1355 …" names a
        // centre after a person, who is no business.
        guard end < t.count, !(t[end].kind == .word && t[end].isCapitalized) else { return false }
        // The address: right after the name, over a comma or a possessive.
        var j = end
        while j < t.count, j < end + 2, t[j].lower == "," || t[j].kind == .possessive { j += 1 }
        if j + 1 < t.count, t[j].kind == .number, !t[j].has(.newlineBefore), isHouseNumber(t[j].text),
           t[j + 1].kind == .word, t[j + 1].isCapitalized, !t[j + 1].has(.newlineBefore),
           Lexicon.months[t[j + 1].lower] == nil, Lexicon.weekdays[t[j + 1].lower] == nil {
            return true
        }
        // The telephone number, before the line ends.
        var k = end
        while k < t.count, k < end + listingReach, k == end || !t[k].has(.newlineBefore) {
            if phoneLabels.contains(t[k]) {
                // "tel: 1 201 …", "☏ +45…": the label, maybe a colon, then digits.
                var d = k + 1
                if d < t.count, t[d].lower == ":" { d += 1 }
                if d < t.count, !t[d].has(.newlineBefore), isPhoneStart(t[d].text) { return true }
            }
            if isPhoneNumber(t[k].text) { return true }
            k += 1
        }
        return false
    }

    /// Digits, or a "+" and digits: what follows a phone label.
    private static func isPhoneStart(_ text: String) -> Bool {
        let u = Array(text.utf8.prefix(2))
        guard let first = u.first else { return false }
        if first >= 48 && first <= 57 { return true }
        return first == 43 && u.count == 2 && u[1] >= 48 && u[1] <= 57
    }

    /// "+4588304520", "+1918584-4428": a "+" and seven digits or more; "0590854950": nine digits or
    /// more and nothing else (an amount has separators: "3,400,000").
    private static func isPhoneNumber(_ text: String) -> Bool {
        let u = text.utf8
        let digits = u.lazy.filter { $0 >= 48 && $0 <= 57 }.count
        if u.first == 43 { return digits >= 7 }
        return digits >= 9 && digits == u.count
    }

    /// Two to five digits and no year (1800-2099).
    private static func isHouseNumber(_ text: String) -> Bool {
        let u = text.utf8
        guard (2...5).contains(u.count), u.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        if u.count == 4, let n = Int(text), (1800...2099).contains(n) { return false }
        return true
    }
}
