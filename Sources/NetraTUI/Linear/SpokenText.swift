import Foundation
import NetraCore

/// Dates, times and day counts as a reader says them (`3 Oktober 2023 pukul 23.59
/// WIB`, `133 hari lagi`), and the screen's own texts made speakable: the short
/// months, `H-133`, `14/28`, `4 hr`, the bars, arrows and `…` that a screen reader
/// would spell out or read as noise.
///
/// The overview's sentences are built from the model with the first group; the
/// texts that other surfaces already word (alert sentences, list cells, detail
/// fields) go through `plain`, so the two cannot say one fact two ways.
struct SpokenText {
    let text: UIText
    /// The office's zone (the screen's clock).
    let zone: TimeZone

    var language: Language { text.language }

    /// `3 Oktober 2023`.
    func date(_ d: CivilDate) -> String { "\(d.day) \(text.fullMonths[d.month - 1]) \(d.year)" }

    /// `Selasa 23 Mei 2023 pukul 10.00 WITA`.
    func header(_ date: Date) -> String {
        let time = TimeText(zone: zone, text: text)
        let day = time.parts(date).day
        return "\(text.fullWeekdays[day.isoWeekday - 1]) \(self.date(day)) \(clock(date, in: zone))"
    }

    /// `pukul 23.59 WIB` in `own`'s zone.
    func clock(_ date: Date, in own: TimeZone) -> String {
        let time = TimeText(zone: own, text: text)
        let s = time.parts(date).seconds
        return text.linearClock(hour: s / 3600, minute: s / 60 % 60, zone: time.zoneName(at: date))
    }

    /// `3 Oktober 2023 pukul 23.59 WIB`, as it was written (KPU's WIB), then the
    /// office's own clock when that differs: `(4 Oktober 2023 pukul 00.59 WITA)`.
    func moment(_ date: Date, writtenIn own: TimeZone) -> String {
        let written = "\(self.date(CivilDate(date, in: own))) \(clock(date, in: own))"
        guard own.secondsFromGMT(for: date) != zone.secondsFromGMT(for: date) else { return written }
        return "\(written) (\(self.date(CivilDate(date, in: zone))) \(clock(date, in: zone)))"
    }

    /// `133 hari lagi`, `hari ini`, `52 hari lalu`.
    func days(_ c: Countdown) -> String { text.linearDays(c.dayOffset) }

    // MARK: The screen's texts, made speakable

    /// `text` without the marks of a drawn screen, its abbreviations spelt out.
    /// Untrusted data passes through `UntrustedText.sanitized` first.
    func plain(_ raw: String) -> String {
        var s = UntrustedText.sanitized(raw)
        // Bars, boxes, arrows and pointers carry nothing the words beside them do not.
        s = String(String.UnicodeScalarView(s.unicodeScalars.filter { !Self.isDrawing($0) }))
        for (mark, spoken) in [(" → ", ", "), ("→", ", "), (" · ", ", "), ("↳ ", ""), ("…", ""), ("▶ ", ""), ("▶", ""), ("★", ""), ("✓", ""), ("[]", "")] {
            s = s.replacingOccurrences(of: mark, with: spoken)
        }
        // A warning glyph between words marks what follows (`DCT ! Batas SK`): a pause;
        // after a label (`Peringatan: ! AWAS`) the word beside it says it already.
        s = replace(s, Self.glyphAfterWord) { _ in ", " }
        s = replace(s, Self.glyphAfterLabel) { m in m[1] }
        s = replace(s, Self.shortDate) { m in
            let month = text.months.firstIndex(of: m[2]).map { text.fullMonths[$0] } ?? m[2]
            return "\(m[1]) \(month)" + (m[3].isEmpty ? "" : m[3])
        }
        s = replace(s, Self.clockPattern) { m in
            let prefix = text.linearClock(hour: Int(m[1]) ?? 0, minute: Int(m[2]) ?? 0, zone: "").trimmingCharacters(in: .whitespaces)
            return m[3].isEmpty ? prefix : prefix + m[3]
        }
        s = replace(s, Self.dayLabel) { m in text.linearDays((m[1] == "-" ? 1 : -1) * (Int(m[2]) ?? 0)) }
        s = replace(s, Self.fraction) { m in text.linearOf(m[1], m[2]) }
        s = replace(s, Self.percent) { m in text.linearPercent(m[1]) }
        s = replace(s, Self.dayUnit) { m in text.linearDayUnit(m[1], working: m[2] == "hk") }
        // A time after a word that already places it (`since 10:00`) takes no second one.
        for (doubled, single) in [("since at ", "since "), ("until at ", "until "), ("at at ", "at "), ("pukul pukul ", "pukul ")] {
            s = s.replacingOccurrences(of: doubled, with: single)
        }
        // Doubled or dangling spaces and commas left where marks were.
        while s.contains("  ") { s = s.replacingOccurrences(of: "  ", with: " ") }
        s = s.replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: ",,", with: ",")
        return s.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
    }

    /// Box drawing (U+2500–U+257F), blocks (U+2580–U+259F) and geometric marks
    /// (U+25A0–U+25FF: ◆ ◇ ▶ ●): drawn, never said.
    static func isDrawing(_ scalar: Unicode.Scalar) -> Bool { (0x2500...0x25FF).contains(scalar.value) || scalar.value == 0x2503 }

    // `3 Okt 2023`, `4 Okt` — any language's short month, as the screen wrote it.
    private static let shortDate = try! NSRegularExpression(
        pattern: "\\b(\\d{1,2}) (Jan|Feb|Mar|Apr|Mei|May|Jun|Jul|Agu|Aug|Sep|Okt|Oct|Nov|Des|Dec)\\b( \\d{4})?")
    // `23:59` (not one already said as `pukul 23.59`), with its zone when written.
    private static let clockPattern = try! NSRegularExpression(pattern: "\\b(\\d{1,2}):(\\d{2})(?::\\d{2})?\\b( WIB| WITA| WIT| UTC[+-]\\d+)?")
    private static let glyphAfterWord = try! NSRegularExpression(pattern: "(?<=[\\p{L}\\p{N})]) (?:!!|‼|!) (?=\\S)")
    private static let glyphAfterLabel = try! NSRegularExpression(pattern: "(^|[:;,(] )(?:!!|‼|!) ")
    private static let dayLabel = try! NSRegularExpression(pattern: "\\bH([-+])(\\d+)\\b")
    private static let fraction = try! NSRegularExpression(pattern: "\\b(\\d+)/(\\d+)\\b(?!/)")
    private static let percent = try! NSRegularExpression(pattern: "\\b(\\d+)%")
    private static let dayUnit = try! NSRegularExpression(pattern: "\\b(\\d+) (hr|hk|d)\\b")

    /// Replaces every match of `pattern` in `s` by `make(groups)` (an absent group is "").
    private func replace(_ s: String, _ pattern: NSRegularExpression, _ make: ([String]) -> String) -> String {
        let ns = s as NSString
        var out = "", last = 0
        for m in pattern.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            let groups = (0..<m.numberOfRanges).map { i in m.range(at: i).location == NSNotFound ? "" : ns.substring(with: m.range(at: i)) }
            out += make(groups)
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }
}
