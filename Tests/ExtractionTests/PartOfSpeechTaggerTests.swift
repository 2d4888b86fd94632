import XCTest
import NewsFacts
import TaggerTraining
@testable import Extraction

/// The part-of-speech tagger built into newsq: its accuracy on UD English EWT's dev split,
/// how it reads names, headlines and newsq's tokens, and the errors of its model and corpus
/// readers.
final class PartOfSpeechTaggerTests: XCTestCase {
    static let devSet = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpora/ud-english-ewt/en_ewt-ud-dev.conllu")

    let tagger = PartOfSpeechTagger.shared

    /// The tags of a sentence, tokenized as the extractor does, as "word/TAG" pairs.
    func tagged(_ text: String) -> [String] {
        let words = Tokenizer.tokenize(text).map(\.text)
        return zip(words, tagger.tag(words)).map { "\($0)/\($1.name)" }
    }

    func tag(of word: String, in text: String) throws -> PartOfSpeech {
        let words = Tokenizer.tokenize(text).map(\.text)
        let i = try XCTUnwrap(words.firstIndex(of: word), "\(word) in \(words)")
        return tagger.tag(words)[i]
    }

    static func devSentences() throws -> [TaggedSentence] {
        let (sentences, problems) = TreebankAlignment.alignAll(try CoNLLUReader.read(devSet))
        XCTAssertEqual(problems, [], "every dev sentence aligns with newsq's tokens")
        return sentences
    }

    // MARK: - Accuracy

    /// Measured when the weights were trained: 94.13% of tokens, PROPN precision 90.2% and
    /// recall 88.9% (the floors sit just below).
    func testTagsEWTDevSetWithAtLeast94PercentAccuracy() throws {
        let sentences = try PartOfSpeechTaggerTests.devSentences()
        XCTAssertEqual(sentences.count, 2001)
        let evaluation = TaggerEvaluation(tagger: tagger, sentences: sentences)
        print("EWT dev: " + evaluation.summary())
        XCTAssertGreaterThan(evaluation.tokens, 25_000)
        XCTAssertGreaterThanOrEqual(evaluation.accuracy, 0.940)
        XCTAssertGreaterThanOrEqual(evaluation.precision(.properNoun), 0.895)
        XCTAssertGreaterThanOrEqual(evaluation.recall(.properNoun), 0.885)
    }

    func testBuiltInWeightsLoadWithEveryTrainingWord() {
        XCTAssertEqual(tagger.model.tagCount, PartOfSpeech.count)
        XCTAssertGreaterThan(tagger.model.featureCount, 100_000)
        XCTAssertGreaterThan(tagger.knownWordCount, 15_000)
    }

    /// Adding up a known word's weights when the model loads is a shortcut: scoring every
    /// word feature by feature must give the same tags.
    func testPrecomputedWordsTagAsWordsLookedUpFeatureByFeature() throws {
        let slow = PartOfSpeechTagger(model: tagger.model, precompute: false)
        XCTAssertEqual(slow.knownWordCount, 0)
        let sentences = try PartOfSpeechTaggerTests.devSentences().prefix(400)
        var differing = 0
        for s in sentences where tagger.tag(s.words) != slow.tag(s.words) { differing += 1 }
        XCTAssertEqual(differing, 0)
    }

    // MARK: - Names and capitals

    func testRiceAfterAGivenNameIsAProperNoun() throws {
        XCTAssertEqual(try tag(of: "Rice", in: "Condoleezza Rice said the talks would resume."), .properNoun)
    }

    func testRiceBeforePricesIsANoun() throws {
        XCTAssertEqual(try tag(of: "rice", in: "rice prices rose sharply in Tokyo."), .noun)
        XCTAssertEqual(try tag(of: "rice", in: "The price of rice rose sharply in Tokyo."), .noun)
    }

    func testSentenceOpeningHoweverIsAnAdverbNotAProperNoun() throws {
        XCTAssertEqual(try tag(of: "However", in: "However, the minister said Japan's exports fell."), .adverb)
        let quoted = "\u{201C}However, we will not visit China,\u{201D} he said."
        XCTAssertEqual(try tag(of: "However", in: quoted), .adverb)
    }

    func testCapitalizedWordsInRunningTextAreProperNouns() {
        XCTAssertEqual(tagged("President Moon Jae-in met Kim Dae-jung in Seoul on Tuesday."), [
            "President/PROPN", "Moon/PROPN", "Jae-in/PROPN", "met/VERB", "Kim/PROPN", "Dae-jung/PROPN", "in/ADP",
            "Seoul/PROPN", "on/ADP", "Tuesday/PROPN", "./PUNCT",
        ])
    }

    /// In capitals every word looks like an acronym; the tagger reads such a line with
    /// features of its own, learnt from the treebank's sentences put in capitals.
    func testHeadlineInCapitalsIsNotReadAsProperNouns() {
        let tags = tagged("RICE PRICES ROSE SHARPLY IN TOKYO ON MONDAY")
        XCTAssertEqual(Array(tags[1...4]), ["PRICES/NOUN", "ROSE/VERB", "SHARPLY/ADV", "IN/ADP"])
        XCTAssertEqual(tags[6], "ON/ADP")
        XCTAssertLessThanOrEqual(tags.filter { $0.hasSuffix("/PROPN") }.count, 2, "\(tags)")
        let second = tagged("JAPAN, U.S. AGREE TO BOOST DEFENSE TIES")
        XCTAssertEqual(second, [
            "JAPAN/PROPN", ",/PUNCT", "U.S./PROPN", "AGREE/VERB", "TO/PART", "BOOST/VERB", "DEFENSE/NOUN", "TIES/NOUN",
        ])
    }

    func style(_ text: String) -> TaggerFeatures.Style {
        let features = TaggerFeatures()
        return .of(Tokenizer.tokenize(text).map { features.keys(of: $0.text).word.flags })
    }

    func testHeadlineInTitleCaseKeepsItsVerbs() {
        let headline = "Japan, U.S. Agree to Boost Defense Ties After Talks in Tokyo"
        XCTAssertEqual(style(headline), .titleCase)
        let tags = tagged(headline)
        XCTAssertTrue(tags.contains("Boost/VERB"), "\(tags)")
        XCTAssertTrue(tags.contains("Tokyo/PROPN"), "\(tags)")
        XCTAssertTrue(tags.contains("Talks/NOUN"), "\(tags)")
    }

    func testLinesOfNamesAreNotHeadlines() {
        XCTAssertEqual(style("Claudia Mo of Civic Party"), .normal)
        XCTAssertEqual(style("Moon Jae-in met Kim Dae-jung in Seoul on Tuesday."), .normal)
        XCTAssertEqual(style("OBAMA MEETS PUTIN IN MOSCOW"), .capitals)
        XCTAssertEqual(style("NATO, EU and UN officials met."), .normal)
    }

    // MARK: - newsq's tokens

    func testPossessiveAndContractedIsAreTold() throws {
        XCTAssertEqual(try tag(of: "'s", in: "Japan's exports fell."), .particle)
        XCTAssertEqual(try tag(of: "'s", in: "It's raining in Tokyo."), .auxiliary)
        XCTAssertEqual(try tag(of: "don't", in: "We don't know."), .auxiliary)
    }

    func testCurlyQuotesDashesAndDigitsTagLikeTheTreebanksForms() {
        let features = TaggerFeatures()
        XCTAssertEqual(features.normalized("\u{201C}"), "\"")
        XCTAssertEqual(features.normalized("\u{2019}s"), "'s")
        XCTAssertEqual(features.normalized("\u{2014}"), "-")
        XCTAssertEqual(features.normalized("--"), "-")
        XCTAssertEqual(features.normalized("\u{2026}"), "...")
        XCTAssertEqual(features.normalized("2021"), "0000")
        XCTAssertEqual(features.normalized("Indo-Pacific"), "Indo-Pacific")
        func tags(_ text: String) -> [PartOfSpeech] { tagger.tag(Tokenizer.tokenize(text).map(\.text)) }
        XCTAssertEqual(tags("\u{201C}We will not go\u{201D} \u{2014} he said on Jan. 27, 2021."),
                       tags("\"We will not go\" -- he said on Jan. 27, 1999."))
    }

    func testDocumentGetsATagForEveryTokenSentenceBySentence() {
        let text = "Condoleezza Rice met Japan's foreign minister in Tokyo.\n\n"
            + "RICE PRICES ROSE ON MONDAY\n\nThey talked."
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(tokens, text: text)
        XCTAssertEqual(sentences.count, 3)
        let document = Document(article: Article(id: "t", text: text), tokens: tokens, sentences: sentences)
        let tags = document.partsOfSpeech()
        XCTAssertEqual(tags.count, tokens.count)
        for span in sentences {
            XCTAssertEqual(Array(tags[span.tokens]), tagger.tag(tokens[span.tokens].map(\.text)))
        }
        XCTAssertEqual(tags[1], .properNoun)
    }

    func testEmptySentenceHasNoTags() {
        XCTAssertEqual(tagger.tag([]), [])
        XCTAssertEqual(tagger.tag([""]).count, 1)
    }

    // MARK: - Model errors

    /// A model in the binary form with one feature and one word, for the error cases.
    func binary(weight: UInt8 = 4) -> [UInt8] {
        var out = Array("NQPOS".utf8) + [1, UInt8(PartOfSpeech.count)]
        for tag in PartOfSpeech.allCases { out += [UInt8(tag.name.utf8.count)] + Array(tag.name.utf8) }
        let step = Float(0.5).bitPattern
        var v = UInt64(step)
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
        out += [1, 7, 2, weight]  // one feature: key 7, a weight for tag 1 (ADP): zigzag 4 is 2 steps
        out += [1, 3] + Array("the".utf8)  // one word
        return out
    }

    func testSmallModelReads() throws {
        let model = try TaggerModel(binary: binary())
        XCTAssertEqual(model.featureCount, 1)
        XCTAssertEqual(model.row(of: 7), 0)
        XCTAssertEqual(model.row(of: 8), -1)
        XCTAssertEqual(model.weights[Int(PartOfSpeech.adposition.rawValue)], 2)
        XCTAssertEqual(model.words, [Array("the".utf8)])
    }

    /// A feature's weights are read for the tags its mask names, lowest first, whichever they
    /// are: here the first tag, the fourth and the last, the others left at zero.
    func testAFeaturesWeightsGoToTheTagsItsMaskNames() throws {
        var data = Array(binary().dropLast(9))  // the header, tags and step; no feature, no word
        data += [1, 7]  // one feature, key 7
        data += [0x89, 0x80, 0x04]  // mask 1 | 8 | 65536: ADJ, AUX, X
        data += [6, 9, 0xFE, 0x01]  // zigzag: 3, -5, 127
        data += [1, 3] + Array("the".utf8)
        let model = try TaggerModel(binary: data)
        XCTAssertEqual(model.row(of: 7), 0)
        var expected = [Int8](repeating: 0, count: PartOfSpeech.count)
        expected[0] = 3
        expected[3] = -5
        expected[16] = 127
        XCTAssertEqual(model.weights, expected)
        XCTAssertEqual(PartOfSpeech.allCases.map(\.name)[3], "AUX")
        XCTAssertEqual(PartOfSpeech.allCases.map(\.name)[16], "X")
    }

    func testBadModelsAreRefusedWithWhatAndWhere() {
        var badHeader = binary()
        badHeader[0] = 0
        var otherTags = binary()
        otherTags[9] = UInt8(ascii: "B")  // "ADJ" -> "ABJ"
        let zeroWeight = binary(weight: 0)
        let cases: [(String, [UInt8], String)] = [
            ("header", badHeader, "tagger weights: no NQPOS header at offset 0"),
            ("version", Array("NQPOS".utf8) + [2], "tagger weights: version 2 at offset 5, expected 1"),
            ("tags", otherTags, "tagger weights: tags ABJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT "
                + "SCONJ SYM VERB X at offset 6, expected ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN "
                + "PUNCT SCONJ SYM VERB X"),
            ("cut", Array(binary().dropLast(2)),
             "tagger weights: data ends in the word at offset \(binary().count - 3)"),
            ("trailing", binary() + [0],
             "tagger weights: unexpected bytes after the word list at offset \(binary().count)"),
            ("zero weight", zeroWeight, "tagger weights: bad weight at offset \(binary().count - 8)"),
        ]
        for (name, data, message) in cases {
            XCTAssertThrowsError(try TaggerModel(binary: data), name) { error in
                XCTAssertEqual("\(error)", message, name)
            }
        }
        XCTAssertThrowsError(try PartOfSpeechTagger(base64: "not base64!")) { error in
            XCTAssertEqual(error as? TaggerModelError, .notBase64)
        }
    }

    // MARK: - Corpus reading and training

    func testCoNLLUErrorsNameFileAndLine() {
        let cases: [(String, String)] = [
            ("# text = A b\n1\tA\ta\tDET\tDT\t_\t2\tdet\n", "t.conllu:2: word line has 8 columns, expected 10"),
            ("# text = A\nx\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n", "t.conllu:2: bad word id 'x'"),
            ("# text = A\n1\tA\ta\tDET\tDT\t_\tz\troot\t_\t_\n", "t.conllu:2: bad head 'z'"),
            ("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n\n", "t.conllu:1: sentence has no '# text'"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try CoNLLUReader.parse(text, file: "t.conllu")) { error in
                XCTAssertEqual("\(error)", message)
            }
        }
    }

    /// newsq's tokens differ from the treebank's: a token over several treebank words takes
    /// the tag of the group's head.
    func testMergedTokensTakeTheirHeadWordsTag() throws {
        let text = """
        # sent_id = s1
        # text = Al-Zaman's long-term plan: it's done, don't worry.
        1\tAl\tAl\tPROPN\tNNP\t_\t5\tnmod:poss\t_\tSpaceAfter=No
        2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No
        3\tZaman\tZaman\tPROPN\tNNP\t_\t1\tflat\t_\tSpaceAfter=No
        4\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
        5\tlong\tlong\tADJ\tJJ\t_\t7\tamod\t_\tSpaceAfter=No
        6\t-\t-\tPUNCT\tHYPH\t_\t7\tpunct\t_\tSpaceAfter=No
        7\tterm\tterm\tNOUN\tNN\t_\t8\tcompound\t_\t_
        8\tplan\tplan\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No
        9\t:\t:\tPUNCT\t:\t_\t8\tpunct\t_\t_
        10-11\tit's\t_\t_\t_\t_\t_\t_\t_\t_
        10\tit\tit\tPRON\tPRP\t_\t12\tnsubj\t_\t_
        11\t's\tbe\tAUX\tVBZ\t_\t12\tcop\t_\t_
        12\tdone\tdone\tADJ\tJJ\t_\t8\tappos\t_\tSpaceAfter=No
        13\t,\t,\tPUNCT\t,\t_\t16\tpunct\t_\t_
        14-15\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        14\tdo\tdo\tAUX\tVBP\t_\t16\taux\t_\t_
        15\tn't\tnot\tPART\tRB\t_\t16\tadvmod\t_\t_
        16\tworry\tworry\tVERB\tVB\t_\t8\tparataxis\t_\tSpaceAfter=No
        17\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_

        """
        let sentence = try XCTUnwrap(try CoNLLUReader.parse(text, file: "t.conllu").first)
        let aligned = try TreebankAlignment.align(sentence)
        XCTAssertEqual(zip(aligned.words, aligned.tags).map { "\($0)/\($1.name)" }, [
            "Al-Zaman/PROPN", "'s/PART", "long-term/NOUN", "plan/NOUN", ":/PUNCT", "it/PRON", "'s/AUX", "done/ADJ",
            ",/PUNCT", "don't/AUX", "worry/VERB", "./PUNCT",
        ])
    }

    func testTrainingIsDeterministicAndLearnsItsSentences() {
        let sentences = [
            TaggedSentence(words: ["Rice", "said", "so", "."], tags: [.properNoun, .verb, .adverb, .punctuation],
                           document: "d"),
            TaggedSentence(words: ["rice", "prices", "rose", "."], tags: [.noun, .noun, .verb, .punctuation],
                           document: "d"),
            TaggedSentence(words: ["Tokyo", "prices", "fell", "."], tags: [.properNoun, .noun, .verb, .punctuation],
                           document: "d"),
        ]
        var options = PerceptronTrainer.Options()
        options.iterations = 5
        let words = VocabularySelection.words(sentences)
        let first = ModelWriter.binary(PerceptronTrainer(sentences).train(options), step: 0.5, words: words)
        let second = ModelWriter.binary(PerceptronTrainer(sentences).train(options), step: 0.5, words: words)
        XCTAssertEqual(first, second)
        let small = PartOfSpeechTagger(model: try! TaggerModel(binary: first))
        for s in sentences { XCTAssertEqual(small.tag(s.words), s.tags, "\(s.words)") }
    }
}
