import Foundation

/// The journal's sentences (`netra changes`, the report's week of changes, warnings
/// about the journal's files), English beside Indonesian.
extension Messages {
    public static func journalNotWritten(path: String, reason: String) -> Message {
        let p = UntrustedText.quoted(path, limit: 300), r = UntrustedText.quoted(reason, limit: 120)
        return Message(en: "warning: the journal of changes could not be written in \(p): \(r)",
                       id: "warning: jurnal perubahan tidak dapat ditulis di \(p): \(r)")
    }

    public static func journalLinesSkipped(_ n: Int, file: String) -> Message {
        let f = UntrustedText.quoted(file, limit: 300)
        return Message(en: "warning: \(n) line\(n == 1 ? "" : "s") of the journal \(f) are not whole events (a writer stopped mid-line?) and were skipped",
                       id: "warning: \(n) baris jurnal \(f) bukan peristiwa utuh (penulis terhenti di tengah baris?) dan dilewati")
    }
}

extension Messages {
    /// One event as a sentence: `Kasus NTR-2023-001 — Irwan Saputra: di Bawaslu → diteruskan ke KASN/BKN`.
    public static func journalEvent(_ e: JournalEvent) -> Message {
        Message { l in
            let en = l == .en
            let from = e.from.map { journalState(key: e.key, state: $0).text(l) } ?? ""
            let to = e.to.map { journalState(key: e.key, state: $0).text(l) } ?? ""
            let kind = requestKindWord(key: e.key).text(l)
            switch e.kind {
            case .officerAdded: return en ? "New officer in the roster: \(e.label)" : "Pegawai baru di daftar: \(e.label)"
            case .officerLeft: return en ? "Officer no longer in the roster: \(e.label)" : "Pegawai tidak lagi di daftar: \(e.label)"
            case .candidacyChanged: return en ? "Candidacy of \(e.label): \(from) → \(to)" : "Pencalonan \(e.label): \(from) → \(to)"
            case .requestFiled: return en ? "Request filed: \(kind), \(e.label)" : "Permohonan diajukan: \(kind), \(e.label)"
            case .requestAdvanced:
                return en ? "Request \(kind), \(e.label): \(from) → \(to)" : "Permohonan \(kind), \(e.label): \(from) → \(to)"
            case .requestDecided: return en ? "Request \(kind), \(e.label) decided: \(to)" : "Permohonan \(kind), \(e.label) diputus: \(to)"
            case .retirementDue: return en ? "Age retirement coming up: \(e.label)" : "Pensiun BUP mendekat: \(e.label)"
            case .retirementOverdue:
                return en ? "Past retirement age without a decree: \(e.label)" : "Lewat BUP tanpa SK: \(e.label)"
            case .caseOpened: return en ? "New case \(e.label) (\(to))" : "Kasus baru \(e.label) (\(to))"
            case .caseAdvanced: return en ? "Case \(e.label): \(from) → \(to)" : "Kasus \(e.label): \(from) → \(to)"
            case .caseClosed: return en ? "Case settled \(e.label) (\(to))" : "Kasus selesai \(e.label) (\(to))"
            case .circularAcknowledged: return en ? "Circular \(e.label): \(to)" : "Edaran \(e.label): \(to)"
            case .alertRaised:
                let what = e.messages?[l.rawValue] ?? alertKindPhrase(key: e.key, label: e.label).text(l)
                return (en ? "New alert" : "Peringatan baru") + " (\(severityWord(e.severity).text(l))): \(what)"
            case .alertCleared:
                return (en ? "Alert cleared: " : "Peringatan selesai: ") + alertKindPhrase(key: e.key, label: e.label).text(l)
            }
        }
    }

    /// A state as the journal keeps it, in words (`at_bawaslu` → `di Bawaslu`).
    static func journalState(key: String, state: String) -> Message {
        let family = key.prefix { $0 != ":" }
        switch (family, state) {
        case ("officer", "none"): return Message(en: "not a candidate", id: "bukan calon")
        case ("officer", "withdrawn"): return Message(en: "withdrawn", id: "mundur")
        case ("request", "filed"): return Message(en: "filed", id: "diajukan")
        case ("request", "verified"): return Message(en: "verified", id: "diverifikasi")
        case ("request", "sent"): return Message(en: "sent to BKN", id: "dikirim ke BKN")
        case ("request", "decreed"): return Message(en: "decree issued", id: "SK terbit")
        case ("request", "rejected"): return Message(en: "rejected", id: "ditolak")
        case ("case", "reported"): return Message(en: "reported", id: "dilaporkan")
        case ("case", "at_bawaslu"): return Message(en: "at Bawaslu", id: "di Bawaslu")
        case ("case", "forwarded"): return Message(en: "forwarded to KASN/BKN", id: "diteruskan ke KASN/BKN")
        case ("case", "recommended"): return Message(en: "recommendation issued", id: "rekomendasi terbit")
        case ("case", "decided"): return Message(en: "decided by the PPK", id: "diputus PPK")
        case ("case", "blocked"): return Message(en: "data blocked by BKN", id: "data diblokir BKN")
        case ("case", "closed"): return Message(en: "closed", id: "ditutup")
        case ("circular", "received"): return Message(en: "received", id: "diterima")
        case ("circular", "passed_on"): return Message(en: "passed on", id: "diteruskan")
        case ("circular", "partly_signed"): return Message(en: "pact partly signed", id: "pakta sebagian ditandatangani")
        case ("circular", "done"): return Message(en: "done", id: "selesai")
        case ("retirement", "due"): return Message(en: "due", id: "mendekat")
        case ("retirement", "overdue"): return Message(en: "overdue", id: "lewat")
        case ("alert", _): return severityWord(state)
        default: return Message(en: state, id: state)  // candidacies: bacaleg, dcs, dct … read alike
        }
    }

    static func severityWord(_ severity: String?) -> Message {
        switch severity {
        case "critical": Message(en: "critical", id: "kritis")
        case "warning": Message(en: "warning", id: "awas")
        default: Message(en: "info", id: "info")
        }
    }

    /// `request:<nip>:<kind>:<date>` → the kind in words.
    static func requestKindWord(key: String) -> Message {
        let parts = key.split(separator: ":")
        guard parts.count >= 3, let kind = RequestKind.parse(String(parts[2])) else { return Message(en: "", id: "") }
        switch kind {
        case .early: return Message(en: "early retirement", id: "pensiun dini")
        case .resignation: return Message(en: "resignation", id: "pengunduran diri")
        case .age: return Message(en: "age retirement", id: "pensiun BUP")
        }
    }

    /// An alert's kind and subject without its numbers (`calon belum mengajukan
    /// pengunduran diri — Hendra Wijaya`): the count-of-one phrase of `alertKind`
    /// without its leading "1 ".
    static func alertKindPhrase(key: String, label: String) -> Message {
        let raw = key.dropFirst("alert:".count).prefix { $0 != "|" }
        guard let kind = Alert.Kind(rawValue: String(raw)) else { return Message(en: label, id: label) }
        return Message { l in
            let phrase = alertKind(kind, count: 1).text(l)
            let bare = phrase.hasPrefix("1 ") ? String(phrase.dropFirst(2)) : phrase
            return label.isEmpty ? bare : "\(bare) — \(label)"
        }
    }

    /// `No changes recorded since 22 May 2023 10:00.`
    public static func journalNothingSince(_ since: String) -> Message {
        Message(en: "No changes recorded since \(since).", id: "Tidak ada perubahan tercatat sejak \(since).")
    }

    /// `netra changes` before any reading was recorded for the folder.
    public static func journalEmpty(folder: String) -> Message {
        let f = UntrustedText.quoted(folder)
        return Message(en: "No journal for \(f) yet: it starts with the first netra check or dashboard on the folder, and records changes from the next one.",
                       id: "Belum ada jurnal untuk \(f): jurnal dimulai pada netra check atau dasbor pertama atas folder ini, dan mencatat perubahan mulai pembacaan berikutnya.")
    }

    /// `--since` that is neither a duration nor a date.
    public static func journalBadSince(_ raw: String) -> Message {
        let v = UntrustedText.quoted(raw)
        return Message(en: "--since \(v) is not a duration or a date: write 24h, 7d, 2023-05-22 or 2023-05-22T10:00:00+08:00",
                       id: "--since \(v) bukan durasi atau tanggal: tulis 24h, 7d, 2023-05-22 atau 2023-05-22T10:00:00+08:00")
    }

    /// A moment on the office's clock: `Sel 23 Mei 2023 10:00` / `Tue 23 May 2023 10:00`.
    public static func journalMoment(_ date: Date, zone: TimeZone) -> Message {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let (y, m, d, h, min, wd) = (c.year ?? 0, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0, c.weekday ?? 1)
        let time = String(format: "%02d:%02d", h, min)
        let idDays = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"], enDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let idMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
        let enMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return Message(en: "\(enDays[wd - 1]) \(d) \(enMonths[m - 1]) \(y) \(time)", id: "\(idDays[wd - 1]) \(d) \(idMonths[m - 1]) \(y) \(time)")
    }

    /// A moment in a narrow column: `23 Mei 09:00` / `23 May 09:00`.
    public static func journalShortMoment(_ date: Date, zone: TimeZone) -> Message {
        Message { l in
            let words = journalMoment(date, zone: zone).text(l).split(separator: " ")  // Sel 23 Mei 2023 09:00
            return words.count == 5 ? "\(words[1]) \(words[2]) \(words[4])" : words.joined(separator: " ")
        }
    }

    /// The heading of `netra changes`: `Perubahan sejak Sen 22 Mei 2023 10:00: 12`.
    public static func journalHeading(since: String, count: Int) -> Message {
        Message(en: "Changes since \(since): \(count)", id: "Perubahan sejak \(since): \(count)")
    }
}
