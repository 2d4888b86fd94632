import ArgumentParser
// Placeholder: the extraction developer replaces this file.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what the extractor finds in article files.")
    func run() throws {}
}
