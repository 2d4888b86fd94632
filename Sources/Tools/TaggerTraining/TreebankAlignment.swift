import Extraction

/// Retokenizes treebank sentences the way newsq does and gives each token the treebank's tag.
///
/// newsq's tokens differ from the treebank's: "don't", "Al-Zaman" and "long-term" are one
/// token (the treebank has "do" + "n't", "Al" + "-" + "Zaman"), while "it's" is "it" + "'s"
/// in both. Each token is found in the sentence text by its byte range and takes the tag of
/// the treebank word it overlaps; of several, the head of the group (the one word whose head
/// lies outside it: "Al" in "Al-Zaman", "term" in "long-term"), the first non-punctuation one
/// when several heads lie outside ("do" in "don't").
package enum TreebankAlignment {
    /// Why a sentence could not be aligned; it is left out of training and measurement.
    package enum Problem: Error, Equatable, CustomStringConvertible {
        case formNotInText(sentence: String, form: String)
        case tokenWithoutWord(sentence: String, token: String)
        case unknownTag(sentence: String, tag: String)

        package var description: String {
            switch self {
            case .formNotInText(let s, let form): return "\(s): the word '\(form)' is not in the sentence text"
            case .tokenWithoutWord(let s, let token): return "\(s): the token '\(token)' overlaps no treebank word"
            case .unknownTag(let s, let tag): return "\(s): '\(tag)' is not a UPOS tag"
            }
        }
    }

    /// Aligns one sentence.
    ///
    /// - Throws: `Problem` when a treebank word is not found in the text, a token overlaps
    ///   no word, or a tag is not UPOS.
    package static func align(_ sentence: TreebankSentence) throws(Problem) -> TaggedSentence {
        let text = Array(sentence.text.utf8)
        var spans: [Int: Range<Int>] = [:] // word id -> byte range in the text
        var position = 0
        var k = 0
        let words = sentence.words
        while k < words.count {
            let id = words[k].id
            let multiword = sentence.multiwords.first { $0.first == id }
            let form = multiword?.form ?? words[k].form
            guard let span = find(Array(form.utf8), in: text, from: position) else {
                throw Problem.formNotInText(sentence: sentence.id, form: form)
            }
            position = span.upperBound
            if let mw = multiword {
                let parts = words[k...].prefix { $0.id <= mw.last }
                // "it's" = "it" + "'s": each part gets its own bytes when the parts spell the token.
                if parts.map(\.form).joined() == form {
                    var start = span.lowerBound
                    for p in parts {
                        spans[p.id] = start..<start + p.form.utf8.count
                        start += p.form.utf8.count
                    }
                } else {
                    for p in parts { spans[p.id] = span }
                }
                k += parts.count
            } else {
                spans[id] = span
                k += 1
            }
        }

        var out = TaggedSentence(words: [], tags: [], document: sentence.document)
        for token in Tokenizer.tokenize(sentence.text) {
            let overlapping = words.filter { w in
                guard let s = spans[w.id] else { return false }
                return s.lowerBound < token.end && token.start < s.upperBound && !s.isEmpty
            }
            guard !overlapping.isEmpty else { throw Problem.tokenWithoutWord(sentence: sentence.id, token: token.text) }
            let ids = Set(overlapping.map(\.id))
            let heads = overlapping.filter { !ids.contains($0.head) }
            let chosen = heads.first { $0.upos != "PUNCT" } ?? heads.first ?? overlapping[0]
            guard let tag = PartOfSpeech(name: chosen.upos) else {
                throw Problem.unknownTag(sentence: sentence.id, tag: chosen.upos)
            }
            out.words.append(token.text)
            out.tags.append(tag)
        }
        return out
    }

    /// The byte range of `form` in `text` at or after `start` (white space skipped first).
    private static func find(_ form: [UInt8], in text: [UInt8], from start: Int) -> Range<Int>? {
        guard !form.isEmpty else { return nil }
        var i = start
        while i < text.count && (text[i] == 32 || text[i] == 9) { i += 1 }
        var j = i
        while j + form.count <= text.count {
            if text[j..<j + form.count].elementsEqual(form) { return j..<j + form.count }
            j += 1
        }
        return nil
    }

    /// Aligns every sentence that can be, and lists the problems of the others.
    package static func alignAll(
        _ sentences: [TreebankSentence]
    )
        -> (sentences: [TaggedSentence], problems: [Problem])
    {
        var good: [TaggedSentence] = []
        var problems: [Problem] = []
        for s in sentences {
            do {
                good.append(try align(s))
            } catch {
                problems.append(error)
            }
        }
        return (good, problems)
    }
}
