import NetraCore

/// What the Kasus list's due date is at each stage of a case, per language: the date
/// changes meaning as the case moves on, so the detail says whose date it is.
extension UIText {
    /// `nil` for a settled case, which has no date to meet.
    public func stageDueOwner(_ stage: CaseStage) -> String? {
        switch (stage, language) {
        case (.reported, .id), (.atBawaslu, .id): "tindak lanjut Bawaslu"
        case (.forwarded, .id): "rekomendasi KASN/BKN"
        case (.recommended, .id), (.blocked, .id): "keputusan PPK"
        case (.reported, .en), (.atBawaslu, .en): "Bawaslu follow-up"
        case (.forwarded, .en): "KASN/BKN recommendation"
        case (.recommended, .en), (.blocked, .en): "PPK decision"
        case (.decided, _), (.closed, _): nil
        }
    }

    /// The detail's due line: `22 Mei 2023 · tindak lanjut Bawaslu · LEWAT +1`,
    /// `19 Mei 2023 · keputusan PPK · LEWAT +4`, or `—`. "LEWAT" counts from the date
    /// shown, as the list's column and its `lewat batas` filter do (the overview's
    /// count of cases overdue at Bawaslu is its own line).
    func stageDueDetail(_ c: CaseState, today: CivilDate) -> String {
        guard let due = c.stageDue else { return self(.none) }
        let late = c.daysPastStageDue(today: today)
        return date(due) + (stageDueOwner(c.stage).map { " · \($0)" } ?? "") + (late > 0 ? " · \(self(.overdue)) +\(late)" : "")
    }
}
