import Foundation
import NewsFacts

/// The formats of `newsq export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case nquads, csv, jsonl
}

/// Serialises a store's facts, in fact order, into chunks of about 1 MB.
///
/// A fact stated in several sentences is one fact (as queries see it): CSV and JSON lines
/// write it once, with `article` and `sentence` the first place it was stated and `sources`
/// every place; N-Quads writes it in the graph of each sentence that states it.
public struct FactExporter {
    public let store: FactStore
    public let format: ExportFormat

    public init(store: FactStore, format: ExportFormat) {
        self.store = store
        self.format = format
    }

    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    /// Hands the export to `sink` a chunk at a time; stops early once `sink` returns false.
    public func write(_ sink: (UnsafeRawBufferPointer) -> Bool) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 4096)
        var going = true
        func flush() {
            going = buffer.withUnsafeBytes(sink)
            buffer.removeAll(keepingCapacity: true)
        }
        if format == .csv {
            buffer += Array("subject,predicate,object,object_kind,article,sentence,qualifiers,rule,sources\n".utf8)
        }
        // N-Quads renderings of subjects and objects are cached: a corpus names the same
        // entities again and again.
        var cache: [TermID: [UInt8]] = [:]
        func rendered(_ id: TermID) -> [UInt8] {
            if let hit = cache[id] { return hit }
            let bytes = Array(nquadsTerm(id, predicate: false).utf8)
            cache[id] = bytes
            return bytes
        }
        let repeats = store.repeatBits
        let hasRepeats = store.hasRepeats
        /// Every place fact `f` was stated: `a1 s0; a2 s3 s4`, or as JSON objects.
        func sources(_ f: FactID) -> [(article: String, sentence: Int)] {
            (hasRepeats ? store.sourceFacts(of: f) : [f]).map {
                let p = store.provenance($0)
                return (p.articleID, p.sentence)
            }
        }
        for f in 0..<FactID(store.factCount) {
            switch format {
            case .nquads:
                appendNQuads(f, to: &buffer, rendered: rendered)
            case .csv:
                // A repeated fact is written once, its sources listed with it.
                if hasRepeats && repeats[Int(f) >> 6] & (1 << UInt64(f & 63)) != 0 { continue }
                buffer += Array(csvLine(f, sources: sources(f)).utf8)
            case .jsonl:
                if hasRepeats && repeats[Int(f) >> 6] & (1 << UInt64(f & 63)) != 0 { continue }
                buffer += Array(jsonLine(f, sources: sources(f)).utf8)
            }
            if buffer.count >= 1 << 20 {
                flush()
                if !going { return }
            }
        }
        flush()
    }

    /// Fact `f` as an N-Quad in the graph of its sentence, and, when it has qualifiers, its RDF
    /// reification with one `<newsq:q/KEY>` a qualifier. `rendered` gives a subject or object's
    /// N-Quads form (cached by the caller).
    private func appendNQuads(_ f: FactID, to buffer: inout [UInt8], rendered: (TermID) -> [UInt8]) {
        let prov = store.provenance(f)
        let (s, p, o) = (store.subject(f), store.predicate(f), store.object(f))
        let graph = "<newsq:article/\(TextEscaping.iri(prov.articleID))#s=\(prov.sentence)>"
        buffer += rendered(s)
        buffer.append(32)
        buffer += Array(nquadsTerm(p, predicate: true).utf8)
        buffer.append(32)
        buffer += rendered(o)
        buffer += Array(" \(graph) .\n".utf8)
        let qualifiers = store.hasQualifiers ? store.qualifiers(f) : []
        guard !qualifiers.isEmpty else { return }
        let node = "_:f\(f)"
        var lines = "\(node) <\(FactExporter.rdf)subject> \(nquadsTerm(s, predicate: false)) \(graph) .\n"
        lines += "\(node) <\(FactExporter.rdf)predicate> \(nquadsTerm(p, predicate: true)) \(graph) .\n"
        lines += "\(node) <\(FactExporter.rdf)object> \(nquadsTerm(o, predicate: false)) \(graph) .\n"
        for q in qualifiers {
            lines +=
                "\(node) <newsq:q/\(TextEscaping.iri(store.text(q.key)))> \(nquadsTerm(q.value, predicate: false)) \(graph) .\n"
        }
        buffer += Array(lines.utf8)
    }

    /// Fact `f` as a CSV record (RFC 4180, CRLF): its terms, the first place it was stated, its
    /// qualifiers as `key=value;…`, its rule and every place (`sourceList`).
    private func csvLine(_ f: FactID, sources: [(article: String, sentence: Int)]) -> String {
        let prov = store.provenance(f)
        let (s, p, o) = (store.subject(f), store.predicate(f), store.object(f))
        let qualifiers = store.hasQualifiers ? store.qualifiers(f) : []
        let q = qualifiers.map { "\(store.text($0.key))=\(store.text($0.value))" }.joined(separator: ";")
        let fields = [
            store.text(s), store.text(p), store.text(o), store.kind(o).description, prov.articleID,
            String(prov.sentence), q, prov.rule, FactExporter.sourceList(sources),
        ]
        return fields.map(TextEscaping.csvField).joined(separator: ",") + "\r\n"
    }

    /// Fact `f` as one JSON object on a line: `s p o kind article sentence`, `q` when it has
    /// qualifiers, `rule`, and `sources` (every place it was stated).
    private func jsonLine(_ f: FactID, sources: [(article: String, sentence: Int)]) -> String {
        let prov = store.provenance(f)
        let (s, p, o) = (store.subject(f), store.predicate(f), store.object(f))
        let qualifiers = store.hasQualifiers ? store.qualifiers(f) : []
        var line =
            "{\"s\":\(TextEscaping.jsonString(store.text(s))),\"p\":\(TextEscaping.jsonString(store.text(p))),"
        line += "\"o\":\(TextEscaping.jsonString(store.text(o))),\"kind\":\"\(store.kind(o))\","
        line += "\"article\":\(TextEscaping.jsonString(prov.articleID)),\"sentence\":\(prov.sentence)"
        if !qualifiers.isEmpty {
            line +=
                ",\"q\":{"
                + qualifiers.map {
                    "\(TextEscaping.jsonString(store.text($0.key))):\(TextEscaping.jsonString(store.text($0.value)))"
                }
                .joined(separator: ",") + "}"
        }
        line += ",\"rule\":\(TextEscaping.jsonString(prov.rule))"
        line +=
            ",\"sources\":["
            + sources.map {
                "{\"article\":\(TextEscaping.jsonString($0.article)),\"sentence\":\($0.sentence)}"
            }.joined(separator: ",") + "]}\n"
        return line
    }

    /// `a1 s0 s4; a2 s3`: the places a fact was stated, by article in first-seen order.
    static func sourceList(_ list: [(article: String, sentence: Int)]) -> String {
        var order: [String] = []
        var sentences: [String: [Int]] = [:]
        for (a, s) in list {
            if sentences[a] == nil { order.append(a) }
            if sentences[a]?.contains(s) != true { sentences[a, default: []].append(s) }
        }
        return order.map { a in ([a] + sentences[a, default: []].map { "s\($0)" }).joined(separator: " ") }
            .joined(separator: "; ")
    }

    /// One term in N-Quads: an IRI for entities and predicates, a typed literal otherwise.
    func nquadsTerm(_ id: TermID, predicate: Bool) -> String {
        let text = store.text(id)
        if predicate { return "<newsq:p/\(TextEscaping.iri(text))>" }
        switch store.kind(id) {
        case .entity:
            return "<newsq:entity/\(TextEscaping.iri(text))>"
        case .text:
            return "\"\(TextEscaping.nquadsLiteral(text))\""
        case .date:
            let type: String
            switch DateValue(iso: text)?.precision {
            case .day: type = FactExporter.xsd + "date"
            case .month: type = FactExporter.xsd + "gYearMonth"
            case .year: type = FactExporter.xsd + "gYear"
            case .decade, nil: type = "newsq:type/decade"
            }
            return "\"\(text)\"^^<\(type)>"
        case .number:
            let whole = Double(text).map { $0 == $0.rounded() && abs($0) < 1e15 } ?? false
            return "\"\(text)\"^^<\(FactExporter.xsd)\(whole ? "integer" : "double")>"
        }
    }
}
