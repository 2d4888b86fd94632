import NewsFacts

extension ArticleFacts {
    /// Each event of a kind in `kinds` (visits and trips unless told) as
    /// "participants (sorted, joined by +)|destination|status|date", "-" for a part the event
    /// lacks, sorted: "Maria Lindqvist|Nairobi|held|2021-01-25". The one way the visit tests
    /// read what the extractor says about who went where.
    public func visitLines(kinds: Set<String> = ["visit", "trip"]) -> [String] {
        let ids = facts.filter { $0.predicate == "kind" && kinds.contains($0.object.lexical) }.map(\.subject)
        return Set(ids).map { e in
            let of = facts.filter { $0.subject == e }
            let people = of.filter { $0.predicate == "participant" }.map(\.object.lexical).sorted()
                .joined(separator: "+")
            let destination = of.first { $0.predicate == "destination" }?.object.lexical ?? "-"
            let status = of.first { $0.predicate == "status" }?.object.lexical ?? "-"
            let date = of.first { $0.predicate == "date" }?.object.lexical ?? "-"
            return "\(people)|\(destination)|\(status)|\(date)"
        }.sorted()
    }
}
