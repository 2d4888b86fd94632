/// Fits a table's columns into a width (a terminal's): narrow columns keep their width, the
/// wide ones share what is left and their cells are cut with "…", so a row stays one line.
///
/// For example, columns 10, 40 and 80 wide in 60 columns (two spaces between) become 10, 23
/// and 23.
public enum ColumnFit {
    /// The fewest characters a cut column keeps (three letters and "…").
    public static let minimumWidth = 4

    /// Column widths for `natural` widths in `available` characters, with `gap` spaces between
    /// columns. Unchanged when they fit; otherwise each column gets at most an equal share of
    /// the room the narrower ones leave, and never less than `minimumWidth` (or its own width,
    /// when smaller): with very many columns the line may still be longer than `available`.
    public static func widths(_ natural: [Int], available: Int, gap: Int = 2) -> [Int] {
        let total = natural.reduce(0, +) + gap * max(0, natural.count - 1)
        guard total > available, !natural.isEmpty else { return natural }
        var room = available - gap * (natural.count - 1)
        var fitted = natural
        // Narrowest first: a column narrower than its share keeps its width and leaves the rest
        // of the share to the wider ones.
        let order = natural.indices.sorted { (natural[$0], $0) < (natural[$1], $1) }
        for (k, i) in order.enumerated() {
            let left = natural.count - k
            let share = max(0, room) / left
            if natural[i] <= share {
                room -= natural[i]
                continue
            }
            // Every column from here on is wider than its share: they split the room evenly,
            // the leftover characters going to the first (narrowest) of them.
            let extra = max(0, room) - share * left
            for (j, column) in order[k...].enumerated() {
                fitted[column] = max(min(natural[column], minimumWidth), share + (j < extra ? 1 : 0))
            }
            break
        }
        return fitted
    }

    /// `text` cut to `width` characters, its last one "…" when it was longer.
    public static func cut(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        return String(text.prefix(width - 1)) + "…"
    }
}
