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
        return "\(s / 86_400) \(Message(en: "d", id: "hr").text(language)) \(clock)"
    }

    /// The candidates of one election by their decisive request: the headline figure
    /// first (without a decree; after the deadline, in time and missed), then the
    /// states that are not empty.
    func tallyParts(_ t: CandidateTally, deadlinePassed: Bool) -> [(text: String, role: StyleRole?)] {
        var parts: [(String, StyleRole?)] = deadlinePassed
            ? [("\(Message(en: "in time", id: "tepat waktu").text(language)) \(t.decreed + t.retiringFirst)", .ok),
               ("\(Message(en: "missed", id: "terlewat").text(language)) \(t.withoutDecree)", t.withoutDecree > 0 ? .alertCritical : .ok)]
            : [("\(t.withoutDecree) \(Message(en: "without decree", id: "tanpa SK").text(language))", t.withoutDecree > 0 ? .alertWarning : .ok),
               ("SK \(t.decreed)", nil)]
        let rest: [(String, Int, StyleRole?)] = [
            (Message(en: "in process", id: "proses").text(language), t.inProcessCount, nil),
            (Message(en: "not filed", id: "belum diajukan").text(language), t.notFiled, .alertWarning),
            (Message(en: "rejected", id: "ditolak").text(language), t.rejected, .alertWarning),
            (Message(en: "retire by age first", id: "pensiun BUP dulu").text(language), t.retiringFirst, nil),
        ]
        parts += rest.filter { $0.1 > 0 }.map { ("\($0.0) \($0.1)", $0.2) }
        return parts
    }

    func noElections() -> String {
        Message(en: "schedule.toml names no election or decree deadline.", id: "schedule.toml tidak memuat pemilihan atau batas SK.").text(language)
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
        let n = g.count
        let worstDays = g.worst.days
        let longest: String = worstDays.map { Message(en: " — longest \($0) days", id: " — terlama \($0) hari").text(language) } ?? ""
        switch g.kind {
        case .candidateWithoutRequest: return Message(en: "\(n) candidates have filed no resignation", id: "\(n) calon belum mengajukan pengunduran diri").text(language)
        case .candidateRequestPending: return Message(en: "\(n) candidates: request filed, no decree yet", id: "\(n) calon: permohonan berhenti belum ber-SK").text(language)
        case .candidateRequestRejected: return Message(en: "\(n) candidates: request rejected", id: "\(n) calon: permohonan berhenti ditolak").text(language)
        case .candidateMissedDeadline: return Message(en: "\(n) candidates missed the deadline without a decree", id: "\(n) calon lewat batas tanpa SK pemberhentian").text(language)
        case .candidateRetiresFirst: return Message(en: "\(n) candidates retire by age before the deadline", id: "\(n) calon pensiun BUP sebelum batas").text(language)
        case .candidateDeadlineUnknown:
            return Message(en: "\(n) candidates: deadline unknown, no KPU schedule", id: "\(n) calon: tenggat tidak diketahui, jadwal KPU belum ada").text(language)
        case .processingOverdue: return (Message(en: "\(n) requests past their working-day limit", id: "\(n) permohonan lewat batas hari kerja").text(language)) + longest
        case .pastRetirementAge: return Message(en: "\(n) officers past retirement age without a decree", id: "\(n) pegawai lewat BUP tanpa SK pensiun").text(language)
        case .ageDecreeDue: return Message(en: "\(n) age-retirement decrees due by their TMT", id: "\(n) SK pensiun BUP mendekati TMT").text(language)
        case .earlyRetirementWithoutPension: return Message(en: "\(n) early retirements without pension", id: "\(n) pensiun dini tanpa hak pensiun").text(language)
        case .caseOverdue: return (Message(en: "\(n) cases overdue", id: "\(n) kasus lewat batas").text(language)) + longest
        case .caseDueSoon: return Message(en: "\(n) cases due soon", id: "\(n) kasus jatuh tempo segera").text(language)
        case .caseAwaitingRecommendation:
            return (Message(en: "\(n) forwarded cases without a recommendation", id: "\(n) kasus diteruskan, belum ada rekomendasi").text(language)) + longest
        case .casePPKDecisionDue: return Message(en: "\(n) PPK decisions on recommendations due", id: "\(n) keputusan PPK atas rekomendasi jatuh tempo").text(language)
        case .caseDataBlocked: return Message(en: "\(n) officers' data blocked by BKN", id: "\(n) pegawai diblokir datanya oleh BKN").text(language)
        case .circularLate: return Messages.circularsLate(n).text(language)
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
        return [("\(inProcess) \(Message(en: "in process", id: "dalam proses").text(language))", nil),
                ("\(pastTMT) \(Message(en: "past retirement age", id: "lewat BUP").text(language))", pastTMT > 0 ? .alertCritical : nil),
                ("\(overdue) \(Message(en: "past processing limit", id: "lewat batas proses").text(language))", overdue > 0 ? .alertWarning : nil)]
    }

    func leavingNone() -> String { Message(en: "No retirements in process.", id: "Tidak ada pensiun dalam proses.").text(language) }
    func sinceDate(_ d: CivilDate) -> String { (Message(en: "since ", id: "sejak ").text(language)) + date(d) }

    func casesSummary(_ c: CaseSummary) -> [(text: String, role: StyleRole?)] {
        return [("\(c.open) \(Message(en: "open", id: "terbuka").text(language))", nil),
                ("\(c.overdue) \(Message(en: "overdue", id: "lewat batas").text(language))", c.overdue > 0 ? .alertCritical : nil),
                ("\(c.touchingCandidates) \(Message(en: "about candidates", id: "menyangkut calon").text(language))", c.touchingCandidates > 0 ? .alertWarning : nil)]
    }

    func oldestCase(_ c: CaseState, withID: Bool) -> String {
        let what = withID ? " \(c.item.id)" : ""
        return (Message(en: "oldest\(what): reported ", id: "terlama\(what): dilaporkan ").text(language)) + date(c.item.reportedOn)
    }

    /// `Edaran 14/28`: units done of those the current circular is due from.
    func circularDoneWord() -> String { Message(en: "Circular", id: "Edaran").text(language) }
    func circularLateWord() -> String { Message(en: "late", id: "terlambat").text(language) }

    func noUnits() -> String { Message(en: "No unit has an open matter.", id: "Tidak ada unit dengan perkara terbuka.").text(language) }

    /// `data 22 Mei 16:05` — when the office last changed a file.
    func dataChanged(_ stamp: String) -> String { (Message(en: "data ", id: "data ").text(language)) + stamp }
}
