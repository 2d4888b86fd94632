import NewsFacts

/// Answers in an interview printed as questions and answers: a paragraph that asks ("What first
/// attracted you to ants?") followed by one that does not is the interviewee's answer, and what
/// it says is theirs [interview-answer]. A paragraph opening with a person's name and a colon
/// ("Bos: We had the ants in a nest.") is that person's [interview-label].
///
/// The interviewee is the person the opening sentences name most, among the people the whole
/// article names most. At least two question-and-answer pairs make an article an interview, so a
/// lone rhetorical question in a report is never taken for one.
enum InterviewAnswers {
    /// Answers longer than this are cut at a sentence end: one answer is one statement.
    static let maxAnswerBytes = 600

    static func extract(_ doc: Document) {
        let paragraphs = self.paragraphs(doc)
        // Whether each paragraph asks, read once: the rules below ask it of a paragraph up to six
        // times, and each time read the last word of each of its sentences.
        let asking = Asking(doc, paragraphs)
        var answers: [Range<Int>] = []
        for (i, p) in paragraphs.enumerated().dropLast() where asking[p] {
            // A picture printed between a question and its answer is neither's.
            guard let next = paragraphs[(i + 1)...].first(where: { !isPicture(doc, $0) }), !asking[next] else {
                continue
            }
            answers.append(next)
        }
        // Initials label answers only in an interview ("AP: …" in a report is no one's answer).
        let labelledAt = labelled(doc, paragraphs, initials: answers.count >= 2)
        guard answers.count >= 2,
              let firstQuestion = paragraphs.first(where: { asking[$0] })?.lowerBound,
              let speaker = interviewee(doc, introductionEnd: firstQuestion) else { return }
        answers = alternating(doc, paragraphs, answers, asking)
        answers = withBracketOpenings(doc, paragraphs, answers, asking)
        addressed(doc, questions: paragraphs.filter { asking[$0] }, interviewee: speaker)
        // "And, I'm Nina Ortiz.": an answer in which another person the article names introduces
        // themselves is theirs (two people interviewed together).
        let introduced = selfIntroductions(doc, paragraphs, interviewee: speaker, asking)
        for (p, person) in introduced { credit(doc, p, to: person) }
        let introducedAt = Set(introduced.map(\.paragraph.lowerBound))
        // A labelled answer ("Ben Okafor: …", "BO: …") is its label's already.
        for answer in answers where !introducedAt.contains(answer.lowerBound) && !labelledAt.contains(answer.lowerBound) {
            credit(doc, answer, to: speaker)
        }
    }

    /// Whether each paragraph of the article asks (`asks`), by the index of its first sentence.
    struct Asking {
        private let asks: [Bool]

        init(_ doc: Document, _ paragraphs: [Range<Int>]) {
            var asks = [Bool](repeating: false, count: doc.sentences.count)
            for p in paragraphs where !p.isEmpty { asks[p.lowerBound] = InterviewAnswers.asks(doc, p) }
            self.asks = asks
        }

        /// Whether paragraph `p`, one of those given, asks.
        subscript(_ p: Range<Int>) -> Bool { p.lowerBound < asks.count && asks[p.lowerBound] }
    }

    /// "Mr. President, do you still think …": the one an interview's questions address by an
    /// honorific and a title (`Mention.address`, `VocativeTitles`) is the interviewee, known by
    /// that address too, and holds that title [title-address]. Only the questions': an address
    /// in an answer is someone the interviewee spoke to ("I told him, 'Mr. President, this will
    /// fail.'").
    static func addressed(_ doc: Document, questions: [Range<Int>], interviewee: Int) {
        var merged = false
        var titles: [(title: TitleMatch, sentence: Int)] = []
        for q in questions {
            for m in doc.mentionRange(sentence: q.lowerBound).lowerBound..<doc.mentionRange(sentence: q.upperBound - 1).upperBound
                where doc.mentions[m].address && doc.mentions[m].entity >= 0 {
                let e = doc.mentions[m].entity
                guard e != interviewee, doc.entities[e].type == "person" else { continue }
                doc.entities[interviewee].addAlias(doc.mentions[m].surface)
                doc.mentions[m].entity = interviewee
                merged = true
                if let title = addressedTitle(doc, doc.mentions[m].tokens),
                    !titles.contains(where: { $0.title.canonical == title.canonical })
                {
                    titles.append((title, doc.mentions[m].sentence))
                }
            }
        }
        if merged { doc.indexMentions() }
        for (title, sentence) in titles {
            doc.addFact(
                .entity(doc.entities[interviewee].name), "title", .text(title.canonical), sentence: sentence,
                tokens: title.tokens, rule: "title-address")
        }
    }

    /// The title an address names after its honorific ("President" of "Mr. President"), when
    /// the title fills the rest of the address; else nil.
    static func addressedTitle(_ doc: Document, _ tokens: Range<Int>) -> TitleMatch? {
        let t = doc.tokens
        var k = tokens.lowerBound + 1
        if k < tokens.upperBound, t[k].text == "." { k += 1 }
        guard let title = TitleMatcher.match(t, at: k, end: tokens.upperBound), title.tokens.upperBound == tokens.upperBound
        else { return nil }
        return title
    }

    /// Gives the answer in paragraph `answer` (its first `maxAnswerBytes`, whole sentences,
    /// captions and excluded sentences left out) to `speaker` as a direct statement.
    static func credit(_ doc: Document, _ answer: Range<Int>, to speaker: Int) {
        let sentences = answer.filter { !doc.sentences[$0].isCaption && !doc.sentences[$0].isExcluded }
        guard let first = sentences.first else { return }
        doc.answerParagraphs.append((answer, speaker))
        var last = first
        for s in sentences where doc.byteRange(doc.sentences[first].tokens.lowerBound..<doc.sentences[s].tokens.upperBound).count <= maxAnswerBytes {
            last = s
        }
        let tokens = doc.sentences[first].tokens.lowerBound..<doc.sentences[last].tokens.upperBound
        guard tokens.count >= 3 else { return }
        doc.addFact(.entity(doc.entities[speaker].name), "said", .text(doc.text(tokens)), [Qualifier("direct", .text("true"))],
                    sentence: first, tokens: tokens, rule: "interview-answer")
    }

    /// Paragraphs asking nothing, of at most two sentences and `maxAnswerBytes`, whose first
    /// sentence has "I'm"/"I am" or "my name is" right before a person the article names who is
    /// not the interviewee, outside any quotation: that person's self-introduction ("And, I'm
    /// Nina Ortiz.").
    static func selfIntroductions(_ doc: Document, _ paragraphs: [Range<Int>], interviewee: Int, _ asking: Asking)
        -> [(paragraph: Range<Int>, person: Int)]
    {
        let t = doc.tokens
        var out: [(paragraph: Range<Int>, person: Int)] = []
        for p in paragraphs where p.count <= 2 && !asking[p] {
            guard let first = p.first, let last = p.last,
                  doc.byteRange(doc.sentences[first].tokens.lowerBound..<doc.sentences[last].tokens.upperBound).count
                    <= maxAnswerBytes else { continue }
            let r = doc.sentences[first].tokens
            for k in r where k > r.lowerBound {
                guard let m = doc.mention(at: k), m.tokens.lowerBound == k, m.kind == .name, m.entity >= 0,
                      m.entity != interviewee, doc.entities[m.entity].type == "person" else { continue }
                let before = t[k - 1].lower
                let introduces = before == "i'm"
                    || (before == "am" && k - 2 >= r.lowerBound && t[k - 2].lower == "i")
                    || (before == "'m" && k - 2 >= r.lowerBound && t[k - 2].lower == "i")
                    || (before == "is" && k - 3 >= r.lowerBound && t[k - 2].lower == "name" && t[k - 3].lower == "my")
                // Not a name quoted inside the answer ("say, 'Hey Frank, my name is John'").
                if introduces && !(r.lowerBound..<k).contains(where: { t[$0].kind == .quote || t[$0].lower == "'" }) {
                    out.append((p, m.entity)); break
                }
            }
        }
        return out
    }

    /// Turns alternate: after an answer, a short remark that asks nothing ("That is not the point.")
    /// is the interviewer's, and the paragraph after it, if it asks nothing either, the
    /// interviewee's again ("No, it's not at all, …"). An answer may run over several paragraphs
    /// (none a question or a remark): the remark may follow any of them. Adds those answers, in
    /// paragraph order.
    static func alternating(_ doc: Document, _ paragraphs: [Range<Int>], _ answers: [Range<Int>], _ asking: Asking)
        -> [Range<Int>]
    {
        var isAnswer = Set(answers.map(\.lowerBound))
        /// Answers and the paragraphs that go on with them.
        var inAnswer = isAnswer
        var out = answers
        for i in paragraphs.indices.dropFirst() where !isAnswer.contains(paragraphs[i].lowerBound) {
            let (remark, p) = (paragraphs[i - 1], paragraphs[i])
            if i >= 2, inAnswer.contains(paragraphs[i - 2].lowerBound), !isAnswer.contains(remark.lowerBound),
               isRemark(doc, remark, asking), !asking[p], endsAsASentence(doc, p),
               !p.contains(where: { EventExtractor.creditFollows(doc, $0) }) {
                isAnswer.insert(p.lowerBound)
                inAnswer.insert(p.lowerBound)
                out.append(p)
            } else if inAnswer.contains(remark.lowerBound), !asking[p], !isRemark(doc, p, asking), endsAsASentence(doc, p) {
                inAnswer.insert(p.lowerBound)
            }
        }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// "[The Spitfire Tournament in Canada] was a really good tournament": a paragraph after the
    /// first that opens with an editor's square bracket, asks nothing and ends as a sentence is
    /// the interviewee's words with the question they answered cut (the bracket stands for what
    /// it asked about). Adds those answers, in paragraph order.
    static func withBracketOpenings(_ doc: Document, _ paragraphs: [Range<Int>], _ answers: [Range<Int>], _ asking: Asking)
        -> [Range<Int>]
    {
        let isAnswer = Set(answers.map(\.lowerBound))
        var out = answers
        for p in paragraphs.dropFirst() where !isAnswer.contains(p.lowerBound) && !asking[p] {
            guard let first = p.first, doc.tokens[doc.sentences[first].tokens.lowerBound].text == "[",
                  endsAsASentence(doc, p) else { continue }
            out.append(p)
        }
        return out.count == answers.count ? answers : out.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A paragraph of one or two sentences, at most 160 bytes, ending with a full stop or "!".
    static func isRemark(_ doc: Document, _ p: Range<Int>, _ asking: Asking) -> Bool {
        guard p.count <= 2, let first = p.first, let last = p.last, !asking[p], endsAsASentence(doc, p) else { return false }
        return doc.byteRange(doc.sentences[first].tokens.lowerBound..<doc.sentences[last].tokens.upperBound).count <= 160
    }

    /// Whether a paragraph's last sentence ends with ".", "!" or "?" (a heading or a credit does not).
    static func endsAsASentence(_ doc: Document, _ p: Range<Int>) -> Bool {
        guard let last = p.last, !doc.sentences[last].isCaption, !doc.sentences[last].isExcluded,
              let k = lastWord(doc, sentence: last) else { return false }
        let text = doc.tokens[k].text
        return text == "." || text == "!" || text == "?"
    }

    /// The last token of sentence `s` before closing quote marks (double, or a single one:
    /// "… as 'The Harbour Poet.'") and brackets, or nil.
    static func lastWord(_ doc: Document, sentence s: Int) -> Int? {
        let span = doc.sentences[s].tokens
        var k = span.upperBound - 1
        // Compared one by one: an array literal here was built and freed for every token.
        let known = KnownWords.shared
        while k >= span.lowerBound, doc.tokens[k].kind == .quote || isClosing(doc.tokens[k], known) { k -= 1 }
        return k >= span.lowerBound ? k : nil
    }

    /// `isClosing(t.text)` read by word id (`Token.word`), no string compared: a mark's word is
    /// its text. A possessive's is not ("countries'" ends in a possessive written "'" whose
    /// word is "'s"), so its text is read.
    @inline(__always) private static func isClosing(_ t: Token, _ known: KnownWords) -> Bool {
        if t.kind == .possessive { return isClosing(t.text) }
        return t.word == known.apostrophe || t.word == known.curlyApostrophe || t.word == known.close
    }

    /// A single quote mark (straight or curly) or a closing bracket.
    @inline(__always) private static func isClosing(_ text: String) -> Bool {
        text == "\u{27}" || text == "\u{2019}" || text == ")"
    }

    /// Sentence indices grouped by paragraph (a paragraph break before a sentence's first token).
    static func paragraphs(_ doc: Document) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for s in doc.sentences.indices where s > 0 {
            let first = doc.sentences[s].tokens.lowerBound
            if first < doc.tokens.count, doc.tokens[first].has(.paragraphBefore) {
                out.append(start..<s)
                start = s
            }
        }
        if start < doc.sentences.count { out.append(start..<doc.sentences.count) }
        return out
    }

    /// Whether a paragraph is a question: its last sentence ends with "?", or it asks and is cut
    /// off ("Is the answer not memory? Although a computer can …": the interviewee broke in).
    static func asks(_ doc: Document, _ paragraph: Range<Int>) -> Bool {
        guard let last = paragraph.last, let k = lastWord(doc, sentence: last) else { return false }
        // "?" by id: a question mark's word is its text.
        if doc.tokens[k].word == KnownWords.shared.question { return !quotedQuestion(doc, sentence: last, mark: k) }
        // The earlier sentences are read only after an ellipsis, the one ending they change.
        if isEllipsis(doc.tokens[k].text) && paragraph.dropLast().contains(where: { s in
            lastWord(doc, sentence: s).map { doc.tokens[$0].text == "?" } ?? false
        }) { return true }
        return questionForm(doc, sentence: last, last: k)
    }

    /// A question written without its mark, or a request: "How did you get into this"
    /// (a question word and an auxiliary), "Could I have a sample, … --" (an auxiliary and a
    /// subject), neither ending with "." or "!"; "Talk us through the process." (a request
    /// verb and "us"/"me", any ending).
    static func questionForm(_ doc: Document, sentence s: Int, last k: Int) -> Bool {
        let t = doc.tokens
        let r = doc.sentences[s].tokens
        guard r.count >= 3 else { return false }
        let (a, b) = (t[r.lowerBound], t[r.lowerBound + 1])
        let words = InterviewWords.shared
        if words.requestVerbs.contains(a) && words.requestObjects.contains(b) { return true }
        guard t[k].text != ".", t[k].text != "!" else { return false }
        return words.questionWords.contains(a) && words.auxiliaries.contains(b)
            || words.auxiliaries.contains(a) && words.askedSubjects.contains(b)
    }

    /// "… a line attributed to Voltaire: "Who can say what is fair?"": a question
    /// mark inside a quotation the sentence opens after its first word is the quoted person's,
    /// so the paragraph does not ask.
    static func quotedQuestion(_ doc: Document, sentence s: Int, mark k: Int) -> Bool {
        let t = doc.tokens
        let span = doc.sentences[s].tokens
        guard k + 1 < span.upperBound, t[k + 1].kind == .quote else { return false }
        return (span.lowerBound + 1..<k).contains { t[$0].kind == .quote }
    }

    /// "…" or "...": a sentence left unfinished.
    static func isEllipsis(_ text: String) -> Bool { text == "\u{2026}" || text == "..." }

    /// A picture's caption standing as a paragraph: a sentence marked as a caption, one a credit
    /// follows ("Image: NASA."), or a last sentence that holds a credit and does not end as a
    /// sentence ("Artist's rendering of the capsule Image: NASA").
    static func isPicture(_ doc: Document, _ p: Range<Int>) -> Bool {
        guard let last = p.last else { return false }
        if p.contains(where: { doc.sentences[$0].isCaption || EventExtractor.creditFollows(doc, $0) }) { return true }
        if endsAsASentence(doc, p) { return false }
        let t = doc.tokens, w = EventExtractor.Words.shared
        let r = doc.sentences[last].tokens
        return r.dropLast().contains { k in w.creditWords.contains(t[k]) && t[k + 1].word == w.colon }
    }

    /// "Bos: We had the ants …": a person's name and a colon open the paragraph; or the
    /// person's initials ("AK: The weather …" for Anna Kowalski, `personInitials`), only in an
    /// interview (`readInitials`). Returns the first sentences of the paragraphs so labelled.
    static func labelled(_ doc: Document, _ paragraphs: [Range<Int>], initials readInitials: Bool) -> Set<Int> {
        let t = doc.tokens
        var out = Set<Int>()
        var initials: [String: Int]?
        for p in paragraphs {
            guard let first = p.first else { continue }
            let span = doc.sentences[first].tokens
            var label: (person: Int, end: Int)?
            if let m = doc.mention(at: span.lowerBound), m.kind == .name, m.entity >= 0,
               doc.entities[m.entity].type == "person" {
                label = (m.entity, m.tokens.upperBound)
            } else if readInitials, span.count > 4, t[span.lowerBound + 1].text == ":",
                      let letters = initialLetters(t[span.lowerBound]) {
                if initials == nil { initials = personInitials(doc) }
                if let e = initials?[letters] { label = (e, span.lowerBound + 1) }
            }
            guard let (person, end) = label, end + 3 < span.upperBound, t[end].text == ":" else { continue }
            let tokens = (end + 1)..<span.upperBound
            out.insert(first)
            doc.answerParagraphs.append((p, person))
            doc.addFact(.entity(doc.entities[person].name), "said", .text(doc.text(tokens)),
                        [Qualifier("direct", .text("true"))], sentence: first, tokens: tokens, rule: "interview-label")
        }
        return out
    }

    /// "AK", "A.K.": two or three capital letters (dots between allowed), or nil.
    static func initialLetters(_ token: Token) -> String? {
        let letters = token.text.filter { $0 != "." }
        guard (2...3).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return letters
    }

    /// The people the article names by the initials of their names' words ("Anna Kowalski": "AK";
    /// "Mario J. Lucero": "MJL" and "ML"), each set of initials only when one person has it.
    static func personInitials(_ doc: Document) -> [String: Int] {
        var found: [String: Int] = [:]
        var shared = Set<String>()
        for e in doc.entities.indices where doc.entities[e].type == "person" {
            let words = doc.entities[e].name.split(whereSeparator: { $0 == " " || $0 == "-" })
            guard words.count >= 2, let last = words.last?.first, let first = words.first?.first else { continue }
            let all = String(words.compactMap(\.first)).uppercased()
            for key in Set([all, String([first, last]).uppercased()]) {
                if let other = found[key], other != e { shared.insert(key) } else { found[key] = e }
            }
        }
        for key in shared { found[key] = nil }
        return found
    }

    /// The person the opening names as interviewed ("Wikinews interviews X", "Interview with
    /// mathematician X", "X … interviewed by"), else the person the introduction (the first
    /// three sentences, or all before the first question at `introductionEnd`) names, preferring
    /// the one the article names most; nil when the introduction names nobody.
    static func interviewee(_ doc: Document, introductionEnd: Int) -> Int? {
        if let e = namedInterviewee(doc) { return e }
        var count: [Int: Int] = [:]
        var opening = Set<Int>()
        for m in doc.mentions where m.kind == .name && m.entity >= 0 && doc.entities[m.entity].type == "person" {
            count[m.entity, default: 0] += 1
            if m.sentence < max(3, introductionEnd) { opening.insert(m.entity) }
        }
        // An interview whose introduction names nobody is anonymous: a person an answer or a
        // question mentions ("owners of a nightclub" … "O.J. Simpson") is not the one who answers.
        return opening.max { a, b in (count[a] ?? 0, b) < (count[b] ?? 0, a) }
    }

    /// Who an opening sentence says is interviewed: the person after "interviews"/"interview
    /// with", past descriptors, titles and other names ("LibriVox founder X"), before any other
    /// word; for "X, … interviewed by", the first person of the sentence; for "X: An interview
    /// with …", the person or organization before the colon.
    static func namedInterviewee(_ doc: Document) -> Int? {
        let t = doc.tokens
        let known = KnownWords.shared
        let verbs = WordSet(.interviewVerbs)
        /// "Wikinews interviews X on …", "… about …": the words that end the interviewee's phrase.
        let stops = WordSet(.interviewStops)
        func person(_ k: Int) -> Int? {
            guard let m = doc.mention(at: k), m.kind == .name, m.entity >= 0 else { return nil }
            return doc.entities[m.entity].type == "person" ? m.entity : nil
        }
        for span in doc.sentences.prefix(6) where !span.isExcluded {
            let r = span.tokens
            for k in r where verbs.contains(t[k]) && k + 1 < r.upperBound {
                // "The Quillpost: An interview with …", "X: an interview": the name before the colon.
                var c = k - 1
                if c > r.lowerBound, t[c].word == known.a || t[c].word == known.an || t[c].word == known.the { c -= 1 }
                if c > r.lowerBound, t[c].word == known.colon, let m = doc.mention(at: c - 1), m.kind == .name,
                   m.entity >= 0, ["person", "organization", "unknown"].contains(doc.entities[m.entity].type) {
                    return m.entity
                }
                if t[k + 1].word == known.by {
                    if let e = (r.lowerBound..<k).lazy.compactMap(person).first { return e }
                    continue
                }
                var j = k + 1
                if t[j].word == known.with { j += 1 }
                while j < r.upperBound && j <= k + 10 {
                    if let e = person(j) { return e }
                    if let m = doc.mention(at: j) { j = max(j + 1, m.tokens.upperBound); continue }
                    // Descriptors: "the", "academic", "Canadian labour activist and writer".
                    guard t[j].kind == .word || t[j].kind == .possessive, t[j].word != known.of else { break }
                    if stops.contains(t[j]) { break }
                    j += 1
                }
            }
        }
        return nil
    }
}

/// The word lists that tell a question written without its mark (`interview.*` in
/// `Lexicons/wordlists.tsv`), looked up once.
final class InterviewWords: Sendable {
    static let shared = InterviewWords()
    let questionWords = WordSet(.interviewQuestionWords)
    let auxiliaries = WordSet(.interviewAuxiliaries)
    let askedSubjects = WordSet(.interviewAskedSubjects)
    let requestVerbs = WordSet(.interviewRequestVerbs)
    let requestObjects = WordSet(.interviewRequestObjects)

    private init() {}
}
