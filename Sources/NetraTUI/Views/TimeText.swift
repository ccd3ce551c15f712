import Foundation
import NetraCore

/// Dates and times as the dashboard writes them, in the configured zone.
struct TimeText {
    let zone: TimeZone
    let text: UIText

    /// WIB, WITA, WIT for Indonesia's zones; `UTC+h` elsewhere.
    func zoneName(at date: Date) -> String {
        switch zone.secondsFromGMT(for: date) {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        case let s: "UTC" + (s >= 0 ? "+" : "-") + Self.offset(abs(s))
        }
    }

    /// `7`, `5:30`, or `7:57:36` (a zone's local mean time before 1920): never rounded,
    /// so the label matches the clock beside it.
    static func offset(_ seconds: Int) -> String {
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        if s != 0 { return String(format: "%d:%02d:%02d", h, m, s) }
        return m != 0 ? String(format: "%d:%02d", h, m) : String(h)
    }

    func parts(_ date: Date) -> (day: CivilDate, seconds: Int) {
        let day = CivilDate(date, in: zone)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        return (day, local - day.dayNumber * 86_400)
    }

    /// `10:00` or `10:00:12`.
    func time(_ date: Date, seconds: Bool = false) -> String {
        let s = parts(date).seconds
        return seconds ? String(format: "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%02d:%02d", s / 3600, s / 60 % 60)
    }

    /// `23 Mei 2023 10:00 WITA`.
    func stamp(_ date: Date) -> String { "\(text.date(parts(date).day)) \(time(date)) \(zoneName(at: date))" }

    /// `Sel 23 Mei 2023 10:00 WITA` (minutes: the screen then needs to wake only once a
    /// minute unless a countdown to the second is showing).
    func header(_ date: Date) -> String {
        let day = parts(date).day
        return "\(text.weekdays[day.isoWeekday - 1]) \(text.date(day)) \(time(date)) \(zoneName(at: date))"
    }
}
