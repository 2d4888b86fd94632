import Extraction
import Foundation

/// Writes a trained model in the binary form `TaggerModel` reads (its doc comment gives the
/// layout), and the Swift source that embeds it in newsq as base64 text.
package enum ModelWriter {
    /// The binary model: each weight rounded to a multiple of `step` and kept within 127 steps
    /// either way (a weight that rounds to zero is left out), features whose weights all stay
    /// under `minimum` dropped; then `words`.
    package static func binary(
        _ model: PerceptronTrainer.Weights, step: Float, minimum: Float = 0,
        words: [String]
    ) -> [UInt8] {
        var out: [UInt8] = Array("NQPOS".utf8) + [1]
        let t = model.tagCount
        varint(UInt64(t), &out)
        for tag in PartOfSpeech.allCases {
            varint(UInt64(tag.name.utf8.count), &out)
            out += tag.name.utf8
        }
        varint(UInt64(step.bitPattern), &out)

        var kept: [(key: UInt32, values: [Int64])] = []
        for (f, key) in model.keys.enumerated() where keeps(model, f, step: step, minimum: minimum) {
            kept.append((key, (0..<t).map { steps(model.weights[f * t + $0], step) }))
        }
        kept.sort { $0.key < $1.key }
        varint(UInt64(kept.count), &out)
        var last: UInt64 = 0
        for feature in kept {
            varint(UInt64(feature.key) - last, &out)
            last = UInt64(feature.key)
            var mask: UInt64 = 0
            for (k, v) in feature.values.enumerated() where v != 0 { mask |= 1 << UInt64(k) }
            varint(mask, &out)
            for v in feature.values where v != 0 { varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)), &out) }
        }
        varint(UInt64(words.count), &out)
        for word in words {
            varint(UInt64(word.utf8.count), &out)
            out += word.utf8
        }
        return out
    }

    /// The number of features `binary` keeps at `step` and `minimum`.
    package static func keptFeatures(_ model: PerceptronTrainer.Weights, step: Float, minimum: Float) -> Int {
        model.keys.indices.filter { keeps(model, $0, step: step, minimum: minimum) }.count
    }

    private static func keeps(_ model: PerceptronTrainer.Weights, _ f: Int, step: Float, minimum: Float) -> Bool {
        let row = model.weights[f * model.tagCount..<(f + 1) * model.tagCount]
        return row.contains { abs($0) >= minimum && steps($0, step) != 0 }
    }

    /// A weight in whole steps, within what `TaggerModel` reads (-127...127).
    private static func steps(_ weight: Float, _ step: Float) -> Int64 {
        max(-127, min(127, Int64((weight / step).rounded())))
    }

    /// A Swift file declaring `TaggerWeights.base64`: the model in lines of 100 characters
    /// inside one multi-line string literal, after `notes` as comment lines.
    package static func swiftSource(_ binary: [UInt8], notes: [String]) -> String {
        let text = Data(binary).base64EncodedString()
        var out = notes.map { "// \($0)".trimmingCharacters(in: .whitespaces) + "\n" }.joined()
        out += "\n/// The part-of-speech tagger's weights (`TaggerModel`'s binary form), base64-encoded.\n"
        out += "enum TaggerWeights {\n    static let base64 = \"\"\"\n"
        var i = text.startIndex
        while i < text.endIndex {
            let j = text.index(i, offsetBy: 100, limitedBy: text.endIndex) ?? text.endIndex
            out += text[i..<j] + "\n"
            i = j
        }
        out += "\"\"\"\n}\n"
        return out
    }

    private static func varint(_ value: UInt64, _ out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}
