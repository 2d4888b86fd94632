import Extraction
import Foundation
import NewsFacts

/// A few small articles and curated facts written for the harnesses: the store the query
/// harness asks, and built-in seeds. Kept short so every run is fast; they use the shapes the
/// extractor looks for (titles before names, "said", "according to", meetings, dates).
enum FuzzCorpus {
    static let articles: [(name: String, text: String)] = [
        (
            "talks.txt",
            """
            Title: Ostrava and Lisbon agree to widen rail links
            Date: 2026-03-12
            Source: fuzz corpus

            PRAGUE, March 12, 2026 — Czech Transport Minister Dana Hrubá and Portuguese Infrastructure \
            Minister Tiago Valente met in Prague on Thursday and agreed to widen rail links between the \
            two countries, the ministry said.

            "We agreed that freight must move faster," Hrubá told reporters after the talks. According \
            to Valente, the first trains could run in 2027.

            Valente, 52, said he would visit Ostrava in May. The two ministers held phone talks on \
            Monday, Hrubá said.
            """
        ),
        (
            "council.txt",
            """
            Title: Harbour council names new chair
            Date: 2025-11-03

            The Northern Harbour Council on Monday named Ines Mørk, a former fisheries director, as its \
            chair, replacing Paul Aberg, who resigned in October.

            "The harbour needs a steady hand," Mørk said in a statement. Aberg met Mørk on Friday to hand \
            over the files, according to the council.

            Mørk, the council's first woman chair, will serve until 2028, council spokesman Ravi Lal said.
            """
        ),
    ]

    static let json = """
        {"id": "minerals", "title": "Ministers sign minerals pact", "date": "2026-06-10", "source": "fuzz corpus",
         "text": "Canadian Natural Resources Minister Claire Dubois and South Korean Trade Minister Park Ji-ho signed a \
        critical minerals pact in Ottawa on Wednesday.\\n\\n\\"This is a partnership for the next decade,\\" Dubois said."}
        """

    static let facts = """
        # Curated facts for the query harness.
        Dana Hrubá | type | person
        Dana Hrubá | alias | Hrubá
        Dana Hrubá | title | Transport Minister | of = Czech Republic, date = 2026-03-12
        Tiago Valente | type | person
        Tiago Valente | said | "The first trains could run in 2027." | to = reporters, direct = false
        Tiago Valente | age | 52
        Ines Mørk | title | Chair | of = Northern Harbour Council, date = 2025-11-03
        Ines Mørk | score | -3.5
        rail-talks#1 | kind | talks
        rail-talks#1 | participant | Dana Hrubá
        rail-talks#1 | participant | Tiago Valente
        rail-talks#1 | date | 2026-03-12
        rail-talks#1 | place | Prague
        """

    static let tsv =
        "Dana Hrubá\ttitle\tTransport Minister\tstr\ttsv-article\t0\n"
        + "Dana Hrubá\tmet\tTiago Valente\tiri\ttsv-article\t1\n"
        + "rail-talks#2\tdate\t2026-05\tdate\ttsv-article\t2\n"
        + "# a comment\n\n"
        + "Ines Mørk\tsaid\tThe harbour needs a steady hand.\tstr\tother\t70000\n"

    /// The articles above, read as `newsq` reads files.
    static func readArticles() -> [Article] {
        var all: [Article] = []
        for (name, text) in articles { all += ArticleReader.parse(bytes: Array(text.utf8), path: name).articles }
        all += ArticleReader.parse(bytes: Array(json.utf8), path: "minerals.json").articles
        return all
    }

    /// A store holding the extracted articles and the curated facts.
    static func makeStore() -> FactStore {
        let store = FactStore()
        for article in readArticles() { store.load(Extractor.extract(article)) }
        if let curated = try? FactsFile.parse(facts, articleID: "curated.facts", file: "curated.facts") {
            store.load(curated)
        }
        _ = try? store.importTSV(Array(tsv.utf8), file: "curated.tsv")
        return store
    }
}
