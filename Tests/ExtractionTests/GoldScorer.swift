import Foundation
import NewsFacts

/// A Swift port of `/work/shared/eval/score`: the same normalisation and matching rules for
/// the gold kinds `entity alias title quote meeting visit date`, run over `ArticleFacts`
/// (read through the same JSON view the scorer reads).
struct GoldScorer {
    struct Result {
        var hits = 0
        var total = 0
        var perKind: [String: (hits: Int, total: Int)] = [:]
        var misses: [String] = []
        var extraEntities: [String] = []
        var entityPrecision = 0.0
        var recall: Double { total == 0 ? 0 : Double(hits) / Double(total) }
    }

    private struct Fact { var s: String; var p: String; var o: String; var q: [String: String] }

    private var entityTypes: [String: String] = [:]
    private var entityAliases: [String: [String]] = [:]
    private var entityOrder: [(name: String, type: String)] = []
    private var names: [String: Set<String>] = [:]
    private var bySubject: [String: [Fact]] = [:]
    private var allFacts: [Fact] = []

    init(_ extracted: [ArticleFacts]) {
        for a in extracted {
            for e in a.entities {
                if entityTypes[e.name] == nil { entityTypes[e.name] = e.type; entityAliases[e.name] = e.aliases }
                entityOrder.append((e.name, e.type))
                for n in [e.name] + e.aliases { names[GoldScorer.norm(n), default: []].insert(e.name) }
            }
            for f in a.facts {
                var q: [String: String] = [:]
                for qual in f.qualifiers where q[qual.key] == nil { q[qual.key] = qual.value.lexical }
                let fact = Fact(s: f.subject.lexical, p: f.predicate, o: f.object.lexical, q: q)
                bySubject[fact.s, default: []].append(fact)
                allFacts.append(fact)
            }
        }
    }

    // MARK: - Normalisation (as in the Python scorer)

    static func norm(_ text: String) -> String {
        var t = text.precomposedStringWithCompatibilityMapping.lowercased()
        var out = ""
        for u in t.unicodeScalars {
            switch u.value {
            case 0x2018, 0x2019, 0x201C, 0x201D, 0x22, 0x60: out.unicodeScalars.append("'")
            case 0x2010...0x2015: out.unicodeScalars.append("-")
            case 0x2E: continue
            default: out.unicodeScalars.append(u)
            }
        }
        t = out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if t.hasPrefix("the ") { t.removeFirst(4) }
        return t
    }

    /// `[a-z0-9]+(?:'[a-z]+)?` over the normalised text.
    static func words(_ text: String) -> [String] {
        let s = Array(norm(text).unicodeScalars)
        func alnum(_ u: Unicode.Scalar) -> Bool { (u >= "a" && u <= "z") || (u >= "0" && u <= "9") }
        func alpha(_ u: Unicode.Scalar) -> Bool { u >= "a" && u <= "z" }
        var out: [String] = []
        var i = 0
        while i < s.count {
            guard alnum(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count && alnum(s[j]) { j += 1 }
            if j + 1 < s.count && s[j] == "'" && alpha(s[j + 1]) {
                var k = j + 1
                while k < s.count && alpha(s[k]) { k += 1 }
                j = k
            }
            var w = ""
            w.unicodeScalars.append(contentsOf: s[i..<j])
            out.append(w)
            i = j
        }
        return out
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let x = norm(a), y = norm(b)
        return x == y || (x.count > 2 && y.count > 2 && (x.contains(y) || y.contains(x)))
    }

    static func dateOK(_ value: String, _ gold: String) -> Bool {
        gold == "-" || gold.isEmpty || norm(value).hasPrefix(norm(gold))
    }

    private func resolve(_ gold: [String]) -> Set<String> {
        var found = Set<String>()
        for n in gold { found.formUnion(names[GoldScorer.norm(n)] ?? []) }
        return found
    }

    private func facts(_ subjects: Set<String>, _ predicate: String) -> [Fact] {
        subjects.flatMap { bySubject[$0] ?? [] }.filter { $0.p == predicate }
    }

    // MARK: - Checks

    private func check(_ kind: String, _ f: [String], _ aliases: [String: [String]]) -> Bool {
        func names(_ n: String) -> [String] { [n] + (aliases[n] ?? []) }
        switch kind {
        case "entity":
            return resolve(names(f[0])).contains { entityTypes[$0] == f[1] }
        case "alias":
            return resolve([f[0]]).contains { c in (entityAliases[c] ?? []).contains { GoldScorer.norm($0) == GoldScorer.norm(f[1]) } }
        case "title":
            for fact in facts(resolve(names(f[0])), "title") where GoldScorer.same(fact.o, f[1]) {
                if f[2] == "-" { return true }
                if let q = fact.q["of"], !resolve(names(f[2])).isDisjoint(with: resolve([q])) || GoldScorer.same(q, f[2]) { return true }
            }
            return false
        case "quote":
            let want = GoldScorer.words(f[1])
            for fact in facts(resolve(names(f[0])), "said") {
                let have = GoldScorer.words(fact.o)
                if have.joined(separator: " ").contains(want.joined(separator: " ")) { return true }
                if !want.isEmpty && Double(want.filter { have.contains($0) }.count) / Double(want.count) >= 0.8 { return true }
            }
            return false
        case "meeting", "visit":
            let need = [resolve(names(f[0])), resolve(names(f[1]))]
            let when = f[2]
            for (name, type) in entityOrder where type == "event" {
                let fs = bySubject[name] ?? []
                let kinds = Set(fs.filter { $0.p == "kind" }.map { GoldScorer.norm($0.o) })
                if kind == "visit" && !kinds.contains(where: { $0.contains("visit") || $0.contains("trip") }) { continue }
                let linked = Set(fs.filter { ["participant", "place", "destination"].contains($0.p) }.map(\.o))
                if need.allSatisfy({ !$0.isDisjoint(with: linked) }) {
                    if when == "-" || fs.contains(where: { $0.p == "date" && GoldScorer.dateOK($0.o, when) }) { return true }
                }
            }
            let predicate = kind == "meeting" ? "met" : "visit"
            for fact in facts(need[0], predicate) where need[1].contains(fact.o) {
                if when == "-" || GoldScorer.dateOK(fact.q["date"] ?? "", when) { return true }
            }
            return false
        case "date":
            return allFacts.contains { $0.p == "date" && GoldScorer.dateOK($0.o, f[1]) }
        default:
            return false
        }
    }

    /// Scores the extraction against a gold file's text.
    func score(gold text: String) -> Result {
        var gold: [(String, [String])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            gold.append((parts[0], Array(parts.dropFirst())))
        }
        var aliases: [String: [String]] = [:]
        for (kind, f) in gold where kind == "alias" { aliases[f[0], default: []].append(f[1]) }
        var result = Result()
        for (kind, f) in gold {
            let ok = check(kind, f, aliases)
            result.total += 1
            if ok { result.hits += 1 } else { result.misses.append(([kind] + f).joined(separator: "\t")) }
            let old = result.perKind[kind] ?? (0, 0)
            result.perKind[kind] = (old.hits + (ok ? 1 : 0), old.total + 1)
        }
        var matched = Set<String>()
        for (kind, f) in gold where kind == "entity" { matched.formUnion(resolve([f[0]] + (aliases[f[0]] ?? []))) }
        let named = entityOrder.filter { ["person", "organization", "country", "place"].contains($0.type) }
        result.entityPrecision = named.isEmpty ? 0 : Double(named.filter { matched.contains($0.name) }.count) / Double(named.count)
        result.extraEntities = named.filter { !matched.contains($0.name) }.map(\.name).sorted()
        return result
    }
}
