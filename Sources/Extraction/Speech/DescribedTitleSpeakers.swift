import NewsFacts

/// A speaker described, not named, by a people's adjective and a title:
///
///     "The Qatari foreign minister told reporters that …"   the one person named Qatar's minister
///     "the Chilean president told lawmakers that …"         the one person named Chile's President
///     "the Foreign Minister added …"                        the one person holding that office
///
/// "the", a people's adjective (`demonym`), at most `maxLowerCaseWords` lower-case words and a
/// title mention end right before the speech verb. The speaker is the one person named in the
/// body (not only in the headline), before the verb and within `ExtractionLimits.mentionLookback`
/// mentions, whose country is the adjective's and who holds a title with the same head
/// ("Minister" for "foreign minister"); without an adjective, the one person holding an office of
/// the same head and portfolio ("Foreign Minister" and "Minister of Foreign Affairs" are one).
/// Two people fitting, or none, give no speaker: "the Italian official said" quotes someone
/// unnamed more often than a minister named before, and a role noun with a country alone is no
/// evidence of who. "diplomat" (`speech.diplomatNoun`) names no office but any diplomat's: "the
/// Italian diplomat said" after "Italian Ambassador X" is X, the one Italian named with a
/// diplomatic office (an ambassador's, an envoy's, or any of foreign affairs); "the U.S. State
/// Secretary" reads the country's name as its adjective.
enum DescribedTitleSpeakers {
    /// Lower-case words between the adjective and the title ("the Qatari top diplomat").
    static let maxLowerCaseWords = 2

    static func person(_ doc: Document, before j: Int, limit: Int) -> Int? {
        let t = doc.tokens
        guard j >= limit, j < t.count else { return nil }
        guard let m = doc.mention(at: j), m.kind == .title, m.tokens.upperBound == j + 1, let title = m.title,
            title.modifier == nil
        else { return nil }
        let start = m.tokens.lowerBound
        // The earliest mention of the description: where the search for its person starts.
        var anchor = doc.mentionIndex(at: j)
        // Back over a few lower-case words to the people's adjective, then "the".
        var k = start - 1
        var lowerCase = 0
        while k >= limit, lowerCase < maxLowerCaseWords, doc.mention(at: k) == nil, t[k].kind == .word, !t[k].isCapitalized,
            t[k].word != KnownWords.shared.the
        {
            k -= 1
            lowerCase += 1
        }
        var country: String?
        // "the U.K. Trade Secretary": a country's name stands where its people's adjective would.
        if k >= limit, let d = doc.mention(at: k), d.kind == .name, d.tokens.upperBound == k + 1, d.entity >= 0,
            doc.entities[d.entity].type == "country"
        {
            country = doc.entities[d.entity].name
            anchor = doc.mentionIndex(at: k)
            k = d.tokens.lowerBound - 1
        } else if k >= limit, let d = doc.mention(at: k), d.kind == .demonym, d.tokens.upperBound == k + 1 {
            country = d.entity >= 0 ? doc.entities[d.entity].name : d.name
            anchor = doc.mentionIndex(at: k)
            k = d.tokens.lowerBound - 1
        } else if lowerCase > 0 {
            return nil
        }
        guard k >= limit, t[k].word == KnownWords.shared.the, anchor >= 0 else { return nil }
        let diplomat = diplomatNouns.contains(title.head.lowercased())
        func fits(_ e: Int) -> Bool {
            let ent = doc.entities[e]
            guard ent.type == "person", !ent.addressOnly else { return false }
            if let country {
                return ent.country == country
                    && ent.titles.contains { $0.title.head == title.head || diplomat && isDiplomatic($0.title) }
            }
            return ent.titles.contains { $0.title.head == title.head && $0.title.portfolio == title.portfolio }
        }
        let mentions = doc.mentions
        var found = -1
        var i = anchor - 1
        var seen = 0
        while i >= 0, seen < ExtractionLimits.mentionLookback {
            // "A Quarnish diplomat who attended, speaking on condition of anonymity, …": someone
            // unnamed introduced with the same description; "the Quarnish diplomat" is them.
            if diplomat, mentions[i].kind == .title, mentions[i].title?.head == title.head, introducesUnnamed(doc, mentions[i]) {
                return nil
            }
            // "The Quarnish official said …. The Quarnish diplomat said …": an unnamed source of the
            // same country (`speech.unnamedSourceNoun`) described before; the diplomat is them.
            if diplomat, mentions[i].kind == .demonym, let country,
                (mentions[i].entity >= 0 ? doc.entities[mentions[i].entity].name : mentions[i].name) == country,
                describesUnnamedSource(doc, mentions[i])
            {
                return nil
            }
            let e = mentions[i].entity
            if mentions[i].kind == .name, e >= 0, e != found, !doc.sentences[mentions[i].sentence].isHeadline, fits(e) {
                if found >= 0 { return nil }
                found = e
            }
            i -= 1
            seen += 1
        }
        return found >= 0 ? found : nil
    }

    /// Whether a title mention opens with "a"/"an" before it, past a people's adjective and
    /// lower-case words: someone introduced without a name ("a senior Quarnish diplomat").
    static func introducesUnnamed(_ doc: Document, _ m: Mention) -> Bool {
        let t = doc.tokens
        var k = m.tokens.lowerBound - 1
        var steps = 0
        while k >= 0, steps <= maxLowerCaseWords + 1, t[k].kind == .word {
            if t[k].word == KnownWords.shared.a || t[k].word == KnownWords.shared.an { return true }
            guard doc.mention(at: k)?.kind == .demonym || doc.mention(at: k) == nil && !t[k].isCapitalized else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Whether a people's adjective describes an unnamed source: a noun of
    /// `speech.unnamedSourceNoun` ("official", "source") right after it, past lower-case words.
    static func describesUnnamedSource(_ doc: Document, _ d: Mention) -> Bool {
        let t = doc.tokens
        var k = d.tokens.upperBound
        while k < t.count, k - d.tokens.upperBound <= maxLowerCaseWords, t[k].kind == .word, !t[k].isCapitalized {
            if unnamedSourceNouns.contains(t[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// Nouns of unnamed sources (`speech.unnamedSourceNoun`: "official", "source").
    static let unnamedSourceNouns = Set(Lexicon.shared.words(in: .speechUnnamedSourceNoun))

    /// Heads that name any diplomat (`speech.diplomatNoun`: "the Italian diplomat"), no office.
    static let diplomatNouns = Set(Lexicon.shared.words(in: .speechDiplomatNoun))
    /// Heads of diplomatic offices (`speech.diplomaticHead`: "Ambassador", "Envoy").
    static let diplomaticHeads = Set(Lexicon.shared.words(in: .speechDiplomaticHead))

    /// Whether a title is a diplomatic office: an ambassador's or an envoy's, or any of foreign
    /// affairs ("Foreign Minister", "Secretary of State").
    static func isDiplomatic(_ title: TitleMatch) -> Bool {
        diplomaticHeads.contains(title.head.lowercased()) || title.portfolio == "foreign"
    }
}

