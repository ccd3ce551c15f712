import Foundation

/// What `netra check` reports: the diagnostics, the headline counts and, in JSON, the
/// derived facts (stages, deadlines, alerts). Documented in `docs/check-json.md`.
public struct CheckReport: Sendable {
    public let folder: String
    public let reading: FolderReading
    public let situation: Situation
    /// Problems outside the data files (the theme `netra.toml` names), as warnings.
    public let otherWarnings: [OtherWarning]

    /// A warning about a file that is not one of the data files.
    public struct OtherWarning: Sendable {
        public let path: String
        public let line: Int?
        public let message: String
        public init(path: String, line: Int?, message: String) {
            self.path = path
            self.line = line
            self.message = UntrustedText.sanitized(message)
        }
        var formatted: String { "\(path)\(line.map { ":\($0)" } ?? ""): warning: \(message)" }
    }

    public init(folder: String, reading: FolderReading, now: Date, otherWarnings: [OtherWarning] = []) {
        self.folder = folder
        self.reading = reading
        self.situation = Situation(dataset: reading.dataset, now: now)
        self.otherWarnings = otherWarnings
    }

    var warningCount: Int { reading.diagnostics.warningCount + otherWarnings.count }

    /// 0 = no errors, 1 = errors.
    public var exitCode: Int32 { reading.diagnostics.errorCount > 0 ? 1 : 0 }

    /// `12 officers, 5 candidates, …, 0 errors, 1 warning`.
    public var summaryLine: String {
        let c = situation.counts
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        return [
            n(c.officers, "officer", "officers"), n(c.candidates, "candidate", "candidates"),
            n(c.pendingRetirements, "pending retirement", "pending retirements"), n(c.openCases, "open case", "open cases"),
            n(reading.diagnostics.errorCount, "error", "errors"), n(warningCount, "warning", "warnings"),
        ].joined(separator: ", ")
    }

    /// One line per problem, then the summary.
    public var text: String {
        let prefix = (folder == "." || folder == "./") ? nil : folder
        return (reading.diagnostics.map { $0.formatted(folder: prefix) } + otherWarnings.map(\.formatted) + [summaryLine])
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
        let end: String
        let countdown: String
        let secondsLeft: Int
    }
    struct AlertEntry: Encodable {
        let kind, severity: String
        let nip: String?
        let caseId: String?
        let deadline: Moment?
        let days: Int?
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
    let alerts: [AlertEntry]

    init(_ report: CheckReport) {
        let s = report.situation
        let zone = s.zone
        func stamp(_ d: Date) -> String {
            let f = ISO8601DateFormatter()
            f.timeZone = zone
            f.formatOptions = [.withInternetDateTime]
            return f.string(from: d)
        }
        let diagnostics = report.reading.diagnostics
        folder = report.folder
        asOf = stamp(s.now)
        timezone = zone.identifier
        ok = report.exitCode == 0
        summary = Summary(officers: s.counts.officers, candidates: s.counts.candidates,
                          pendingRetirements: s.counts.pendingRetirements, openCases: s.counts.openCases,
                          errors: diagnostics.errorCount, warnings: report.warningCount)
        problems = diagnostics.map { Problem(file: $0.fileName, line: $0.line, severity: $0.severity.rawValue, message: $0.message) }
            + report.otherWarnings.map { Problem(file: $0.path, line: $0.line, severity: "warning", message: $0.message) }
        unusableFiles = DataFile.allCases.filter { report.reading.unusableFiles.contains($0) }.map(\.fileName)
        stages = s.stages.map {
            StageEntry(id: UntrustedText.sanitized($0.stage.id), name: UntrustedText.sanitized($0.stage.name),
                       start: stamp($0.stage.start), end: stamp($0.stage.end), phase: $0.phase.rawValue,
                       countdown: $0.countdown.label, progress: ($0.progress * 1000).rounded() / 1000)
        }
        func deadline(_ d: DeadlineStatus?) -> Deadline? {
            d.map { Deadline(stage: UntrustedText.sanitized($0.stage.id), end: stamp($0.stage.end),
                             countdown: $0.countdown.label, secondsLeft: $0.countdown.secondsLeft) }
        }
        resignationDeadline = deadline(s.resignationDeadline)
        dctDeadline = deadline(s.dctDeadline)
        alerts = s.alerts.map {
            AlertEntry(kind: $0.kind.rawValue, severity: $0.severity.name, nip: $0.nip?.description,
                       caseId: $0.caseID.map(UntrustedText.sanitized),
                       deadline: $0.countdown.map { Moment(at: stamp($0.target), countdown: $0.label, secondsLeft: $0.secondsLeft) },
                       days: $0.days)
        }
    }
}
