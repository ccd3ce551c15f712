import Foundation

extension DemoData {
    /// The demo kiosk's PIN. Said on the demo kiosk's own screen (demo mode only), so
    /// a newcomer following the README can leave it; never use it for a real kiosk.
    public static let kioskPIN = "1234"

    /// The commented line of the demo's `netra.toml` that a PIN hash replaces.
    static let pinHashPlaceholder = "# pin_hash = \"$y$…\""

    /// Gives the demo folder's `netra.toml` a hash of `kioskPIN` (`netra demo --kiosk`),
    /// unless it already has a `pin_hash` of its own. Only the commented placeholder
    /// line is replaced, so an edited file keeps every other edit. Returns whether the
    /// file was changed.
    @discardableResult
    public static func addKioskPIN(to folder: URL) throws -> Bool {
        let file = folder.appendingPathComponent(DataFile.settings.fileName)
        guard let text = try? String(contentsOf: file, encoding: .utf8), text.contains(pinHashPlaceholder),
              !text.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("pin_hash") })
        else { return false }
        let hash = try PINHash.make(kioskPIN)
        let line = "pin_hash = \"\(hash)\"  # the demo's PIN \(kioskPIN) (netra demo --kiosk); make your own with netra kiosk-pin"
        try Data(text.replacingOccurrences(of: pinHashPlaceholder, with: line).utf8).write(to: file, options: .atomic)
        return true
    }
}
