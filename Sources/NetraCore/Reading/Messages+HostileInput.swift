/// Sentences of the second hostile-input round (issue 24, rows 6–9): headings, dates
/// that cannot be right, loops of circulars, workbook cells. English beside
/// Indonesian like the rest of `Messages`, kept apart so Messages.swift does not grow.
extension Messages {
    // MARK: Headings

    /// A heading with a byte-order mark glued to it (`HeadingLine.withoutStrayBOMs`).
    static func strayBOM(heading: String) -> Message {
        let name = UntrustedText.quoted(heading, limit: 24)
        return Message(
            en: "heading \(name) starts with a stray byte-order mark (an invisible character left when a file is saved twice as \"UTF-8 with BOM\"): read as \(name); save the file once more as CSV UTF-8 to remove it",
            id: "judul kolom \(name) diawali tanda urutan bita (BOM) yang tersesat (karakter tak terlihat yang tertinggal bila berkas dua kali disimpan sebagai \"UTF-8 with BOM\"): dibaca sebagai \(name); simpan sekali lagi sebagai CSV UTF-8 untuk menghapusnya")
    }

    /// More second copies of known columns than are named one by one.
    static func moreDuplicateColumns(_ count: Int) -> Message {
        Message(en: "\(count) more column\(count == 1 ? "" : "s") repeat a column already read; only the first of each is read",
                id: "\(count) kolom lain mengulang kolom yang sudah dibaca; hanya yang pertama dari masing-masing yang dibaca")
    }

    // MARK: Circulars

    /// A loop of `follows` (`ids` in the order they follow one another, the first
    /// written first): its circulars are shown as if they followed none.
    static func circularLoop(_ ids: [String]) -> Message {
        let q = ids.map { UntrustedText.quoted($0, limit: 30) }
        guard q.count > 1 else {
            return Message(en: "circular \(q[0]) follows itself: clear its follows cell or name the circular it answers",
                           id: "edaran \(q[0]) menindaklanjuti dirinya sendiri: kosongkan sel menindaklanjuti atau isi dengan edaran yang dijawabnya")
        }
        let shown = Array(q.prefix(8)) + (q.count > 8 ? ["…"] : []) + [q[0]]
        return Message(
            en: "the circulars \(q.prefix(8).joined(separator: ", "))\(q.count > 8 ? " … (\(q.count))" : "") follow each other in a loop (\(shown.joined(separator: " follows "))): a chain starts at a circular that follows none; correct one of their follows cells",
            id: "edaran \(q.prefix(8).joined(separator: ", "))\(q.count > 8 ? " … (\(q.count))" : "") saling menindaklanjuti dalam lingkaran (\(shown.joined(separator: " menindaklanjuti "))): rantai berawal dari edaran yang tidak menindaklanjuti edaran lain; betulkan salah satu sel menindaklanjuti")
    }

    // MARK: Dates that cannot be right

    /// What is counted from a date, said after a date in the future: why it matters.
    public enum FutureDateClock: Sendable {
        /// A resignation or early retirement's working days.
        case processingLimit
        /// A case's `due_on` when the file gives none.
        case bawasluFollowUp
        /// The days a forwarded case waits for a recommendation.
        case recommendationWait
        /// The PPK's decision, when `ppk_due` is empty.
        case ppkDecision
    }

    /// `filed_on 2024-05-08 is after today (2023-05-23)`: a date of something that has
    /// happened, in the future (`FutureDates`).
    static func futureDate(_ column: String, indonesian: String, date: CivilDate, today: CivilDate, clock: FutureDateClock?) -> Message {
        let named = indonesian == column ? column : "\(column) (\(indonesian))"
        let why: (en: String, id: String)
        switch clock {
        case nil: why = ("", "")
        case .processingLimit:
            why = ("; the processing limit counts from it, so this request cannot become overdue until it is corrected",
                   "; batas waktu proses dihitung dari tanggal ini, jadi permohonan ini tidak akan lewat batas sebelum dibetulkan")
        case .bawasluFollowUp:
            why = ("; Bawaslu's follow-up period counts from it, so this case cannot become overdue until it is corrected",
                   "; batas tindak lanjut Bawaslu dihitung dari tanggal ini, jadi kasus ini tidak akan lewat batas sebelum dibetulkan")
        case .recommendationWait:
            why = ("; the wait for a recommendation counts from it, so no warning comes until it is corrected",
                   "; lama menunggu rekomendasi dihitung dari tanggal ini, jadi peringatannya tidak akan muncul sebelum dibetulkan")
        case .ppkDecision:
            why = ("; the PPK's decision is due counting from it, so it cannot be late until it is corrected",
                   "; batas keputusan PPK dihitung dari tanggal ini, jadi tidak akan terlambat sebelum dibetulkan")
        }
        return Message(en: "\(column) \(date) is after today (\(today)): it has not happened yet, most likely a mistyped year\(why.en)",
                       id: "\(named) \(date) sesudah hari ini (\(today)): belum terjadi, kemungkinan salah ketik tahun\(why.id)")
    }

    /// `filed_on 2022-05-08 is more than a year before effective_on 2023-07-01`
    /// (`DatePlausibility`); `countsFrom`: a processing limit counts from the first.
    static func longBefore(_ column: String, _ date: CivilDate, _ other: String, _ otherDate: CivilDate, countsFrom: Bool) -> Message {
        Message(en: "\(column) \(date) is more than a year before \(other) \(otherDate): a year typed wrong?"
                    + (countsFrom ? " The processing limit counts from \(column)" : ""),
                id: "\(column) \(date) lebih dari setahun sebelum \(other) \(otherDate): salah ketik tahun?"
                    + (countsFrom ? " Batas waktu proses dihitung dari \(column)" : ""))
    }
}
