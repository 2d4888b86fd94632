import ArgumentParser
import Extraction
import Foundation
import TaggerTraining

/// `newsq-train-tagger measure`: the tagger built into newsq (`TaggerWeights`) on CoNLL-U
/// files: how long it takes to load, how well it tags, and how fast, on one core.
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Measure the built-in tagger: loading time, accuracy and speed on CoNLL-U files.")

    @Option(help: "Tag the files' sentences over and over for at least this many seconds of CPU, per run.")
    var seconds = 1.0

    @Option(help: "Runs; the best and the median are shown (other work on the machine slows some).")
    var runs = 5

    @Argument(help: "CoNLL-U files (their sentences are retokenized as newsq does).")
    var files: [String]

    func run() throws {
        let started = Date(), startedCPU = MeasureCommand.threadCPUTime()
        let tagger = PartOfSpeechTagger.shared
        print(
            String(
                format: "loaded the built-in model in %.1f ms of CPU (%.1f ms of wall-clock time): "
                    + "%d features, %d precomputed words", (MeasureCommand.threadCPUTime() - startedCPU) * 1000,
                Date().timeIntervalSince(started) * 1000, tagger.model.featureCount, tagger.knownWordCount))
        var all: [TaggedSentence] = []
        for path in files {
            let (sentences, problems) = TreebankAlignment.alignAll(try CoNLLUReader.read(URL(fileURLWithPath: path)))
            let name = URL(fileURLWithPath: path).lastPathComponent
            print(
                "\(name) (\(sentences.count) sentences, \(problems.count) left out): "
                    + TaggerEvaluation(tagger: tagger, sentences: sentences).summary())
            all += sentences
        }
        guard !all.isEmpty else { return }
        // One scratch per document, as `Document.partsOfSpeech` has.
        var documents: [[TaggedSentence]] = []
        for s in all {
            if documents.isEmpty || documents[documents.count - 1][0].document != s.document { documents.append([]) }
            documents[documents.count - 1].append(s)
        }
        var speeds: [Double] = []
        for _ in 0..<max(runs, 1) {
            var tokens = 0
            let start = MeasureCommand.threadCPUTime()
            var cpu = 0.0
            while cpu < seconds {
                for document in documents {
                    let scratch = PartOfSpeechTagger.Scratch()
                    for s in document {
                        _ = tagger.tag(count: s.words.count, scratch: scratch) { s.words[$0] }
                        tokens += s.words.count
                    }
                }
                cpu = MeasureCommand.threadCPUTime() - start
            }
            speeds.append(Double(tokens) / cpu / 1e6)
        }
        speeds.sort()
        print(
            String(
                format: "speed: best %.2f, median %.2f M tokens per CPU second on one thread (%d runs of %.1f s)",
                speeds.last!, speeds[speeds.count / 2], speeds.count, seconds))
    }

    /// The CPU time this thread has used, in seconds: the machine may be busy with other work.
    static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
