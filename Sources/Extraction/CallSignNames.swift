import NewsFacts

/// "the premier boarded Air Force Two", "flew in on Marine One": an armed service's name and a capitalised
/// number word closing the run are the call sign of the aircraft carrying a head of state or
/// government, a work (a made thing), no body: the air force is no organization the story names.
///
/// The services are `name.callSignService`, whole names ("Air Force", "Marine", "Army", "Navy",
/// "Coast Guard": "Task Force One" is no aircraft), the numbers "One" and "Two"; every word before
/// the number is capitalised and the number closes the run ("Air Force One"; not "Air Force
/// One's crew" either, which names the same plane: the possessive closes the run as well).
enum CallSignNames {
    /// The services' names as word ids.
    static let services: [[Int32]] = Lexicon.shared.words(in: .nameCallSignService)
        .map { name in name.split(separator: " ").map { Lexicon.shared.id(of: String($0)) } }
    static let one = Lexicon.shared.id(of: "one"), two = Lexicon.shared.id(of: "two")

    /// Where a call sign opening at `p` ends (at `end`, the run's end); else nil.
    static func end(_ t: [Token], _ p: Int, _ end: Int) -> Int? {
        guard end - p >= 2, end - p <= 4, t[end - 1].kind == .word, t[end - 1].isCapitalized,
            t[end - 1].word == one || t[end - 1].word == two,
            (p..<end - 1).allSatisfy({ t[$0].kind == .word && t[$0].isCapitalized }),
            services.contains(where: { service in
                end - 1 - service.count >= p
                    && service.indices.allSatisfy { t[end - 1 - service.count + $0].word == service[$0] }
            })
        else { return nil }
        return end
    }
}
