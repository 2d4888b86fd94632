import Foundation
import NewsqCLI
import TestSupport
import XCTest

/// How `newsq sql --engine duckdb` finds DuckDB and the tables it runs over. Running the SQL on
/// the real engine is checked by Tests/Engines/engine_check.py (`make test-engines`).
final class DuckDBEngineTests: XCTestCase {
    /// A folder holding an executable file for each name, removed when the test ends.
    func folder(with programs: [String]) throws -> String {
        let dir = temporaryFolder("newsq-engine-path").path
        for name in programs {
            let path = (dir as NSString).appendingPathComponent(name)
            try "#!/bin/sh\n".write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        return dir
    }

    func testTheDuckDBProgramOnThePathIsPreferred() throws {
        let python = try folder(with: ["python3"])
        let program = try folder(with: ["duckdb"])
        let engine = try DuckDBEngine.locate(environment: ["PATH": "\(python):\(program)"], hasDuckDB: { _ in true })
        XCTAssertEqual(engine.runner, .program("\(program)/duckdb"))
    }

    func testAPythonThatImportsDuckDBIsUsedWhenThereIsNoProgram() throws {
        let without = try folder(with: ["python3"])
        let with = try folder(with: ["python3"])
        let engine = try DuckDBEngine.locate(
            environment: ["PATH": "\(without):\(with)"], hasDuckDB: { $0.hasPrefix(with) })
        XCTAssertEqual(engine.runner, .python("\(with)/python3"))
    }

    func testNoDuckDBIsAnErrorNamingThePathSearched() throws {
        let python = try folder(with: ["python3"])
        XCTAssertThrowsError(try DuckDBEngine.locate(environment: ["PATH": python], hasDuckDB: { _ in false })) {
            XCTAssertEqual($0 as? EngineError, .notFound(path: python))
            XCTAssertTrue("\($0)".contains("DuckDB not found"), "\($0)")
        }
    }

    /// Each table is read from the best file the folder has for it: Parquet first, then the
    /// export's CSV with the schema's types.
    func testEachTableIsAViewOverTheFileTheFolderHasForIt() throws {
        let dir = try folder(with: [])
        let fm = FileManager.default
        XCTAssertTrue(fm.createFile(atPath: "\(dir)/facts.parquet", contents: Data()))
        XCTAssertTrue(fm.createFile(atPath: "\(dir)/facts.csv", contents: Data()))
        try fm.createDirectory(atPath: "\(dir)/qualifiers", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: "\(dir)/parquet", withIntermediateDirectories: true)
        XCTAssertTrue(fm.createFile(atPath: "\(dir)/parquet/entities.parquet", contents: Data()))
        XCTAssertTrue(fm.createFile(atPath: "\(dir)/articles.jsonl", contents: Data()))
        let views = try EngineTables.views(in: dir).split(separator: "\n").map(String.init)
        XCTAssertEqual(views.count, 4)
        XCTAssertEqual(views[0], "CREATE VIEW facts AS SELECT * FROM read_parquet('\(dir)/facts.parquet');")
        XCTAssertEqual(views[1], "CREATE VIEW qualifiers AS SELECT * FROM read_parquet('\(dir)/qualifiers/*.parquet');")
        XCTAssertEqual(
            views[2], "CREATE VIEW entities AS SELECT * FROM read_parquet('\(dir)/parquet/entities.parquet');")
        XCTAssertTrue(views[3].hasPrefix("CREATE VIEW articles AS SELECT * FROM read_json('\(dir)/articles.jsonl'"))
        XCTAssertTrue(views[3].contains("'id': 'STRING'"), views[3])
    }

    func testAMissingTableIsNamedWithTheFilesLookedFor() throws {
        let dir = try folder(with: [])
        for t in ["facts", "qualifiers", "articles"] {
            XCTAssertTrue(FileManager.default.createFile(atPath: "\(dir)/\(t).csv", contents: Data()))
        }
        XCTAssertThrowsError(try EngineTables.views(in: dir)) {
            guard case .missingTable(let table, _, let lookedFor) = $0 as? EngineError else {
                return XCTFail("\($0)")
            }
            XCTAssertEqual(table, "entities")
            XCTAssertTrue(lookedFor.contains("entities.csv"))
        }
        XCTAssertThrowsError(try EngineTables.views(in: dir + "/nowhere")) {
            XCTAssertEqual($0 as? EngineError, .missingFolder(dir + "/nowhere"))
        }
    }

    /// A quote in a folder's name cannot end the SQL string it is written in.
    func testAFolderNameIsQuotedAsAnSQLString() throws {
        let base = try folder(with: [])
        let dir = base + "/it's"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for t in ["facts", "qualifiers", "entities", "articles"] {
            XCTAssertTrue(FileManager.default.createFile(atPath: "\(dir)/\(t).csv", contents: Data()))
        }
        XCTAssertTrue(try EngineTables.views(in: dir).contains("read_csv('\(base)/it''s/facts.csv'"))
    }
}
