import Foundation

/// `--since` of `netra changes` and the report: how far back to look.
public enum JournalSince {
    /// `24h`, `7d`, `90m` (back from `now`); `2023-05-22` (that day's midnight in
    /// `zone`, the office's clock); or an instant `2023-05-22T10:00:00+08:00`.
    /// `nil` for anything else.
    public static func parse(_ text: String, now: Date, zone: TimeZone) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let unit = t.last, let n = Int(t.dropLast()), n >= 0, n <= 100_000 {
            switch unit {
            case "m": return now.addingTimeInterval(-Double(n) * 60)
            case "h": return now.addingTimeInterval(-Double(n) * 3600)
            case "d": return now.addingTimeInterval(-Double(n) * 86_400)
            case "w": return now.addingTimeInterval(-Double(n) * 7 * 86_400)
            default: break
            }
        }
        if t.count == 10, case .success(let day) = DateText.parse(t) {
            return day.instant(in: zone)
        }
        return InstantText.parse(text, defaultZone: zone)
    }
}
