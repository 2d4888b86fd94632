import NewsFacts

/// Roles said in other words than a known title: a descriptor in apposition [title-descriptor]
/// and a relative clause with a verb [title-relative].
extension TitleExtractor {
    /// Words that end a descriptor (`title.descriptorStops` in `Lexicons/wordlists.tsv`).
    static let descriptorStops = Set(Lexicon.shared.words(in: .titleDescriptorStops))

    /// "who chairs", "who heads": the verb → the role it gives.
    static let relativeVerbs = [
        "chairs": "chair", "heads": "head", "leads": "leader", "runs": "head", "founded": "founder",
        "co-founded": "co-founder",
    ]

    /// "Tomoko Sendai, an economist at the Asia Trade Research Institute," and "Tomas Ekdahl,
    /// Halvorsen's chief financial officer,": what a person is, said in an apposition
    /// [title-descriptor]. The title is the descriptor as written.
    static func descriptors(_ doc: Document, skipping: Set<Int>) -> [Found] {
        var out: [Found] = []
        let t = doc.tokens
        let known = KnownWords.shared
        let lex = Lexicon.shared
        /// "of", "at", "for", "with": a descriptor stops before them and may name its organization after.
        func isLink(_ w: Int32) -> Bool { w == known.of || w == known.at || w == known.for_ || w == known.with }
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && doc.entities[m.entity].type == "person" {
            let span = doc.sentences[m.sentence]
            if span.isExcluded || span.isHeadline { continue }
            let end = span.tokens.upperBound
            var k = m.tokens.upperBound
            guard k + 1 < end, t[k].word == known.comma else { continue }
            k += 1
            if t[k].kind == .number, k + 1 < end, t[k + 1].word == known.comma { k += 2 } // an age: "Quintela, 57,"
            if k < end, t[k].word == known.the || t[k].word == known.a || t[k].word == known.an { k += 1 }
            var of = -1
            if k < end, let q = doc.mention(at: k), q.entity >= 0, q.kind == .name || q.kind == .demonym,
                doc.entities[q.entity].type == "country" || doc.entities[q.entity].type == "organization"
            {
                of = q.entity
                k = q.tokens.upperBound
                if k < end, t[k].kind == .possessive { k += 1 }
            }
            if k < end, doc.mention(at: k)?.kind == .title { continue } // a known title: handled directly
            let start = k
            while k < end && k - start < 6 && t[k].kind == .word && !t[k].isCapitalized
                && !descriptorStops.contains(t[k].lower)
                && !isLink(t[k].word) && lex.speechLemma[t[k].lower] == nil
            {
                k += 1
            }
            guard k > start, k < end else { continue }
            let last = t[k - 1].lower
            if last.hasSuffix("ed") || last.hasSuffix("ing") || last.hasSuffix("ly") { continue }
            var after = k
            if isLink(t[k].word) {
                var j = k + 1
                if j < end, t[j].word == known.the { j += 1 }
                while j < end, t[j].has(.hyphenated), t[j].text.split(separator: "-").last?.first?.isLowercase == true {
                    j += 1
                } // "the Tokyo-based"
                guard j < end, let q = doc.mention(at: j), q.entity >= 0,
                    TitleExtractor.qualifierTypes.contains(doc.entities[q.entity].type)
                else { continue }
                if of < 0 { of = q.entity }
                after = q.tokens.upperBound
            }
            guard
                after >= end || t[after].word == known.comma || t[after].word == known.period
                    || t[after].word == known.semicolon
                    || t[after].word == known.close || t[after].kind == .dash
            else { continue }
            if skipping.contains(m.entity * 100_000 + m.sentence) { continue }
            let text = doc.text(start..<k)
            let match = TitleMatch(tokens: start..<k, canonical: text, portfolio: nil, modifier: nil, head: text)
            out.append(
                Found(
                    person: m.entity, title: match, of: of, sentence: m.sentence, tokens: m.tokens.lowerBound..<after,
                    rule: "title-descriptor"))
        }
        return out
    }

    /// "Helen Carradine, who chairs the committee," / "X, who heads the CMA's inquiry group":
    /// a role said with a verb [title-relative]: "chair of the committee", of the organization.
    static func relativeRoles(_ doc: Document) -> [Found] {
        let verbs = TitleExtractor.relativeVerbs
        let known = KnownWords.shared
        var out: [Found] = []
        let t = doc.tokens
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && doc.entities[m.entity].type == "person" {
            let span = doc.sentences[m.sentence]
            let end = span.tokens.upperBound
            var k = m.tokens.upperBound
            guard k + 3 < end, t[k].word == known.comma, t[k + 1].word == known.who, let role = verbs[t[k + 2].lower]
            else { continue }
            k += 3
            let objectStart = k
            var of = -1
            if t[k].word == known.the, k + 1 < end { k += 1 }
            if let q = doc.mention(at: k), q.entity >= 0 || q.kind == .role {
                let e = q.entity >= 0 ? q.entity : doc.antecedent(of: Int(doc.mentionAt[k]))
                if e >= 0, doc.entities[e].type == "organization" || doc.entities[e].type == "country" { of = e }
                k = q.tokens.upperBound
                if k < end, t[k].kind == .possessive { k += 1 }
            }
            while k < end && t[k].kind == .word && !t[k].isCapitalized && k - objectStart < 6 { k += 1 }
            guard of >= 0, k < end, t[k].word == known.comma || t[k].word == known.period || t[k].kind == .dash else {
                continue
            }
            // "who chairs the committee" names the body itself: "chair"; otherwise "chair of the inquiry group".
            var object = doc.text(objectStart..<k)
            let objectName = objectStart + (t[objectStart].word == known.the ? 1 : 0)
            if let q = doc.mention(at: objectName), q.tokens.upperBound == k {
                object = ""
            } else if let q = doc.mention(at: objectName), q.entity == of {
                let rest =
                    q.tokens.upperBound
                    + (q.tokens.upperBound < k && t[q.tokens.upperBound].kind == .possessive ? 1 : 0)
                object = "the " + doc.text(rest..<k)
            }
            let text = object.isEmpty ? role : "\(role) of \(object)"
            let match = TitleMatch(tokens: objectStart..<k, canonical: text, portfolio: nil, modifier: nil, head: role)
            out.append(
                Found(
                    person: m.entity, title: match, of: of, sentence: m.sentence, tokens: m.tokens.lowerBound..<k,
                    rule: "title-relative"))
        }
        return out
    }
}
