import Foundation

/// A name of the text that is the article's own source, as its `Source:` header gives it, is
/// that news organization: with the header "Source: Quarnel News Agency (QNA)", the dateline
/// "VOSTA, May 2 (QNA) --", a closing "- QNA" or a caption's "Photo: QNA" name the agency, an
/// organization, although no word around them says what "QNA" is and the gazetteer may list the
/// letters as a town. The header's name is matched whole, without a leading "The", and so is a
/// short form it gives in parentheses in capitals (not a city or a country there: "The Quarn
/// Tribune (Velmora)"); a name the typer decided as a person stays a person (a paper called
/// after its founder is rare beside a person named like one), and a place stays a place unless
/// it is written in capitals, as the acronyms the gazetteer also lists as towns are.
enum PublisherNames {
    static func type(_ doc: Document) {
        guard let source = doc.article.source else { return }
        let names = publisherNames(source)
        guard !names.isEmpty else { return }
        for e in doc.entities.indices {
            let type = doc.entities[e].type
            guard type == EntityTyper.unknown || type == "place" else { continue }
            let entity = doc.entities[e]
            let isPublisher = { (name: String) in isOneOf(name, names) && (type != "place" || isCapitals(name)) }
            if isPublisher(entity.name) || entity.aliases.contains(where: isPublisher) {
                doc.entities[e].type = "organization"
            }
        }
    }

    /// The header's name and its short form in parentheses, normalized: "The Daily Quarn (DQ)"
    /// gives "daily quarn" and "dq". A part of no capital letter ("kt.kz", a web address) is
    /// no name the text would write.
    static func publisherNames(_ source: String) -> Set<String> {
        var names: Set<String> = []
        var main = source
        if let open = source.firstIndex(of: "("), let close = source[open...].firstIndex(of: ")") {
            let inner = String(source[source.index(after: open)..<close])
            if isCapitals(inner) { names.insert(normalized(inner)) }
            main = String(source[..<open])
        }
        // "The Sun": a one-word name that is an ordinary word is no evidence where it stands alone.
        let whole = normalized(main)
        if main.contains(where: \.isUppercase), whole.contains(" ") || !Gazetteer.shared.isCommonWord(whole) { names.insert(whole) }
        names.remove("")
        return names
    }

    /// Whether `s` is written in capitals: letters, all upper case, two or more ("QNA", "DMS").
    static func isCapitals(_ s: String) -> Bool {
        let letters = s.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && s.allSatisfy { $0.isLetter || $0 == "." }
    }

    /// Whether `name`, normalized, is one of `names` (normalized). This asks every entity and
    /// alias of every article with a `Source:` header, so an ASCII name is compared byte by byte
    /// in place (spaces and tabs trimmed, a leading "the " dropped, letters compared without
    /// case: what `normalized` does to ASCII) instead of building its normalized String through
    /// Foundation (74M instructions of the bench's 430 articles); other names take `normalized`.
    static func isOneOf(_ name: String, _ names: Set<String>) -> Bool {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return names.contains(normalized(name)) }
        var name = name
        return name.withUTF8 { bytes in
            var lo = 0
            var hi = bytes.count
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
            let lower = { (b: UInt8) in b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            if hi - lo >= 4, lower(bytes[lo]) == 0x74, lower(bytes[lo + 1]) == 0x68, lower(bytes[lo + 2]) == 0x65, bytes[lo + 3] == 0x20 {
                lo += 4
            }
            return names.contains { key in
                key.utf8.count == hi - lo && zip(key.utf8, bytes[lo..<hi]).allSatisfy { $0 == lower($1) }
            }
        }
    }

    /// Lower case, spaces trimmed, a leading "the " dropped.
    static func normalized(_ name: String) -> String {
        var s = name.trimmingCharacters(in: .whitespaces).lowercased()
        if s.hasPrefix("the ") { s.removeFirst(4) }
        return s
    }
}
