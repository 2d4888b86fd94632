/// "Mr. President, …", "Thank you, Mr. Chief Justice.": an honorific (`typer.honorific`) right
/// before a capitalised title and no name, set off as the one spoken to, is how a speech or an
/// interview addresses a person: the two together name that person ("Mr. President").
///
/// Set off means the sentence's start, a comma or a colon before the honorific, and a comma, a
/// colon, a dash or the sentence's end after the title. "Mr. President Obama said" is a title
/// before a name, and "the Mr. Universe contest" no address. In an interview the one addressed
/// is the interviewee: `InterviewAnswers` makes such a name an alias of theirs ("Mr. President,
/// do you still think …" asks the president interviewed).
enum VocativeTitles {
    /// Replaces, in the mentions of sentence `s` (from index `first` of `mentions`), each title an
    /// honorific addresses by a person's name made of the two.
    static func find(_ t: [Token], _ span: SentenceSpan, _ s: Int, _ mentions: inout [Mention], from first: Int) {
        guard first < mentions.count else { return }
        let r = span.tokens
        // "Madam" is no `nonname`: the name it alone made before "Chair" goes with the address.
        var covered: [Int] = []
        for i in first..<mentions.count where mentions[i].kind == .title {
            let title = mentions[i].tokens
            guard let h = honorific(t, before: title.lowerBound, in: r), setOffBefore(t, h, r), setOffAfter(t, title.upperBound, r),
                  title.allSatisfy({ t[$0].kind == .word && (t[$0].isCapitalized || t[$0].word == KnownWords.shared.of) }),
                  t[title.lowerBound].isCapitalized, t[title.upperBound - 1].isCapitalized
            else { continue }
            let tokens = h..<title.upperBound
            let name = MentionFinder.surface(t, tokens)
            mentions[i] = Mention(kind: .name, tokens: tokens, sentence: s, type: "person", name: name, surface: name)
            if i > first, mentions[i - 1].tokens.lowerBound >= h, mentions[i - 1].tokens.upperBound <= title.lowerBound {
                covered.append(i - 1)
            }
        }
        for i in covered.reversed() { mentions.remove(at: i) }
    }

    /// Whether the person's name at `tokens` is an honorific and a title as `find` made it.
    static func isVocative(_ t: [Token], _ tokens: Range<Int>) -> Bool {
        guard tokens.count >= 2, t[tokens.lowerBound].kind == .word else { return false }
        let first = t[tokens.lowerBound]
        let dot = tokens.lowerBound + 1 < tokens.upperBound && t[tokens.lowerBound + 1].text == "." ? "." : ""
        return EntityTyper.honorifics.contains(first.lower + dot) && first.isCapitalized
            && (tokens.lowerBound + 1..<tokens.upperBound).contains { Lexicon.shared.titleHeads[t[$0].lower] != nil }
    }

    /// The honorific right before `k` ("Mr." or "Mr" "."), if any.
    private static func honorific(_ t: [Token], before k: Int, in r: Range<Int>) -> Int? {
        var h = k - 1
        guard h >= r.lowerBound else { return nil }
        var dot = ""
        if t[h].text == ".", h > r.lowerBound, !t[h].has(.spaceBefore) { h -= 1; dot = "." }
        guard t[h].kind == .word, t[h].isCapitalized, EntityTyper.honorifics.contains(t[h].lower + dot) else { return nil }
        return h
    }

    private static func setOffBefore(_ t: [Token], _ h: Int, _ r: Range<Int>) -> Bool {
        h == r.lowerBound || [",", ":"].contains(t[h - 1].text)
    }

    private static func setOffAfter(_ t: [Token], _ e: Int, _ r: Range<Int>) -> Bool {
        e >= r.upperBound || [",", ":", ".", "!", "?", ";", "-", "–", "—"].contains(t[e].text)
    }
}
