/// Dates of things that have already happened — a request filed, a case reported,
/// forwarded, recommended or decided, a candidacy reported — that lie after today.
///
/// A typo in the year (`2024` for `2023`) puts a filing in the future, and every
/// deadline counted from it then never passes: the processing-limit alert stays silent
/// for a year. Reading cannot tell (it does not know the day), so this runs on the
/// derived moment, for `netra check` and the dashboard's problems panel alike. The
/// rows are still used as written (docs/decisions.md): only the warning speaks.
public enum FutureDates {
    /// One warning per such date, on its row and column (`heading`, so a workbook names
    /// the cell), in file order. Located by the caller (`FolderReading.located`).
    public static func warnings(_ dataset: Dataset, today: CivilDate) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check<C: ColumnName>(_ date: CivilDate?, _ file: DataFile, _ column: C, line: Int, _ clock: Messages.FutureDateClock?) {
            guard let date, date > today else { return }
            found.append(Diagnostic(.warning, file, line: line, heading: column.canonicalName,
                                    Messages.futureDate(column.canonicalName, indonesian: column.indonesianHeading,
                                                        date: date, today: today, clock: clock)))
        }
        for request in dataset.requests {
            check(request.filedOn, .retirements, RetirementColumn.filedOn, line: request.line,
                  request.kind == .age ? nil : .processingLimit)
        }
        for item in dataset.cases {
            let f = item.followUp
            check(item.reportedOn, .cases, CaseColumn.reportedOn, line: item.line, item.dueOn == nil ? .bawasluFollowUp : nil)
            check(f.forwardedOn, .cases, CaseColumn.forwardedOn, line: item.line, f.recommendationOn == nil ? .recommendationWait : nil)
            check(f.recommendationOn, .cases, CaseColumn.recommendationOn, line: item.line, f.ppkDue == nil ? .ppkDecision : nil)
            check(f.decidedOn, .cases, CaseColumn.decidedOn, line: item.line, nil)
        }
        // By index: a million officers copied one by one (each copy retains its texts)
        // cost the problems panel 50 ms before the first frame.
        let officers = dataset.officers
        for i in officers.indices {
            guard let record = officers[i].candidateRecord else { continue }
            check(record.reportedOn, .candidates, CandidateColumn.reportedOn, line: record.line, nil)
        }
        return found
    }
}
