/// The declared shape of a lexicon table: its columns, which of them must be unique together,
/// and which name the cases of a generated Swift enum.
///
/// Declared by comment lines before the first row:
///
///     #schema: kind:one-of(head|prefix) words:word value:text?
///     #unique: kind words
///     #cases: kind as TitleKind
public struct TableSchema: Equatable {
    public struct Column: Equatable {
        /// The Swift property name of the column in the generated row type.
        public var name: String
        public var type: ColumnType
        /// Whether the field may be empty (`?`).
        public var optional: Bool
    }

    /// A column whose distinct values become the cases of `enum typeName: String`.
    public struct Cases: Equatable {
        public var column: Int
        public var typeName: String
    }

    public var columns: [Column]
    /// Sets of columns whose values, together, no two rows may share.
    public var unique: [[Int]] = []
    public var cases: [Cases] = []

    /// Parses a `#schema:` line's specs (after the colon): `name:type` words.
    ///
    /// - Throws: a message saying which spec is wrong.
    public static func columns(from specs: String) throws -> [Column] {
        var out: [Column] = []
        for spec in specs.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            guard let colon = spec.firstIndex(of: ":") else { throw SchemaError("column \"\(spec)\" has no type (name:type)") }
            let name = String(spec[..<colon])
            var typeSpec = String(spec[spec.index(after: colon)...])
            let optional = typeSpec.hasSuffix("?")
            if optional { typeSpec.removeLast() }
            guard SwiftName.isPropertyName(name) else { throw SchemaError("column name \"\(name)\" is not a Swift name") }
            guard !out.contains(where: { $0.name == name }) else { throw SchemaError("column \"\(name)\" is declared twice") }
            guard let type = ColumnType(spec: typeSpec) else { throw SchemaError("unknown type \"\(typeSpec)\" for column \"\(name)\"") }
            out.append(Column(name: name, type: type, optional: optional))
        }
        guard !out.isEmpty else { throw SchemaError("no columns") }
        return out
    }

    /// The index of a column by name.
    ///
    /// - Throws: a message naming the unknown column.
    public func index(of name: String) throws -> Int {
        guard let i = columns.firstIndex(where: { $0.name == name }) else { throw SchemaError("no column \"\(name)\"") }
        return i
    }
}

/// A mistake in a schema line, said in words; the table parser adds the file and line.
public struct SchemaError: Error, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
