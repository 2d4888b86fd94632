/// A relative clause set off by commas tells no tense of the clause around it:
///
///     "Otieno will meet Ruiz, who took office last week, in Tokyo on Tuesday"   the coming Tuesday
///     "Otieno met Ruiz, who will retire next year, on Tuesday"                  the last Tuesday
///
/// Reading back from a weekday for its tense (`TimeResolver.tense(before:)`), a comma that closes
/// a clause opened by a comma and a relative word (`time.relativeOpener`: "who", "which") within
/// `maxClauseTokens` tokens, with no other comma between, is passed over whole.
enum RelativeClauseTense {
    /// Tokens a relative clause may hold between its commas.
    static let maxClauseTokens = 14

    /// The opening comma of the relative clause that the comma at `k` closes, or nil.
    static func opening(_ tokens: [Token], closingComma k: Int, sentenceStart: Int) -> Int? {
        let w = TimeResolver.Words.shared
        guard tokens[k].word == w.comma else { return nil }
        var j = k - 1
        while j > sentenceStart, k - j <= maxClauseTokens {
            if tokens[j].word == w.comma {
                return j + 1 < k && w.relativeOpeners.contains(tokens[j + 1]) ? j : nil
            }
            j -= 1
        }
        return nil
    }
}
