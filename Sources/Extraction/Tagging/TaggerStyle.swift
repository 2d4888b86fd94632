extension TaggerFeatures {
    /// How a sentence is written, as far as capitals go.
    package enum Style: UInt64, CaseIterable {
        case normal, capitals, titleCase

        /// The style of a sentence whose words have `flags`: capitals when at least two words
        /// have two letters or more and four in five of them are in capitals ("PRICES RISE"),
        /// Title Case when at least four words have four letters or more, all of these start
        /// with a capital, and the only words in lower case are short function words ("Japan,
        /// Korea Agree to Boost Trade"). Short lines of names ("Claudia Mo of Civic Party") and
        /// sentences of names with a verb ("Moon Jae-in met Kim Dae-jung") stay normal.
        package static func of<C: Collection>(_ flags: C) -> Style where C.Element == UInt16 {
            var lettered = 0, capitals = 0, long = 0, capitalizedLong = 0, lowerContent = 0
            for f in flags {
                if f & Flag.twoLetters != 0 { lettered += 1 }
                if f & Flag.allCaps != 0 { capitals += 1 }
                if f & Flag.fourLetters != 0 {
                    long += 1
                    if f & Flag.capitalized != 0 { capitalizedLong += 1 }
                }
                if f & Flag.lowerInitial != 0 && f & Flag.minor == 0 { lowerContent += 1 }
            }
            if lettered >= 2 && capitals * 5 >= lettered * 4 { return .capitals }
            if long >= 4 && capitalizedLong == long && lowerContent == 0 { return .titleCase }
            return .normal
        }
    }

    /// What a word's flags say; the `flags` feature reads `featureBits` of them.
    package enum Flag {
        package static let capitalized: UInt16 = 1, allCaps: UInt16 = 2, digit: UInt16 = 4, hyphen: UInt16 = 8
        package static let dot: UInt16 = 16, nonASCII: UInt16 = 32, apostrophe: UInt16 = 64
        package static let noLetterOrDigit: UInt16 = 128, single: UInt16 = 256
        package static let featureBits: UInt16 = 511
        /// For `Style`: at least two letters, at least four; a lower-case first letter; one of
        /// the `minorWords`.
        package static let twoLetters: UInt16 = 512, fourLetters: UInt16 = 1024
        package static let lowerInitial: UInt16 = 2048, minor: UInt16 = 4096
    }

    /// Words Title Case leaves in lower case ("Japan, Korea Agree to Boost Trade").
    package static let minorWords: [String] = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from",
        "into", "onto", "over", "vs", "vs.", "via", "per", "up", "off",
    ]

    /// The hashes of `minorWords` (all of four bytes or fewer).
    static let minorHashes: [UInt64] = minorWords.map { word in
        var copy = word
        return copy.withUTF8 { TaggerWordForm.hash($0.baseAddress!, $0.count) }
    }
}
