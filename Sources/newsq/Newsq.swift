import ArgumentParser

struct Newsq: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsq", subcommands: [Extract.self])
    func run() throws {}
}
