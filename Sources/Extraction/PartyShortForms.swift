/// "Labour's Shadow Home Secretary said …", "Labour has a plan": a one-word name whose word and a
/// party's head (`name.partyHead`: "Party") make a party the lexicons list ("Labour Party") is
/// that party, an organization, whatever its mentions' words made of it (a possessive before a
/// title reads like a person's). Only a name that is that one word alone, so "Labour Day" and
/// "Labour Court" (two-word names) are untouched; not a word a party's member is called
/// (`name.affiliation`: "Republican", "Democrat") nor an ordinary English word ("Conservative",
/// "Green"), which alone name members or colours. Over today's lists this types "Labour" and
/// "Justicialist".
extension EntityTyper {
    static func typePartyShortForms(_ doc: Document) {
        let lex = Lexicon.shared, g = Gazetteer.shared
        // Entities a lexicon name types are left as the lexicon says.
        var listed = [Bool](repeating: false, count: doc.entities.count)
        for m in doc.mentionSpots where m.kind == .name && m.entity >= 0 && m.fromLexicon { listed[m.entity] = true }
        for e in doc.entities.indices where !listed[e] && doc.entities[e].type != "organization" && doc.entities[e].type != "event" {
            let name = doc.entities[e].name
            guard !name.utf8.contains(32), name.first?.isUppercase == true else { continue }
            let lower = name.lowercased()
            guard !partyAffiliations.contains(lower), !g.isCommonWord(lower) else { continue }
            let party = partyHeads.contains { head in
                lex.phrases[lower + " " + head].map { $0.kind == .organization } ?? false
            }
            if party { doc.entities[e].type = "organization" }
        }
    }

    private static let partyHeads = Lexicon.shared.words(in: .namePartyHead)
    private static let partyAffiliations = Set(Lexicon.shared.words(in: .nameAffiliation))
}
