import Foundation

/// What `netra check` reports: the diagnostics, the headline counts and, in JSON, the
/// derived facts (stages, deadlines, alerts). Documented in `docs/check-json.md`.
public struct CheckReport: Sendable {
    public let folder: String
    public let reading: FolderReading
    public let situation: Situation
    /// Warnings that depend on the moment checked (an officer past the retirement-age
    /// TMT without a decree), located like the file's own diagnostics.
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
        findings = CheckFindings.timely(situation, dataset: reading.dataset)
        notes = CheckFindings.notes(reading.dataset)
    }

    /// Every problem: the data folder's, the moment's findings, then the others.
    var diagnostics: [Diagnostic] { reading.diagnostics + findings + otherProblems }
    var warningCount: Int { diagnostics.warningCount }

    /// 0 = no errors, 1 = errors.
    public var exitCode: Int32 { diagnostics.errorCount > 0 ? 1 : 0 }

    /// `12 officers, 5 candidates, …, 0 errors, 1 warning`.
    public var summaryLine: String {
        let c = situation.counts
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        return [
            n(c.officers, "officer", "officers"), n(c.candidates, "candidate", "candidates"),
            n(c.pendingRetirements, "pending retirement", "pending retirements"), n(c.openCases, "open case", "open cases"),
            n(diagnostics.errorCount, "error", "errors"), n(diagnostics.warningCount, "warning", "warnings"),
        ].joined(separator: ", ")
    }

    /// One line per problem, then the summary.
    public var text: String {
        let prefix = (folder == "." || folder == "./") ? nil : folder
        let notes = self.notes.map { $0.formatted(folder: prefix).replacingOccurrences(of: ": warning: ", with: ": note: ") }
        return (diagnostics.map { $0.formatted(folder: prefix) } + notes + [summaryLine])
            .joined(separator: "\n") + "\n"
    }

    /// The machine-readable report.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(JSONReport(self))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The JSON shape of a check report; field names are part of the documented contract.
struct JSONReport: Encodable {
    struct Summary: Encodable {
        let officers, candidates, pendingRetirements, openCases, errors, warnings: Int
    }
    struct Problem: Encodable {
        let file: String
        let line: Int?
        let severity: String
        let message: String
    }
    struct Moment: Encodable {
        let at: String
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
    }
    struct AlertEntry: Encodable {
        let kind, severity: String
        let nip: String?
        let caseId: String?
        let deadline: Moment?
        let days: Int?
        let date: String?
        let limit: Int?
        let election: String?
    }

    let folder: String
    let asOf: String
    let timezone: String
    let ok: Bool
    let summary: Summary
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

    init(_ report: CheckReport) {
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
        summary = Summary(officers: s.counts.officers, candidates: s.counts.candidates,
                          pendingRetirements: s.counts.pendingRetirements, openCases: s.counts.openCases,
                          errors: report.diagnostics.errorCount, warnings: report.warningCount)
        problems = report.diagnostics.map {
            Problem(file: UntrustedText.sanitized($0.location.path), line: $0.line, severity: $0.severity.rawValue, message: $0.message)
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
                                day: $0.day.description, countdown: $0.countdown.label, secondsLeft: $0.countdown.secondsLeft,
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
        cases = Self.caseEntries(s)
        circulars = Self.circularEntries(s)
        notes = report.notes.map { Note(file: UntrustedText.sanitized($0.location.path), message: $0.message) }
        alerts = s.alerts.map {
            AlertEntry(kind: $0.kind.rawValue, severity: $0.severity.name, nip: $0.nip?.description,
                       caseId: $0.caseID.map(UntrustedText.sanitized),
                       deadline: $0.countdown.map { Moment(at: stamp($0.target), countdown: $0.label, secondsLeft: $0.secondsLeft) },
                       days: $0.days, date: $0.date?.description, limit: $0.limit, election: $0.election.map(UntrustedText.sanitized))
        }
    }
}
