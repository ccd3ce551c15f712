import NetraCore

/// Words of the Unit and Surat edaran views and of cases after Bawaslu, per language.
/// Kept beside `UIText`'s main table so the two new views stay one concept each;
/// `RuleWordsTests` checks that both languages define every word.
enum FollowWord: CaseIterable {
    case headcount, candidatesShort, withoutDecree, pendingShort, overdueRequestsShort, openCasesShort
    case circular, circulars, issuer, number, issued, subject, follows, completion, late, lateUnits, daysToDue, appliesTo, allUnits
    case unitsDone, asksPact, yes, no, received, passedOn, pactSigned, signedCount, apel, note, notYet, partlySigned, doneState
    case history, peopleWithMatters, noCirculars, noUnits, filterWithMatters, filterLate, filterIncomplete
    case sortOpenMatters, sortHeadcount, sortCandidates, sortPending, sortOverdue, sortCases, sortCircular, sortIssued, sortCompletion
    case chainStage, forwardedTo, forwardedOn, channel, refNo, recommendationOn, recommendationNo, sanction, ppkDue, decidedOn, decisionNo, blocked
    case inDays, daysAgo, dueToday
}

extension UIText {
    func callAsFunction(_ word: FollowWord) -> String {
        (language == .en ? Self.followEnglish : Self.followIndonesian)[word] ?? "\(word)"
    }

    static let followIndonesian: [FollowWord: String] = [
        .headcount: "Pegawai", .candidatesShort: "Calon", .withoutDecree: "tanpa SK", .pendingShort: "Pensiun",
        .overdueRequestsShort: "Lewat batas", .openCasesShort: "Kasus", .circular: "Edaran", .circulars: "Surat edaran",
        .issuer: "Penerbit", .number: "Nomor", .issued: "Tanggal", .subject: "Perihal", .follows: "Menindaklanjuti",
        .completion: "Selesai", .late: "Terlambat", .lateUnits: "Unit terlambat", .daysToDue: "Batas", .appliesTo: "Berlaku untuk",
        .allUnits: "semua unit", .unitsDone: "unit selesai", .asksPact: "Wajib pakta", .yes: "ya", .no: "tidak",
        .received: "diterima", .passedOn: "diteruskan", .pactSigned: "pakta", .signedCount: "tanda tangan", .apel: "apel",
        .note: "catatan", .notYet: "belum", .partlySigned: "sebagian", .doneState: "selesai", .history: "Riwayat edaran",
        .peopleWithMatters: "Urusan terbuka", .noCirculars: "Belum ada circulars.csv.", .noUnits: "Tidak ada unit.",
        .filterWithMatters: "ada urusan", .filterLate: "terlambat", .filterIncomplete: "belum tuntas",
        .sortOpenMatters: "urusan terbuka", .sortHeadcount: "jumlah pegawai", .sortCandidates: "calon", .sortPending: "pensiun",
        .sortOverdue: "lewat batas", .sortCases: "kasus", .sortCircular: "edaran", .sortIssued: "tanggal", .sortCompletion: "penyelesaian",
        .chainStage: "Tahap", .forwardedTo: "Diteruskan ke", .forwardedOn: "Tgl diteruskan", .channel: "Saluran", .refNo: "No. referensi",
        .recommendationOn: "Tgl rekomendasi", .recommendationNo: "No. rekomendasi", .sanction: "Sanksi", .ppkDue: "Batas PPK",
        .decidedOn: "Tgl keputusan", .decisionNo: "No. keputusan", .blocked: "Data diblokir",
        .inDays: "H-%d", .daysAgo: "lewat %d hr", .dueToday: "hari ini",
    ]

    static let followEnglish: [FollowWord: String] = [
        .headcount: "Staff", .candidatesShort: "Cand.", .withoutDecree: "no decree", .pendingShort: "Retire",
        .overdueRequestsShort: "Overdue", .openCasesShort: "Cases", .circular: "Circular", .circulars: "Circulars",
        .issuer: "Issuer", .number: "Number", .issued: "Issued", .subject: "Subject", .follows: "Follows",
        .completion: "Done", .late: "Late", .lateUnits: "Late units", .daysToDue: "Due", .appliesTo: "Applies to",
        .allUnits: "all units", .unitsDone: "units done", .asksPact: "Asks pact", .yes: "yes", .no: "no",
        .received: "received", .passedOn: "passed on", .pactSigned: "pact", .signedCount: "signatures", .apel: "apel",
        .note: "note", .notYet: "not yet", .partlySigned: "partly", .doneState: "done", .history: "Circulars",
        .peopleWithMatters: "Open matters", .noCirculars: "No circulars.csv yet.", .noUnits: "No units.",
        .filterWithMatters: "with matters", .filterLate: "late", .filterIncomplete: "incomplete",
        .sortOpenMatters: "open matters", .sortHeadcount: "headcount", .sortCandidates: "candidates", .sortPending: "retirements",
        .sortOverdue: "past limit", .sortCases: "cases", .sortCircular: "circular", .sortIssued: "issued", .sortCompletion: "completion",
        .chainStage: "Stage", .forwardedTo: "Forwarded to", .forwardedOn: "Forwarded on", .channel: "Channel", .refNo: "Reference no.",
        .recommendationOn: "Recommended on", .recommendationNo: "Recommendation no.", .sanction: "Sanction", .ppkDue: "PPK due",
        .decidedOn: "Decided on", .decisionNo: "Decision no.", .blocked: "Data blocked",
        .inDays: "in %d d", .daysAgo: "%d d late", .dueToday: "today",
    ]

    /// The stage of a case in the chain after Bawaslu.
    public func caseStage(_ s: CaseStage) -> String {
        switch (s, language) {
        case (.reported, .id): "dilaporkan"
        case (.atBawaslu, .id): "di Bawaslu"
        case (.forwarded, .id): "diteruskan"
        case (.recommended, .id): "rekomendasi"
        case (.decided, .id): "diputus PPK"
        case (.blocked, .id): "diblokir"
        case (.closed, .id): "selesai"
        case (.reported, .en): "reported"
        case (.atBawaslu, .en): "at Bawaslu"
        case (.forwarded, .en): "forwarded"
        case (.recommended, .en): "recommended"
        case (.decided, .en): "decided"
        case (.blocked, .en): "blocked"
        case (.closed, .en): "closed"
        }
    }

    public func sanction(_ s: SanctionLevel) -> String {
        switch (s, language) {
        case (.moral, _): "moral"
        case (.light, .id): "ringan"
        case (.medium, .id): "sedang"
        case (.heavy, .id): "berat"
        case (.light, .en): "light"
        case (.medium, .en): "medium"
        case (.heavy, .en): "heavy"
        }
    }

    /// A unit's state with a circular: `pakta ✓`, `diteruskan`, `12 tanda tangan`, `belum`.
    func unitProgress(_ p: CircularLedger.Progress, done: Character) -> String {
        switch p {
        case .none: self(.notYet)
        case .received: self(.received)
        case .passedOn: self(.passedOn)
        case .partlySigned(let n): "\(n) \(self(.signedCount))"
        case .done: "\(self(.doneState)) \(done)"
        }
    }

    /// Days to a due date: `H-5`, `hari ini`, `lewat 3 hr`.
    func daysToDue(_ days: Int?) -> String {
        guard let days else { return "—" }
        if days == 0 { return self(.dueToday) }
        return days > 0 ? String(format: self(.inDays), days) : String(format: self(.daysAgo), -days)
    }

    /// The sentences of the alerts of cases after Bawaslu.
    func followUpSentence(_ alert: Alert, who: String) -> String {
        let id = alert.caseID ?? ""
        let days = alert.days ?? 0
        let on = alert.date.map(date) ?? "—"
        let passed = alert.countdown?.hasPassed ?? false
        switch (alert.kind, language) {
        case (.caseAwaitingRecommendation, .id):
            return "Kasus \(id) diteruskan \(on), \(days) hari tanpa rekomendasi (batas \(alert.limit ?? 0)) — \(who)"
        case (.caseAwaitingRecommendation, .en):
            return "Case \(id) forwarded \(on), \(days) days without a recommendation (limit \(alert.limit ?? 0)) — \(who)"
        case (.casePPKDecisionDue, .id):
            return passed ? "Kasus \(id): keputusan PPK lewat batas \(on) (\(days) hari) — \(who)" : "Kasus \(id): keputusan PPK jatuh tempo \(on) — \(who)"
        case (.casePPKDecisionDue, .en):
            return passed ? "Case \(id): PPK decision overdue since \(on) (\(days) days) — \(who)" : "Case \(id): PPK decision due \(on) — \(who)"
        case (.caseDataBlocked, .id): return "Kasus \(id): data kepegawaian diblokir BKN (PPK belum bertindak) — \(who)"
        case (.caseDataBlocked, .en): return "Case \(id): personnel data blocked by BKN (the PPK has not acted) — \(who)"
        default: return who
        }
    }

    /// The follow-up fields of a case for its detail pane: stage first, then what is filled.
    func followUpFields(_ c: CaseState) -> [(label: String, value: String)] {
        let f = c.item.followUp
        var fields: [(label: String, value: String)] = [(self(FollowWord.chainStage), caseStage(c.stage))]
        func add(_ word: FollowWord, _ value: String?) { if let value, !value.isEmpty { fields.append((self(word), value)) } }
        add(.forwardedTo, f.forwardedTo?.canonicalName)
        add(.forwardedOn, f.forwardedOn.map(date))
        add(.channel, f.channel?.canonicalName)
        add(.refNo, f.refNo)
        add(.recommendationOn, f.recommendationOn.map(date))
        add(.recommendationNo, f.recommendationNo)
        add(.sanction, f.sanction.map(sanction))
        add(.ppkDue, c.stage == .recommended || c.stage == .blocked ? c.ppkDue.map(date) : nil)
        add(.decidedOn, f.decidedOn.map(date))
        add(.decisionNo, f.decisionNo)
        if f.blocked { add(.blocked, self(.yes)) }
        return fields
    }
}
