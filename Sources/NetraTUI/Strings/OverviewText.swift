import Foundation
import NetraCore

/// Words of the overview's panels, per language: panel titles, the candidates'
/// states, grouped alerts, the cases and units summaries, freshness, and countdowns
/// with the day unit in the interface language.
extension UIText {
    /// A panel's title, in the box's top border.
    enum Panel {
        case candidates, timeline, alerts, leaving, cases, units
    }

    func title(_ panel: Panel) -> String {
        switch (panel, language) {
        case (.candidates, .id): "Calon dan batas SK pemberhentian"
        case (.candidates, .en): "Candidates and the decree deadline"
        case (.timeline, .id): "Tahapan pemilihan"
        case (.timeline, .en): "Election stages"
        case (.alerts, _): self(.alerts)
        case (.leaving, .id): "Keluar dari dinas"
        case (.leaving, .en): "Leaving the service"
        case (.cases, .id): "Kasus netralitas"
        case (.cases, .en): "Neutrality cases"
        case (.units, .id): "Unit yang perlu perhatian"
        case (.units, .en): "Units needing attention"
        }
    }

    /// `12:58:55` within a day, `1 hr 04:31:10` within two, `H-12` beyond: one
    /// notation, with the day unit in the interface language.
    public func countdown(_ c: Countdown) -> String {
        guard c.exactLabel != nil else { return c.dayLabel }
        let s = c.secondsLeft
        let clock = String(format: "%02d:%02d:%02d", s / 3600 % 24, s / 60 % 60, s % 60)
        guard s >= 86_400 else { return clock }
        return "\(s / 86_400) \(language == .id ? "hr" : "d") \(clock)"
    }

    /// The candidates of one election by their decisive request: the headline figure
    /// first (without a decree; after the deadline, in time and missed), then the
    /// states that are not empty.
    func tallyParts(_ t: CandidateTally, deadlinePassed: Bool) -> [(text: String, role: StyleRole?)] {
        let id = language == .id
        var parts: [(String, StyleRole?)] = deadlinePassed
            ? [("\(id ? "tepat waktu" : "in time") \(t.decreed + t.retiringFirst)", .ok),
               ("\(id ? "terlewat" : "missed") \(t.withoutDecree)", t.withoutDecree > 0 ? .alertCritical : .ok)]
            : [("\(t.withoutDecree) \(id ? "tanpa SK" : "without decree")", t.withoutDecree > 0 ? .alertWarning : .ok),
               ("SK \(t.decreed)", nil)]
        let rest: [(String, Int, StyleRole?)] = [
            (id ? "proses" : "in process", t.inProcessCount, nil),
            (id ? "belum diajukan" : "not filed", t.notFiled, .alertWarning),
            (id ? "ditolak" : "rejected", t.rejected, .alertWarning),
            (id ? "pensiun BUP dulu" : "retire by age first", t.retiringFirst, nil),
        ]
        parts += rest.filter { $0.1 > 0 }.map { ("\($0.0) \($0.1)", $0.2) }
        return parts
    }

    func noElections() -> String {
        language == .id ? "schedule.toml tidak memuat pemilihan atau batas SK." : "schedule.toml names no election or decree deadline."
    }

    /// No KPU schedule at all: nothing is known about stages or deadlines — said as a
    /// warning, never as "every stage is over".
    func noSchedule(candidates: Int) -> String {
        switch language {
        case .id: "Jadwal KPU belum ada (schedule.toml): tahapan dan batas SK tidak diketahui" + (candidates > 0 ? " · \(candidates) calon" : ".")
        case .en: "No KPU schedule (schedule.toml): stages and decree deadlines unknown" + (candidates > 0 ? " · \(candidates) candidates" : ".")
        }
    }

    /// A group of alerts of one kind, as one line.
    func groupSentence(_ g: AlertGroup) -> String {
        let n = g.count, id = language == .id
        let worstDays = g.worst.days
        let longest: String = worstDays.map { id ? " — terlama \($0) hari" : " — longest \($0) days" } ?? ""
        switch g.kind {
        case .candidateWithoutRequest: return id ? "\(n) calon belum mengajukan pengunduran diri" : "\(n) candidates have filed no resignation"
        case .candidateRequestPending: return id ? "\(n) calon: permohonan berhenti belum ber-SK" : "\(n) candidates: request filed, no decree yet"
        case .candidateRequestRejected: return id ? "\(n) calon: permohonan berhenti ditolak" : "\(n) candidates: request rejected"
        case .candidateMissedDeadline: return id ? "\(n) calon lewat batas tanpa SK pemberhentian" : "\(n) candidates missed the deadline without a decree"
        case .candidateRetiresFirst: return id ? "\(n) calon pensiun BUP sebelum batas" : "\(n) candidates retire by age before the deadline"
        case .candidateDeadlineUnknown:
            return id ? "\(n) calon: tenggat tidak diketahui, jadwal KPU belum ada" : "\(n) candidates: deadline unknown, no KPU schedule"
        case .processingOverdue: return (id ? "\(n) permohonan lewat batas hari kerja" : "\(n) requests past their working-day limit") + longest
        case .pastRetirementAge: return id ? "\(n) pegawai lewat BUP tanpa SK pensiun" : "\(n) officers past retirement age without a decree"
        case .ageDecreeDue: return id ? "\(n) SK pensiun BUP mendekati TMT" : "\(n) age-retirement decrees due by their TMT"
        case .earlyRetirementWithoutPension: return id ? "\(n) pensiun dini tanpa hak pensiun" : "\(n) early retirements without pension"
        case .caseOverdue: return (id ? "\(n) kasus lewat batas" : "\(n) cases overdue") + longest
        case .caseDueSoon: return id ? "\(n) kasus jatuh tempo segera" : "\(n) cases due soon"
        case .caseAwaitingRecommendation:
            return (id ? "\(n) kasus diteruskan, belum ada rekomendasi" : "\(n) forwarded cases without a recommendation") + longest
        case .casePPKDecisionDue: return id ? "\(n) keputusan PPK atas rekomendasi jatuh tempo" : "\(n) PPK decisions on recommendations due"
        case .caseDataBlocked: return id ? "\(n) pegawai diblokir datanya oleh BKN" : "\(n) officers' data blocked by BKN"
        case .kpuListedNotRecorded, .kpuCandidateNotListed: return kpuGroupSentence(g)
        }
    }

    /// `Enter: buka` / `Enter: tutup` beside a group line.
    func groupHint(expanded: Bool) -> String {
        switch (expanded, language) {
        case (false, .id): "Enter: rinci"
        case (true, .id): "Enter: ringkas"
        case (false, .en): "Enter: expand"
        case (true, .en): "Enter: collapse"
        }
    }

    func leavingSummary(inProcess: Int, pastTMT: Int, overdue: Int) -> [(text: String, role: StyleRole?)] {
        let id = language == .id
        return [("\(inProcess) \(id ? "dalam proses" : "in process")", nil),
                ("\(pastTMT) \(id ? "lewat BUP" : "past retirement age")", pastTMT > 0 ? .alertCritical : nil),
                ("\(overdue) \(id ? "lewat batas proses" : "past processing limit")", overdue > 0 ? .alertWarning : nil)]
    }

    func leavingNone() -> String { language == .id ? "Tidak ada pensiun dalam proses." : "No retirements in process." }
    func sinceDate(_ d: CivilDate) -> String { (language == .id ? "sejak " : "since ") + date(d) }

    func casesSummary(_ c: CaseSummary) -> [(text: String, role: StyleRole?)] {
        let id = language == .id
        return [("\(c.open) \(id ? "terbuka" : "open")", nil),
                ("\(c.overdue) \(id ? "lewat batas" : "overdue")", c.overdue > 0 ? .alertCritical : nil),
                ("\(c.touchingCandidates) \(id ? "menyangkut calon" : "about candidates")", c.touchingCandidates > 0 ? .alertWarning : nil)]
    }

    func oldestCase(_ c: CaseState, withID: Bool) -> String {
        let id = language == .id
        let what = withID ? " \(c.item.id)" : ""
        return (id ? "terlama\(what): dilaporkan " : "oldest\(what): reported ") + date(c.item.reportedOn)
    }

    func unitHeadings() -> [String] {
        language == .id ? ["calon", "lewat hk", "kasus"] : ["cand.", "overdue", "cases"]
    }

    /// `Edaran 14/28`: units done of those the current circular is due from.
    func circularDoneWord() -> String { language == .id ? "Edaran" : "Circular" }
    func circularLateWord() -> String { language == .id ? "terlambat" : "late" }

    func noUnits() -> String { language == .id ? "Tidak ada unit dengan perkara terbuka." : "No unit has an open matter." }

    /// `data 22 Mei 16:05` — when the office last changed a file.
    func dataChanged(_ stamp: String) -> String { (language == .id ? "data " : "data ") + stamp }
}
