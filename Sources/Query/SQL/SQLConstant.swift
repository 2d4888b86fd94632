import NewsFacts

/// A constant of the query as SQL sees it: the terms it may be, and its typed readings.
struct SQLConstant {
    var terms: [(text: String, kind: TermKind)]
    var text: String
    var number: Double?
    var date: DateValue?
}
