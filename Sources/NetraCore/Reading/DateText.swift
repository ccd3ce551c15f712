/// Reads the date forms clerks and spreadsheets write: `2023-05-23`, `23/05/2023`,
/// `23-05-2023`, `23.05.2023`, `23 Mei 2023`, `23 May 2023`, `23 Agt 2023`.
public enum DateText {
    /// Why a text is not a date, worded for the person who typed it.
    public enum Failure: Error, Equatable, Sendable {
        case unrecognised
        case noSuchDay
        /// `5/23/2023`: month and day swapped (a US-format spreadsheet).
        case monthDayOrder
        /// `45069`: a spreadsheet's day serial number instead of a date.
        case spreadsheetSerial
        case twoDigitYear
        case unknownMonth(String)
        /// `01/01/0001`: a real calendar day, but not a date anyone in the files means.
        case implausibleYear(Int)
    }

    /// The years a date in the data folder may have; anything else is a typo or a
    /// placeholder (0001, 9999) that would turn into absurd countdowns.
    public static let plausibleYears = 1900...2200

    /// Month names and abbreviations, Indonesian and English, by comparison key.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["januari", "january", "jan"],
            ["februari", "february", "feb", "pebruari", "peb"],
            ["maret", "march", "mar"],
            ["april", "apr"],
            ["mei", "may"],
            ["juni", "june", "jun"],
            ["juli", "july", "jul"],
            ["agustus", "august", "agu", "agt", "ags", "aug"],
            ["september", "sep", "sept"],
            ["oktober", "october", "okt", "oct"],
            ["november", "nov", "nop", "nopember"],
            ["desember", "december", "des", "dec"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for s in spellings { table[s] = index + 1 }
        }
        return table
    }()

    /// Parses a date in any accepted form.
    public static func parse(_ raw: String) -> Result<CivilDate, Failure> {
        let text = raw.trimmingCharacters(in: [" ", "\t"])
        let isSeparator: (Character) -> Bool = { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " }
        let parts: [String] = text.split(whereSeparator: isSeparator).map { String($0) }
        if parts.count == 1, let n = Int(parts[0]), (20_000...80_000).contains(n), text.count == 5 {
            return .failure(.spreadsheetSerial)
        }
        guard parts.count == 3 else { return .failure(.unrecognised) }
        let separators = Set(text.filter { $0 == "-" || $0 == "/" || $0 == "." })
        guard separators.count <= 1 else { return .failure(.unrecognised) }

        // yyyy-mm-dd
        if parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
           parts[1].count <= 2, parts[2].count <= 2 {
            return checked(CivilDate(year: y, month: m, day: d))
        }
        guard let d = Int(parts[0]), parts[0].count <= 2 else { return .failure(.unrecognised) }
        guard parts[2].allSatisfy({ $0.isASCII }), let y = Int(parts[2]) else { return .failure(.unrecognised) }
        guard parts[2].count == 4 else { return .failure(parts[2].count == 2 ? .twoDigitYear : .unrecognised) }

        let month: Int
        if let m = Int(parts[1]), parts[1].count <= 2 {
            month = m
            if m > 12 && d <= 12, CivilDate(year: y, month: d, day: m) != nil { return .failure(.monthDayOrder) }
        } else if parts[1].allSatisfy({ $0.isLetter }) {
            guard let m = months[Vocabulary.key(parts[1]).trimmingCharacters(in: ["."])] else {
                return .failure(.unknownMonth(parts[1]))
            }
            month = m
        } else {
            return .failure(.unrecognised)
        }
        return checked(CivilDate(year: y, month: month, day: d))
    }

    private static func checked(_ date: CivilDate?) -> Result<CivilDate, Failure> {
        guard let date else { return .failure(.noSuchDay) }
        return plausibleYears.contains(date.year) ? .success(date) : .failure(.implausibleYear(date.year))
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
