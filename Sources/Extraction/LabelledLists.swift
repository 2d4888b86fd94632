extension SentenceSplitter {
    /// "Terminal 3: Air Canada, Delta, United, WestJet", "Ferries: Nordic Line, Baltic Star, Kestrel,
    /// Sund Ferries": a short label (at most four tokens), a colon, then four or more items set off by
    /// commas, each opening with a capital and at most four words long outside brackets
    /// ("Alaska (Gates 10 & 11)"). A guide's listing line, not a headline: the names in it are
    /// read as in any sentence. A headline's clause after a colon goes on in words and names two
    /// or three things at most ("Day Five: Sweden, Belgium, England Win Big").
    static func isLabelledList(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        let known = KnownWords.shared
        guard let colon = r.prefix(5).first(where: { tokens[$0].word == known.colon }), colon > r.lowerBound else {
            return false
        }
        var items = 0, words = 0, depth = 0
        var opened = false
        for k in colon + 1..<r.upperBound {
            let w = tokens[k].word
            if w == known.open || w == known.openBracket { depth += 1; continue }
            if w == known.close || w == known.closeBracket { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if w == known.comma {
                guard opened else { return false }
                opened = false; words = 0
                continue
            }
            if tokens[k].kind == .word || tokens[k].kind == .number {
                if !opened {
                    guard tokens[k].isCapitalized else { return false }
                    opened = true; items += 1
                }
                words += 1
                if words > 4 { return false }
            }
        }
        return opened && items >= 4
    }
}
