extension MentionFinder {
    /// How far an enumerator letter's sibling may stand, in tokens: answer lines are short.
    static let enumeratorSiblingReach = 80

    /// "A. Anasazi", "B. Cherokee": a capital letter and its dot opening a line is a list's or a
    /// multiple-choice answer's enumerator, no initial of the name after it, when a line near it
    /// opens with the letter before or after it and its dot (the siblings "A." "B." "C."). The
    /// letter alone decides nothing: "J. Smith" inside a sentence, or a line opening "J. Smith"
    /// with no "I." or "K." line near it, keeps its initial. Whether the token at `p` is one.
    static func isEnumeratorLetter(_ t: [Token], _ p: Int) -> Bool {
        guard isLineOpeningLetter(t[p]), let letter = t[p].text.utf8.first else { return false }
        let lo = max(0, p - enumeratorSiblingReach), hi = min(t.count, p + enumeratorSiblingReach + 1)
        return (lo..<hi).contains { k in
            guard k != p, isLineOpeningLetter(t[k]), let other = t[k].text.utf8.first else { return false }
            return other == letter &+ 1 || other == letter &- 1
        }
    }

    /// A capital letter and its dot ("B.") written first on its line.
    private static func isLineOpeningLetter(_ token: Token) -> Bool {
        token.kind == .word && token.has(.dotted) && token.has(.newlineBefore) && token.text.utf8.count == 2
            && token.isCapitalized
    }
}
