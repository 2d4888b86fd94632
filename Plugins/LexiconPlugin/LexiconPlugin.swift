import Foundation
import PackagePlugin

/// Turns the `.tsv` tables in the target's `Lexicons/` folder into Swift at build time (with
/// `newsq-lexicon-compiler`), so the lexicons are part of the binary and a broken row fails
/// the build with `file:line: error: …`. Every `.tsv` there is a table: adding one is adding
/// a file with a `#schema:` line (see Sources/Extraction/Lexicons/README.md).
@main
struct LexiconPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SwiftSourceModuleTarget else { return [] }
        let folder = module.directoryURL.appending(path: "Lexicons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let inputs = names.filter { $0.hasSuffix(".tsv") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "LexiconData.swift")
        return [.buildCommand(displayName: "Compiling \(inputs.count) lexicon tables",
                              executable: try context.tool(named: "newsq-lexicon-compiler").url,
                              arguments: [output.path] + inputs.map(\.path),
                              inputFiles: inputs,
                              outputFiles: [output])]
    }
}
