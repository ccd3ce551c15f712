import NetraCore

/// The sentences of the linear mode (`--linear`, issue 27): what a screen reader says
/// instead of the boxes, bars and columns. Every sentence is whole; dates carry full
/// month names and counts are said in words beside their numbers.
extension UIText {
    /// Full month names, for dates that are spoken (`3 Oktober 2023`).
    var fullMonths: [String] {
        switch language {
        case .id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
        case .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        }
    }

    /// Full weekday names, Monday first.
    var fullWeekdays: [String] {
        switch language {
        case .id: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
        case .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        }
    }

    /// `pukul 23.59 WIB`, `at 23:59 WIB`.
    func linearClock(hour: Int, minute: Int, zone: String) -> String {
        switch language {
        case .id: String(format: "pukul %02d.%02d ", hour, minute) + zone
        case .en: String(format: "at %02d:%02d ", hour, minute) + zone
        }
    }

    /// How far a day is from today: `133 hari lagi`, `hari ini`, `52 hari lalu`.
    func linearDays(_ offset: Int) -> String {
        if offset == 0 { return Message(en: "today", id: "hari ini").text(language) }
        if offset > 0 { return Message(en: offset == 1 ? "in 1 day" : "in \(offset) days", id: "\(offset) hari lagi").text(language) }
        let n = -offset
        return Message(en: n == 1 ? "1 day ago" : "\(n) days ago", id: "\(n) hari lalu").text(language)
    }

    /// `4 dari 5`, `4 of 5`.
    func linearOf(_ part: String, _ whole: String) -> String { Message(en: "\(part) of \(whole)", id: "\(part) dari \(whole)").text(language) }

    /// `20 persen`.
    func linearPercent(_ n: String) -> String { Message(en: "\(n) percent", id: "\(n) persen").text(language) }

    /// `4 hari`, `4 hari kerja`: the abbreviations a column uses, spelt out.
    func linearDayUnit(_ n: String, working: Bool) -> String {
        working ? Message(en: "\(n) working days", id: "\(n) hari kerja").text(language)
            : Message(en: n == "1" ? "1 day" : "\(n) days", id: "\(n) hari").text(language)
    }

    /// The screen's first line: `Ringkasan. Kota Balikpapan, Selasa 23 Mei 2023 pukul 10.00 WITA.`
    func linearHeading(view: String, place: String, when: String, demo: Bool) -> String {
        let demoWord = demo ? Message(en: " Demo data.", id: " Data contoh.").text(language) : ""
        return "\(view). \(place), \(when).\(demoWord)"
    }

    /// `Calon Pemilu DPRD 2024: 4 tanpa SK dari 5.`
    func linearCandidates(election: String, withoutDecree: Int, total: Int) -> String {
        Message(en: "Candidates \(election): \(withoutDecree) without decree of \(total).",
                id: "Calon \(election): \(withoutDecree) tanpa SK dari \(total).").text(language)
    }

    /// After the deadline: `Calon Pemilu DPRD 2024: 3 tepat waktu, 2 terlewat dari 5.`
    func linearCandidatesAfter(election: String, inTime: Int, missed: Int, total: Int) -> String {
        Message(en: "Candidates \(election): \(inTime) in time, \(missed) missed, of \(total).",
                id: "Calon \(election): \(inTime) tepat waktu, \(missed) terlewat, dari \(total).").text(language)
    }

    /// `Batas 3 Oktober 2023 pukul 23.59 WIB, 133 hari lagi.`
    func linearDeadline(_ when: String, _ left: String, passed: Bool) -> String {
        passed ? Message(en: "Deadline \(when), passed \(left).", id: "Batas \(when), sudah lewat, \(left).").text(language)
            : Message(en: "Deadline \(when), \(left).", id: "Batas \(when), \(left).").text(language)
    }

    /// `Rincian: SK 0, proses 2, belum diajukan 2.`
    func linearBreakdown(_ parts: [String]) -> String { Message(en: "In detail: ", id: "Rincian: ").text(language) + parts.joined(separator: ", ") + "." }

    /// `DCT ditetapkan 3 November 2023 pukul 23.59 WIB.`
    func linearFixing(_ word: String, _ when: String) -> String {
        Message(en: "\(word) fixed \(when).", id: "\(word) ditetapkan \(when).").text(language)
    }

    /// `Tahapan Pemilu DPRD 2024 berjalan: Verifikasi …, 20 persen, berakhir 24 Juni 2023 pukul 00.59 WITA, 31 hari lagi.`
    func linearRunning(election: String, stage: String, percent: Int, ends: String, left: String) -> String {
        Message(en: "Running for \(election): \(stage), \(percent) percent, ends \(ends), \(left).",
                id: "Tahapan \(election) berjalan: \(stage), \(percent) persen, berakhir \(ends), \(left).").text(language)
    }

    /// `Berikutnya untuk Pemilu DPRD 2024: Pengajuan perbaikan dokumen, mulai 26 Juni 2023 pukul 00.00 WIB, 34 hari lagi.`
    func linearNext(election: String, stage: String, starts: String, left: String) -> String {
        Message(en: "Next for \(election): \(stage), starts \(starts), \(left).",
                id: "Berikutnya untuk \(election): \(stage), mulai \(starts), \(left).").text(language)
    }

    /// `Tahapan Pemilu DPRD 2024: semua tahapan selesai.`
    func linearStagesDone(election: String) -> String {
        Message(en: "Stages of \(election): all done.", id: "Tahapan \(election): semua selesai.").text(language)
    }

    /// `Kasus netralitas: 7 terbuka, 4 lewat batas, 2 menyangkut calon.`
    func linearSection(_ title: String, _ parts: [String]) -> String { "\(title): " + parts.joined(separator: ", ") + "." }

    /// `Pensiun BUP: Syamsul Bahri, 1 Agustus 2023, 70 hari lagi.`
    func linearAgeRetirement(name: String, date: String, left: String, past: Bool) -> String {
        past ? Message(en: "Past retirement age: \(name), since \(date), \(left).", id: "Lewat BUP: \(name), sejak \(date), \(left).").text(language)
            : Message(en: "Retires by age: \(name), \(date), \(left).", id: "Pensiun BUP: \(name), \(date), \(left).").text(language)
    }

    /// `Edaran SE-WALIKOTA-2023: 14 dari 28 unit selesai, 14 terlambat.`
    func linearCircular(id: String, done: Int, due: Int, late: Int) -> String {
        Message(en: "Circular \(id): \(done) of \(due) units done, \(late) late.",
                id: "Edaran \(id): \(done) dari \(due) unit selesai, \(late) terlambat.").text(language)
    }

    /// `Unit yang perlu perhatian: Dinas Perhubungan, 1 calon tanpa SK, 0 permohonan lewat batas, 1 kasus terbuka.`
    func linearUnitLine(_ title: String, unit: String, withoutDecree: Int, overdue: Int, cases: Int) -> String {
        let counts = [
            Message(en: withoutDecree == 1 ? "1 candidate without decree" : "\(withoutDecree) candidates without decree", id: "\(withoutDecree) calon tanpa SK"),
            Message(en: overdue == 1 ? "1 request overdue" : "\(overdue) requests overdue", id: "\(overdue) permohonan lewat batas"),
            Message(en: cases == 1 ? "1 open case" : "\(cases) open cases", id: "\(cases) kasus terbuka"),
        ].map { $0.text(language) }
        return "\(title): \(unit), " + counts.joined(separator: ", ") + "."
    }

    /// `Peringatan: 12. 5 kritis, 4 awas, 3 info.`
    func linearAlertCount(_ total: Int, _ bySeverity: [(word: String, count: Int)]) -> String {
        let head = "\(self(.alerts)): \(total)."
        guard !bySeverity.isEmpty else { return head }
        return head + " " + bySeverity.map { "\($0.count) \($0.word.lowercased())" }.joined(separator: ", ") + "."
    }

    /// `Saring: semua. Urut: nama. 40 baris.`
    func linearListState(filter: String?, sort: String?, search: String?, rows: Int) -> String {
        var parts: [String] = []
        if let filter { parts.append(Message(en: "Filter: \(filter).", id: "Saring: \(filter).").text(language)) }
        if let sort { parts.append(Message(en: "Sort: \(sort).", id: "Urut: \(sort).").text(language)) }
        if let search, !search.isEmpty { parts.append(Message(en: "Search: \(search).", id: "Cari: \(search).").text(language)) }
        parts.append(Message(en: rows == 1 ? "1 row." : "\(rows) rows.", id: "\(rows) baris.").text(language))
        return parts.joined(separator: " ")
    }

    /// `Baris 3 dari 12: …` — a row read with its place in the list.
    func linearRow(_ n: Int, of total: Int, _ reading: String) -> String {
        Message(en: "Row \(n) of \(total): ", id: "Baris \(n) dari \(total): ").text(language) + reading
    }

    /// `Terpilih: …` — the selection, said when it changes.
    func linearSelected(_ reading: String) -> String { Message(en: "Selected: ", id: "Terpilih: ").text(language) + reading }

    /// The rows after the ones read at a view's opening.
    func linearMoreRows(_ n: Int) -> String {
        Message(en: "\(n) more rows: j or down arrow reads the next one, ? reads the keys.",
                id: "\(n) baris lagi: j atau panah bawah membaca berikutnya, ? membaca tombol.").text(language)
    }

    /// The view's list is empty.
    func linearNoRows() -> String { Message(en: "No rows.", id: "Tidak ada baris.").text(language) }

    /// `Diperbarui: 1 kasus baru, NTR-2023-008.`
    func linearUpdated(_ parts: [String]) -> String {
        Message(en: "Updated: ", id: "Diperbarui: ").text(language)
            + (parts.isEmpty ? Message(en: "data read again, nothing shown changed", id: "data dibaca ulang, tidak ada yang berubah").text(language)
                : parts.joined(separator: "; ")) + "."
    }

    enum LinearChange { case newCases, changedCases, newOfficers, changedOfficers, newAlerts, broken }

    /// `1 kasus baru, NTR-2023-008`, `2 peringatan baru`.
    func linearChange(_ kind: LinearChange, count: Int, names: [String]) -> String {
        let shown = names.prefix(5).joined(separator: ", ")
        let more = names.count > 5 ? Message(en: " and \(names.count - 5) more", id: " dan \(names.count - 5) lainnya").text(language) : ""
        let head: String = switch kind {
        case .newCases: Message(en: count == 1 ? "1 new case" : "\(count) new cases", id: "\(count) kasus baru").text(language)
        case .changedCases: Message(en: count == 1 ? "1 case changed" : "\(count) cases changed", id: "\(count) kasus berubah").text(language)
        case .newOfficers: Message(en: count == 1 ? "1 new officer" : "\(count) new officers", id: "\(count) pegawai baru").text(language)
        case .changedOfficers: Message(en: count == 1 ? "1 officer changed" : "\(count) officers changed", id: "\(count) pegawai berubah").text(language)
        case .newAlerts: Message(en: count == 1 ? "1 new alert" : "\(count) new alerts", id: "\(count) peringatan baru").text(language)
        case .broken: Message(en: "broken, last good data kept", id: "rusak, data terakhir yang baik tetap dipakai").text(language)
        }
        if kind == .broken { return shown + " " + head }
        return names.isEmpty ? head : "\(head), \(shown)\(more)"
    }

    /// The keys, read at `?`.
    func linearKeysHeading() -> String { Message(en: "Keys. Press ? again or q to close.", id: "Tombol. Tekan ? lagi atau q untuk menutup.").text(language) }

    /// `j atau panah bawah: baris berikutnya.`
    func linearKey(_ keys: [String], _ help: String) -> String {
        keys.joined(separator: Message(en: " or ", id: " atau ").text(language)) + ": " + help + "."
    }

    /// How a key is said.
    func spokenKey(_ key: Key) -> String {
        switch key {
        case .character(" "): Message(en: "space", id: "spasi").text(language)
        case .character(let c): String(c)
        case .up: Message(en: "up arrow", id: "panah atas").text(language)
        case .down: Message(en: "down arrow", id: "panah bawah").text(language)
        case .left: Message(en: "left arrow", id: "panah kiri").text(language)
        case .right: Message(en: "right arrow", id: "panah kanan").text(language)
        case .pageUp: "Page Up"
        case .pageDown: "Page Down"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift Tab"
        case .enter: "Enter"
        case .escape: "Escape"
        case .backspace: "Backspace"
        case .control(let c): "Control \(c.uppercased())"
        case .function(let n): "F\(n)"
        }
    }

    /// Heading of the detail reading.
    func linearDetail(_ title: String) -> String { Message(en: "Detail: \(title). Esc or q closes it.", id: "Rincian: \(title). Esc atau q menutupnya.").text(language) }

    /// Heading of the problems reading.
    func linearProblems(_ count: Int) -> String {
        Message(en: "Problems with the data: \(count). Press ! again to close.", id: "Masalah data: \(count). Tekan ! lagi untuk menutup.").text(language)
    }

    /// When a search line opens.
    func linearSearching() -> String {
        Message(en: "Search: type, then Enter; Esc cancels.", id: "Cari: ketik, lalu Enter; Esc membatalkan.").text(language)
    }

    /// When a choice list (filter by value, command line) opens.
    func linearPicker(_ title: String, _ options: [String]) -> String {
        Message(en: "Choose \(title): ", id: "Pilih \(title): ").text(language) + options.joined(separator: "; ") + "."
    }

    /// The status notice after an action (an export, a copy), read once.
    func linearNotice(_ notice: String) -> String { Message(en: "Note: ", id: "Catatan: ").text(language) + notice }

    /// Column heading of a field with no heading of its own (the candidate mark).
    func linearUnnamedField() -> String { Message(en: "Mark", id: "Tanda").text(language) }
}
