/// The positions of a sentence's tokens whose word is one of a word list's (`WordSet`) or has one
/// of some word classes, in order, found by a loop that reads only the tokens' word ids.
///
/// The event and title stages look for a few trigger words ("spent", "interviewed", "I") in every
/// sentence. Written as `for k in r where set.contains(t[k]) { … }`, the loop carried its long
/// body's state from token to token (the optimiser kept the body's derived indices in step with
/// `k`, spilled to the stack): some 45 instructions a token where the test is six. Here the scan
/// is a function of its own, and the body runs at the triggers only:
///
///     for k in w.spentVerbs.positions(in: t, r) where t[k].kind == .word { … }
///
/// visits the same tokens, in the same order, as `for k in r where t[k].kind == .word &&
/// w.spentVerbs.contains(t[k])`.
struct TriggerPositions: Sequence, IteratorProtocol {
    fileprivate enum Test {
        case words(WordSet)
        case classes([WordClass], WordClass, orWord: Int32)
    }

    private let tokens: [Token]
    private let test: Test
    private var position: Int
    private let end: Int

    fileprivate init(_ tokens: [Token], _ range: Range<Int>, _ test: Test) {
        self.tokens = tokens
        self.test = test
        position = range.lowerBound
        end = Swift.min(range.upperBound, tokens.count)
    }

    mutating func next() -> Int? {
        let k: Int
        switch test {
        case .words(let set): k = TriggerPositions.first(tokens, from: position, to: end, set)
        case .classes(let classes, let mask, let word):
            k = TriggerPositions.first(tokens, from: position, to: end, classes, mask, orWord: word)
        }
        guard k < end else {
            position = end
            return nil
        }
        position = k + 1
        return k
    }

    /// The first position in `from..<to` whose word is in `set`, else `to`.
    @inline(never)
    private static func first(_ t: [Token], from: Int, to: Int, _ set: WordSet) -> Int {
        t.withUnsafeBufferPointer { b in
            var k = from
            while k < to {
                if set.contains(id: b[k].word) { return k }
                k += 1
            }
            return to
        }
    }

    /// The first position in `from..<to` whose word has a class of `mask` or is `orWord`, else `to`.
    @inline(never)
    private static func first(
        _ t: [Token], from: Int, to: Int, _ classes: [WordClass], _ mask: WordClass, orWord: Int32
    ) -> Int {
        t.withUnsafeBufferPointer { b in
            classes.withUnsafeBufferPointer { c in
                var k = from
                while k < to {
                    let word = b[k].word
                    if word >= 0 && (c[Int(word)].rawValue & mask.rawValue != 0 || word == orWord) { return k }
                    k += 1
                }
                return to
            }
        }
    }
}

extension WordSet {
    /// The words of all these lists.
    init(anyOf lists: [WordList]) {
        let lex = Lexicon.shared
        self.init(ids: lists.flatMap { lex.words(in: $0) }.map { lex.vocabulary.id(of: $0) })
    }

    /// The positions in `range` of the tokens of `t` whose word is one of these, in order.
    func positions(in t: [Token], _ range: Range<Int>) -> TriggerPositions {
        TriggerPositions(t, range, .words(self))
    }
}

extension WordClass {
    /// The positions in `range` of the tokens of `t` whose word has one of these classes in
    /// `classes` (a lexicon's table by word id) or is `orWord` (a word id; none if negative), in order.
    func positions(in t: [Token], _ range: Range<Int>, classes: [WordClass], orWord: Int32 = -1) -> TriggerPositions {
        TriggerPositions(t, range, .classes(classes, self, orWord: orWord))
    }
}
