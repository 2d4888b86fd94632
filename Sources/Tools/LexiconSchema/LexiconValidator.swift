/// Checks what no single table can check alone: references between tables (`ref(t.c)`),
/// tables with the same name, and the enums `#cases:` declares (their cases must be distinct
/// Swift names, and no two tables may declare the same enum).
public enum LexiconValidator {
    public static func problems(in tables: [LexiconTable]) -> [LexiconDiagnostic] {
        var out: [LexiconDiagnostic] = []
        func problem(_ table: LexiconTable, _ line: Int, _ message: String) {
            out.append(LexiconDiagnostic(file: table.file, line: line, message: message))
        }
        var byName: [String: LexiconTable] = [:]
        for table in tables {
            if let other = byName[table.name] {
                problem(table, 0, "a second table named \"\(table.name)\" (also \(other.file))")
            }
            byName[table.name] = table
        }
        var enumOwners: [String: String] = [:]
        for table in tables {
            for (i, column) in table.schema.columns.enumerated() {
                guard case .ref(let target, let targetColumn) = column.type else { continue }
                guard let other = byName[target] else {
                    problem(table, 0, "column \"\(column.name)\" refers to a table \"\(target)\" that does not exist")
                    continue
                }
                guard let values = other.values(of: targetColumn) else {
                    problem(
                        table, 0,
                        "column \"\(column.name)\" refers to \(target).\(targetColumn), which is not a column")
                    continue
                }
                for row in table.rows where !row.fields[i].isEmpty && !values.contains(row.fields[i]) {
                    problem(
                        table, row.line,
                        "field \"\(column.name)\": \"\(row.fields[i])\" is not a \(targetColumn) in \(other.file)")
                }
            }
            for cases in table.schema.cases {
                if let owner = enumOwners[cases.typeName] {
                    problem(table, 0, "enum \(cases.typeName) is also declared by \(owner)")
                }
                enumOwners[cases.typeName] = table.file
                var seen: [String: String] = [:]
                for row in table.rows {
                    let value = row.fields[cases.column]
                    guard !value.isEmpty else { continue }
                    let name = SwiftName.camelCase(value)
                    if name.isEmpty {
                        problem(table, row.line, "\"\(value)\" gives no Swift name for \(cases.typeName)")
                    } else if let other = seen[name], other != value {
                        problem(
                            table, row.line,
                            "\"\(value)\" and \"\(other)\" give the same case \(cases.typeName).\(name)")
                    }
                    seen[name] = value
                }
            }
        }
        return out
    }
}
