/// A one-word name the typer left `unknown` that is a head word of places' names (`placehead`),
/// written with its capital after a determiner or possessive ("the", "this", "our" …: `typer.headReference`), names the one
/// place the text speaks of: "Two weeks ago in this Hall", "the glory of our Empire", "at the
/// Airport in Cuba", "with the Abbey in the background".
///
/// Left alone: a body's head word ("the Academy", "the Council"): news calls a body it named in
/// full, or one it never names, by its head alone ("from the Academy, Squadron Officer School and
/// ROTC"), so it is typed only as the alias of the one body of the article it heads
/// (`BodyHeadReferences`, at the short forms' merge); a word that is both kinds of
/// head; one that qualifies a noun after it at any mention ("the Channel last summer",
/// `NamePartTypes.modifiesANoun`); one no mention of which follows those words ("a Cathedral",
/// "Main Street"); and one that is a word of a typed name of the article: that name's short form
/// is `NamePartTypes`' to decide, and when it left it `unknown` the names holding it disagree.
enum LoneHeadWords {
    /// "the", "this", "our" (`typer.headReference`), by word id.
    static let headReferences = WordSet(.typerHeadReference)

    static func type(_ doc: Document) {
        let lex = Lexicon.shared
        var candidates: [Int] = []
        for e in doc.entities.indices where doc.entities[e].type == EntityTyper.unknown {
            let name = doc.entities[e].name
            guard name.count > 3, !name.utf8.contains(32), name.first?.isUppercase == true,
                  name.dropFirst().allSatisfy({ !$0.isUppercase }) else { continue }
            let lower = name.lowercased()
            guard lex.placeHeads.contains(lower), !lex.orgHeads.contains(lower) else { continue }
            candidates.append(e)
        }
        guard !candidates.isEmpty else { return }
        let inTypedNames = wordsOfTypedNames(doc)
        let t = doc.tokens
        for e in candidates where !inTypedNames.contains(doc.entities[e].name.lowercased()) {
            var referred = false
            for m in doc.mentionSpots where m.kind == .name && m.entity == e {
                let start = m.tokens.lowerBound
                if start > doc.sentences[m.sentence].tokens.lowerBound, headReferences.contains(t[start - 1]) {
                    referred = true
                }
            }
            guard referred, !NamePartTypes.modifiesANoun(doc, e) else { continue }
            doc.entities[e].type = "place"
        }
    }

    /// The lower-cased words of the names and aliases of the article's typed entities.
    private static func wordsOfTypedNames(_ doc: Document) -> Set<String> {
        var words: Set<String> = []
        for entity in doc.entities {
            switch entity.type {
            case "person", "organization", "place", "country": break
            default: continue
            }
            for name in [entity.name] + entity.aliases where name.utf8.contains(32) {
                for w in name.split(separator: " ") { words.insert(w.lowercased()) }
            }
        }
        return words
    }
}
