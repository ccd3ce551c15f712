/// Sentences of the hardening round (issue 24), English beside Indonesian like the
/// rest of `Messages`; kept apart so Messages.swift does not grow further.
extension Messages {
    /// A date-time in a TOML file whose date is not on the calendar
    /// (`end = 2023-06-31T23:59:00+07:00`): the same advice a CSV date gets, quoted or not.
    static func tomlNoSuchDay(_ written: String, year: Int, month: Int, day: Int) -> Message {
        let value = UntrustedText.quoted(written, limit: 40)
        guard (1...12).contains(month) else {
            return Message(en: "\(value) is not a day on the calendar: there is no month \(month)",
                           id: "\(value) tidak ada di kalender: tidak ada bulan \(month)")
        }
        let days = CivilDate.daysIn(month: month, year: year)
        return Message(en: "\(value) is not a day on the calendar: \(day) \(englishMonths[month - 1]) \(year) does not exist (\(englishMonths[month - 1]) has \(days) days)",
                       id: "\(value) tidak ada di kalender: \(day) \(indonesianMonths[month - 1]) \(year) tidak ada (\(indonesianMonths[month - 1]) memiliki \(days) hari)")
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]
    static let indonesianMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                                   "Oktober", "November", "Desember"]
}
