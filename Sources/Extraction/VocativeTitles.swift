/// "Mr. President, …", "Thank you, Mr. Chief Justice.": an honorific (`typer.honorific`) right
/// before a capitalised title and no name, set off as the one spoken to, is how a speech or an
/// interview addresses a person: the two together name that person ("Mr. President").
///
/// Set off means the sentence's start, a comma or a colon before the honorific, and a comma, a
/// colon, a dash or the sentence's end after the title. "Mr. President Obama said" is a title
/// before a name, and "the Mr. Universe contest" no address. In an interview the one addressed
/// is the interviewee: `InterviewAnswers` makes such a name an alias of theirs ("Mr. President,
/// do you still think …" asks the president interviewed). Not right after a name and its comma
/// ("Alex Chalk, Lord Chancellor, said": an apposition, unless another address follows, a
/// list of those spoken to: "Senator Hatfield, Mr. Chief Justice, Mr. President,"), nor with a
/// peer's honorific ("Lord Mayor", `name.peerHonorific`): there the honorific goes with the
/// title, which stays one. The mention is marked an address (`Mention.address`): the one
/// spoken to is named, but is no antecedent, speaker, participant or title holder.
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
            let peer = peerHonorifics.contains(t[h].lower)
            if peer || (afterName(t, h, mentions, first..<i) && !addressFollows(t, title.upperBound, r)) {
                // "Dorian Pettle, Lord Chancellor,": the title with its honorific is the named
                // one's (a peer's honorific part of it), no address and no name of its own.
                mentions[i].tokens = tokens
                if var match = mentions[i].title {
                    match.tokens = tokens
                    if peer { match.canonical = t[h].text + " " + match.canonical }
                    mentions[i].title = match
                }
            } else {
                let name = MentionFinder.surface(t, tokens)
                mentions[i] = Mention(kind: .name, tokens: tokens, sentence: s, type: "person", name: name, surface: name)
                mentions[i].address = true
            }
            if i > first, mentions[i - 1].tokens.lowerBound >= h, mentions[i - 1].tokens.upperBound <= title.lowerBound {
                covered.append(i - 1)
            }
        }
        for i in covered.reversed() { mentions.remove(at: i) }
    }

    /// "Alex Chalk, Lord Chancellor, on Monday", "Jane Doe, Mrs. Mayor.": a title set off
    /// right after a name and its comma is an apposition, the title of the one named, not an
    /// address.
    private static func afterName(_ t: [Token], _ h: Int, _ mentions: [Mention], _ before: Range<Int>) -> Bool {
        guard h > 0, t[h - 1].text == "," else { return false }
        return before.contains { mentions[$0].kind == .name && mentions[$0].tokens.upperBound == h - 1
            && !["place", "country", "organization"].contains(mentions[$0].type) }
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

    /// "Senator Hatfield, Mr. Chief Justice, Mr. President,": another honorific after the comma
    /// makes a list of those spoken to, each an address though a name comes before.
    private static func addressFollows(_ t: [Token], _ e: Int, _ r: Range<Int>) -> Bool {
        guard e + 1 < r.upperBound, t[e].text == "," else { return false }
        let dot = e + 2 < r.upperBound && t[e + 2].text == "." && !t[e + 2].has(.spaceBefore) ? "." : ""
        return t[e + 1].kind == .word && t[e + 1].isCapitalized && EntityTyper.honorifics.contains(t[e + 1].lower + dot)
    }

    /// "Lord Chancellor", "Lady Mayoress": a peer's honorific opens an office's name more often
    /// than it addresses its holder (`name.peerHonorific`).
    private static let peerHonorifics = ListedWords(Lexicon.shared.words(in: .namePeerHonorific))

    private static func setOffBefore(_ t: [Token], _ h: Int, _ r: Range<Int>) -> Bool {
        h == r.lowerBound || [",", ":"].contains(t[h - 1].text)
    }

    private static func setOffAfter(_ t: [Token], _ e: Int, _ r: Range<Int>) -> Bool {
        e >= r.upperBound || [",", ":", ".", "!", "?", ";", "-", "–", "—"].contains(t[e].text)
    }
}
