import Foundation

/// What a query script says it runs over: a first line `-- load: sample.facts` or
/// `-- load: ../Data, extra.tsv` names files and folders relative to the script's own folder,
/// so `newsq run Queries/language.nq` answers the same from any folder.
///
/// For example, `ScriptLoads.paths(in: "-- load: sample.facts\n…", script: "Queries/language.nq")`
/// gives `["Queries/sample.facts"]`.
public enum ScriptLoads {
    /// The paths named on the script's first line, each relative to the script's folder (an
    /// absolute path or `~/…` stays as it is); none when the first line names none.
    public static func paths(in text: String, script: String) -> [String] {
        let first = text.prefix { !$0.isNewline }
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("--") else { return [] }
        let comment = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
        guard comment.lowercased().hasPrefix("load:") else { return [] }
        let folder = (script as NSString).deletingLastPathComponent
        return comment.dropFirst("load:".count).split(separator: ",").compactMap { part in
            let path = part.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return nil }
            if path.hasPrefix("/") || path.hasPrefix("~") { return Shell.expandingTilde(path) }
            return folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
        }
    }
}
