import NewsFacts

/// Title facts: `PERSON title "Foreign Minister" [of: Japan]`.
///
/// Patterns (rule names in brackets):
/// - [title-before-name] `(COUNTRY | DEMONYM | COUNTRY's | ORG)? TITLE PERSON`:
///   "Japanese Foreign Minister Toshimitsu Motegi", "U.S. Secretary of State Antony Blinken".
/// - [title-apposition] `PERSON, (the)? (COUNTRY's | DEMONYM)? TITLE (of X)?`:
///   "Toshimitsu Motegi, Japan's foreign minister", "X, the prime minister of Y".
/// - [title-as] `PERSON … as (the)? COUNTRY? TITLE`: "Blinken won confirmation as the U.S. secretary of state".
/// - [title-counterpart] (derived) "Austin … his Japanese counterpart Nobuo Kishi": Kishi holds
///   the title that covers the same portfolio in Japan ("Defense Minister").
/// - [title-post-nominal] `PERSON ,? (QC | KC | SC | MP | MEP | …)`: "Mark Ellery, QC," (`TitlePostNominals`).
/// A title without a country takes one from the same person's other titles, from "the Biden
/// administration" matching "the U.S. administration", or from the titled people named with
/// it [title-country-context].
///
/// The stage runs in the order this file states: each title mention is given to the rules of
/// `nextToNameRules` in turn until one finds its holder (`TitleNextToName`), then each family of
/// `families` reads the sentences for titles said otherwise, seeing what was found before it;
/// after anaphora, `finish` adds the `of` the text leaves implicit and the facts.
enum TitleExtractor {
    struct Found {
        var person: Int
        var title: TitleMatch
        var of: Int
        var sentence: Int
        var tokens: Range<Int>
        var rule: String
        var derived = false
        /// A title of address, or an office written before one: it takes only the `of` the text
        /// gives it, never one the article implies (`TitleStacks`).
        var explicitOnly = false
    }

    /// Who holds a title mention, tried in this order; the first rule that finds a holder wins.
    static let nextToNameRules: [TitleRule] = [
        TitleNextToName.beforeName,
        TitleNextToName.possessedBeforeName,
        TitleNextToName.apposition,
        TitleNextToName.asTitle,
    ]

    /// Titles said otherwise than next to one name, in this order; each sees the titles found
    /// before it.
    static let families: [TitleFamily] = [
        TitleFamily(name: "chained", find: { doc, found in chainedTitles(doc, found) }),
        TitleFamily(name: "coordinated", find: { doc, found in coordinatedBefore(doc, found) }),
        TitleFamily(name: "plural-list", find: { doc, _ in pluralLists(doc) }),
        TitleFamily(name: "copula", find: { doc, _ in copulas(doc) }),
        TitleFamily(name: "led-by", find: { doc, _ in ledBy(doc) }),
        TitleFamily(
            name: "descriptor",
            find: { doc, found in
                descriptors(doc, skipping: Set(found.map { $0.person * 100_000 + $0.sentence }))
            }),
        TitleFamily(name: "relative", find: { doc, _ in relativeRoles(doc) }),
        TitleFamily(name: "post-nominal", find: { doc, _ in postNominals(doc) }),
        TitleFamily(name: "role-apposition", find: { doc, _ in roleAppositions(doc) }),
        TitleFamily(name: "described", find: { doc, found in TitleDescribedHolders.find(doc, found) }),
    ]

    /// Finds titles written next to their holders, then the families'; records them on the entities.
    static func extractDirect(_ doc: Document) -> [Found] {
        var found: [Found] = []
        for m in doc.mentions where m.kind == .title {
            if doc.cancellation.poll() { break }
            guard let context = TitleContext(doc, m) else { continue }
            for rule in nextToNameRules {
                if var f = rule.find(context) {
                    TitleStacks.limitCountry(doc, &f)
                    found.append(f)
                    break
                }
            }
        }
        for family in families { found += family.find(doc, found) }
        record(doc, found)
        return found
    }

    /// Records each title on its holder, and the country a country's (or a place's) title says
    /// the holder serves.
    static func record(_ doc: Document, _ found: [Found]) {
        let t = doc.tokens
        for f in found {
            doc.entities[f.person].addTitle(f.title, of: f.of >= 0 ? doc.entities[f.of].name : nil)
            // A city's mayor is not from a country called after the city.
            // Nor is a state's senator ("Pennsylvania Senator") from a country called after the state.
            if f.of >= 0,
                doc.entities[f.of].type == "country"
                    || doc.entities[f.of].type == "place" && !isLocalOffice(t, from: f.title.tokens.lowerBound)
                        && !(t[f.title.tokens.lowerBound].isCapitalized && isRegion(doc.entities[f.of].name)),
                doc.entities[f.person].country == nil
            {
                doc.entities[f.person].country = doc.entities[f.of].name
            }
        }
    }
}

/// One way of finding who holds a title mention: its name, the construction it reads, and the
/// function that tries it (nil when it does not apply).
struct TitleRule: Sendable {
    let name: String
    let pattern: String
    let find: @Sendable (TitleContext) -> TitleExtractor.Found?
}

/// A family of title rules that reads whole sentences, given the titles found before it.
struct TitleFamily: Sendable {
    let name: String
    let find: @Sendable (Document, [TitleExtractor.Found]) -> [TitleExtractor.Found]
}
