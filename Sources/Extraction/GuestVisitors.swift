import NewsFacts

/// A visit's possessive pronoun stands for the guest, and no one visits the country they serve:
///
///     "Rasmussen, on his first trip to Kenya, met President Otieno"      (found as before)
///     "Rasmussen met Kenyan President Otieno in Nairobi during his visit to Kenya"
///                                                                          Rasmussen visits Kenya
///     "Rasmussen said Otieno would open the dam during his visit to Garissa, Kenya"
///                                                                          no visit (Otieno is home)
///
/// When the person found for "his visit", named before it in the sentence, serves the country
/// the visit goes to (a place there or the country itself), the visit is the guest's only when the clause's subject, the sentence's
/// first person named (past titles, people's adjectives and the countries or bodies they
/// qualify), serves another country, names the host after it, and no speech verb stands
/// between the subject and the noun (what a speaker tells of is not their own journey). Else the
/// visit is a host's at home, and none.
enum GuestVisitors {
    enum Decision: Equatable {
        /// The person found is no host: the visit stays theirs.
        case keep
        /// The visit is this guest's.
        case guest(Int)
        /// A host at home: no visit.
        case drop
    }

    static func decide(_ doc: Document, found p: Int, destination d: Int, trigger k: Int) -> Decision {
        guard let home = doc.entities[p].country, countryOf(doc, d) == home else { return .keep }
        let t = doc.tokens
        let mentions = doc.mentions
        let sentence = doc.mentionRange(sentence: Int(doc.sentenceOf[k]))
        // Only a host named before the noun ("met President Otieno … during his visit"): one the
        // main clause after an opening phrase names was found by what it does there.
        guard sentence.contains(where: { mentions[$0].kind == .name && mentions[$0].entity == p && mentions[$0].tokens.upperBound <= k })
        else { return .keep }
        var subject = -1
        var subjectEnd = -1
        var hostAfter = false
        for i in sentence where mentions[i].tokens.upperBound <= k {
            let m = mentions[i]
            if subject < 0 {
                if m.kind == .title || m.kind == .demonym { continue }
                if m.kind == .name, m.entity >= 0, ["country", "organization"].contains(doc.entities[m.entity].type),
                    doc.mention(at: m.tokens.upperBound)?.kind == .title
                {
                    continue
                }
                guard m.kind == .name, EventExtractor.isPerson(doc, m.entity), m.entity != p,
                    let c = doc.entities[m.entity].country, c != home
                else { return .drop }
                subject = m.entity
                subjectEnd = m.tokens.upperBound
            } else if m.entity == p {
                hostAfter = true
            }
        }
        guard subject >= 0, hostAfter, !(subjectEnd..<k).contains(where: { SpeechExtractor.isSpeechVerb(t, $0) }) else {
            return .drop
        }
        return .guest(subject)
    }

    /// The country a destination is or lies in, as far as the article and the lexicons tell.
    static func countryOf(_ doc: Document, _ d: Int) -> String? {
        doc.entities[d].type == "country" ? doc.entities[d].name : PlaceCountries.country(doc, d)
    }
}
