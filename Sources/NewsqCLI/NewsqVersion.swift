/// The version `newsq --version` prints.
public enum NewsqVersion {
    /// Raised by hand with each release; the snapshot format has its own version.
    public static let number = "0.13.0"
    public static var text: String { "newsq \(number)" }
}
