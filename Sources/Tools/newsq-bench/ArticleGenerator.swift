import ArgumentParser
import Foundation
import NewsFacts

/// A splitmix64 generator: the same seed gives the same numbers on every machine, with no
/// Foundation randomness involved.
struct SplitMix64 {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        return SplitMix64.mix(state)
    }

    /// A number in 0..<n (n > 0); the modulo bias is irrelevant at these sizes.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }

    /// The splitmix64 finaliser: a 64-bit integer hash.
    static func mix(_ z0: UInt64) -> UInt64 {
        var z = z0
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Writes deterministic synthetic wire articles whose facts the extractor recovers: ministers
/// of real countries (named by demonym) meeting their counterparts in capitals on a weekday,
/// quoted directly and in reported speech, planning visits.
///
/// For example, article 0 of seed 1 begins
///
///     Title: Brazil and Chile pledge closer trade ties
///     Source: generated
///     Date: 2024-03-15
///     ID: gen-1-000000
///
///     Brazilian Trade Minister Ana Costa met her Chilean counterpart Diego Varga in Santiago
///     on Tuesday, the ministry said.
///
/// People are invented from fixed name lists, one per country and portfolio, so the same
/// minister recurs across many articles (there are `countries × portfolios` of them). Article
/// `n` depends only on the seed and `n`, so folders can be written in parallel.
struct ArticleGenerator {
    let seed: UInt64

    struct Country {
        let name: String, demonym: String, capital: String
    }

    struct Person {
        let first: String, last: String, female: Bool, country: Int, portfolio: Int
        var name: String { "\(first) \(last)" }
        var possessive: String { female ? "her" : "his" }
        var subjectPronoun: String { female ? "She" : "He" }
    }

    // MARK: - Fixed lists

    static let countries: [Country] = [
        ("Argentina", "Argentine", "Buenos Aires"), ("Australia", "Australian", "Canberra"),
        ("Austria", "Austrian", "Vienna"),
        ("Brazil", "Brazilian", "Brasilia"), ("Canada", "Canadian", "Ottawa"), ("Chile", "Chilean", "Santiago"),
        ("China", "Chinese", "Beijing"), ("Colombia", "Colombian", "Bogota"), ("Denmark", "Danish", "Copenhagen"),
        ("Egypt", "Egyptian", "Cairo"), ("Finland", "Finnish", "Helsinki"), ("France", "French", "Paris"),
        ("Germany", "German", "Berlin"), ("Ghana", "Ghanaian", "Accra"), ("Greece", "Greek", "Athens"),
        ("India", "Indian", "New Delhi"), ("Indonesia", "Indonesian", "Jakarta"), ("Ireland", "Irish", "Dublin"),
        ("Italy", "Italian", "Rome"), ("Japan", "Japanese", "Tokyo"), ("Kenya", "Kenyan", "Nairobi"),
        ("Mexico", "Mexican", "Mexico City"), ("Morocco", "Moroccan", "Rabat"), ("Netherlands", "Dutch", "Amsterdam"),
        ("Nigeria", "Nigerian", "Abuja"), ("Norway", "Norwegian", "Oslo"), ("Peru", "Peruvian", "Lima"),
        ("Poland", "Polish", "Warsaw"), ("Portugal", "Portuguese", "Lisbon"), ("South Korea", "South Korean", "Seoul"),
        ("Spain", "Spanish", "Madrid"), ("Sweden", "Swedish", "Stockholm"), ("Thailand", "Thai", "Bangkok"),
        ("Turkey", "Turkish", "Ankara"), ("Ukraine", "Ukrainian", "Kyiv"), ("Uruguay", "Uruguayan", "Montevideo"),
        ("Vietnam", "Vietnamese", "Hanoi"), ("Zambia", "Zambian", "Lusaka"),
    ].map { Country(name: $0.0, demonym: $0.1, capital: $0.2) }

    /// Portfolio, what its ministers sign, and what their talks were about.
    static let portfolios: [(title: String, accord: String, topic: String)] = [
        ("Trade Minister", "trade accord", "trade"), ("Foreign Minister", "security pact", "diplomatic"),
        ("Finance Minister", "tax treaty", "financial"), ("Defense Minister", "defense agreement", "defense"),
        ("Energy Minister", "gas supply deal", "energy"), ("Health Minister", "vaccine agreement", "health"),
        ("Agriculture Minister", "grain deal", "farm trade"), ("Transport Minister", "rail agreement", "transport"),
    ]

    static let femaleNames = [
        "Ana", "Maria", "Sofia", "Elena", "Ingrid", "Amara", "Leila", "Yuki", "Priya", "Nadia",
        "Carmen", "Greta", "Hana", "Irina", "Lucia", "Marta", "Noor", "Olga", "Paula", "Rosa",
        "Sara", "Tamar", "Vera", "Zainab",
    ]
    static let maleNames = [
        "Diego", "Pedro", "Lars", "Kenji", "Omar", "Rahul", "Tomas", "Viktor", "Jonas", "Marco",
        "Felix", "Hugo", "Ivan", "Karim", "Luis", "Mateo", "Nikolai", "Pablo", "Rafael", "Stefan",
        "Tariq", "Yusuf", "Emil", "Adrian",
    ]
    static let lastNames = [
        "Costa", "Varga", "Lindqvist", "Okafor", "Tanaka", "Moreau", "Petrov", "Haddad", "Novak",
        "Silva", "Kowalski", "Jensen", "Rossi", "Dubois", "Fischer", "Yilmaz", "Nakamura", "Mensah",
        "Castillo", "Herrera", "Ibrahim", "Kovac", "Larsen", "Mendes", "Nielsen", "Ortega",
        "Popescu", "Quiroga", "Ramos", "Santos", "Takahashi", "Uribe", "Vasquez", "Wagner", "Zhou",
        "Abebe", "Bauer", "Chen", "Demir", "Eriksen", "Ferreira", "Gallo", "Horvat", "Kariuki",
        "Lombardi", "Moretti", "Osei", "Pereira", "Sato", "Weiss",
    ]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    static let seasons = ["spring", "the summer", "the autumn", "the end of the year"]
    static let adjectives = ["constructive", "frank", "productive", "difficult but useful", "warm", "detailed"]
    static let headlines = [
        "pledge closer %@ ties", "hold %@ talks", "agree to deepen %@ cooperation",
        "discuss %@ issues", "seek common ground on %@ policy",
    ]
    static let durations = [20, 30, 40, 45, 60, 90]

    // MARK: - People

    /// Every minister: one per country and portfolio, named by a seed-dependent bijection so
    /// no two share a name.
    let people: [Person]

    init(seed: UInt64) {
        self.seed = seed
        let p = ArticleGenerator.portfolios.count
        let firsts = ArticleGenerator.femaleNames.count + ArticleGenerator.maleNames.count
        let names = firsts * ArticleGenerator.lastNames.count // 48 × 50 = 2,400 distinct names
        let offset = Int(SplitMix64.mix(seed) % UInt64(names))
        var people: [Person] = []
        for c in 0..<ArticleGenerator.countries.count {
            for k in 0..<p {
                let i = c * p + k
                // 7919 is prime and does not divide 2,400: i ↦ (7919 i + offset) mod 2,400 is one-to-one.
                let n = (i * 7919 + offset) % names
                let f = n % firsts, l = n / firsts
                let female = f < ArticleGenerator.femaleNames.count
                let first =
                    female
                    ? ArticleGenerator.femaleNames[f]
                    : ArticleGenerator.maleNames[f - ArticleGenerator.femaleNames.count]
                people.append(
                    Person(first: first, last: ArticleGenerator.lastNames[l], female: female, country: c, portfolio: k))
            }
        }
        self.people = people
    }

    // MARK: - Articles

    /// Folder (of 1,000 articles) and file name of article `n`.
    static func relativePath(_ n: Int) -> String {
        String(format: "%04d/gen-%06d.txt", n / 1000, n)
    }

    /// The text of article `n`, header included.
    func article(_ n: Int) -> String {
        var rng = SplitMix64(seed: SplitMix64.mix(seed ^ (UInt64(n) &* 0xD1B54A32D192ED03)))
        let countries = ArticleGenerator.countries
        let portfolio = rng.below(ArticleGenerator.portfolios.count)
        let ca = rng.below(countries.count)
        var cb = rng.below(countries.count - 1)
        if cb >= ca { cb += 1 }
        let host = rng.below(2) == 0 ? ca : cb
        let p = ArticleGenerator.portfolios.count
        let a = people[ca * p + portfolio], b = people[cb * p + portfolio]
        let (A, B) = (countries[ca], countries[cb])
        let info = ArticleGenerator.portfolios[portfolio]

        // Published in 2024; the meeting 1–6 days earlier, named by its weekday.
        let published = DateValue(year: 2024, month: 1, day: 1).adding(days: rng.below(366))
        let meeting = published.adding(days: -(1 + rng.below(6)))
        let weekday = ArticleGenerator.weekdays[meeting.weekday - 1]
        let headline = String(format: rng.pick(ArticleGenerator.headlines), info.topic)
        let visitMonth = ArticleGenerator.months[(published.month! + rng.below(3)) % 12]
        let third = countries[(ca + 1 + rng.below(countries.count - 1)) % countries.count]
        let cityName = countries[host].capital

        var text = """
            Title: \(A.name) and \(B.name) \(headline)
            Source: generated
            Date: \(published.iso)
            ID: gen-\(seed)-\(String(format: "%06d", n))


            """
        text += "\(A.demonym) \(info.title) \(a.name) met \(a.possessive) \(B.demonym) counterpart \(b.name) "
        text += "in \(cityName) on \(weekday), the ministry said. "
        text += "The talks lasted about \(rng.pick(ArticleGenerator.durations)) minutes.\n\n"
        text +=
            "\"We will sign the \(info.accord) by \(rng.pick(ArticleGenerator.seasons)),\" \(a.last) told reporters.\n\n"
        text += "\(a.last) said the talks had been \(rng.pick(ArticleGenerator.adjectives)).\n\n"
        switch rng.below(3) {
        case 0:
            text += "\(b.last) said \(B.name) wanted a fair deal for its workers and farmers.\n\n"
        case 1:
            text += "\"Our doors are open,\" \(b.last) said.\n\n"
        default:
            text += "\(b.last) said the two governments would meet again before the summer.\n\n"
        }
        text += "\(a.subjectPronoun) is due to visit \(third.name) in \(visitMonth), officials said.\n\n"
        // Background: another minister of one of the two countries, quoted in a second paragraph.
        let other = people[host * p + (portfolio + 1 + rng.below(p - 1)) % p]
        text +=
            "Separately, \(countries[host].demonym) \(ArticleGenerator.portfolios[other.portfolio].title) \(other.name) "
        text += "said on \(ArticleGenerator.weekdays[published.weekday - 1]) that the government "
        text += "expected growth to pick up next year.\n"
        return text
    }

    /// Writes articles `0..<count` under `folder` (subfolders of 1,000), each with one write,
    /// folders in parallel. Returns the bytes written.
    ///
    /// - Throws: the first file that could not be written, by name.
    func write(count: Int, to folder: String) throws -> Int {
        let folders = (count + 999) / 1000
        final class Totals: @unchecked Sendable {
            // Safe: the workers change bytes and failure only while holding lock.
            let lock = NSLock()
            var bytes = 0
            var failure: String?
        }
        let totals = Totals()
        DispatchQueue.concurrentPerform(iterations: folders) { f in
            let dir = folder + "/" + String(format: "%04d", f)
            mkdir(dir, 0o755)
            var written = 0
            for n in f * 1000..<min(count, (f + 1) * 1000) {
                let text = article(n)
                let path = folder + "/" + ArticleGenerator.relativePath(n)
                do {
                    let file = try FileOutput.create(path)
                    var failure: Error?
                    do { try file.write(text) } catch { failure = error }
                    do { try file.close() } catch { failure = failure ?? error }
                    if let failure { throw failure }
                } catch {
                    totals.lock.lock()
                    if totals.failure == nil { totals.failure = "\(error)" }
                    totals.lock.unlock()
                    return
                }
                written += text.utf8.count
            }
            totals.lock.lock()
            totals.bytes += written
            totals.lock.unlock()
        }
        if let failure = totals.failure { throw ValidationError(TerminalSafe.escape(failure)) }
        return totals.bytes
    }
}
