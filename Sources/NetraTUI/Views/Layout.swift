import Foundation
import NetraCore

/// Characters that draw structure, in Unicode or (for terminals without a UTF-8
/// locale) plain ASCII.
public struct Glyphs: Sendable {
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character
    public let barFull, barEmpty, candidate, pointer, done, running, upcoming: Character
    public let critical, warning, info: String

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       barFull: "█", barEmpty: "░", candidate: "★", pointer: "▶", done: "✓", running: "▶", upcoming: "·",
                                       critical: "‼", warning: "!", info: "i")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     barFull: "#", barEmpty: ".", candidate: "*", pointer: ">", done: "v", running: ">", upcoming: ".",
                                     critical: "!!", warning: "!", info: "i")
}

/// One column of a table: a title, a minimum width, how much spare room it takes, and
/// how early it is dropped when the screen is narrow (higher drops first).
struct Column {
    let title: String
    let width: Int
    var flex: Int = 0
    var dropOrder: Int = 0
    var alignRight = false

    /// Widths for `columns` in `total` columns (one space between columns); 0 = hidden.
    static func layout(_ columns: [Column], in total: Int) -> [Int] {
        var shown = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            let visible = columns.indices.filter { shown[$0] }
            return visible.reduce(0) { $0 + columns[$1].width } + max(0, visible.count - 1)
        }
        while needed() > total, let drop = columns.indices.filter({ shown[$0] && columns[$0].dropOrder > 0 })
            .max(by: { columns[$0].dropOrder < columns[$1].dropOrder }) {
            shown[drop] = false
        }
        var widths = columns.indices.map { shown[$0] ? columns[$0].width : 0 }
        let spare = total - needed()
        let flexTotal = columns.indices.filter { shown[$0] }.reduce(0) { $0 + columns[$1].flex }
        if spare > 0 && flexTotal > 0 {
            var given = 0
            let flexible = columns.indices.filter { shown[$0] && columns[$0].flex > 0 }
            for (n, i) in flexible.enumerated() {
                let share = n == flexible.count - 1 ? spare - given : spare * columns[i].flex / flexTotal
                widths[i] += share
                given += share
            }
        }
        return widths
    }
}

/// Dates and times as the dashboard writes them, in the configured zone.
struct Clock {
    let zone: TimeZone
    let text: UIText

    /// WIB, WITA, WIT for Indonesia's zones; `UTC+h` elsewhere.
    func zoneName(at date: Date) -> String {
        switch zone.secondsFromGMT(for: date) {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        case let s: "UTC" + (s >= 0 ? "+" : "-") + String(abs(s) / 3600)
        }
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

extension CellGrid {
    /// Draws table cells at row `y`, using the widths from `Column.layout`.
    mutating func putRow(_ values: [String], widths: [Int], columns: [Column], x: Int, y: Int, role: StyleRole, roles: [StyleRole?] = []) {
        var column = x
        for (i, w) in widths.enumerated() where w > 0 {
            let value = i < values.count ? values[i] : ""
            let text = DisplayWidth.pad(UntrustedText.sanitized(value), to: w, alignRight: columns[i].alignRight)
            put(text, x: column, y: y, role: (i < roles.count ? roles[i] : nil) ?? role, maxWidth: w)
            column += w + 1
        }
    }

    /// A box with a title, for overlays; returns the inner rectangle.
    mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String, glyphs: Glyphs) -> (x: Int, y: Int, width: Int, height: Int) {
        for row in y..<(y + h) { fill(x: x, y: row, width: w, role: .text) }
        fill(glyphs.horizontal, x: x + 1, y: y, width: w - 2, role: .border)
        fill(glyphs.horizontal, x: x + 1, y: y + h - 1, width: w - 2, role: .border)
        for row in (y + 1)..<(y + h - 1) {
            put(String(glyphs.vertical), x: x, y: row, role: .border)
            put(String(glyphs.vertical), x: x + w - 1, y: row, role: .border)
        }
        put(String(glyphs.topLeft), x: x, y: y, role: .border)
        put(String(glyphs.topRight), x: x + w - 1, y: y, role: .border)
        put(String(glyphs.bottomLeft), x: x, y: y + h - 1, role: .border)
        put(String(glyphs.bottomRight), x: x + w - 1, y: y + h - 1, role: .border)
        put(" \(title) ", x: x + 2, y: y, role: .title, maxWidth: w - 4)
        return (x + 2, y + 1, w - 4, h - 2)
    }

    /// A progress bar `[████░░░░] 21%` of `width` columns.
    mutating func progressBar(_ fraction: Double, x: Int, y: Int, width w: Int, glyphs: Glyphs) {
        let inner = max(1, w - 7)
        let filled = Int((fraction * Double(inner)).rounded(.down))
        put("[", x: x, y: y, role: .muted)
        fill(glyphs.barFull, x: x + 1, y: y, width: filled, role: .progress)
        fill(glyphs.barEmpty, x: x + 1 + filled, y: y, width: inner - filled, role: .muted)
        put("]", x: x + 1 + inner, y: y, role: .muted)
        put(String(format: "%3d%%", Int((fraction * 100).rounded(.down))), x: x + 2 + inner, y: y, role: .text)
    }
}

/// Wraps text into lines of at most `width` columns, at spaces where possible; a word
/// longer than a line is cut.
func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    let words = UntrustedText.sanitized(text.replacingOccurrences(of: "\n", with: " ")).split(separator: " ").map(String.init)
    var lines: [String] = []
    var current = ""
    for var word in words {
        while DisplayWidth.of(word) > width {
            if !current.isEmpty { lines.append(current); current = "" }
            var head = ""
            for ch in word {
                if DisplayWidth.of(head) + DisplayWidth.of(ch) > width { break }
                head.append(ch)
            }
            if head.isEmpty { return lines }  // a single character wider than the line
            lines.append(head)
            word = String(word.dropFirst(head.count))
        }
        let candidate = current.isEmpty ? word : current + " " + word
        if DisplayWidth.of(candidate) <= width { current = candidate } else {
            lines.append(current)
            current = word
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}
