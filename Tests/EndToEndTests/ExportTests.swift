import Foundation
import TestSupport
import XCTest

/// `newsq export` writes every fact with its source; parsing the output back gives the facts
/// that went in.
final class ExportTests: XCTestCase {
    /// subject, predicate, object, object kind, article, sentence.
    struct Fact: Hashable, CustomStringConvertible {
        var s, p, o, kind, article: String
        var sentence: Int
        var description: String { "\(s) | \(p) | \(o) (\(kind)) @\(article)#\(sentence)" }
    }

    private var folder: URL!

    override func setUpWithError() throws {
        folder = TestPaths.temporaryDirectory("newsq-export")
        // Names and texts that need escaping in every format.
        try """
        # curated
        Toshimitsu Motegi | type | person
        Toshimitsu Motegi | title | Foreign Minister | of = Japan, date = 2021-01
        Toshimitsu Motegi | said | "He said \\"no\\" \\\\ then, left; 日本 <ok>" | to = reporters
        talks#1@a b | duration | 30
        talks#1@a b | date | 1970s
        talks#1@a b | date | 2021
        Japan | population | 125.7

        """.write(to: folder.appendingPathComponent("curated.facts"), atomically: true, encoding: .utf8)
        try
            "person/1\tname\tAnna <Adams> 1\tstr\tart 1\t3\nevent/1\tdate\t2024-03-15\tdate\t1\t0\nevent/1\tparticipant\tperson/1\tiri\t1\t1\n"
            .write(to: folder.appendingPathComponent("peer.tsv"), atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private let expected: Set<Fact> = [
        Fact(s: "Toshimitsu Motegi", p: "type", o: "person", kind: "text", article: "curated.facts", sentence: 1),
        Fact(
            s: "Toshimitsu Motegi", p: "title", o: "Foreign Minister", kind: "text", article: "curated.facts",
            sentence: 2),
        Fact(
            s: "Toshimitsu Motegi", p: "said", o: "He said \"no\" \\ then, left; 日本 <ok>", kind: "text",
            article: "curated.facts", sentence: 3),
        Fact(s: "talks#1@a b", p: "duration", o: "30", kind: "number", article: "curated.facts", sentence: 4),
        Fact(s: "talks#1@a b", p: "date", o: "1970s", kind: "date", article: "curated.facts", sentence: 5),
        Fact(s: "talks#1@a b", p: "date", o: "2021", kind: "date", article: "curated.facts", sentence: 6),
        Fact(s: "Japan", p: "population", o: "125.7", kind: "number", article: "curated.facts", sentence: 7),
        Fact(s: "person/1", p: "name", o: "Anna <Adams> 1", kind: "text", article: "art 1", sentence: 3),
        Fact(s: "event/1", p: "date", o: "2024-03-15", kind: "date", article: "1", sentence: 0),
        Fact(s: "event/1", p: "participant", o: "person/1", kind: "entity", article: "1", sentence: 1),
    ]

    private func export(_ format: String) throws -> String {
        let out = folder.appendingPathComponent("export.\(format)")
        let result = try NewsqProcess.run([
            "export", "--no-data", "--format", format, "--out", out.path,
            folder.appendingPathComponent("curated.facts").path,
            folder.appendingPathComponent("peer.tsv").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try String(contentsOf: out, encoding: .utf8)
    }

    func testNQuadsRoundTripGivesTheSameFactsAndSources() throws {
        let text = try export("nquads")
        let quads = try text.split(separator: "\n").map { try NQuads.parse(String($0)) }
        var facts = Set<Fact>()
        var qualifiers: [String: [String: String]] = [:]
        for q in quads {
            guard case .iri(let graph) = q.graph, graph.hasPrefix("newsq:article/"), let hash = graph.lastIndex(of: "#")
            else {
                return XCTFail("no article graph on \(q)")
            }
            let article = NQuads.percentDecode(String(graph[graph.index(graph.startIndex, offsetBy: 14)..<hash]))
            let sentence = Int(graph[graph.index(hash, offsetBy: 3)...])!
            if case .blank(let node) = q.subject {
                if case .iri(let p) = q.predicate, p.hasPrefix("newsq:q/") {
                    qualifiers[node, default: [:]][String(p.dropFirst(8))] = q.object.lexical
                }
                continue
            }
            guard case .iri(let s) = q.subject, case .iri(let p) = q.predicate else { return XCTFail("\(q)") }
            XCTAssertTrue(s.hasPrefix("newsq:entity/") && p.hasPrefix("newsq:p/"))
            facts.insert(
                Fact(
                    s: NQuads.percentDecode(String(s.dropFirst(13))), p: NQuads.percentDecode(String(p.dropFirst(8))),
                    o: q.object.lexical, kind: q.object.kind, article: article, sentence: sentence))
        }
        XCTAssertEqual(
            facts, expected, "missing: \(expected.subtracting(facts)); extra: \(facts.subtracting(expected))")
        XCTAssertEqual(
            qualifiers.values.sorted { $0.count < $1.count },
            [["to": "reporters"], ["of": "Japan", "date": "2021-01"]])
        // Dates are typed by precision.
        XCTAssertTrue(text.contains("\"2024-03-15\"^^<http://www.w3.org/2001/XMLSchema#date>"))
        XCTAssertTrue(text.contains("\"2021-01\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"))
        XCTAssertTrue(text.contains("\"2021\"^^<http://www.w3.org/2001/XMLSchema#gYear>"))
    }

    func testCSVAndJSONLinesCarryTheSameFacts() throws {
        let csv = try export("csv")
        let rows = CSV.parse(csv)
        XCTAssertEqual(
            rows.first,
            ["subject", "predicate", "object", "object_kind", "article", "sentence", "qualifiers", "rule", "sources"])
        let fromCSV = Set(
            rows.dropFirst().map {
                Fact(s: $0[0], p: $0[1], o: $0[2], kind: $0[3], article: $0[4], sentence: Int($0[5])!)
            })
        XCTAssertEqual(fromCSV, expected)

        let jsonl = try export("jsonl")
        var fromJSON = Set<Fact>()
        for line in jsonl.split(separator: "\n") {
            let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            fromJSON.insert(
                Fact(
                    s: o["s"] as! String, p: o["p"] as! String, o: o["o"] as! String, kind: o["kind"] as! String,
                    article: o["article"] as! String, sentence: o["sentence"] as! Int))
        }
        XCTAssertEqual(fromJSON, expected)
    }
}

/// A small N-Quads reader (W3C N-Quads grammar: IRIREF, BLANK_NODE_LABEL, STRING_LITERAL_QUOTE
/// with ECHAR and UCHAR, datatype or language tag), enough to check what newsq writes.
enum NQuads {
    enum Term: Equatable {
        case iri(String)
        case blank(String)
        case literal(String, datatype: String?)

        /// The object's text and the newsq kind it stands for.
        var lexical: String {
            switch self {
            case .iri(let i): return i.hasPrefix("newsq:entity/") ? NQuads.percentDecode(String(i.dropFirst(13))) : i
            case .blank(let b): return b
            case .literal(let s, _): return s
            }
        }

        var kind: String {
            switch self {
            case .iri, .blank: return "entity"
            case .literal(_, let type?):
                let xsd = "http://www.w3.org/2001/XMLSchema#"
                if [xsd + "date", xsd + "gYearMonth", xsd + "gYear", "newsq:type/decade"].contains(type) {
                    return "date"
                }
                if [xsd + "integer", xsd + "double", xsd + "decimal"].contains(type) { return "number" }
                return "text"
            case .literal: return "text"
            }
        }
    }

    struct Quad: Equatable {
        var subject, predicate, object: Term
        var graph: Term?
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var line: String
        var description: String { "not an N-Quad: \(line)" }
    }

    static func parse(_ line: String) throws -> Quad {
        var scalars = Array(line.unicodeScalars)[...]
        func skipSpace() { while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() } }
        func term() throws -> Term {
            skipSpace()
            guard let c = scalars.first else { throw SyntaxError(line: line) }
            if c == "<" {
                scalars.removeFirst()
                var iri = ""
                while let c = scalars.popFirst(), c != ">" {
                    guard c != " " && c != "\"" && c != "{" && c != "}" && c != "|" && c != "^" && c != "`" && c != "\\"
                    else {
                        throw SyntaxError(line: line)
                    }
                    iri.unicodeScalars.append(c)
                }
                return .iri(iri)
            }
            if c == "_" {
                var label = ""
                while let c = scalars.first, c != " " {
                    label.unicodeScalars.append(c)
                    scalars.removeFirst()
                }
                return .blank(label)
            }
            guard c == "\"" else { throw SyntaxError(line: line) }
            scalars.removeFirst()
            var text = ""
            while true {
                guard let c = scalars.popFirst() else { throw SyntaxError(line: line) }
                if c == "\"" { break }
                guard c != "\n" && c != "\r" else { throw SyntaxError(line: line) }
                if c != "\\" {
                    text.unicodeScalars.append(c)
                    continue
                }
                guard let e = scalars.popFirst() else { throw SyntaxError(line: line) }
                switch e {
                case "t": text += "\t"
                case "b": text += "\u{8}"
                case "n": text += "\n"
                case "r": text += "\r"
                case "f": text += "\u{C}"
                case "\"", "'", "\\": text.unicodeScalars.append(e)
                case "u", "U":
                    let n = e == "u" ? 4 : 8
                    let hex = String(String.UnicodeScalarView(scalars.prefix(n)))
                    scalars.removeFirst(min(n, scalars.count))
                    guard hex.count == n, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else {
                        throw SyntaxError(line: line)
                    }
                    text.unicodeScalars.append(u)
                default: throw SyntaxError(line: line)
                }
            }
            if scalars.starts(with: "^^".unicodeScalars) {
                scalars.removeFirst(2)
                guard case .iri(let type) = try term() else { throw SyntaxError(line: line) }
                return .literal(text, datatype: type)
            }
            if scalars.first == "@" {
                while let c = scalars.first, c != " " { scalars.removeFirst() }
            }
            return .literal(text, datatype: nil)
        }
        let s = try term(), p = try term(), o = try term()
        skipSpace()
        var graph: Term?
        if scalars.first != "." {
            graph = try term()
            skipSpace()
        }
        guard scalars.popFirst() == ".", scalars.allSatisfy({ $0 == " " }) else { throw SyntaxError(line: line) }
        return Quad(subject: s, predicate: p, object: o, graph: graph)
    }

    static func percentDecode(_ s: String) -> String {
        s.removingPercentEncoding ?? s
    }
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var inQuotes = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.append("\"")
                        chars.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c.isNewline { // "\r\n" is one Character
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
