import Foundation

/// What `netra check` reports: the diagnostics, the headline counts and, in JSON, the
/// derived facts (stages, deadlines, alerts). Documented in `docs/check-json.md`.
public struct CheckReport: Sendable {
    public let folder: String
    public let reading: FolderReading
    public let situation: Situation
    /// Warnings that depend on the moment checked (an officer past the retirement-age
    /// TMT without a decree, a filing dated after today), located like the file's own
    /// diagnostics.
    public let findings: [Diagnostic]
    /// What Netra assumed rather than read (retirement ages inferred from positions):
    /// not problems, but worth filling in. Printed as `note:` lines.
    public let notes: [Diagnostic]
    /// Problems in files outside the data folder that the folder asks for (the theme
    /// `netra.toml` names), in the same shape as the data files' problems.
    public let otherProblems: [Diagnostic]

    public init(folder: String, reading: FolderReading, now: Date, otherWarnings: [Diagnostic] = []) {
        self.folder = folder
        self.reading = reading
        let situation = Situation(dataset: reading.dataset, now: now)
        self.situation = situation
        self.otherProblems = otherWarnings
        findings = Self.findings(reading, situation)
        notes = reading.located(CheckFindings.notes(reading.dataset))
    }

    /// What the moment adds to the folder's own problems (a deadline passed with no
    /// request, dates in the future), located in their files: `check`, its province sums
    /// and the dashboard's province count the same problems.
    static func findings(_ reading: FolderReading, _ situation: Situation) -> [Diagnostic] {
        reading.located(CheckFindings.timely(situation, dataset: reading.dataset)
                        + situation.futureDates)
    }

    /// Every problem: the data folder's, the moment's findings, then the others.
    var diagnostics: [Diagnostic] { reading.diagnostics + findings + otherProblems }
    var warningCount: Int { diagnostics.warningCount }

    /// When `netra check` also exits 1: never (only data errors do, the default), or
    /// when any alert is critical (`--fail-on critical`, for cron: a valid folder with
    /// critical matters should not pass silently).
    public enum FailOn: String, Sendable, CaseIterable {
        case errors, critical
    }

    /// How many problems are errors (what `netra push` refuses without --allow-errors).
    public var errorCount: Int { diagnostics.errorCount }

    /// 0 = no errors, 1 = errors (data validity; the JSON's `ok`).
    public var exitCode: Int32 { diagnostics.errorCount > 0 ? 1 : 0 }

    /// The exit status with `--fail-on`: 1 also for critical alerts when asked.
    public func exitCode(failOn: FailOn) -> Int32 {
        if exitCode != 0 { return exitCode }
        return failOn == .critical && alertCount(.critical) > 0 ? 1 : 0
    }

    func alertCount(_ severity: Alert.Severity) -> Int { situation.alerts.lazy.filter { $0.severity == severity }.count }

    /// `12 officers, 5 candidates, …, 0 errors, 1 warning`.
    public func summaryLine(_ language: Language = .en) -> String {
        let c = situation.counts
        return Messages.checkSummary(officers: c.officers, candidates: c.candidates, pending: c.pendingRetirements, openCases: c.openCases,
                                     errors: diagnostics.errorCount, warnings: diagnostics.warningCount).text(language)
    }

    /// `needs action: 4 critical (4 candidates without a resignation request), 3 warning, 1 info`.
    public func alertLine(_ language: Language = .en) -> String {
        var byKind: [Alert.Kind: Int] = [:]
        for alert in situation.alerts where alert.severity == .critical { byKind[alert.kind, default: 0] += 1 }
        let critical = Alert.Kind.allCases.compactMap { kind in byKind[kind].map { (kind: kind, count: $0) } }
        return Messages.alertSummary(critical: critical, warnings: alertCount(.warning), infos: alertCount(.info)).text(language)
    }

    /// `overdue cases: 4 — Bawaslu 1 (NTR-2023-001) · …`: the overview's overdue cases,
    /// each under the deadline it missed; `nil` when none is overdue.
    public func overdueCasesLine(_ language: Language = .en) -> String? {
        let f = situation.figures
        guard !f.overdueCases.isEmpty else { return nil }
        return Messages.overdueCases(CaseClock.allCases.map { clock in (clock, f.overdueCases(clock).map(\.item.id)) }).text(language)
    }

    /// One line per problem, then the counts, the overdue cases by the deadline they
    /// missed, and last what needs action. The words
    /// `error`/`warning`/`note` stay English in both languages (scripts match them).
    public func text(_ language: Language) -> String {
        let prefix = (folder == "." || folder == "./") ? nil : folder
        let notes = self.notes.map { $0.formatted(folder: prefix, language: language).replacingOccurrences(of: ": warning: ", with: ": note: ") }
        // "needs action" stays the last line (scripts and mail filters read it there).
        let lines = [summaryLine(language)] + [overdueCasesLine(language)].compactMap { $0 } + [alertLine(language)]
        return (diagnostics.map { $0.formatted(folder: prefix, language: language) } + notes + kpuLines(language, folder: prefix) + lines)
            .joined(separator: "\n") + "\n"
    }

    /// The English report.
    public var text: String { text(.en) }

    /// The machine-readable report; each problem's `message` in `language`, both
    /// renderings in `messages`. `wording` words each alert as the dashboard does (the
    /// front end owns those sentences); without it alerts carry their facts only.
    public func json(_ language: Language, wording: AlertWording? = nil) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(JSONReport(self, language: language, wording: wording))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The machine-readable report, messages in English.
    public var json: String { json(.en) }
}

/// The JSON shape of a check report; field names are part of the documented contract.
struct JSONReport: Encodable {
    struct Summary: Encodable {
        let officers, candidates, pendingRetirements, openCases, errors, warnings: Int
    }
    struct Problem: Encodable {
        let file: String
        let line: Int?
        /// A workbook table's problem: the sheet's name and the cell (`B14`, or
        /// `14:14` for the whole row); `line` is then the sheet's row.
        let sheet: String?
        let cell: String?
        let severity: String
        /// In the report's language.
        let message: String
        /// Both renderings: `id` (English where not translated yet) and `en`.
        let messages: [String: String]
        /// A skipped officers.csv row whose cells name a candidate.
        let skippedCandidate: SkippedCandidate?
    }
    struct SkippedCandidate: Encodable {
        let name: String
        let candidacy: String
    }
    struct AlertCounts: Encodable {
        let critical, warning, info: Int
    }
    struct Moment: Encodable {
        /// The instant, in the office's zone.
        let at: String
        /// The same instant with the offset it was written in (`+07:00` for KPU's WIB).
        let atAsWritten: String
        /// That zone's name: `WIB`, `WITA`, `WIT`.
        let zone: String
        let countdown: String
        let secondsLeft: Int
    }
    struct StageEntry: Encodable {
        let id, name, start, end, phase: String
        let countdown: String
        let progress: Double
    }
    struct Deadline: Encodable {
        let stage: String
        /// In the office's zone, like every other time.
        let end: String
        /// As written in schedule.toml (its own offset): the date KPU published.
        let endAsWritten: String
        /// The zone it was written in: `WIB`, `WITA`, `WIT`.
        let zone: String
        /// The published date, in the deadline's own zone; `H-N` counts to it.
        let day: String
        let countdown: String
        let secondsLeft: Int
        let passed: Bool
    }
    struct ElectionEntry: Encodable {
        let id, name, kind: String
        let resignationDeadline: Deadline?
        let fixingStage: Deadline?
        let candidates, unresolved: Int
    }
    struct OfficerEntry: Encodable {
        let nip: String
        let line: Int
        let employment: String
        let retirementAge: Int
        /// `column` (the bup cell) or `inferred` (from the position).
        let retirementAgeSource: String
        /// The rule of the table that gave an inferred age.
        let retirementAgeRule: String?
        /// PNS: TMT pensiun.
        let retirementDate: String?
        /// PPPK: end of the work agreement.
        let workAgreementEnd: String?
        let election: String?
    }
    struct Note: Encodable {
        let file: String
        let message: String
        let messages: [String: String]
    }
    struct AlertEntry: Encodable {
        let kind, severity: String
        /// The sentence in the report's language, and in both (`id`, `en`).
        let message: String?
        let messages: [String: String]?
        let nip: String?
        let caseId: String?
        let circularId: String?
        let units: Int?
        let deadline: Moment?
        let days: Int?
        let date: String?
        let limit: Int?
        let election: String?
        /// The KPU alerts' list entry and score (see `KPUJSON.AlertFacts`).
        let kpu: KPUJSON.AlertFacts?
    }

    let folder: String
    let asOf: String
    let timezone: String
    let ok: Bool
    /// The language of `message` fields.
    let language: String
    let summary: Summary
    let alertCounts: AlertCounts
    /// The same counts as `alertCounts` and the text's "needs action" line: what a
    /// script mails about (`ok` is about the data only).
    let needsAction: AlertCounts
    let figures: FiguresEntry
    let candidates: [CandidateEntry]
    let problems: [Problem]
    let unusableFiles: [String]
    let stages: [StageEntry]
    let resignationDeadline: Deadline?
    let dctDeadline: Deadline?
    let elections: [ElectionEntry]
    let officers: [OfficerEntry]
    let notes: [Note]
    let alerts: [AlertEntry]
    let cases: [CaseEntry]
    let circulars: [CircularEntry]
    /// The KPU cross-check; absent when `kpu/` holds no list.
    let kpu: KPUJSON?

    init(_ report: CheckReport, language: Language, wording: AlertWording?) {
        let s = report.situation
        let zone = s.zone
        func stamp(_ d: Date) -> String {
            let f = ISO8601DateFormatter()
            f.timeZone = zone
            f.formatOptions = [.withInternetDateTime]
            return f.string(from: d)
        }
        folder = UntrustedText.sanitized(report.folder)
        asOf = stamp(s.now)
        timezone = zone.identifier
        ok = report.exitCode == 0
        self.language = language.rawValue
        alertCounts = AlertCounts(critical: report.alertCount(.critical), warning: report.alertCount(.warning), info: report.alertCount(.info))
        needsAction = alertCounts
        figures = Self.figuresEntry(s)
        func both(_ m: Message) -> [String: String] { ["id": m.text(.id), "en": m.text(.en)] }
        summary = Summary(officers: s.counts.officers, candidates: s.counts.candidates,
                          pendingRetirements: s.counts.pendingRetirements, openCases: s.counts.openCases,
                          errors: report.diagnostics.errorCount, warnings: report.warningCount)
        problems = report.diagnostics.map {
            Problem(file: UntrustedText.sanitized($0.location.path), line: $0.line,
                    sheet: $0.location.cell.map { UntrustedText.sanitized($0.sheet) }, cell: $0.location.cell?.reference,
                    severity: $0.severity.rawValue,
                    message: $0.text.text(language), messages: both($0.text),
                    skippedCandidate: $0.skippedCandidate.map { SkippedCandidate(name: $0.name, candidacy: $0.candidacy.canonicalName) })
        }
        unusableFiles = DataFile.allCases.filter { report.reading.unusableFiles.contains($0) }.map(\.fileName)
        stages = s.stages.map {
            StageEntry(id: UntrustedText.sanitized($0.stage.id), name: UntrustedText.sanitized($0.stage.name),
                       start: stamp($0.stage.start), end: stamp($0.stage.end), phase: $0.phase.rawValue,
                       countdown: $0.countdown.label, progress: ($0.progress * 1000).rounded() / 1000)
        }
        func deadline(_ d: DeadlineStatus?) -> Deadline? {
            d.map {
                let own = ISO8601DateFormatter()
                own.timeZone = $0.countdown.zone
                own.formatOptions = [.withInternetDateTime]
                return Deadline(stage: UntrustedText.sanitized($0.stage.id), end: stamp($0.stage.end), endAsWritten: own.string(from: $0.stage.end),
                                zone: $0.countdown.zoneName, day: $0.day.description, countdown: $0.countdown.label, secondsLeft: $0.countdown.secondsLeft,
                                passed: $0.countdown.hasPassed)
            }
        }
        resignationDeadline = deadline(s.resignationDeadline)
        dctDeadline = deadline(s.dctDeadline)
        elections = s.elections.map {
            ElectionEntry(id: UntrustedText.sanitized($0.election.id), name: UntrustedText.sanitized($0.election.name),
                          kind: $0.election.kind.canonicalName, resignationDeadline: deadline($0.deadline), fixingStage: deadline($0.fixing),
                          candidates: $0.candidates, unresolved: $0.unresolved)
        }
        let electionOf = Dictionary(s.candidates.compactMap { c in c.election.map { (c.officer.nip, $0.id) } }, uniquingKeysWith: { a, _ in a })
        officers = report.reading.dataset.officers.map {
            OfficerEntry(nip: $0.nip.description, line: $0.line, employment: $0.employment.canonicalName, retirementAge: $0.retirementAge,
                         retirementAgeSource: $0.retirementAgeRule == nil ? "column" : "inferred",
                         retirementAgeRule: $0.retirementAgeRule?.rawValue, retirementDate: $0.ageRetirementDate?.description,
                         workAgreementEnd: $0.workAgreementEndDate?.description, election: electionOf[$0.nip].map(UntrustedText.sanitized))
        }
        candidates = s.candidates.map {
            CandidateEntry(nip: $0.officer.nip.description, election: $0.election.map { UntrustedText.sanitized($0.id) },
                           deadline: deadline($0.deadline), resolved: $0.isResolved)
        }
        cases = Self.caseEntries(s)
        circulars = Self.circularEntries(s)
        notes = report.notes.map { Note(file: UntrustedText.sanitized($0.location.path), message: $0.text.text(language), messages: both($0.text)) }
        func written(_ c: Countdown) -> String {
            let own = ISO8601DateFormatter()
            own.timeZone = c.zone
            own.formatOptions = [.withInternetDateTime]
            return own.string(from: c.target)
        }
        alerts = s.alerts.map { a in
            let both = wording.map { w in ["id": w(a, .id), "en": w(a, .en)] }
            return AlertEntry(kind: a.kind.rawValue, severity: a.severity.name, message: both?[language.rawValue], messages: both,
                       nip: a.nip?.description, caseId: a.caseID.map(UntrustedText.sanitized),
                       circularId: a.circularID.map(UntrustedText.sanitized), units: a.units,
                       deadline: a.countdown.map { Moment(at: stamp($0.target), atAsWritten: written($0), zone: $0.zoneName,
                                                          countdown: $0.label, secondsLeft: $0.secondsLeft) },
                       days: a.days, date: a.date?.description, limit: a.limit, election: a.election.map(UntrustedText.sanitized),
                       kpu: a.kpu.map(KPUJSON.AlertFacts.init))
        }
        kpu = KPUJSON(s.kpu, lists: report.reading.dataset.kpuLists.files)
    }
}
