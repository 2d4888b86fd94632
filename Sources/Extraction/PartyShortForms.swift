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
        let g = Gazetteer.shared
        // Entities a lexicon name types are left as the lexicon says.
        var listed = [Bool](repeating: false, count: doc.entities.count)
        for m in doc.mentionSpots where m.kind == .name && m.entity >= 0 && m.fromLexicon { listed[m.entity] = true }
        for e in doc.entities.indices where !listed[e] && doc.entities[e].type != "organization" && doc.entities[e].type != "event" {
            let name = doc.entities[e].name
            guard !name.utf8.contains(32), name.first?.isUppercase == true else { continue }
            let lower = name.lowercased()
            guard partyShortForms.contains(lower), !partyAffiliations.contains(lower), !g.isCommonWord(lower) else { continue }
            doc.entities[e].type = "organization"
        }
    }

    /// The one words that make a listed party with a party's head ("labour" for "labour party"),
    /// read from the lexicon once, not joined and looked up for every one-word name.
    private static let partyShortForms: Set<String> = {
        let heads = Set(Lexicon.shared.words(in: .namePartyHead))
        var out = Set<String>()
        for (key, phrase) in Lexicon.shared.phrases where phrase.kind == .organization {
            let words = key.split(separator: " ", omittingEmptySubsequences: false)
            if words.count == 2, heads.contains(String(words[1])) { out.insert(String(words[0])) }
        }
        return out
    }()
    private static let partyAffiliations = Set(Lexicon.shared.words(in: .nameAffiliation))
}
