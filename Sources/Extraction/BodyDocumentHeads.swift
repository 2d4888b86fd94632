/// "he joined the Sport Management Program at Quarnby State University": a name closed by a
/// document's head word that also heads bodies' names (`typer.bodyDocHead`: "Program",
/// "Programme"), typed a work by that head, is a body when the words around one of its mentions
/// say so as they would of any body: what one joins, "the agency X", "X's chief executive"
/// (evidence of 3 or more for an organization, more than for a person or a place). "the
/// Marshall Plan", "a Quarnby Program" spoken of as a scheme (no such words) stay works.
extension EntityTyper {
    static func bodiesWithDocumentHeads(_ doc: Document) {
        var mentionsOf: [Int: [Int]] = [:]
        for (i, m) in doc.mentionSpots.enumerated() where m.kind == .name && m.entity >= 0 {
            guard doc.entities[m.entity].type == "work" else { continue }
            let last = doc.tokens[m.tokens.upperBound - 1]
            guard last.isCapitalized, bodyDocHeads.contains(last) else { continue }
            mentionsOf[m.entity, default: []].append(i)
        }
        for (e, mentions) in mentionsOf {
            var evidence = Evidence()
            for m in mentions {
                evidence.add(context: doc, sentence: doc.mentions[m].sentence, tokens: doc.mentions[m].tokens)
            }
            if evidence.organization >= 3, evidence.organization > evidence.person, evidence.organization > evidence.place {
                doc.entities[e].type = "organization"
            }
        }
    }

    private static let bodyDocHeads = WordSet(.typerBodyDocHead)
}
