import Foundation

/// "97.12%".
func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "-" : String(format: "%.2f%%", Double(part) * 100 / Double(whole))
}
