import Foundation

/// Reads the `--as-of` form: ISO 8601 with an offset (`2023-05-23T10:00:00+08:00`,
/// `2023-05-23T10:00+08:00`, `…Z`). A bare date is accepted too and means its
/// midnight in `zone`.
public enum InstantText {
    public static func parse(_ text: String, defaultZone zone: TimeZone) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let d = formatter.date(from: t) { return d }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = formatter.date(from: t) { return d }
        // Minutes without seconds: 2023-05-23T10:00+08:00
        if t.count >= 16, t.dropFirst(16).first.map({ "+-Z".contains($0) }) == true {
            let withSeconds = String(t.prefix(16)) + ":00" + t.dropFirst(16)
            formatter.formatOptions = [.withInternetDateTime]
            if let d = formatter.date(from: withSeconds) { return d }
        }
        if t.count == 10, case .success(let day) = DateText.parse(t) { return day.instant(in: zone) }
        return nil
    }
}
