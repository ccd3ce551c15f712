import Foundation
import NetraCore

/// Words for the retirement and election rules: deadlines shown in the zone they were
/// written in, what a missed deadline means, pension judged on two dates, where a
/// retirement age came from. Kept apart from the renderers so that a view only asks
/// for a sentence.
extension UIText {
    /// A missed resignation deadline, with what follows from it: a fixed candidate
    /// (DCT, paslon) who did not resign is dismissed, not honourably; one still
    /// registered is left off the list and the candidacy column wants updating.
    func missedDeadline(_ who: String, alert: Alert, candidacy: Candidacy?) -> String {
        let day = alert.date.map(date) ?? "—"
        let fixed = candidacy?.isFixed ?? (alert.severity == .critical)
        let pilkada = candidacy?.electionKind == .pilkada
        switch (fixed, language) {
        case (true, .id): return "\(who): batas SK \(day) lewat tanpa SK pemberhentian — PNS yang tidak mundur diberhentikan tidak dengan hormat"
        case (true, .en): return "\(who): deadline \(day) passed without a dismissal decree — a PNS who does not resign is dismissed, not honourably"
        case (false, .id):
            return "\(who): batas SK \(day) lewat tanpa SK — \(pilkada ? "tidak ditetapkan sebagai paslon" : "tidak masuk DCT") (TMS); perbarui kolom pencalonan"
        case (false, .en):
            return "\(who): deadline \(day) passed without a decree — \(pilkada ? "not fixed as paslon" : "left off the DCT") (TMS); update the candidacy column"
        }
    }

    /// `tanpa pensiun (3 Okt 2023)`, or, judged on two dates,
    /// `bergantung TMT — 3 Okt 2023: tanpa pensiun; 30 Nov 2023: dengan pensiun`.
    public func pensionDetail(_ p: PensionAssessment) -> String {
        guard p.verdict == .dependsOnEffectiveDate else { return "\(pension(p.verdict)) (\(date(p.date)))" }
        return "\(pension(p.verdict)) — " + p.byDate.map { "\(date($0.date)): \(pension($0.verdict))" }.joined(separator: "; ")
    }

    /// `1 Sep 2036 (BUP 60, dari jabatan: guru)`; for PPPK `akhir perjanjian kerja 1 Mei 2049`.
    public func retirementDetail(_ o: Officer) -> String {
        let source = o.retirementAgeRule.map { "\(self(.inferredFrom)): \(ruleName($0))" } ?? self(.fromColumn)
        if let end = o.workAgreementEndDate { return "\(self(.workAgreementEnd)) \(date(end)) (\(o.retirementAge), \(source))" }
        guard let tmt = o.ageRetirementDate else { return "—" }
        return "\(date(tmt)) (BUP \(o.retirementAge), \(source))"
    }

    func ruleName(_ rule: RetirementAge.Rule) -> String {
        switch (rule, language) {
        case (.acting, .id): "jabatan Plt./Pj., tidak dinaikkan"
        case (.acting, .en): "acting title, never raised"
        case (.professor, _): "profesor"
        case (.lecturer, _): "dosen"
        case (.teacher, _): "guru"
        case (.ahliUtama, _): "Ahli Utama"
        case (.jpt, _): "JPT"
        case (.ahliMadya, _): "Ahli Madya"
        case (.jptPratamaTitle, .id): "JPT Pratama kota"
        case (.jptPratamaTitle, .en): "JPT Pratama post"
        case (.standard, .id): "jabatan lain"
        case (.standard, .en): "other posts"
        }
    }

    /// The mark a stage gets in the schedule list: the resignation deadline of an
    /// election, or the stage that fixes its candidates.
    func stageMark(_ id: String, schedule: Schedule?, warning: String) -> String {
        guard let schedule else { return "" }
        if let e = schedule.elections.first(where: { $0.resignationDeadlineID == id }) {
            return " \(warning) \(self(e.kind == .pilkada ? .deadlinePaslon : .deadline))"
        }
        if let e = schedule.elections.first(where: { $0.fixingStageID == id }) {
            return e.kind == .pilkada ? " (\(self(.paslonFixed)))" : " (DCT)"
        }
        return ""
    }

    /// The overview's deadline lines: each election's resignation deadline, then the
    /// stage that fixes its candidates when that is another stage.
    func deadlineLines(_ s: Situation, wide: Bool) -> [(label: String, deadline: DeadlineStatus, isCutOff: Bool)] {
        var lines: [(String, DeadlineStatus, Bool)] = []
        for e in s.elections {
            let pilkada = e.election.kind == .pilkada
            if let d = e.deadline {
                lines.append((self(pilkada ? (wide ? .deadlinePaslon : .deadlinePaslonShort) : (wide ? .deadline : .deadlineShort)), d, true))
            }
            if let f = e.fixing, f.stage.id != e.deadline?.stage.id {
                lines.append((self(pilkada ? .paslonFixed : .dctFixed), f, false))
            }
        }
        return lines
    }
}

extension TimeText {
    /// A moment in the zone it was written in, with the office's time beside it when
    /// that differs: `3 Okt 2023 23:59 WIB (4 Okt 00:59 WITA)`.
    func stamp(_ date: Date, writtenIn own: TimeZone) -> String {
        guard own.secondsFromGMT(for: date) != zone.secondsFromGMT(for: date) else { return stamp(date) }
        let local = parts(date).day
        return "\(TimeText(zone: own, text: text).stamp(date)) (\(local.day) \(text.months[local.month - 1]) \(time(date)) \(zoneName(at: date)))"
    }
}
