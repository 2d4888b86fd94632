/// A one-word name the typer left `unknown` that is a word of names typed elsewhere in the
/// article names what they name: the short reference to a longer name.
///
/// "Henga Lodge … Access is free to the Lodge's guests": the Lodge is the place named before; "Hakim
/// Mosque … Hakim (north of …)": the place; "Johann Bernoulli … Johann": the person. The
/// typed names that hold the word must all be of one kind (places and countries count as
/// places), and the word must name on its own:
/// - a head word ("Lodge", "Airport", "Court": `placehead`, `orghead`) after "the" or a
///   possessive at one of its mentions: "the Court", "the Airport" (a bare "Street" in "Place,
///   Street, Avenue" is a word, not the street named before);
/// - or no ordinary word, adjective of a people or plural, and never before a lower-case noun
///   ("Socotra", "Hakim"; not "Ottoman rule", "Republican debates"); for a place or a body, the
///   typed name is the word and head words only ("Hakim Mosque"; "Wycliffe Bible Translators"
///   says nothing of a "Bible"), for a person it is the first or last word of the person's name
///   ("Johann"; not a middle name: "Patrick Leopold Gordon" says nothing of a "Leopold").
/// A word of three letters or fewer ("St") is left alone.
enum NamePartTypes {
    static func type(_ doc: Document) {
        let unknown = EntityTyper.unknown
        var candidates: [Int] = []
        for e in doc.entities.indices where doc.entities[e].type == unknown {
            let name = doc.entities[e].name
            if name.count > 3, !name.utf8.contains(32), name.first?.isUppercase == true { candidates.append(e) }
        }
        guard !candidates.isEmpty else { return }
        let wanted = Set(candidates.map { doc.entities[$0].name })
        // For each wanted word, the kinds of the typed names holding it (first/last for a person).
        var kinds: [String: Set<String>] = [:]
        let wantedLengths = WordLengths(wanted)
        var words: [Substring] = []
        for entityIndex in doc.entities.indices {
            let kind: String
            switch doc.entities[entityIndex].type {
            case "place", "country": kind = "place"
            case "person": kind = "person"
            case "organization": kind = "organization"
            default: continue
            }
            let aliases = doc.entities[entityIndex].aliases.count
            for a in -1..<aliases {
                let name = a < 0 ? doc.entities[entityIndex].name : doc.entities[entityIndex].aliases[a]
                guard splitWords(name, into: &words, lengths: wantedLengths) else { continue }
                guard words.count >= 2 else { continue }
                for (i, word) in words.enumerated() where wanted.contains(String(word)) {
                    if kind == "person" && i != 0 && i != words.count - 1 { continue }
                    // A place's or a body's name is the word and head words ("Hakim Mosque", "Socotra
                    // Island"); a word that qualifies others ("Wycliffe Bible Translators") is none.
                    // A head word ("the Lodge") stands for the name it closes ("Henga Lodge"), not for
                    // one it opens ("Grand Lodge of New York": another body, maybe).
                    if kind != "person" && isHead(word) && i != words.count - 1 { continue }
                    if kind != "person" && !isHead(word) && !words.indices.allSatisfy({ $0 == i || isHead(words[$0]) }) {
                        kinds[String(word), default: []].insert("modifier")
                        continue
                    }
                    kinds[String(word), default: []].insert(kind)
                }
                // A middle word of a person's name is still evidence against another kind.
                if kind == "person" {
                    for word in words.dropFirst().dropLast() where wanted.contains(String(word)) {
                        kinds[String(word), default: []].insert("middle")
                    }
                }
            }
        }
        let gazetteer = Gazetteer.shared
        for e in candidates {
            let name = doc.entities[e].name
            guard let found = kinds[name], found.count == 1, let kind = found.first,
                  kind != "middle" && kind != "modifier" else { continue }
            let lower = name.lowercased()
            if isHead(Substring(name)) {
                guard introducedAsOne(doc, e) else { continue }
            } else {
                guard !gazetteer.isCommonWord(lower), !EntityTyper.looksPlural(lower),
                      !EntityTyper.looksLikeAdjectiveOrPeople(lower), !modifiesANoun(doc, e) else { continue }
            }
            doc.entities[e].type = kind
        }
    }

    /// Splits `name` at its spaces into `words` (as `name.split(separator: " ")`), reusing its
    /// storage; false when no word can be a wanted one (an ASCII name none of whose words has a
    /// wanted word's length in bytes), so the caller skips the name. An ASCII name's word lengths
    /// are read on its bytes first, and only a name that passes is cut: its only Character of two
    /// bytes is "\r\n", never a space, so the words are those of the Character split, which a
    /// name with other characters still takes.
    static func splitWords(_ name: String, into words: inout [Substring], lengths: WordLengths) -> Bool {
        words.removeAll(keepingCapacity: true)
        var copy = name
        let found = copy.withUTF8 { b -> Bool? in
            var any = false
            var length = 0
            for c in b {
                if c >= 0x80 { return nil }
                if c == 32 {
                    if length > 0 && lengths.holds(length) { any = true }
                    length = 0
                } else {
                    length += 1
                }
            }
            return any || (length > 0 && lengths.holds(length))
        }
        guard let found else {
            words.append(contentsOf: name.split(separator: " "))
            return true
        }
        guard found else { return false }
        let utf8 = name.utf8
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i] == 32 {
                if start != i { words.append(name[start..<i]) }
                utf8.formIndex(after: &i)
                start = i
            } else {
                utf8.formIndex(after: &i)
            }
        }
        if start != utf8.endIndex { words.append(name[start..<utf8.endIndex]) }
        return true
    }

    /// The lengths in UTF-8 bytes of the wanted words (up to 63; longer ones all share one bit):
    /// an ASCII word of another length is none of them. A wanted word with other characters
    /// holds every length, since String equality is canonical ("\u{212A}" KELVIN SIGN equals "K").
    struct WordLengths {
        private var bits: UInt64 = 0

        init(_ words: Set<String>) {
            for w in words {
                bits |= w.utf8.allSatisfy({ $0 < 0x80 }) ? 1 << UInt64(min(w.utf8.count, 63)) : ~0
            }
        }

        func holds(_ length: Int) -> Bool { bits & (1 << UInt64(min(length, 63))) != 0 }
    }

    /// Whether a word is a head of places' or bodies' names ("Lodge", "Island", "Ministry"), or
    /// "of", "the" inside one ("Municipality of X").
    private static func isHead(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        if lower == "of" || lower == "the" { return true }
        let lex = Lexicon.shared
        let id = lex.id(of: lower)
        return id >= 0 && !lex.classes[Int(id)].isDisjoint(with: [.orgHead, .placeHead, .orgFirst])
    }

    /// Whether a mention of the entity qualifies a noun after it ("Ottoman rule", "Republican
    /// debates", "Trump now"): a lower-case word other than one that ends a phrase
    /// (`typer.phraseEnder`: "in", "was", "has") follows it.
    static func modifiesANoun(_ doc: Document, _ e: Int) -> Bool {
        let t = doc.tokens
        let enders = EntityTyper.tokenWords.phraseEnders
        for m in doc.mentionSpots where m.kind == .name && m.entity == e {
            let end = m.tokens.upperBound
            guard end < doc.sentences[m.sentence].tokens.upperBound else { continue }
            let next = t[end]
            if next.kind == .word && !next.isCapitalized && !enders.contains(next)
                && next.lower != "and" && next.lower != "or" { return true }
        }
        return false
    }

    /// Whether one of the entity's mentions follows "the" or a possessive ("the Lodge", "Oakland's Square").
    private static func introducedAsOne(_ doc: Document, _ e: Int) -> Bool {
        let t = doc.tokens
        for m in doc.mentionSpots where m.kind == .name && m.entity == e {
            let start = m.tokens.lowerBound
            guard start > doc.sentences[m.sentence].tokens.lowerBound else { continue }
            let before = t[start - 1]
            if before.lower == "the" || before.kind == .possessive { return true }
        }
        return false
    }
}
