import NewsFacts

/// An error found while running (not while parsing): unstratified negation, runaway recursion,
/// a relation too large.
struct EvaluationError: Error {
    var code: Diagnostic.Code
    var message: String
}
