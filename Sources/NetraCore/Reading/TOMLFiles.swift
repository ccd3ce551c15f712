import Foundation
import TOMLKit

/// Reads `schedule.toml` and `netra.toml` through TOMLKit's table API.
///
/// TOMLKit's Codable decoder reports a wrong-typed value as "key not found", which
/// misleads; reading the tables by hand lets every message name the key, the line and
/// what was expected.
public enum TOMLFiles {
    /// Zone names clerks use for Indonesia's three zones, beside IANA names.
    static let zoneAliases = ["wib": "Asia/Jakarta", "wita": "Asia/Makassar", "wit": "Asia/Jayapura"]

    /// An IANA zone name or WIB/WITA/WIT.
    public static func timeZone(named name: String) -> TimeZone? {
        if let alias = zoneAliases[name.lowercased()] { return TimeZone(identifier: alias) }
        guard name.contains("/") || name == "UTC" else { return nil }
        return TimeZone(identifier: name)
    }

    /// A parsed document plus what is needed to report on it.
    struct Document {
        let table: TOMLTable
        let lines: TOMLLineIndex
        let file: DataFile
        var diagnostics: [Diagnostic] = []

        mutating func error(_ message: String, line: Int?) { diagnostics.append(Diagnostic(.error, file, line: line, message)) }
        mutating func warn(_ message: String, line: Int?) { diagnostics.append(Diagnostic(.warning, file, line: line, message)) }

        /// Warns once per key that is not in `known` (a typo would otherwise pass silently).
        mutating func reportUnknownKeys(in table: TOMLTable, known: Set<String>, tableName: String?, index: Int? = nil) {
            for key in table.keys where !known.contains(key) {
                let place = tableName.map { index == nil ? " in [\($0)]" : " in [[\($0)]]" } ?? ""
                warn("unknown key \(UntrustedText.quoted(key))\(place) (ignored); known keys: \(known.sorted().joined(separator: ", "))",
                     line: lines.line(of: key, in: tableName, index: index))
            }
        }
    }

    /// Parses TOML bytes, or reports why they are not TOML.
    static func parse(_ bytes: [UInt8], file: DataFile) -> Result<Document, Diagnostic> {
        if bytes.contains(0) { return .failure(Diagnostic(.error, file, line: nil, "this is not a text file (it contains NUL bytes)")) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Diagnostic(.error, file, line: nil, "the file is not valid UTF-8 text: save it as UTF-8"))
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        do {
            let table = try TOMLTable(string: body)
            return .success(Document(table: table, lines: TOMLLineIndex(body), file: file))
        } catch let error as TOMLParseError {
            return .failure(Diagnostic(.error, file, line: error.source.begin.line, "not valid TOML: \(error.description)"))
        } catch {
            return .failure(Diagnostic(.error, file, line: nil, "not valid TOML: \(error)"))
        }
    }

    // MARK: schedule.toml

    /// Reads `schedule.toml`.
    public static func schedule(_ bytes: [UInt8]) -> FileReading<Schedule> {
        var doc: Document
        switch parse(bytes, file: .schedule) {
        case .success(let d): doc = d
        case .failure(let diagnostic): return FileReading(value: nil, diagnostics: [diagnostic])
        }
        let root = doc.table
        doc.reportUnknownKeys(in: root, known: ["stage", "resignation_deadline", "dct_stage", "holidays", "timezone"], tableName: nil)

        var zone = TimeZone(identifier: "Asia/Jakarta")!
        if let value = root["timezone"] {
            if let name = value.string, let z = timeZone(named: name) { zone = z } else {
                doc.error("timezone must be an IANA zone name such as \"Asia/Jakarta\" (or WIB, WITA, WIT)", line: doc.lines.line(of: "timezone"))
            }
        }

        var stages: [Stage] = []
        var seenIDs: [String: Int] = [:]
        if let value = root["stage"] {
            if let array = value.array {
                for index in 0..<array.count {
                    let headerLine = doc.lines.headerLine("stage", index: index)
                    guard let table = array[index].table else {
                        doc.error("each stage must be a [[stage]] table", line: headerLine)
                        continue
                    }
                    if let stage = readStage(table, index: index, zone: zone, doc: &doc) {
                        if let first = seenIDs[stage.id] {
                            doc.error("duplicate stage id \(UntrustedText.quoted(stage.id)): already used on line \(first); this stage is ignored", line: doc.lines.line(of: "id", in: "stage", index: index))
                        } else {
                            seenIDs[stage.id] = stage.line
                            stages.append(stage)
                        }
                    }
                }
            } else {
                doc.error("stage must be written as [[stage]] tables", line: doc.lines.line(of: "stage"))
            }
        } else {
            doc.warn("no [[stage]] tables: there is nothing to count down to", line: nil)
        }

        func stageReference(_ key: String, required: Bool) -> String? {
            guard let value = root[key] else {
                if required {
                    doc.warn("no \(key) = \"<stage id>\": candidates' resignation deadline alerts are off", line: nil)
                }
                return nil
            }
            guard let id = value.string else {
                doc.error("\(key) must be a stage id in quotes", line: doc.lines.line(of: key))
                return nil
            }
            guard seenIDs[id] != nil else {
                let known = stages.map(\.id).joined(separator: ", ")
                doc.error("\(key) names stage \(UntrustedText.quoted(id)), which is not defined; stages: \(known.isEmpty ? "none" : known)", line: doc.lines.line(of: key))
                return nil
            }
            return id
        }
        let deadline = stageReference("resignation_deadline", required: true)
        let dct = stageReference("dct_stage", required: false)

        var holidays: Set<CivilDate> = []
        if let value = root["holidays"] {
            let line = doc.lines.line(of: "holidays")
            if let array = value.array {
                for i in 0..<array.count {
                    let item = array[i]
                    if let d = item.date, let date = CivilDate(year: d.year, month: d.month, day: d.day) {
                        holidays.insert(date)
                    } else if let s = item.string, case .success(let date) = DateText.parse(s) {
                        holidays.insert(date)
                    } else {
                        doc.error("holiday \(i + 1) is not a date (write 2023-12-25)", line: line)
                    }
                }
            } else {
                doc.error("holidays must be a list of dates: holidays = [2023-12-25, 2023-12-26]", line: line)
            }
        }

        // Errors drop only the stage or key concerned; the rest of the schedule stays usable.
        let schedule = Schedule(stages: stages, resignationDeadlineID: deadline, dctStageID: dct, holidays: holidays)
        return FileReading(value: schedule, diagnostics: doc.diagnostics)
    }

    private static func readStage(_ table: TOMLTable, index: Int, zone: TimeZone, doc: inout Document) -> Stage? {
        doc.reportUnknownKeys(in: table, known: ["id", "name", "start", "end", "note"], tableName: "stage", index: index)
        let header = doc.lines.headerLine("stage", index: index)
        func line(_ key: String) -> Int? { doc.lines.line(of: key, in: "stage", index: index) }
        guard let id = table["id"]?.string, !id.isEmpty else {
            doc.error("stage \(index + 1) needs id = \"…\" (a short name such as \"pencermatan-dct\")", line: line("id"))
            return nil
        }
        let name = table["name"]?.string ?? id
        guard let start = instant(table["start"], key: "start", endOfDay: false, zone: zone, stageID: id, line: line("start"), doc: &doc),
              let end = instant(table["end"], key: "end", endOfDay: true, zone: zone, stageID: id, line: line("end"), doc: &doc)
        else { return nil }
        guard end >= start else {
            doc.error("stage \(UntrustedText.quoted(id)) ends before it starts", line: line("end"))
            return nil
        }
        return Stage(id: id, name: name, start: start, end: end, line: header ?? 0)
    }

    /// A stage boundary: an offset date-time (`2023-05-14T23:59:00+07:00`); a local
    /// date-time or a bare date is read in the schedule's zone, a bare end date
    /// meaning the whole day (until 23:59:59).
    private static func instant(_ value: TOMLValueConvertible?, key: String, endOfDay: Bool, zone: TimeZone,
                                stageID: String, line: Int?, doc: inout Document) -> Date? {
        let example = "\(key) = 2023-10-03T23:59:00+07:00"
        guard let value else {
            doc.error("stage \(UntrustedText.quoted(stageID)) needs \(example)", line: line)
            return nil
        }
        if let dt = value.dateTime, let day = CivilDate(year: dt.date.year, month: dt.date.month, day: dt.date.day) {
            let seconds = dt.time.hour * 3600 + dt.time.minute * 60 + dt.time.second
            if let offset = dt.offset {
                return Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 + seconds - offset.offset * 60))
            }
            return day.instant(in: zone, secondsIntoDay: seconds)
        }
        if let d = value.date, let day = CivilDate(year: d.year, month: d.month, day: d.day) {
            return day.instant(in: zone, secondsIntoDay: endOfDay ? 86_399 : 0)
        }
        if value.string != nil {
            doc.error("\(key) of stage \(UntrustedText.quoted(stageID)) is in quotes: write a TOML date-time without quotes, e.g. \(example)", line: line)
        } else {
            doc.error("\(key) of stage \(UntrustedText.quoted(stageID)) must be a date-time, e.g. \(example)", line: line)
        }
        return nil
    }

    // MARK: netra.toml

    /// Reads `netra.toml`.
    public static func settings(_ bytes: [UInt8]) -> FileReading<Settings> {
        var doc: Document
        switch parse(bytes, file: .settings) {
        case .success(let d): doc = d
        case .failure(let diagnostic): return FileReading(value: nil, diagnostics: [diagnostic])
        }
        var settings = Settings()
        let root = doc.table
        doc.reportUnknownKeys(in: root, known: ["region", "timezone", "theme", "language", "alerts", "kiosk"], tableName: nil)

        func string(_ key: String) -> String? {
            guard let value = root[key] else { return nil }
            guard let s = value.string else {
                doc.error("\(key) must be text in quotes", line: doc.lines.line(of: key))
                return nil
            }
            return s
        }
        if let region = string("region") { settings.region = region }
        if let theme = string("theme") { settings.theme = theme }
        if let language = string("language") {
            if ["id", "en"].contains(language) { settings.language = language } else {
                doc.error("language must be \"id\" or \"en\"", line: doc.lines.line(of: "language"))
            }
        }
        if let name = string("timezone") {
            if let zone = timeZone(named: name) { settings.timeZone = zone } else {
                doc.error("unknown timezone \(UntrustedText.quoted(name)): use an IANA name such as \"Asia/Makassar\" (WITA), \"Asia/Jakarta\" (WIB) or \"Asia/Jayapura\" (WIT)", line: doc.lines.line(of: "timezone"))
            }
        }

        if let value = root["alerts"] {
            if let alerts = value.table {
                let keys: [(String, WritableKeyPath<AlertThresholds, Int>, ClosedRange<Int>)] = [
                    ("warning_days", \.warningDays, 0...366),
                    ("critical_days", \.criticalDays, 0...366),
                    ("processing_working_days", \.processingWorkingDays, 1...365),
                    ("case_due_days", \.caseDueDays, 1...365),
                    ("age_retirement_months", \.ageRetirementMonths, 1...120),
                ]
                doc.reportUnknownKeys(in: alerts, known: Set(keys.map(\.0)), tableName: "alerts")
                for (key, path, range) in keys {
                    guard let v = alerts[key] else { continue }
                    if let n = v.int, range.contains(n) { settings.thresholds[keyPath: path] = n } else {
                        doc.error("\(key) in [alerts] must be a whole number from \(range.lowerBound) to \(range.upperBound)", line: doc.lines.line(of: key, in: "alerts"))
                    }
                }
                if settings.thresholds.criticalDays > settings.thresholds.warningDays {
                    doc.warn("critical_days is larger than warning_days", line: doc.lines.line(of: "critical_days", in: "alerts"))
                }
            } else {
                doc.error("alerts must be a table: [alerts]", line: doc.lines.line(of: "alerts"))
            }
        }
        if let kiosk = root["kiosk"]?.table { settings.kioskKeys = kiosk.keys.sorted() }
        return FileReading(value: settings, diagnostics: doc.diagnostics)
    }
}
