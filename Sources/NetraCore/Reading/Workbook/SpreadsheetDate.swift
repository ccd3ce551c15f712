/// Dates as spreadsheets store them.
enum SpreadsheetDate {
    /// An Excel day serial. In the 1900 system serial 1 is 1900-01-01 and serial 60 is
    /// the 29 February 1900 that never was (Lotus 1-2-3's leap-year bug, kept by Excel):
    /// serials from 61 on are one day ahead of a plain count. In the 1904 system
    /// (`date1904`, old Mac workbooks) serial 0 is 1904-01-01. The time of day (the
    /// fraction) is dropped. `nil` for serial 60 and anything before the epoch.
    static func fromSerial(_ serial: Double, date1904: Bool) -> CivilDate? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let days = Int(serial.rounded(.down))
        if date1904 { return CivilDate(year: 1904, month: 1, day: 1)!.adding(days: days) }
        switch days {
        case 0, 60: return nil
        case 1..<60: return CivilDate(year: 1899, month: 12, day: 31)!.adding(days: days)
        default: return CivilDate(year: 1899, month: 12, day: 30)!.adding(days: days)
        }
    }

    /// Excel's built-in number formats that show a date: 14–17 and 22 (date-time),
    /// and the East Asian date formats 27–36 and 50–58. 18–21 and 45–47 are times.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
    }

    /// Whether a custom number format shows a date: it has a day or year code once
    /// quoted text (`"Rp"`), escaped characters (`\d`) and bracketed parts (`[$-421]`,
    /// `[Red]`) are set aside. A month code alone is ambiguous with minutes (`mm:ss`).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\" where !inQuotes: escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "D", "y", "Y": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    /// An ISO date at the start of `text` (`2023-05-23`, `2023-05-23T10:00:00`), as
    /// OpenDocument's `office:date-value` and OOXML's `t="d"` cells write it.
    static func fromISO(_ text: String) -> CivilDate? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// The same from an attribute's bytes, without a string: the common shape
    /// `yyyy-mm-dd` followed by nothing or a time; anything else goes the long way.
    static func fromISO(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard bytes[i] >= 0x30 && bytes[i] <= 0x39 else { return nil }
                n = n * 10 + Int(bytes[i] - 0x30)
            }
            return n
        }
        if bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes.count == 10 || bytes[10] == 0x54,
           let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) {
            return CivilDate(year: y, month: m, day: d)
        }
        return fromISO(String(decoding: bytes, as: UTF8.self))
    }
}
