import NewsFacts

/// Who "I" and "we" stand for where the text gives someone's own words: inside a direct quote,
/// the quote's speaker; in an interview's answer or labelled paragraph, that speaker
/// (`Document.answerParagraphs`). Built once an article, after the speech stages.
struct FirstPersonSpeakers {
    /// Byte ranges of direct quotes spoken by a person, ordered by start.
    private let quotes: [(range: Range<Int>, speaker: Int)]
    /// The longest quote range: a binary search by start needs to look back no further.
    private let longest: Int
    /// By sentence: the speaker whose answer it is, or -1.
    private let answerOf: [Int]
    /// Words between "I"/"we" and its verb: "am", "have", "also".
    private static let auxiliaries = WordSet(.firstPersonAuxiliaries)
    private static let firstPerson = WordSet(.firstPersonPronouns)

    init(_ doc: Document) {
        var found: [(range: Range<Int>, speaker: Int)] = []
        for f in doc.facts where f.predicate == "said" && f.rule.hasPrefix("quote") {
            guard let range = f.range, f.qualifier("direct")?.lexical == "true", case .entity(let name) = f.subject,
                  let e = doc.entityIndex[doc.cachedKey(name)], doc.entities[e].type == "person" else { continue }
            found.append((range, e))
        }
        quotes = found.sorted { $0.range.lowerBound < $1.range.lowerBound }
        longest = quotes.map(\.range.count).max() ?? 0
        var byS = [Int](repeating: -1, count: doc.sentences.count)
        // Labelled paragraphs come first and win over the interview's Q&A framing.
        for (sentences, speaker) in doc.answerParagraphs.reversed() {
            for s in sentences where s < byS.count { byS[s] = speaker }
        }
        answerOf = byS
    }

    /// The person "I"/"we" at token `k` stands for, if `k` is inside someone's own words.
    func speaker(_ doc: Document, at k: Int) -> Int? {
        let byte = doc.tokens[k].start
        // The last quote starting at or before `byte`, then back while one could still reach it.
        var lo = 0, hi = quotes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quotes[mid].range.lowerBound <= byte { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 && byte - quotes[i].range.lowerBound <= longest {
            if quotes[i].range.contains(byte) { return quotes[i].speaker }
            i -= 1
        }
        let s = answerOf[Int(doc.sentenceOf[k])]
        return s >= 0 ? s : nil
    }

    /// "I have also been to …", "we came to …": the speaker when the subject just before a verb at
    /// `k` (past auxiliaries and adverbs such as "am", "have", "also") is "I" or "we".
    func subject(_ doc: Document, before k: Int, in r: Range<Int>) -> Int? {
        let t = doc.tokens
        var j = k - 1
        while j >= r.lowerBound && k - j <= 4 && t[j].kind == .word && Self.auxiliaries.contains(t[j]) { j -= 1 }
        guard j >= r.lowerBound, Self.firstPerson.contains(t[j]) else { return nil }
        return speaker(doc, at: j)
    }
}
