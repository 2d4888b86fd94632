extension FactStore {
    /// Rule names and their numbers, kept together so loading can take both in one access.
    struct RuleNames {
        var names: [String] = []
        var index: [String: UInt16] = [:]

        mutating func number(_ name: String) -> UInt16 {
            if let r = index[name] { return r }
            let r = UInt16(names.count)
            names.append(name)
            index[name] = r
            return r
        }
    }
}
