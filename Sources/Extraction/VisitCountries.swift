import NewsFacts

extension EventExtractor {
    /// "Lena Varga arrived in Quito on Friday": a visit to a city is a visit to the country it
    /// lies in, so the event names both, and "who visited Ecuador?" finds her as "who visited
    /// Quito?" does [event-destination-country]. The country is `countryOfPlace`'s, linked
    /// only when the article names that country itself (a country the text never names is no
    /// entity of its own) and not for a visitor who serves it: a trip at home is no visit to
    /// one's own country.
    static func visitCountries(_ doc: Document, _ events: inout [Event]) {
        for i in events.indices where events[i].family == "visit" && events[i].destination >= 0 {
            let d = events[i].destination
            guard doc.entities[d].type == "place", let name = countryOfPlace(doc, d),
                  let c = doc.entityIndex[doc.cachedKey(name)], doc.entities[c].type == "country",
                  !events[i].participants.contains(where: { doc.entities[$0].country == name }) else { continue }
            events[i].country = c
        }
    }

    /// The country place entity `e` lies in: `PlaceCountries`' (a listed place's or a capital's,
    /// else the one the article names right after it), else the gazetteer's (GeoNames: a city
    /// of 15,000 people or more, a region), by name in any case ("PUTRAJAYA" → Malaysia).
    static func countryOfPlace(_ doc: Document, _ e: Int) -> String? {
        PlaceCountries.country(doc, e) ?? Gazetteer.shared.country(ofPlace: doc.entities[e].name.lowercased())
    }
}
