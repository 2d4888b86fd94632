import Foundation
import LineEditor
import NewsFacts

enum PathCompletion {
    /// Files and folders whose path starts with `typed` (`~` means the home folder); folders end
    /// with `/`; files are offered when their extension is in `extensions`.
    static func complete(_ typed: String, at start: Int, extensions: Set<String>) -> Completion {
        var text = typed
        let quoted = text.hasPrefix("\"")
        if quoted { text.removeFirst() }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        var expanded = text
        if text == "~" {
            expanded = home + "/"
            text = "~/"
        } else if text.hasPrefix("~/") {
            expanded = home + text.dropFirst()
        }
        let folderPart: String, namePart: String
        if let slash = expanded.lastIndex(of: "/") {
            folderPart = String(expanded[...slash])
            namePart = String(expanded[expanded.index(after: slash)...])
        } else {
            folderPart = ""
            namePart = expanded
        }
        let shownFolder: String
        if let slash = text.lastIndex(of: "/") { shownFolder = String(text[...slash]) } else { shownFolder = "" }
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folderPart.isEmpty ? "." : folderPart) else {
            return Completion.none(at: start)
        }
        var found: [String] = []
        for name in names.sorted() where name.hasPrefix(namePart) {
            if name.hasPrefix(".") && !namePart.hasPrefix(".") { continue }
            if TerminalSafe.hasControlCharacters(name) { continue }
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folderPart + name, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                found.append(shownFolder + name + "/")
            } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append(shownFolder + name)
            }
        }
        let needsQuotes = quoted || found.contains { $0.contains(" ") }
        if needsQuotes {
            found = found.map { "\"" + $0 + ($0.hasSuffix("/") ? "" : "\"") }
        }
        return Completion(replacementStart: start, candidates: found, listsBasenames: true)
    }
}
