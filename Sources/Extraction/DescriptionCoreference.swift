import NewsFacts

/// Descriptions that stand for a person named before: the counterpart, the guest, the
/// visiting or foreign holder of a role. Each is resolved to that person, so that every later
/// stage (meetings, visits, speech, titles, pronouns after it) sees the person as it sees the
/// name:
///
///     "Velmoran Foreign Minister Ana Lund arrived in Quarn on Monday. … Prime Minister Tomas
///      Vos welcomed his Velmoran counterpart"     the counterpart → Lund (serves Velmora)
///     "… Vos showed his guest the new port"         the guest → Lund (not Vos, of another country)
///     "… Vos hosted the Velmoran premier"          → the one premier of Velmora named before
///
/// A description states constraints, and the person must meet every one:
/// - a country: a people's adjective before the noun ("his Velmoran counterpart"): the person
///   is known to serve it (a title's country or the entity's; one introduced as "his Velmoran
///   counterpart Ana Lund" serves Velmora);
/// - an office: a role noun ("the Velmoran premier": a title holding the word,
///   `Document.officeFitsRole`); words any official answers to (`coref.anyOfficial`:
///   "official", "diplomat", "leader", "envoy") state none, and with a country alone they are
///   not resolved: "the Velmoran official" is most often someone unnamed;
/// - the counterpart of the person a possessive names ("his counterpart"): someone else, of
///   another country, holding the same office when no country is written;
/// - a guest or a visitor (`coref.visitorNoun`, `coref.visitingWord`): not the host (the
///   possessive's person: "his guest") and serving another country than the host's. Without
///   a host or a country there is nothing to tell the visitor by: a dateline's country is often
///   the visitor's own (an agency filing from home).
///
/// Only people named earlier in the text count, within `ExtractionLimits.mentionLookback`
/// mentions and not in the description's own sentence (there the text would have used a
/// pronoun). The description is resolved only when exactly one person fits; none or two leave
/// the heads made here nobody's (`Document.undescribed`) — never the nearest person by default
/// — and the role nouns the mention finder made ("the visiting minister") to
/// `Document.antecedent`'s rule. A counterpart followed by a name ("his counterpart, Ana
/// Lund": the name says who) and plurals are no descriptions.
///
/// Titles written without a name ("the Velmoran foreign minister") are left to
/// `TitleDescribedHolders` and `DescribedTitleSpeakers`: resolving them here for every stage
/// lost a meeting on the wire stories it was checked against (session 24).
enum DescriptionCoreference {
    final class Words: Sendable {
        static let shared = Words()
        /// "guest", "visitor": someone received, not the host.
        let visitorNouns = WordSet(.corefVisitorNoun)
        /// "visiting": before a role noun or a title, a visitor.
        let visitingWords = WordSet(.corefVisitingWord)
        /// "official", "diplomat", "leader": a role any official answers to, no office.
        let anyOfficial = WordSet(.corefAnyOfficial)
        let known = KnownWords.shared
    }

    /// Role mentions for description heads the mention finder leaves alone: "counterpart",
    /// "guest", "visitor" after a possessive or "the" (past "visiting" and a people's adjective;
    /// not before a name: "his counterpart, Ana Lund"), and a person's role noun after "the" and a
    /// people's adjective ("the Velmoran premier"). Runs on sentence `s`'s mentions, `out[first...]`,
    /// as the finder makes them; one pass over the sentence's tokens.
    static func addMentions(_ t: [Token], _ span: SentenceSpan, _ s: Int, _ out: inout [Mention], from first: Int) {
        let w = Words.shared
        let lex = Lexicon.shared
        var added: [Mention] = []
        var next = first  // the first of the sentence's mentions at or after k
        for k in span.tokens {
            while next < out.count && out[next].tokens.upperBound <= k { next += 1 }
            if next < out.count && out[next].tokens.lowerBound <= k { continue }  // inside a mention
            guard t[k].kind == .word, !t[k].isCapitalized, let head = headKind(t, k, w, lex) else { continue }
            let before = next > first ? out[next - 1] : nil
            if let m = descriptionMention(t, span, k, head, before, s, w) { added.append(m) }
        }
        guard !added.isEmpty else { return }
        // Merge in token order (both lists are sorted, the added tokens no mention covers).
        var merged: [Mention] = []
        merged.reserveCapacity(out.count - first + added.count)
        var a = 0
        for m in out[first...] {
            while a < added.count && added[a].tokens.lowerBound < m.tokens.lowerBound { merged.append(added[a]); a += 1 }
            merged.append(m)
        }
        merged.append(contentsOf: added[a...])
        out.replaceSubrange(first..., with: merged)
    }

    enum Head { case counterpart, visitor, role }

    static func headKind(_ t: [Token], _ k: Int, _ w: Words, _ lex: Lexicon) -> Head? {
        if t[k].word == w.known.counterpart { return .counterpart }
        if w.visitorNouns.contains(t[k]) { return .visitor }
        if t[k].word >= 0, lex.roleOf[Int(t[k].word)] == "person" { return .role }
        return nil
    }

    /// The role mention a description head at `k` makes, or nil. `before` is the mention
    /// closest before `k` in the sentence.
    static func descriptionMention(
        _ t: [Token], _ span: SentenceSpan, _ k: Int, _ head: Head, _ before: Mention?, _ s: Int, _ w: Words
    ) -> Mention? {
        let r = span.tokens
        var a = k + 1
        if a < r.upperBound, t[a].word == w.known.comma { a += 1 }
        if head != .role, a < r.upperBound, t[a].kind == .word, t[a].isCapitalized { return nil }
        // Plural heads are no one person ("the guests"); the lists hold singular nouns.
        var j = k - 1
        var demonym = false
        if let d = before, d.kind == .demonym, d.tokens.upperBound == k {
            demonym = true
            j = d.tokens.lowerBound - 1
        }
        if j >= r.lowerBound, w.visitingWords.contains(t[j]) { j -= 1 }
        guard j >= r.lowerBound else { return nil }
        let opener = t[j].word
        let possessive = isPersonsPossessive(opener, w.known)
        guard possessive || opener == w.known.the else { return nil }
        // A person's role noun after "the": the finder takes it unless a people's adjective
        // stands between ("the Velmoran premier").
        if head == .role && (!demonym || possessive) { return nil }
        let word = t[k].lower
        return Mention(kind: .role, tokens: k..<k + 1, sentence: s, type: "person", name: word, surface: t[k].text, role: word)
    }

    /// What a description states of its person.
    struct Constraints {
        /// The country entity the person serves, or -1.
        var country = -1
        /// A role noun the person's title holds ("premier"), if one states it.
        var role: String?
        /// The person a possessive names ("his counterpart": whose), or -1.
        var owner = -1
        var counterpart = false
        var visitor = false
    }

    /// Resolves each description to its one person (before pronouns are, so that "he" after
    /// "his Velmoran counterpart" finds the counterpart). Only role mentions are read here:
    /// titles without a name ("the Velmoran foreign minister") stay with
    /// `TitleDescribedHolders` and `DescribedTitleSpeakers`.
    static func resolve(_ doc: Document) {
        let w = Words.shared
        let introduced = counterpartsNamed(doc)
        for i in doc.mentions.indices {
            if doc.cancellation.poll() { return }
            let m = doc.mentions[i]
            guard m.entity < 0, !doc.sentences[m.sentence].isHeadline else { continue }
            var c = Constraints()
            var madeHere = false
            switch m.kind {
            case .role:
                guard m.type == "person", let role = m.role else { continue }
                let head = doc.tokens[m.tokens.upperBound - 1]
                if let d = doc.mention(at: m.tokens.upperBound - 2), d.kind == .demonym, d.entity >= 0 { c.country = d.entity }
                madeHere = m.tokens.count == 1
                c.visitor = w.visitorNouns.contains(head) || visitingBefore(doc, m.tokens.upperBound - 1)
                c.counterpart = head.word == w.known.counterpart
                // "the Velmoran official" is most often someone unnamed, not a minister named before.
                if w.anyOfficial.contains(head) && !c.visitor { continue }
                if !c.counterpart && !w.visitorNouns.contains(head) && !w.anyOfficial.contains(head) { c.role = role }
                // Plain role nouns ("the minister") keep the nearest-fitting rule of `Document.antecedent`.
                guard c.country >= 0 || c.visitor || c.counterpart else { continue }
                if let o = opener(doc, m.tokens.lowerBound), o.possessive, let p = doc.mention(at: o.at), p.kind == .pronoun {
                    c.owner = p.entity >= 0 ? p.entity : doc.antecedent(of: doc.mentionIndex(at: o.at))
                }
                if c.counterpart && c.owner < 0 && c.country < 0 { doc.undescribed.insert(i); continue }
            default:
                continue
            }
            let p = person(doc, i, c, introduced)
            // A role noun the mention finder made ("the visiting minister") that fits no one
            // person here keeps `Document.antecedent`'s rule; the heads made here are nobody's.
            if p >= 0 {
                doc.mentions[i].entity = p
                doc.described.insert(i)
            } else if m.kind == .role && (c.counterpart || madeHere) { doc.undescribed.insert(i) }
        }
    }

    /// Where a description opens: "the", a possessive pronoun or a country's possessive before
    /// it, past "visiting" and a people's adjective or a country's name; nil when none does.
    static func opener(_ doc: Document, _ start: Int) -> (at: Int, possessive: Bool)? {
        let t = doc.tokens
        let w = Words.shared
        var j = start - 1
        if j >= 0, let d = doc.mention(at: j), d.kind == .demonym || d.kind == .name && d.entity >= 0 && doc.entities[d.entity].type == "country" {
            j = d.tokens.lowerBound - 1
        } else if j >= 1, t[j].kind == .possessive, let d = doc.mention(at: j - 1), d.kind == .name, d.entity >= 0,
            doc.entities[d.entity].type == "country"
        {
            return (j, true)
        }
        if j >= 0, w.visitingWords.contains(t[j]) { j -= 1 }
        guard j >= 0 else { return nil }
        if t[j].word == w.known.the { return (j, false) }
        if isPersonsPossessive(t[j].word, w.known) { return (j, true) }
        return nil
    }

    /// What the text says of a person it introduces as someone's counterpart ("Vos met his
    /// Velmoran counterpart Ana Lund"): the offices of the person whose counterpart they are
    /// (theirs too) and the country written before "counterpart" (theirs), before the titles
    /// stage gives them these as a title.
    struct Introduced {
        var offices: [(words: String, portfolio: String?)] = []
        var titles: [String] = []
        var country = -1
    }

    /// The people named right after "counterpart" (a comma allowed), by entity.
    static func counterpartsNamed(_ doc: Document) -> [Int: Introduced] {
        let t = doc.tokens
        let known = KnownWords.shared
        var out: [Int: Introduced] = [:]
        for i in doc.mentions.indices {
            let m = doc.mentions[i]
            guard m.kind == .name, m.entity >= 0, doc.entities[m.entity].type == "person" else { continue }
            var k = m.tokens.lowerBound - 1
            if k >= 0, t[k].word == known.comma { k -= 1 }
            guard k >= 0, t[k].word == known.counterpart else { continue }
            var info = Introduced()
            var j = k - 1
            if j >= 0, let d = doc.mention(at: j), d.entity >= 0,
                d.kind == .demonym || d.kind == .name && doc.entities[d.entity].type == "country"
            {
                info.country = d.entity
                j = d.tokens.lowerBound - 1
            }
            var owner = -1
            if j >= 0, isPersonsPossessive(t[j].word, known),
                doc.mention(at: j)?.kind == .pronoun
            {
                let p = doc.mentionIndex(at: j)
                owner = doc.mentions[p].entity >= 0 ? doc.mentions[p].entity : doc.antecedent(of: p)
            } else if j >= 1, t[j].kind == .possessive, let q = doc.mention(at: j - 1), q.kind == .name {
                owner = q.entity
            }
            if owner >= 0, owner != m.entity, doc.entities[owner].type == "person" {
                info.offices = doc.entities[owner].titles.map { TitleExtractor.officeKeys($0.title) }
                info.titles = doc.entities[owner].titles.map { $0.title.canonical.lowercased() }
            }
            if info.country >= 0 || !info.offices.isEmpty { out[m.entity] = info }
        }
        return out
    }

    /// Whether "visiting" stands before the description's words from `start` (past a people's
    /// adjective or a country's name).
    static func visitingBefore(_ doc: Document, _ start: Int) -> Bool {
        var j = start - 1
        if j >= 0, let d = doc.mention(at: j), d.kind == .demonym || d.kind == .name { j = d.tokens.lowerBound - 1 }
        return j >= 0 && Words.shared.visitingWords.contains(doc.tokens[j])
    }

    /// The one person named before mention `i` (not in its sentence) who meets `c`, or -1.
    static func person(_ doc: Document, _ i: Int, _ c: Constraints, _ introduced: [Int: Introduced]) -> Int {
        let m = doc.mentions[i]
        let countryName = c.country >= 0 ? doc.entities[c.country].name : nil
        var host: String? = nil
        if c.visitor || c.counterpart {
            // The host is the possessive's person ("his guest"); a dateline's country is often
            // the visitor's own (an agency filing from home), so it tells no host.
            host = c.owner >= 0 ? home(doc, c.owner) : nil
            if c.visitor && host == nil && countryName == nil { return -1 }
        }
        let ownerOffices = c.owner >= 0 ? doc.entities[c.owner].titles.map { TitleExtractor.officeKeys($0.title) } : []
        if c.counterpart && countryName == nil && ownerOffices.isEmpty { return -1 }
        var found = -1
        var seen = Set<Int>()
        var j = i - 1
        let stop = max(0, i - ExtractionLimits.mentionLookback)
        while j >= stop {
            defer { j -= 1 }
            let q = doc.mentions[j]
            guard q.kind == .name, q.entity >= 0, !q.address, q.sentence != m.sentence, !seen.contains(q.entity) else { continue }
            seen.insert(q.entity)
            let e = q.entity
            guard EventExtractor.isPerson(doc, e), e != c.owner else { continue }
            let ent = doc.entities[e]
            let said = introduced[e]
            let saidCountry = said.map { $0.country >= 0 ? doc.entities[$0.country].name : nil } ?? nil
            if let name = countryName, !serves(ent, name) && saidCountry != name { continue }
            var offices = ent.titles.filter { $0.of == nil || $0.of == countryName || countryName == nil }
                .map { TitleExtractor.officeKeys($0.title) }
            offices += said?.offices ?? []
            if let role = c.role,
                !(ent.titles.map { $0.title.canonical.lowercased() } + (said?.titles ?? [])).contains(where: { Document.officeFitsRole($0, role) })
            {
                continue
            }
            if let h = host {
                // A visitor or a counterpart serves another country than the host's.
                if serves(ent, h) || saidCountry == h { continue }
                if countryName == nil && home(doc, e) == nil && saidCountry == nil { continue }
            }
            if c.counterpart && countryName == nil {
                guard offices.contains(where: { o in ownerOffices.contains { TitleExtractor.sameOffice($0, o) } }) else { continue }
            }
            if found >= 0 && found != e { return -1 }
            found = e
        }
        return found
    }

    /// "his", "her", "their": the possessives that name a description's owner ("his guest").
    static func isPersonsPossessive(_ word: Int32, _ known: KnownWords) -> Bool {
        word == known.his || word == known.her || word == known.their
    }

    /// Whether a person serves the country of this name: the entity's country or a title's.
    static func serves(_ ent: WorkingEntity, _ country: String) -> Bool {
        ent.country == country || ent.titles.contains { $0.of == country }
    }

    /// The one country a person serves, or nil (none known, or two).
    static func home(_ doc: Document, _ e: Int) -> String? {
        let ent = doc.entities[e]
        var found = ent.country
        for t in ent.titles {
            guard let of = t.of, doc.entityIndex[doc.cachedKey(of)].map({ doc.entities[$0].type == "country" }) ?? false else { continue }
            if found == nil { found = of } else if found != of { return nil }
        }
        return found
    }
}
