/// The sentences `netra check` adds after the problems: the headline counts and what
/// needs action, so a nightly mail of a valid folder does not read as "all is well"
/// while matters are critical. Part of the one message table (`Messages`).
extension Messages {
    /// `37 officers, 5 candidates, …, 0 errors, 1 warning`.
    static func checkSummary(officers: Int, candidates: Int, pending: Int, openCases: Int, errors: Int, warnings: Int) -> Message {
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        return Message(
            en: [n(officers, "officer", "officers"), n(candidates, "candidate", "candidates"),
                 n(pending, "pending retirement", "pending retirements"), n(openCases, "open case", "open cases"),
                 n(errors, "error", "errors"), n(warnings, "warning", "warnings")].joined(separator: ", "),
            id: "\(officers) pegawai, \(candidates) calon, \(pending) pensiun dalam proses, \(openCases) kasus terbuka, "
                + "\(errors) kesalahan, \(warnings) peringatan")
    }

    /// The last line: the alerts by severity, the critical ones by kind.
    static func alertSummary(critical: [(kind: Alert.Kind, count: Int)], warnings: Int, infos: Int) -> Message {
        let criticalCount = critical.reduce(0) { $0 + $1.count }
        if criticalCount + warnings + infos == 0 {
            return Message(en: "needs action: no alerts", id: "perlu tindakan: tidak ada peringatan")
        }
        return Message { l in
            let kinds = critical.map { alertKind($0.kind, count: $0.count).text(l) }.joined(separator: ", ")
            let detail = kinds.isEmpty ? "" : " (\(kinds))"
            return l == .id
                ? "perlu tindakan: \(criticalCount) kritis\(detail), \(warnings) awas, \(infos) info"
                : "needs action: \(criticalCount) critical\(detail), \(warnings) warning, \(infos) info"
        }
    }

    /// `4 candidates have filed no resignation`: one kind of alert and how many.
    static func alertKind(_ kind: Alert.Kind, count n: Int) -> Message {
        switch kind {
        case .candidateWithoutRequest: Message(en: "\(n) candidate\(n == 1 ? "" : "s") without a resignation request", id: "\(n) calon belum mengajukan pengunduran diri")
        case .candidateRequestPending: Message(en: "\(n) candidate\(n == 1 ? "" : "s") waiting for the decree", id: "\(n) calon menunggu SK")
        case .candidateRequestRejected: Message(en: "\(n) candidate request\(n == 1 ? "" : "s") rejected", id: "\(n) permohonan calon ditolak")
        case .candidateMissedDeadline: Message(en: "\(n) candidate\(n == 1 ? "" : "s") past the deadline without decree", id: "\(n) calon lewat batas tanpa SK")
        case .candidateRetiresFirst: Message(en: "\(n) candidate\(n == 1 ? "" : "s") retiring by age first", id: "\(n) calon pensiun BUP lebih dulu")
        case .candidateDeadlineUnknown: Message(en: "\(n) candidate\(n == 1 ? "" : "s") with an unknown deadline", id: "\(n) calon dengan tenggat tidak diketahui")
        case .processingOverdue: Message(en: "\(n) request\(n == 1 ? "" : "s") past the working-day limit", id: "\(n) permohonan lewat batas hari kerja")
        case .pastRetirementAge: Message(en: "\(n) officer\(n == 1 ? "" : "s") past retirement age without decree", id: "\(n) pegawai lewat BUP tanpa SK")
        case .ageDecreeDue: Message(en: "\(n) age-retirement decree\(n == 1 ? "" : "s") due", id: "\(n) SK pensiun BUP jatuh tempo")
        case .earlyRetirementWithoutPension: Message(en: "\(n) early retirement\(n == 1 ? "" : "s") without pension", id: "\(n) pensiun dini tanpa hak pensiun")
        case .caseOverdue: Message(en: "\(n) case\(n == 1 ? "" : "s") past Bawaslu's date", id: "\(n) kasus lewat batas Bawaslu")
        case .caseDueSoon: Message(en: "\(n) case\(n == 1 ? "" : "s") due soon", id: "\(n) kasus jatuh tempo segera")
        case .caseAwaitingRecommendation: Message(en: "\(n) forwarded case\(n == 1 ? "" : "s") without a recommendation",
                                                  id: "\(n) kasus diteruskan tanpa rekomendasi")
        case .casePPKDecisionDue: Message(en: "\(n) PPK decision\(n == 1 ? "" : "s") due", id: "\(n) keputusan PPK jatuh tempo")
        case .caseDataBlocked: Message(en: "\(n) officer\(n == 1 ? "" : "s") with blocked data", id: "\(n) pegawai diblokir datanya")
        case .circularLate: Message(en: "\(n) circular\(n == 1 ? "" : "s") with units late", id: "\(n) edaran dengan unit terlambat")
        case .kpuListedNotRecorded: Message(en: "\(n) officer\(n == 1 ? "" : "s") on a KPU list, not recorded as candidate\(n == 1 ? "" : "s")",
                                            id: "\(n) ASN ada di daftar KPU, belum tercatat sebagai calon")
        case .kpuCandidateNotListed: Message(en: "\(n) candidate\(n == 1 ? "" : "s") on no KPU list", id: "\(n) calon tidak ada di daftar KPU")
        }
    }

    // MARK: Kiosk PIN (`netra kiosk-pin`)

    static let pinDigitsOnly = Message(en: "a PIN is digits only (0–9)", id: "PIN hanya berisi angka (0–9)")
    static func pinLength(_ lengths: ClosedRange<Int>, actual: Int) -> Message {
        Message(en: "a PIN has \(lengths.lowerBound) to \(lengths.upperBound) digits (this one has \(actual))",
                id: "PIN terdiri atas \(lengths.lowerBound) sampai \(lengths.upperBound) angka (yang ini \(actual))")
    }
    static let pinNoSalt = Message(en: "the system's libcrypt cannot make a yescrypt salt",
                                   id: "libcrypt sistem ini tidak dapat membuat salt yescrypt")
    static let pinNoHash = Message(en: "the system's libcrypt cannot hash with yescrypt",
                                   id: "libcrypt sistem ini tidak dapat membuat hash yescrypt")
}
