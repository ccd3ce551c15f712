import NetraCore

// The interface language is `NetraCore.Language`: the core's messages speak it too.

/// Every word the dashboard shows, per language. Views never spell UI text
/// themselves; they ask this table.
public struct UIText: Sendable {
    public let language: Language
    public let viewNames: [ViewID: String]
    public let months: [String]           // short month names
    public let weekdays: [String]         // Monday first
    let words: [Word: String]

    /// Short labels used across views.
    enum Word: CaseIterable {
        case demo, running, next, none, deadline, dctFixed, officers, candidates, pendingRetirements, openCases
        case alerts, noAlerts, starts, ends, ended, nip, name, unit, position, grade, candidacy, party, district
        case retirement, kind, filed, stage, effective, pension, daysLeft, source, status, due, category, summary
        case overdue, help, helpTitle, searchPrompt, filter, sort, updated, tooSmall, noRows
        case withPension, withoutPension, notApplicable, ageRetirement, officer, unknownOfficer, detail, closeHint
        case reported, done, upcoming, progress, quit, selectionGone
        case waited, workingDays, moreProblems, requests, serviceYears, age, deadlineShort
        case folderMissing, databaseAway, brokenSince
        // Problems: the banner and the panel (`!`)
        case problemCount, problemCountOne, problemsKey, problemsTitle, problemsOther, problemError, problemWarning, problemsScroll, problemsNone
        // Elections and retirement rules
        case deadlinePaslon, deadlinePaslonShort, paslonFixed, passed, workAgreementEnd, fromColumn, inferredFrom
        // Kiosk
        case countdownPage, towards, allStagesDone, daysUnit, hoursUnit, minutesUnit, secondsUnit
        case dataUnavailable, dataUnavailableHint, dataProblem, kiosk, rotatesIn, rotationPaused
        case pinPrompt, pinHint, wrongPIN, pinBlocked, pinTimedOut, caseCounts, total, overdueCases
        // Filter and sort labels (the views' named choices)
        case filterAll, filterCriticalWarning, filterCandidates, filterRetiringWithin, filterRequests, filterAge, filterNotDone, filterOpen
        case sortUrgency, sortName, sortUnit, sortRetirementDate, sortDeadline, sortFiled, sortTime, sortDue, sortNewest, sortNumber
        case pinChecking, pinCheckFailed, fullDetailsShown, withoutDecree, dataAt, readAt
        // Lists a clerk works in
        case filterCandidatesWithoutDecree, filterInProcess, filterFinished, filterEverything, filterOverdue
        case noRequest, decree, noMatch, noMatchConditions
        case exportedTo, exportFailed, noLink, noTrail, notInKiosk, commandLine, filterByColumn, related, clearColumnFilters
        case legendTitle, legendCandidate, legendFresh, legendCritical, legendWarning, legendInfo, legendRunning, legendUpcoming
        case legendDone, legendTrack, legendRejected, legendDaysLeft, legendDaysPast, legendWorkingDays, legendSort, legendPointer
        case helpFilters, helpSorts, helpScroll, columnSortLabel, followHint
    }

    public static func table(for language: Language) -> UIText {
        language == .en ? english : indonesian
    }

    func callAsFunction(_ word: Word) -> String { words[word] ?? "\(word)" }

    static let indonesian = UIText(
        language: .id,
        viewNames: [.overview: "Ringkasan", .officers: "Pegawai", .retirements: "Pensiun", .schedule: "Tahapan", .cases: "Kasus",
                    .units: "Unit", .circulars: "Edaran", .sites: "Wilayah"],
        months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
        weekdays: ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
        words: [
            .demo: "DEMO", .running: "Berjalan", .next: "Berikutnya", .none: "—", .deadline: "Batas SK pemberhentian caleg",
            .dctFixed: "Penetapan DCT", .officers: "Pegawai", .candidates: "Calon", .pendingRetirements: "Pensiun dalam proses",
            .openCases: "Kasus terbuka", .alerts: "Peringatan", .noAlerts: "Tidak ada peringatan.", .starts: "mulai",
            .ends: "berakhir", .ended: "selesai", .nip: "NIP", .name: "Nama", .unit: "Unit kerja", .position: "Jabatan",
            .grade: "Gol", .candidacy: "Pencalonan", .party: "Partai", .district: "Dapil", .retirement: "Pensiun",
            .kind: "Jenis", .filed: "Diajukan", .stage: "Tahap", .effective: "TMT", .pension: "Hak pensiun",
            .daysLeft: "Sisa", .source: "Sumber", .status: "Status", .due: "Batas", .category: "Kategori",
            .summary: "Ringkasan", .overdue: "LEWAT", .help: "bantuan",
            .helpTitle: "Tombol", .searchPrompt: "Cari", .filter: "Saring", .sort: "Urut", .updated: "diperbarui", .tooSmall: "Terminal terlalu kecil (perlu %d×%d)", .noRows: "Tidak ada data.",
            .withPension: "dengan pensiun", .withoutPension: "tanpa pensiun", .notApplicable: "tidak berlaku",
            .ageRetirement: "pensiun BUP", .officer: "Pegawai", .unknownOfficer: "(tidak dikenal)", .detail: "Rincian",
            .closeHint: "q Esc tutup", .reported: "Dilaporkan", .done: "selesai", .upcoming: "akan datang", .progress: "kemajuan", .quit: "keluar",
            .selectionGone: "Baris terpilih tidak ada lagi", .waited: "Tunggu", .workingDays: "hk",
            .moreProblems: "lainnya: netra check", .requests: "Permohonan",
            .serviceYears: "masa kerja", .age: "usia", .deadlineShort: "Batas SK caleg",
            .deadlinePaslon: "Batas SK pemberhentian paslon", .deadlinePaslonShort: "Batas SK paslon",
            .paslonFixed: "Penetapan paslon", .passed: "LEWAT", .workAgreementEnd: "akhir perjanjian kerja",
            .fromColumn: "kolom bup", .inferredFrom: "dari jabatan",
            .folderMissing: "Folder data tidak tersedia sejak %@ — data terakhir yang baik tetap tampil",
            .databaseAway: "Basis data tak terjangkau sejak %@ — data terakhir yang baik tetap tampil; menyambung ulang",
            .brokenSince: "Rusak sejak %@, data terakhir yang baik tetap tampil",
            .problemCount: "%d masalah", .problemCountOne: "1 masalah", .problemsKey: "! lihat semua", .problemsTitle: "Masalah data",
            .problemsOther: "Lainnya", .problemError: "kesalahan", .problemWarning: "peringatan",
            .problemsScroll: "j k PgUp PgDn gulir · q Esc tutup", .problemsNone: "Tidak ada masalah pada berkas data.",
            .countdownPage: "Hitung mundur", .towards: "Menuju tahapan", .allStagesDone: "Semua tahapan telah selesai.",
            .daysUnit: "hari", .hoursUnit: "jam", .minutesUnit: "menit", .secondsUnit: "detik",
            .dataUnavailable: "Data tidak tersedia sejak %@", .dataUnavailableHint: "Layar ini kembali sendiri begitu data tersedia lagi.",
            .dataProblem: "Sebagian data belum diperbarui (%@)", .kiosk: "Kiosk", .rotatesIn: "berganti dalam %d dtk",
            .rotationPaused: "rotasi dijeda %d dtk", .pinPrompt: "PIN", .pinHint: "Enter kirim · Esc batal", .wrongPIN: "PIN salah.",
            .pinBlocked: "Terlalu banyak PIN salah — coba lagi dalam %d dtk", .pinTimedOut: "Waktu memasukkan PIN habis.",
            .caseCounts: "Kasus netralitas menurut status dan sumber", .total: "Jumlah", .overdueCases: "lewat batas",
            .filterAll: "semua", .filterCriticalWarning: "kritis + awas", .filterCandidates: "caleg",
            .filterRetiringWithin: "pensiun ≤ %d bln", .filterRequests: "permohonan", .filterAge: "BUP", .filterNotDone: "belum selesai",
            .filterOpen: "terbuka", .sortUrgency: "urgensi", .sortName: "nama", .sortUnit: "unit", .sortRetirementDate: "tanggal pensiun",
            .sortDeadline: "tenggat", .sortFiled: "tanggal ajuan", .sortTime: "waktu", .sortDue: "batas waktu", .sortNewest: "terbaru",
            .sortNumber: "nomor",
            .pinChecking: "Memeriksa PIN…", .pinCheckFailed: "PIN belum dapat diperiksa — coba lagi.",
            .fullDetailsShown: "DATA LENGKAP", .withoutDecree: "tanpa SK", .dataAt: "data", .readAt: "dibaca",
            .filterCandidatesWithoutDecree: "caleg belum ber-SK", .filterInProcess: "berjalan (permohonan + BUP)",
            .filterFinished: "selesai (SK terbit / ditolak)", .filterEverything: "semua, termasuk selesai", .filterOverdue: "lewat batas",
            .noRequest: "belum ada", .decree: "No. SK",
            .noMatch: "Tidak ada yang cocok dengan “%@”", .noMatchConditions: "Tidak ada baris dengan",
            .exportedTo: "Daftar disimpan di %@", .exportFailed: "Ekspor gagal: %@",
            .noLink: "Tidak ada yang terkait dengan baris ini", .noTrail: "Tidak ada tempat sebelumnya",
            .notInKiosk: "Tidak tersedia di kiosk", .commandLine: "Perintah", .filterByColumn: "Saring menurut kolom",
            .related: "Terkait", .clearColumnFilters: "(hapus saringan kolom)",
            .legendTitle: "Arti tanda", .legendCandidate: "caleg aktif (bacaleg, DCS, DCT)", .legendFresh: "berubah pada muat ulang terakhir",
            .legendCritical: "KRITIS", .legendWarning: "AWAS; permohonan lewat 14 hari kerja", .legendInfo: "INFO",
            .legendRunning: "tahapan berjalan; baris terpilih", .legendUpcoming: "tahapan akan datang", .legendDone: "selesai; SK terbit",
            .legendTrack: "tahap permohonan: diajukan, diverifikasi, di BKN, SK terbit", .legendRejected: "permohonan ditolak",
            .legendDaysLeft: "12 hari lagi", .legendDaysPast: "lewat 1 hari", .legendWorkingDays: "hari kerja",
            .legendSort: "urutan naik / turun pada judul kolom", .legendPointer: "baris terpilih",
            .helpFilters: "Saringan (f)", .helpSorts: "Urutan (s; < > S; klik judul)", .helpScroll: "j k PgUp PgDn g G gulir · q Esc tutup",
            .columnSortLabel: "kolom", .followHint: "o: ke permohonan / kasus · BS: kembali · y: salin NIP",
        ])

    static let english = UIText(
        language: .en,
        viewNames: [.overview: "Overview", .officers: "Officers", .retirements: "Retirements", .schedule: "Schedule", .cases: "Cases",
                    .units: "Units", .circulars: "Circulars", .sites: "Regions"],
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        words: [
            .demo: "DEMO", .running: "Running", .next: "Next", .none: "—", .deadline: "Candidates' decree deadline",
            .dctFixed: "DCT fixed", .officers: "Officers", .candidates: "Candidates", .pendingRetirements: "Retirements in process",
            .openCases: "Open cases", .alerts: "Alerts", .noAlerts: "No alerts.", .starts: "starts", .ends: "ends",
            .ended: "ended", .nip: "NIP", .name: "Name", .unit: "Unit", .position: "Position", .grade: "Grade",
            .candidacy: "Candidacy", .party: "Party", .district: "District", .retirement: "Retires",
            .kind: "Kind", .filed: "Filed", .stage: "Stage", .effective: "Effective", .pension: "Pension",
            .daysLeft: "Left", .source: "Source", .status: "Status", .due: "Due", .category: "Category",
            .summary: "Summary", .overdue: "OVERDUE", .help: "help", .helpTitle: "Keys",
            .searchPrompt: "Search", .filter: "Filter", .sort: "Sort", .updated: "updated",
            .tooSmall: "Terminal too small (need %d×%d)", .noRows: "Nothing to show.", .withPension: "with pension",
            .withoutPension: "without pension", .notApplicable: "not applicable", .ageRetirement: "age retirement",
            .officer: "Officer", .unknownOfficer: "(unknown)", .detail: "Detail", .closeHint: "q Esc closes",
            .reported: "Reported", .done: "done",
            .upcoming: "upcoming", .progress: "progress", .quit: "quit", .selectionGone: "The selected row is gone",
            .waited: "Waited", .workingDays: "wd", .moreProblems: "more: netra check",
            .requests: "Requests", .serviceYears: "service", .age: "age", .deadlineShort: "Decree deadline",
            .deadlinePaslon: "Paslon decree deadline", .deadlinePaslonShort: "Paslon deadline",
            .paslonFixed: "Paslon fixed", .passed: "PASSED", .workAgreementEnd: "end of work agreement",
            .fromColumn: "bup column", .inferredFrom: "from position",
            .folderMissing: "Data folder unavailable since %@ — showing the last good data",
            .databaseAway: "Database unreachable since %@ — showing the last good data; reconnecting",
            .brokenSince: "Broken since %@, showing the last good data",
            .problemCount: "%d problems", .problemCountOne: "1 problem", .problemsKey: "! see all", .problemsTitle: "Data problems",
            .problemsOther: "Other", .problemError: "error", .problemWarning: "warning",
            .problemsScroll: "j k PgUp PgDn scroll · q Esc close", .problemsNone: "No problems in the data files.",
            .countdownPage: "Countdown", .towards: "Next stage", .allStagesDone: "All stages are over.",
            .daysUnit: "days", .hoursUnit: "hours", .minutesUnit: "minutes", .secondsUnit: "seconds",
            .dataUnavailable: "Data unavailable since %@", .dataUnavailableHint: "This screen comes back by itself once the data is there again.",
            .dataProblem: "Some data is not up to date (%@)", .kiosk: "Kiosk", .rotatesIn: "next in %d s",
            .rotationPaused: "rotation paused %d s", .pinPrompt: "PIN", .pinHint: "Enter submits · Esc cancels", .wrongPIN: "Wrong PIN.",
            .pinBlocked: "Too many wrong PINs — try again in %d s", .pinTimedOut: "PIN entry timed out.",
            .caseCounts: "Neutrality cases by status and source", .total: "Total", .overdueCases: "overdue",
            .filterAll: "all", .filterCriticalWarning: "critical + warning", .filterCandidates: "candidates",
            .filterRetiringWithin: "retiring ≤ %d mo", .filterRequests: "requests", .filterAge: "age", .filterNotDone: "not done",
            .filterOpen: "open", .sortUrgency: "urgency", .sortName: "name", .sortUnit: "unit", .sortRetirementDate: "retirement date",
            .sortDeadline: "deadline", .sortFiled: "filed", .sortTime: "time", .sortDue: "due date", .sortNewest: "newest",
            .sortNumber: "number",
            .pinChecking: "Checking the PIN…", .pinCheckFailed: "The PIN could not be checked — try again.",
            .fullDetailsShown: "FULL DETAILS", .withoutDecree: "without decree", .dataAt: "data", .readAt: "read",
            .filterCandidatesWithoutDecree: "candidates without decree", .filterInProcess: "in process (requests + age)",
            .filterFinished: "finished (decreed / rejected)", .filterEverything: "everything, finished too", .filterOverdue: "overdue",
            .noRequest: "nothing filed", .decree: "Decree no.",
            .noMatch: "Nothing matches “%@”", .noMatchConditions: "No rows with",
            .exportedTo: "List saved to %@", .exportFailed: "Export failed: %@",
            .noLink: "Nothing is linked to this row", .noTrail: "Nowhere to go back to",
            .notInKiosk: "Not available on the kiosk", .commandLine: "Command", .filterByColumn: "Filter by column",
            .related: "Related", .clearColumnFilters: "(clear column filters)",
            .legendTitle: "Symbols", .legendCandidate: "active candidate (bacaleg, DCS, DCT)", .legendFresh: "changed in the last reload",
            .legendCritical: "CRITICAL", .legendWarning: "WARNING; request past 14 working days", .legendInfo: "INFO",
            .legendRunning: "stage running; selected row", .legendUpcoming: "stage upcoming", .legendDone: "done; decree issued",
            .legendTrack: "request stage: filed, verified, at BKN, decreed", .legendRejected: "request rejected",
            .legendDaysLeft: "12 days to go", .legendDaysPast: "1 day past", .legendWorkingDays: "working days",
            .legendSort: "sort ascending / descending, on a column title", .legendPointer: "selected row",
            .helpFilters: "Filters (f)", .helpSorts: "Sorts (s; < > S; click a title)", .helpScroll: "j k PgUp PgDn g G scroll · q Esc close",
            .columnSortLabel: "column", .followHint: "o: to the request / case · BS: back · y: copy the NIP",
        ])

    // MARK: Domain words

    public func candidacy(_ c: Candidacy) -> String {
        switch c {
        case .none: "—"
        case .bacaleg: "bacaleg"
        case .dcs: "DCS"
        case .dct: "DCT"
        case .withdrawn: Message(en: "withdrawn", id: "mundur").text(language)
        case .bapaslon: "bapaslon"  // KPU's own short form; "bakal paslon" was cut at the column's cap
        case .paslon: "paslon"
        }
    }

    public func kind(_ k: RequestKind) -> String {
        switch (k, language) {
        case (.early, .id): "pensiun dini"
        case (.resignation, .id): "pengunduran diri"
        case (.age, .id): "BUP"
        case (.early, .en): "early"
        case (.resignation, .en): "resignation"
        case (.age, .en): "age"
        }
    }

    public func stage(_ s: RequestStage) -> String {
        switch (s, language) {
        case (.filed, .id): "diajukan"
        case (.verified, .id): "diverifikasi"
        case (.sent, .id): "di BKN"
        case (.decreed, .id): "SK terbit"
        case (.rejected, .id): "ditolak"
        case (.filed, .en): "filed"
        case (.verified, .en): "verified"
        case (.sent, .en): "at BKN"
        case (.decreed, .en): "decreed"
        case (.rejected, .en): "rejected"
        }
    }

    public func source(_ s: CaseSource) -> String {
        switch s {
        case .bawaslu: "Bawaslu"
        case .kipp: "KIPP"
        case .public: Message(en: "public", id: "masyarakat").text(language)
        case .internal: "internal"
        }
    }

    public func status(_ s: CaseStatus) -> String {
        switch (s, language) {
        case (.new, .id): "baru"
        case (.review, .id): "klarifikasi"
        case (.recommended, .id): "rekomendasi"
        case (.sanctioned, .id): "sanksi"
        case (.closed, .id): "selesai"
        case (.dismissed, .id): "ditolak"
        case (.new, .en): "new"
        case (.review, .en): "review"
        case (.recommended, .en): "recommended"
        case (.sanctioned, .en): "sanctioned"
        case (.closed, .en): "closed"
        case (.dismissed, .en): "dismissed"
        }
    }

    /// The severity as a word, so meaning never rests on colour.
    public func severity(_ s: Alert.Severity) -> String {
        switch (s, language) {
        case (.critical, .id): "KRITIS"
        case (.warning, .id): "AWAS"
        case (.info, .id): "INFO"
        case (.critical, .en): "CRITICAL"
        case (.warning, .en): "WARNING"
        case (.info, .en): "INFO"
        }
    }

    public func phase(_ p: StageStatus.Phase) -> String {
        switch p {
        case .done: self(.done)
        case .running: self(.running).lowercased()
        case .upcoming: self(.upcoming)
        }
    }

    public func pension(_ v: PensionAssessment.Verdict) -> String {
        switch v {
        case .withPension: self(.withPension)
        case .withoutPension: self(.withoutPension)
        case .notApplicable: self(.notApplicable)
        case .dependsOnEffectiveDate: Message(en: "depends on TMT", id: "bergantung TMT").text(language)
        }
    }

    /// One alert as a sentence; `name` is the officer's name when known.
    public func sentence(for alert: Alert, name: String?, candidacy: Candidacy?) -> String {
        let who = name ?? alert.nip?.description ?? self(.unknownOfficer)
        let role = candidacy.map { " (\(self.candidacy($0)))" } ?? ""
        let id = alert.caseID ?? ""
        let days = alert.days ?? 0
        let on = alert.date.map(date) ?? "—"
        let limit = alert.limit ?? 0
        let passed = alert.countdown?.hasPassed ?? false
        switch (alert.kind, language) {
        case (.candidateWithoutRequest, .id): return "\(who)\(role) belum mengajukan pengunduran diri / pensiun dini"
        case (.candidateWithoutRequest, .en): return "\(who)\(role) has filed no resignation or early retirement"
        case (.candidateRequestPending, .id): return "\(who)\(role): permohonan berhenti belum ber-SK"
        case (.candidateRequestPending, .en): return "\(who)\(role): request filed, decree not yet issued"
        case (.candidateRequestRejected, .id): return "\(who)\(role): permohonan berhenti ditolak"
        case (.candidateRequestRejected, .en): return "\(who)\(role): request rejected"
        case (.candidateMissedDeadline, _): return missedDeadline(who + role, alert: alert, candidacy: candidacy)
        case (.candidateDeadlineUnknown, .id):
            return alert.election.map { "\(who)\(role): tenggat tidak diketahui — pemilihan \(UntrustedText.sanitized($0)) tanpa batas SK di schedule.toml" }
                ?? "\(who)\(role): jadwal KPU belum ada, tenggat tidak diketahui (schedule.toml)"
        case (.candidateDeadlineUnknown, .en):
            return alert.election.map { "\(who)\(role): deadline unknown — election \(UntrustedText.sanitized($0)) has no decree deadline in schedule.toml" }
                ?? "\(who)\(role): no KPU schedule, deadline unknown (schedule.toml)"
        case (.candidateRetiresFirst, .id): return "\(who)\(role): pensiun BUP \(on), sebelum batas"
        case (.candidateRetiresFirst, .en): return "\(who)\(role): retires by age on \(on), before the deadline"
        case (.processingOverdue, .id): return "\(who): SK belum terbit, lewat batas \(limit) hari kerja (hari terakhir \(on); \(days) hk)"
        case (.processingOverdue, .en): return "\(who): no decree after \(limit) working days (last day \(on); \(days) waited)"
        case (.pastRetirementAge, .id): return "\(who): lewat BUP sejak \(on), belum ada SK pensiun"
        case (.pastRetirementAge, .en): return "\(who): past retirement age since \(on), no pension decree"
        case (.ageDecreeDue, .id):
            return passed ? "\(who): lewat BUP sejak \(on), SK pensiun belum terbit" : "\(who): TMT pensiun BUP \(on), SK pensiun belum terbit"
        case (.ageDecreeDue, .en):
            return passed ? "\(who): past retirement age since \(on), pension decree not yet issued"
                : "\(who): retires by age on \(on), pension decree not yet issued"
        case (.earlyRetirementWithoutPension, .id): return "\(who): pensiun dini tanpa hak pensiun (usia < 50 atau masa kerja < 20)"
        case (.earlyRetirementWithoutPension, .en): return "\(who): early retirement without pension (under 50 or under 20 years' service)"
        case (.caseOverdue, .id): return "Kasus \(id) lewat batas \(days) hari — \(who)\(role)"
        case (.caseOverdue, .en): return "Case \(id) overdue by \(days) day\(days == 1 ? "" : "s") — \(who)\(role)"
        case (.caseDueSoon, .id): return "Kasus \(id) jatuh tempo segera — \(who)\(role)"
        case (.caseDueSoon, .en): return "Case \(id) due soon — \(who)\(role)"
        case (.caseAwaitingRecommendation, _), (.casePPKDecisionDue, _), (.caseDataBlocked, _): return followUpSentence(alert, who: who + role)
        case (.circularLate, _): return Messages.circularLate(alert).text(language)
        case (.kpuListedNotRecorded, _), (.kpuCandidateNotListed, _): return kpuSentence(alert, who: who + role)
        }
    }

    /// `23 Mei 2023`.
    public func date(_ d: CivilDate) -> String { "\(d.day) \(months[d.month - 1]) \(d.year)" }
}
