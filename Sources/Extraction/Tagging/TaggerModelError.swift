/// Why a tagger model could not be read; `offset` is the byte of the binary form where the
/// problem was found.
package enum TaggerModelError: Error, Equatable, CustomStringConvertible {
    case notBase64
    case badHeader
    case unsupportedVersion(Int)
    case tagsDiffer(found: [String])
    case truncated(String, offset: Int)
    case badValue(String, offset: Int)
    case trailingBytes(offset: Int)

    package var description: String {
        switch self {
        case .notBase64: return "tagger weights: the embedded text is not base64"
        case .badHeader: return "tagger weights: no NQPOS header at offset 0"
        case .unsupportedVersion(let v): return "tagger weights: version \(v) at offset 5, expected 1"
        case .tagsDiffer(let found):
            let expected = PartOfSpeech.allCases.map(\.name).joined(separator: " ")
            return "tagger weights: tags \(found.joined(separator: " ")) at offset 6, expected \(expected)"
        case .truncated(let what, let offset): return "tagger weights: data ends in the \(what) at offset \(offset)"
        case .badValue(let what, let offset): return "tagger weights: bad \(what) at offset \(offset)"
        case .trailingBytes(let offset):
            return "tagger weights: unexpected bytes after the word list at offset \(offset)"
        }
    }
}
