/// Names of things on the web, which the typer would weigh as the bodies or places they sound
/// like:
///
/// - a name every mention of which stands right before a site's noun, a listed body's name and
///   more words ("on the NASA Korvel website": `thing.siteNoun`), names the body's site or
///   project, a work (a name alone there is the body's: "The Quarnvox website lists …"), unless a body's or a
///   place's head word or an "of" in it says what it is ("the Harwell University website", "the
///   Ministry of Fisheries website": the body whose site it is); so does a web address right after
///   one ("created a website StopTheToll.com"; not any name: "the website Politicast" is an
///   outlet as often as a site), and a name right after an account's noun and a possessive
///   determiner ("via its account Quarnby Space Lab", `thing.accountNoun`; not "the
///   account Quennell gave", nor "the Harwell Holdings accounts"); a name the article also uses
///   on its own keeps its type ("the Orvalism website" beside "Orvalism says");
/// - a name set right before an at sign and a lower-case word is part of a project's or an
///   account's name ("projects like ORBIT @ home", "Stardust@home"), not a body or a place.
///
/// Each gives the cue `work` to `ThingNames.retype`, which keeps a listed name's type and a
/// person's full name.
extension ThingNames {
    static func siteNames(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        // For each entity (by index): whether it has a name mention (`named`) and whether every
        // one so far stands beside a site's noun (`bySite`). Arrays, not a dictionary by entity:
        // hashing the index of every name mention was most of this rule's time.
        var named = [Bool](repeating: false, count: doc.entities.count)
        var bySite = [Bool](repeating: true, count: doc.entities.count)
        // The mentions' plain fields (`MentionSpots`): the surface is read only when a site's noun
        // comes before the name, so no mention is copied.
        for (i, m) in doc.mentionSpots.enumerated() where m.kind == .name && m.entity >= 0 {
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound, end = m.tokens.upperBound
            let after = end < span.upperBound && words.siteNouns.contains(t[end]) && !namesItsKind(t, m.tokens)
                && opensWithListedBody(t, m.tokens)
            let before = start > span.lowerBound && words.siteNouns.contains(t[start - 1])
                && isAddress(doc.mentions[i].surface)
            let account = start - 2 >= span.lowerBound && words.accountNouns.contains(t[start - 1])
                && words.possessives.contains(t[start - 2])
            named[m.entity] = true
            bySite[m.entity] = bySite[m.entity] && (after || before || account)
            // "ORBIT @ home": the at sign and a lower-case word go on the name.
            if end + 1 < span.upperBound, t[end].text == "@", t[end + 1].kind == .word, !t[end + 1].isCapitalized {
                cue[m.entity] = "work"
            }
        }
        for e in named.indices where named[e] && bySite[e] { cue[e] = "work" }
    }

    /// Whether a name is written as a web address: a dot in it and no space ("SpreadingSantorum.com").
    private static func isAddress(_ surface: String) -> Bool {
        surface.contains(".") && !surface.contains(" ")
    }

    /// Whether a listed body's name opens the name and more words follow it ("JPL Stardust": the
    /// body's project); a name alone before "website" is the body whose site it is ("The
    /// Quarnvox website lists …").
    private static func opensWithListedBody(_ t: [Token], _ r: Range<Int>) -> Bool {
        guard let p = Lexicon.shared.phrase(at: r.lowerBound, in: t, end: r.upperBound) else { return false }
        return p.type == "organization" && p.tokenCount < r.count
    }

    /// Whether a name's own words say it is a body or a place: a head word or an "of" in it.
    private static func namesItsKind(_ t: [Token], _ r: Range<Int>) -> Bool {
        let lex = Lexicon.shared
        return r.contains { k in
            t[k].lower == "of" || lex.orgHeads.contains(t[k].lower) || lex.placeHeads.contains(t[k].lower)
        }
    }
}
