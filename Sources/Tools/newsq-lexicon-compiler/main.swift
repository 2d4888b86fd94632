import Foundation
import LexiconSchema

// newsq-lexicon-compiler OUTPUT.swift TABLE.tsv...: run by the lexicon build plugin.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 1 else {
    FileHandle.standardError.write(Data("usage: newsq-lexicon-compiler OUTPUT.swift TABLE.tsv...\n".utf8))
    exit(2)
}
do {
    let problems = try LexiconCompiler.compile(inputs: Array(arguments.dropFirst()), output: arguments[0])
    for problem in problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
    exit(problems.isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("newsq-lexicon-compiler: error: \(error)\n".utf8))
    exit(1)
}
