import ArgumentParser

/// Trains newsq's part-of-speech tagger (`train`, the default) and measures the model built
/// into newsq (`measure`). Not part of the newsq product.
@main
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq-train-tagger",
        abstract: "Train newsq's part-of-speech tagger, or measure the one built in.",
        subcommands: [TrainCommand.self, MeasureCommand.self],
        defaultSubcommand: TrainCommand.self)
}
