/// Names of things on the web, which the typer would weigh as the bodies or places they sound
/// like:
///
/// - a name every mention of which stands right before a site's noun ("on the JPL Stardust
///   website", "the Quarnby blog") or right after one ("created a website SpreadingSantorum.com")
///   names the site, a work, and so does one beside an account's noun ("via its account Quarnby
///   Station", `thing.siteNoun`); a name the article also uses on its own keeps its
///   type ("the Scientology website" beside "Scientology says": the body whose site it is);
/// - a name set right before an at sign and a lower-case word is part of a project's or an
///   account's name ("projects like SETI @ home", "Stardust@home"), not a body or a place.
///
/// Each gives the cue `work` to `ThingNames.retype`, which keeps a listed name's type and a
/// person's full name.
extension ThingNames {
    static func siteNames(_ doc: Document, into cue: inout [String?]) {
        let t = doc.tokens
        // For each entity: whether every name mention of it so far stands beside a site's noun.
        var bySite = [Int: Bool]()
        for m in doc.mentions where m.kind == .name && m.entity >= 0 {
            let span = doc.sentences[m.sentence].tokens
            let start = m.tokens.lowerBound, end = m.tokens.upperBound
            let after = end < span.upperBound && words.siteNouns.contains(t[end])
            let before = start > span.lowerBound && words.siteNouns.contains(t[start - 1])
            bySite[m.entity] = (bySite[m.entity] ?? true) && (after || before)
            // "SETI @ home": the at sign and a lower-case word go on the name.
            if end + 1 < span.upperBound, t[end].text == "@", t[end + 1].kind == .word, !t[end + 1].isCapitalized {
                cue[m.entity] = "work"
            }
        }
        for (e, all) in bySite where all { cue[e] = "work" }
    }
}
