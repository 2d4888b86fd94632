/// Checks what no single table can check alone: references between tables (`ref(t.c)`),
/// tables with the same name, and the enums `#cases:` declares (their cases must be distinct
/// Swift names, and no two tables may declare the same enum).
public enum LexiconValidator {
    public static func problems(in tables: [LexiconTable]) -> [LexiconDiagnostic] {
        var out: [LexiconDiagnostic] = []
        var byName: [String: LexiconTable] = [:]
        for table in tables {
            if let other = byName[table.name] {
                out.append(LexiconDiagnostic(file: table.file, line: 0, message: "a second table named \"\(table.name)\" (also \(other.file))"))
            }
            byName[table.name] = table
        }
        var enumOwners: [String: String] = [:]
        for table in tables {
            for (i, column) in table.schema.columns.enumerated() {
                guard let (target, targetColumn) = reference(column.type) else { continue }
                guard let other = byName[target] else {
                    out.append(LexiconDiagnostic(file: table.file, line: 0, message: "column \"\(column.name)\" refers to a table \"\(target)\" that does not exist"))
                    continue
                }
                guard let values = other.values(of: targetColumn) else {
                    out.append(LexiconDiagnostic(file: table.file, line: 0, message: "column \"\(column.name)\" refers to \(target).\(targetColumn), which is not a column"))
                    continue
                }
                for row in table.rows where !row.fields[i].isEmpty {
                    for value in items(row.fields[i], column.type) where !values.contains(value) {
                        out.append(LexiconDiagnostic(file: table.file, line: row.line,
                                                     message: "field \"\(column.name)\": \"\(value)\" is not a \(targetColumn) in \(other.file)"))
                    }
                }
            }
            for cases in table.schema.cases {
                if let owner = enumOwners[cases.typeName] {
                    out.append(LexiconDiagnostic(file: table.file, line: 0, message: "enum \(cases.typeName) is also declared by \(owner)"))
                }
                enumOwners[cases.typeName] = table.file
                var seen: [String: String] = [:]
                for row in table.rows {
                    let value = row.fields[cases.column]
                    guard !value.isEmpty else { continue }
                    let name = SwiftName.camelCase(value)
                    if name.isEmpty {
                        out.append(LexiconDiagnostic(file: table.file, line: row.line, message: "\"\(value)\" gives no Swift name for \(cases.typeName)"))
                    } else if let other = seen[name], other != value {
                        out.append(LexiconDiagnostic(file: table.file, line: row.line,
                                                     message: "\"\(value)\" and \"\(other)\" give the same case \(cases.typeName).\(name)"))
                    }
                    seen[name] = value
                }
            }
        }
        return out
    }

    /// The table and column a reference column (or a list of references) points to.
    private static func reference(_ type: ColumnType) -> (String, String)? {
        switch type {
        case .ref(let table, let column): return (table, column)
        default: return nil
        }
    }

    private static func items(_ field: String, _ type: ColumnType) -> [String] {
        if case .list = type { return field.split(separator: ";").map(String.init) }
        return [field]
    }
}
