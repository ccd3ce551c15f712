import NetraCore

/// Words of the overview's layout (issue 23): legends under the bars, column headings
/// in words with their shorter forms, month names that fit narrow columns, the key
/// figures in long and short forms, and the one-line circular and retirement facts of
/// a small screen.
extension UIText {
    /// Two letters per month that still tell all twelve apart (`Jn` June, `Jl` July):
    /// a chart too narrow for `Mei Jun Jul` never shows `M J J`.
    var twoLetterMonths: [String] {
        switch language {
        case .id: ["Ja", "Fe", "Mr", "Ap", "Me", "Jn", "Jl", "Ag", "Se", "Ok", "No", "De"]
        case .en: ["Ja", "Fe", "Mr", "Ap", "My", "Jn", "Jl", "Au", "Se", "Oc", "No", "De"]
        }
    }

    /// The candidates' bar: what each glyph stands for.
    enum BarPart { case decreed, inProcess, notFiled, rejected }

    func legend(_ part: BarPart) -> String {
        switch part {
        case .decreed: Message(en: "decree", id: "SK").text(language)
        case .inProcess: Message(en: "in process", id: "proses").text(language)
        case .notFiled: Message(en: "not filed", id: "belum diajukan").text(language)
        case .rejected: Message(en: "rejected", id: "ditolak").text(language)
        }
    }

    /// The timeline strip: today, the decree deadline, the fixing date (DCT or paslon).
    enum StripMark { case today, deadline, fixing }

    func legend(_ mark: StripMark, pilkadaOnly: Bool = false) -> String {
        switch mark {
        case .today: Message(en: "today", id: "hari ini").text(language)
        case .deadline: Message(en: "decree deadline", id: "batas SK").text(language)
        case .fixing: pilkadaOnly ? self(.paslonFixed) : Message(en: "DCT / pair fixed", id: "DCT / penetapan paslon").text(language)
        }
    }

    /// The units panel's number columns, longest form first: in words, never `lewat hk`.
    func unitColumnHeadings() -> [[String]] {
        [[Message(en: "cand. w/o decree", id: "calon tanpa SK"), Message(en: "candidates", id: "calon"), Message(en: "cand.", id: "calon")],
         [Message(en: "requests overdue", id: "permohonan lewat batas"), Message(en: "overdue", id: "lewat batas"), Message(en: "late", id: "lewat")],
         [Message(en: "open cases", id: "kasus terbuka"), Message(en: "cases", id: "kasus"), Message(en: "cases", id: "kasus")]]
            .map { $0.map { $0.text(language) } }
    }

    /// A case or request with no unit in the files: shown apart, not as a unit.
    func noUnitName() -> String { Message(en: "(no unit)", id: "(tanpa unit)").text(language) }

    /// The key figures of a small screen: (long label, short label) per figure.
    func figureLabels() -> [(long: String, short: String)] {
        [(self(.officers), Message(en: "Officers", id: "Pegawai").text(language)),
         (self(.candidates), Message(en: "Cand.", id: "Calon").text(language)),
         (self(.pendingRetirements), Message(en: "Retiring", id: "Pensiun").text(language)),
         (self(.openCases), Message(en: "Cases", id: "Kasus").text(language))]
    }

    /// `Edaran SE-WALIKOTA-2023:` — the head of the circular's line on a small screen.
    func circularLineHead(_ id: String) -> String { "\(circularDoneWord()) \(UntrustedText.sanitized(id)):" }

    /// `14/28 unit selesai`
    func unitsDone(_ done: Int, of due: Int) -> String {
        Message(en: "\(done)/\(due) units done", id: "\(done)/\(due) unit selesai").text(language)
    }

    /// `Keluar dari dinas:` — the head of the retirements' line on a small screen.
    func leavingLineHead() -> String { Message(en: "Leaving:", id: "Keluar dari dinas:").text(language) }

    /// `berikutnya` before the next retirement's name.
    func nextWord() -> String { Message(en: "next", id: "berikutnya").text(language) }

    /// `lewat BUP` before an overdue retirement's name.
    func pastAgeWord() -> String { Message(en: "past retirement age", id: "lewat BUP").text(language) }
}
