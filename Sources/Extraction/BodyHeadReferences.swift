/// "the Court", "the Church": a body's or a place's head word alone, capitalised after "the",
/// names the one body or place of the article whose name that word heads.
///
/// News names a body in full once and then by its head word: "the Italian Supreme Court of
/// Cassation … the Court has ruled", "the Church of Scientology … the Church denied these
/// allegations". A name's head is the word before its first lower-case joiner ("Court" of
/// "Supreme Court of Cassation", "Church" of "The Church of Scientology"), else its last word
/// ("Conference" of "Italian Episcopal Conference"). The short name becomes the long one's alias
/// only when exactly one organization or place of the article has that head, and at least one
/// of its mentions follows "the": a word written alone at the start of a line, or named by two
/// bodies ("the Church of Scientology" and "the Catholic Church"), is left apart, and so is a word
/// that alone names a chamber or an institution of its own ("the House" beside "the White House",
/// "the Senate").
enum BodyHeadReferences {
    /// Words that alone are the usual name of a chamber of its own (`shortform.chamber`: "the
    /// House", "the Assembly"), never a short reference to a longer name ("the White House");
    /// the institutions `words.tsv` lists ("the Senate", "Parliament") are left alone as well.
    static let chambers = Set(Lexicon.shared.words(in: .shortformChamber))

    /// For each one-word entity that may be a head reference, the longer names it heads (of a
    /// fitting type); the caller counts them after its other merges ("Supreme Court" merged into
    /// "Italian Supreme Court of Cassation" is one body, not two).
    static func candidates(_ doc: Document) -> [Int: [Int]] {
        let lex = Lexicon.shared
        var wanted: [String: Int] = [:]
        for e in doc.entities.indices {
            let ent = doc.entities[e]
            guard ent.type == "unknown" || ent.type == "organization" || ent.type == "place" else { continue }
            let name = ent.name
            guard !name.utf8.contains(32), isCapitalisedWord(name) else { continue }
            let lower = name.lowercased()
            guard lex.orgHeads.contains(lower) || lex.placeHeads.contains(lower), !lex.institutions.contains(lower),
                !chambers.contains(lower), afterThe(doc, e)
            else { continue }
            wanted[lower] = wanted[lower] == nil ? e : -1
        }
        wanted = wanted.filter { $0.value >= 0 }
        guard !wanted.isEmpty else { return [:] }
        var out: [Int: [Int]] = [:]
        for e in doc.entities.indices {
            let ent = doc.entities[e]
            guard ent.type == "organization" || ent.type == "place", ent.name.utf8.contains(32),
                let head = head(of: ent.name), let short = wanted[head], short != e,
                ShortForms.compatible(ent.type, doc.entities[short].type)
                    || ent.type == "place" && doc.entities[short].type == "organization"
            else { continue }
            out[short, default: []].append(e)
        }
        return out
    }

    /// A name's head word in lower case: the word before its first lower-case word ("of",
    /// "for", "on"), else its last word; nil when that is its first word past "The" and nothing
    /// follows.
    static func head(of name: String) -> String? {
        // An ASCII name (without "\r") is cut on its space bytes, and its lower-case Characters
        // are the bytes a to z; Character splitting was most of this rule's time.
        if ASCIIWord.read(name, { _ in true }) == true {
            let words = ShortForms.words(name)
            guard words.count >= 2 else { return nil }
            if let cut = words.firstIndex(where: { w in w.utf8.first.map { $0 >= 97 && $0 <= 122 } == true }) {
                return cut > 0 ? words[cut - 1].lowercased() : nil
            }
            return words[words.count - 1].lowercased()
        }
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return nil }
        if let cut = words.firstIndex(where: { $0.first?.isLowercase == true }) {
            return cut > 0 ? words[cut - 1].lowercased() : nil
        }
        return words[words.count - 1].lowercased()
    }

    /// Whether a name of more than three letters opens with the only capital it has ("Court", not
    /// "NASA" or "McCain"). An ASCII name is read as bytes: the rule runs over every entity, and
    /// reading characters' Unicode properties was its largest cost.
    private static func isCapitalisedWord(_ name: String) -> Bool {
        let bytes = name.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            guard bytes.count > 3, let first = bytes.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return false }
            return !bytes.dropFirst().contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
        return name.count > 3 && name.first?.isUppercase == true && name.dropFirst().allSatisfy { !$0.isUppercase }
    }

    /// Whether one of the entity's mentions follows "the" ("the Court", "The Council also claims").
    private static func afterThe(_ doc: Document, _ e: Int) -> Bool {
        let t = doc.tokens
        for m in doc.mentionSpots where m.kind == .name && m.entity == e {
            let start = m.tokens.lowerBound
            if start > doc.sentences[m.sentence].tokens.lowerBound, t[start - 1].word == KnownWords.shared.the { return true }
        }
        return false
    }
}
