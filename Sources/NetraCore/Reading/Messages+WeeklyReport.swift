import Foundation

/// The weekly report's words (`netra report`), English beside Indonesian.
extension Messages {
    /// The report's fixed words, by key.
    public enum ReportWord: String, Sendable, CaseIterable {
        case title, internalDoc, publicDoc, dataAsOf, week
        case candidates, timeline, retirements, cases, circulars, changes, critical
        case withoutDecree, decreed, inProcess, notFiled, rejected, retiringFirst
        case pendingRetirements, pastRetirementAge, openCases, overdueCases, overdueRequests, criticalAlerts, unitsDone
        case pastTMT, deadline, fixing, today, noElections, noCircular, noChanges, noCritical, noJournal, more
        case reported, atBawaslu, forwarded, recommended, decided, blocked, overdueAt, bawaslu, recommendation, ppk
        case unitsNotDone, late
    }

    public static func report(_ word: ReportWord) -> Message {
        switch word {
        case .title: Message(en: "Weekly report: civil-service neutrality", id: "Laporan mingguan netralitas ASN")
        case .internalDoc: Message(en: "Internal document: contains personal data", id: "Dokumen internal: memuat data pribadi")
        case .publicDoc: Message(en: "Public version: no names or NIPs", id: "Versi publik: tanpa nama dan NIP")
        case .dataAsOf: Message(en: "data as of", id: "data per")
        case .week: Message(en: "Week", id: "Minggu")
        case .candidates: Message(en: "Candidates and dismissal decrees", id: "Calon dan SK pemberhentian")
        case .timeline: Message(en: "Election stages", id: "Tahapan pemilihan")
        case .retirements: Message(en: "Leaving the service (next 12 months)", id: "Keluar dari dinas (12 bulan ke depan)")
        case .cases: Message(en: "Neutrality cases", id: "Kasus netralitas")
        case .circulars: Message(en: "Circulars: completion per unit", id: "Edaran: penyelesaian per unit")
        case .changes: Message(en: "This week's changes", id: "Perubahan minggu ini")
        case .critical: Message(en: "Open critical matters", id: "Hal kritis yang terbuka")
        case .withoutDecree: Message(en: "without decree", id: "tanpa SK")
        case .decreed: Message(en: "decree", id: "SK terbit")
        case .inProcess: Message(en: "in process", id: "proses")
        case .notFiled: Message(en: "not filed", id: "belum diajukan")
        case .rejected: Message(en: "rejected", id: "ditolak")
        case .retiringFirst: Message(en: "age retirement first", id: "pensiun BUP dulu")
        case .pendingRetirements: Message(en: "retirements in process", id: "pensiun dalam proses")
        case .pastRetirementAge: Message(en: "past retirement age", id: "lewat BUP")
        case .openCases: Message(en: "open cases", id: "kasus terbuka")
        case .overdueCases: Message(en: "overdue cases", id: "kasus lewat batas")
        case .overdueRequests: Message(en: "requests past their limit", id: "permohonan lewat batas")
        case .criticalAlerts: Message(en: "critical alerts", id: "peringatan kritis")
        case .unitsDone: Message(en: "units done", id: "unit selesai")
        case .pastTMT: Message(en: "past", id: "lewat")
        case .deadline: Message(en: "decree deadline", id: "batas SK")
        case .fixing: Message(en: "candidates fixed", id: "penetapan calon")
        case .today: Message(en: "today", id: "hari ini")
        case .noElections: Message(en: "No schedule.toml: no election stages.", id: "Tidak ada schedule.toml: tidak ada tahapan.")
        case .noCircular: Message(en: "No circulars recorded.", id: "Tidak ada edaran tercatat.")
        case .noChanges: Message(en: "No changes recorded this week.", id: "Tidak ada perubahan tercatat minggu ini.")
        case .noCritical: Message(en: "Nothing critical is open.", id: "Tidak ada hal kritis yang terbuka.")
        case .noJournal: Message(en: "No journal yet: changes are recorded from the second reading on.",
                                 id: "Belum ada jurnal: perubahan tercatat mulai pembacaan kedua.")
        case .more: Message(en: "more", id: "lainnya")
        case .reported: Message(en: "reported", id: "dilaporkan")
        case .atBawaslu: Message(en: "at Bawaslu", id: "di Bawaslu")
        case .forwarded: Message(en: "forwarded", id: "diteruskan")
        case .recommended: Message(en: "recommendation", id: "rekomendasi")
        case .decided: Message(en: "PPK decided", id: "diputus PPK")
        case .blocked: Message(en: "data blocked", id: "data diblokir")
        case .overdueAt: Message(en: "overdue at", id: "lewat batas di")
        case .bawaslu: Message(en: "Bawaslu", id: "Bawaslu")
        case .recommendation: Message(en: "recommendation", id: "rekomendasi")
        case .ppk: Message(en: "PPK", id: "PPK")
        case .unitsNotDone: Message(en: "units not done", id: "unit belum selesai")
        case .late: Message(en: "late", id: "terlambat")
        }
    }

    /// `Week 21 (22–28 May 2023)`.
    public static func reportWeek(_ week: ISOWeek) -> Message {
        Message { l in
            let months = l == .en ? ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                : ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
            let (a, b) = (week.monday, week.sunday)
            let from = a.month == b.month ? "\(a.day)" : "\(a.day) \(months[a.month - 1])"
            return "\(report(.week).text(l)) \(week.week) (\(from)–\(b.day) \(months[b.month - 1]) \(b.year))"
        }
    }

    /// `--week` that is not an ISO week.
    public static func reportBadWeek(_ raw: String) -> Message {
        let v = UntrustedText.quoted(raw)
        return Message(en: "--week \(v) is not an ISO week: write it like 2023-W21", id: "--week \(v) bukan minggu ISO: tulis seperti 2023-W21")
    }

    /// No Chromium for `--format pdf`.
    public static func reportNoBrowser(_ tried: [String]) -> Message {
        let list = tried.joined(separator: ", ")
        return Message(en: "--format pdf needs headless Chromium (tried: \(list)); install it (Debian: apt-get install chromium) or write HTML and print it from a browser: netra report > laporan.html",
                       id: "--format pdf memerlukan Chromium headless (dicoba: \(list)); pasang (Debian: apt-get install chromium) atau tulis HTML lalu cetak dari peramban: netra report > laporan.html")
    }

    public static func reportPDFFailed(_ reason: String) -> Message {
        let r = UntrustedText.quoted(reason, limit: 160)
        return Message(en: "the PDF could not be made: \(r)", id: "PDF tidak dapat dibuat: \(r)")
    }

    public static let reportPDFToTerminal = Message(en: "a PDF is a binary file and cannot be shown in the terminal: send it into a file, e.g. netra report --format pdf > laporan.pdf",
                                                    id: "PDF adalah berkas biner dan tidak bisa ditampilkan di terminal: arahkan ke berkas, misalnya netra report --format pdf > laporan.pdf")
}
