import NewsFacts

/// A speaker named after the speech verb behind what describes them: `," said union leader
/// Petra Schulz.`, `," said Commerzbank economist Tomas Berg.`, `," said the ministry's
/// spokesman Li Wei.` The person is the speaker, not the body or the role noun before them.
enum DescribedSpeakers {
    /// Lower-case words a description may hold before the name ("union", "senior").
    static let maxLowerCaseWords = 3
    /// How far past the verb the name may start.
    static let window = 8

    /// The person whose name closes the attribution that starts at `k` (right after the verb),
    /// past titles, role nouns, people's adjectives, other names and up to three lower-case
    /// words, when the name ends the sentence's clause (a comma, a stop or the sentence's end
    /// follows); nil when the first thing there is a person's name (the caller reads it) or
    /// no such person is named. With the end of the person's name.
    static func person(_ doc: Document, from k: Int, end: Int) -> (entity: Int, end: Int)? {
        let t = doc.tokens
        var a = k
        var lowerCase = 0
        var described = false
        while a < end && a < k + window {
            if let m = doc.mention(at: a) {
                switch m.kind {
                case .name where m.entity >= 0 && doc.entities[m.entity].type == "person":
                    let after = m.tokens.upperBound
                    let closes = after >= end || t[after].kind == .punct
                    return described && closes ? (m.entity, after) : nil
                case .name, .title, .role, .demonym:
                    described = true
                    a = m.tokens.upperBound
                    if a < end, t[a].kind == .possessive { a += 1 }
                    continue
                default:
                    return nil
                }
            }
            guard t[a].kind == .word, !t[a].isCapitalized, lowerCase < maxLowerCaseWords,
                !SpeechExtractor.isSpeechVerb(t, a)
            else { return nil }
            lowerCase += 1
            described = true
            a += 1
        }
        return nil
    }
}
