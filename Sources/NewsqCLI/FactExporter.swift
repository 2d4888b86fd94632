import Foundation
import NewsFacts

/// The formats of `newsq export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case nquads, csv, jsonl
}

/// Serialises a store's facts, in fact order, into chunks of about 1 MB.
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
        if format == .csv { buffer += Array("subject,predicate,object,object_kind,article,sentence,qualifiers,rule\n".utf8) }
        // Term renderings are cached: a corpus names the same entities again and again.
        var cache: [TermID: [UInt8]] = [:]
        func rendered(_ id: TermID, asPredicate: Bool = false) -> [UInt8] {
            if !asPredicate, let hit = cache[id] { return hit }
            let bytes = Array(format == .nquads ? nquadsTerm(id, predicate: asPredicate).utf8 : store.text(id).utf8)
            if !asPredicate { cache[id] = bytes }
            return bytes
        }
        for f in 0..<FactID(store.factCount) {
            let prov = store.provenance(f)
            let (s, p, o) = (store.subject(f), store.predicate(f), store.object(f))
            let qualifiers = store.hasQualifiers ? store.qualifiers(f) : []
            switch format {
            case .nquads:
                let graph = "<newsq:article/\(FactExporter.iriEscape(prov.articleID))#s=\(prov.sentence)>"
                let pred = Array(nquadsTerm(p, predicate: true).utf8)
                buffer += rendered(s); buffer.append(32); buffer += pred; buffer.append(32)
                buffer += rendered(o); buffer += Array(" \(graph) .\n".utf8)
                if !qualifiers.isEmpty {
                    let node = "_:f\(f)"
                    var lines = "\(node) <\(FactExporter.rdf)subject> \(nquadsTerm(s, predicate: false)) \(graph) .\n"
                    lines += "\(node) <\(FactExporter.rdf)predicate> \(nquadsTerm(p, predicate: true)) \(graph) .\n"
                    lines += "\(node) <\(FactExporter.rdf)object> \(nquadsTerm(o, predicate: false)) \(graph) .\n"
                    for q in qualifiers {
                        lines += "\(node) <newsq:q/\(FactExporter.iriEscape(store.text(q.key)))> \(nquadsTerm(q.value, predicate: false)) \(graph) .\n"
                    }
                    buffer += Array(lines.utf8)
                }
            case .csv:
                let q = qualifiers.map { "\(store.text($0.key))=\(store.text($0.value))" }.joined(separator: ";")
                let fields = [store.text(s), store.text(p), store.text(o), store.kind(o).description, prov.articleID,
                              String(prov.sentence), q, prov.rule]
                buffer += Array((fields.map(TextEscaping.csvField).joined(separator: ",") + "\r\n").utf8)
            case .jsonl:
                var line = "{\"s\":\(TextEscaping.jsonString(store.text(s))),\"p\":\(TextEscaping.jsonString(store.text(p))),"
                line += "\"o\":\(TextEscaping.jsonString(store.text(o))),\"kind\":\"\(store.kind(o))\","
                line += "\"article\":\(TextEscaping.jsonString(prov.articleID)),\"sentence\":\(prov.sentence)"
                if !qualifiers.isEmpty {
                    line += ",\"q\":{" + qualifiers.map { "\(TextEscaping.jsonString(store.text($0.key))):\(TextEscaping.jsonString(store.text($0.value)))" }
                        .joined(separator: ",") + "}"
                }
                line += ",\"rule\":\(TextEscaping.jsonString(prov.rule))}\n"
                buffer += Array(line.utf8)
            }
            if buffer.count >= 1 << 20 {
                flush()
                if !going { return }
            }
        }
        flush()
    }

    /// One term in N-Quads: an IRI for entities and predicates, a typed literal otherwise.
    func nquadsTerm(_ id: TermID, predicate: Bool) -> String {
        let text = store.text(id)
        if predicate { return "<newsq:p/\(FactExporter.iriEscape(text))>" }
        switch store.kind(id) {
        case .entity:
            return "<newsq:entity/\(FactExporter.iriEscape(text))>"
        case .text:
            return "\"\(FactExporter.literalEscape(text))\""
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

    // MARK: - Escaping

    /// Percent-encodes every byte an IRI may not hold unescaped (and `%` itself), so any
    /// name becomes a valid IRIREF and decodes back to itself.
    static func iriEscape(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in s.utf8 {
            let plain = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
                || b == UInt8(ascii: "/") || b == UInt8(ascii: ":") || b == UInt8(ascii: "@") || b >= 0x80
            if plain { out.append(b) } else { out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes a string for STRING_LITERAL_QUOTE (N-Quads §3): `"` `\` and line ends by ECHAR,
    /// other control characters by UCHAR.
    static func literalEscape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += String(format: "\\u%04X", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}
