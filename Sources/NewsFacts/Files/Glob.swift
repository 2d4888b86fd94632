#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shell patterns (`*`, `?`, `[…]`) over the file system, as `.load wires/*.txt` uses them.
public enum Glob {
    /// The paths matching `pattern`, sorted by their bytes (`glob` sorts by the locale's
    /// collation, which a program that sets a locale changes); none when nothing matches or
    /// the pattern is bad. `.load` and `ArticleReader` both expand patterns here.
    ///
    /// For example, `Glob.paths(matching: "Data/*.facts")` lists the facts files of `Data/`.
    public static func paths(matching pattern: String) -> [String] {
        var matches = glob_t()
        defer { globfree(&matches) }
        guard glob(pattern, 0, nil, &matches) == 0 else { return [] }
        return (0..<Int(matches.gl_pathc)).compactMap { i in
            matches.gl_pathv[i].map { String(cString: $0) }
        }.sorted()
    }
}
