import Foundation
import NetraCore

extension UIText {
    /// Under a detail value cut after its first screenful: how long the whole is.
    /// Bytes, not characters: counting a megabyte's characters every frame would be
    /// the cost the cut avoids.
    func longTextShown(bytes: Int) -> String {
        let size = Self.size(bytes, language: language)
        return Message(en: "… (\(size) in all; the first screenful is shown)",
                       id: "… (seluruhnya \(size); hanya layar pertama yang ditampilkan)").text(language)
    }

    /// `1.0 MB`, `12 KB`, `900 bytes`; Indonesian with a decimal comma.
    static func size(_ bytes: Int, language: Language) -> String {
        let id = language == .id
        if bytes < 1024 { return "\(bytes) \(Message(en: "bytes", id: "bita").text(language))" }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        let mb = String(format: "%.1f", Double(bytes) / 1_048_576)
        return (id ? mb.replacingOccurrences(of: ".", with: ",") : mb) + " MB"
    }
}
