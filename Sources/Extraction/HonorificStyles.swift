import NewsFacts

/// A style of address written before a person's name is no part of the name: "Datuk Seri Aminah
/// Yusof" is Aminah Yusof, "Tan Sri Rahim Osman" is Rahim Osman, "Pengiran Muda Karim Salleh" is
/// Karim Salleh, and "His Excellency Oman's envoy" or "HE Oman's envoy" names no "Excellency Oman".
///
/// The styles are `name.honorificStyle` (Malay and Bruneian honours and princely styles, a
/// religious teacher's "Ustaz", the Gulf's "His Excellency" and "HE"/"HH" written in capitals),
/// each one to two capitalised words. A style counts only when a capitalised name word follows
/// it in the same run; a two-letter style ("HE", "HH") only in capitals, so the pronoun "He"
/// before a name ("He Yafei") is never one. The holder is a person for the typer, as after an
/// honorific ("Mr.").
enum HonorificStyles {
    /// The styles as word ids, longest first (so "Datuk Seri" wins over "Datuk").
    static let styles: [[Int32]] = Lexicon.shared.words(in: .nameHonorificStyle)
        .map { style in style.split(separator: " ").map { Lexicon.shared.id(of: String($0)) } }
        .sorted { $0.count > $1.count }

    /// The first words of the styles: most capitalised words open none, and are passed over with
    /// one lookup instead of a walk through every style.
    static let firstWords: Set<Int32> = Set(styles.compactMap(\.first))

    /// How many tokens at `p` a style takes, when one stands there before a capitalised name word
    /// (before `end`); else nil.
    static func length(_ t: [Token], _ p: Int, _ end: Int) -> Int? {
        guard p < end, t[p].kind == .word, t[p].isCapitalized, firstWords.contains(t[p].word) else { return nil }
        styles: for style in styles where p + style.count < end {
            for (n, id) in style.enumerated() {
                let k = p + n
                guard t[k].kind == .word, t[k].word == id, t[k].isCapitalized else { continue styles }
                // "H E Sayyid Badr": a letter alone in capitals is written in capitals.
                let capitals = t[k].has(.allCaps) || t[k].text.utf8.count == 1 && t[k].isCapitalized
                if t[k].text.utf8.count <= 2 && !capitals { continue styles }
            }
            guard MentionFinder.isNameWord(t, p + style.count) else { continue }
            // "Hon Hai Precision": a listed name the style's words open is that name.
            if let listed = Lexicon.shared.phrase(at: p, in: t, end: end), listed.tokenCount > style.count { return nil }
            // "Hon Lik said", "H.E. Bates wrote": a one-word style that is also a family name
            // or a pair of initials opens a name only before two name words ("Hon Ama Mensah").
            // (Not "HE" in capitals, which the two-letter rule above already tells from "He Yafei".)
            if style.count == 1, Gazetteer.shared.isFamilyName(t[p].lower) && !t[p].has(.allCaps) || t[p].has(.dotted),
               !(p + 2 < end && MentionFinder.isNameWord(t, p + 2)) { continue }
            // "H E Bates wrote": two letters may be a writer's initials; a style only before two name words.
            if style.count == 2, t[p].text.utf8.count == 1, !(p + 3 < end && MentionFinder.isNameWord(t, p + 3)) { continue }
            return style.count
        }
        return nil
    }

    /// Whether a style ends right before `start` (not before `lower`): the name there is a person's.
    static func precedes(_ t: [Token], _ start: Int, _ lower: Int) -> Bool {
        for back in 1...2 where start - back >= lower {
            if length(t, start - back, start + 1) == back { return true }
        }
        return false
    }
}
