import Foundation

/// Reads `schedule.toml` and `netra.toml` into their models, with a line in every
/// message.
public enum TOMLFiles {
    /// Zone names clerks use for Indonesia's three zones, beside IANA names.
    static let zoneAliases = ["wib": "Asia/Jakarta", "wita": "Asia/Makassar", "wit": "Asia/Jayapura"]

    /// An IANA zone name or WIB/WITA/WIT.
    public static func timeZone(named name: String) -> TimeZone? {
        if let alias = zoneAliases[name.lowercased()] { return TimeZone(identifier: alias) }
        guard name.contains("/") || name == "UTC" else { return nil }
        return TimeZone(identifier: name)
    }

    /// A parsed document and the problems found while reading its values.
    struct Document {
        let root: TOML.Table
        let file: DataFile
        var diagnostics: [Diagnostic] = []

        mutating func error(_ message: String, line: Int?) { diagnostics.append(Diagnostic(.error, file, line: line, message)) }
        mutating func warn(_ message: String, line: Int?) { diagnostics.append(Diagnostic(.warning, file, line: line, message)) }

        /// Warns once per key that is not in `known` (a typo would otherwise pass silently).
        mutating func reportUnknownKeys(in table: TOML.Table, known: Set<String>, place: String = "") {
            for key in table.keys where !known.contains(key) {
                warn("unknown key \(UntrustedText.quoted(key))\(place) (ignored); known keys: \(known.sorted().joined(separator: ", "))",
                     line: table[key]?.line)
            }
        }
    }

    /// Parses TOML bytes, or says why they are not TOML.
    static func parse(_ bytes: [UInt8], file: DataFile) -> Result<Document, Diagnostic> {
        if bytes.contains(0) { return .failure(Diagnostic(.error, file, line: nil, "this is not a text file (it contains NUL bytes)")) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Diagnostic(.error, file, line: nil, "the file is not valid UTF-8 text: save it as UTF-8"))
        }
        do {
            return .success(Document(root: try TOML.parse(text), file: file))
        } catch {
            return .failure(Diagnostic(.error, file, line: error.line, "not valid TOML: \(error.message)"))
        }
    }

    // MARK: netra.toml

    /// Reads `netra.toml`. A wrong value keeps its default and is reported.
    public static func settings(_ bytes: [UInt8]) -> FileReading<Settings> {
        var doc: Document
        switch parse(bytes, file: .settings) {
        case .success(let d): doc = d
        case .failure(let diagnostic): return FileReading(value: nil, diagnostics: [diagnostic])
        }
        var settings = Settings()
        let root = doc.root
        doc.reportUnknownKeys(in: root, known: ["region", "timezone", "theme", "language", "alerts", "kiosk", "cases"])

        func string(_ key: String) -> (String, Int)? {
            guard let node = root[key] else { return nil }
            guard let s = node.string else {
                doc.error("\(key) must be text in quotes", line: node.line)
                return nil
            }
            return (s, node.line)
        }
        if let (region, _) = string("region") { settings.region = region }
        if let (theme, _) = string("theme") { settings.theme = theme }
        if let (language, line) = string("language") {
            if ["id", "en"].contains(language) { settings.language = language } else {
                doc.error("language must be \"id\" or \"en\"", line: line)
            }
        }
        if let (name, line) = string("timezone") {
            if let zone = timeZone(named: name) { settings.timeZone = zone } else {
                doc.error("unknown timezone \(UntrustedText.quoted(name)): use an IANA name such as \"Asia/Makassar\" (WITA), \"Asia/Jakarta\" (WIB) or \"Asia/Jayapura\" (WIT)", line: line)
            }
        }

        if let node = root["alerts"] {
            if let alerts = node.table {
                let keys: [(String, WritableKeyPath<AlertThresholds, Int>, ClosedRange<Int>)] = [
                    ("warning_days", \.warningDays, 0...366),
                    ("critical_days", \.criticalDays, 0...366),
                    ("processing_working_days", \.processingWorkingDays, 1...365),
                    ("case_due_days", \.caseDueDays, 1...365),
                    ("age_retirement_months", \.ageRetirementMonths, 1...120),
                ]
                doc.reportUnknownKeys(in: alerts, known: Set(keys.map(\.0)), place: " in [alerts]")
                for (key, path, range) in keys {
                    guard let v = alerts[key] else { continue }
                    if let n = v.integer, range.contains(n) { settings.thresholds[keyPath: path] = n } else {
                        doc.error("\(key) in [alerts] must be a whole number from \(range.lowerBound) to \(range.upperBound)", line: v.line)
                    }
                }
                if settings.thresholds.criticalDays > settings.thresholds.warningDays {
                    doc.warn("critical_days is larger than warning_days", line: alerts["critical_days"]?.line)
                }
            } else {
                doc.error("alerts must be a table: [alerts]", line: node.line)
            }
        }
        if let node = root["cases"] { settings.cases = caseFollow(node, &doc) }
        if let node = root["kiosk"] {
            if let table = node.table { settings.kiosk = kiosk(table, &doc) } else { doc.error("kiosk must be a table: [kiosk]", line: node.line) }
        }
        return FileReading(value: settings, diagnostics: doc.diagnostics)
    }

    /// Reads `[kiosk]`. A wrong value keeps its (private, locked) default.
    static func kiosk(_ table: TOML.Table, _ doc: inout Document) -> KioskSettings {
        var kiosk = KioskSettings()
        doc.reportUnknownKeys(in: table, known: ["rotate_seconds", "views", "screens_per_page", "names", "nip", "case_details", "unlock_key", "pin_hash",
                                                   "relock_minutes"],
                              place: " in [kiosk]")
        func integer(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            guard let node = table[key] else { return nil }
            guard let n = node.integer, range.contains(n) else {
                doc.error("\(key) in [kiosk] must be a whole number from \(range.lowerBound) to \(range.upperBound)", line: node.line)
                return nil
            }
            return n
        }
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
            guard let node = table[key] else { return nil }
            guard let s = node.string, let value = T(rawValue: s.lowercased()) else {
                doc.error("\(key) in [kiosk] must be one of \(T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))", line: node.line)
                return nil
            }
            return value
        }
        if let n = integer("rotate_seconds", KioskSettings.rotateRange) { kiosk.rotateSeconds = n }
        if let n = integer("relock_minutes", KioskSettings.relockRange) { kiosk.relockMinutes = n }
        if let n = integer("screens_per_page", KioskSettings.screensRange) { kiosk.screensPerPage = n }
        if let names = choice("names", Privacy.Names.self) { kiosk.privacy.names = names }
        if let nips = choice("nip", Privacy.NIPs.self) { kiosk.privacy.nips = nips }
        if let node = table["case_details"] {
            if let b = node.bool { kiosk.privacy.caseDetails = b } else { doc.error("case_details in [kiosk] must be true or false", line: node.line) }
        }
        // Allowed, but said out loud: the kiosk is a public screen.
        if kiosk.privacy.names == .full { doc.warn("names = \"full\" shows officers' full names on the public kiosk screen", line: table["names"]?.line) }
        if kiosk.privacy.nips == .full { doc.warn("nip = \"full\" shows whole NIPs (birth dates) on the public kiosk screen", line: table["nip"]?.line) }
        if kiosk.privacy.caseDetails {
            doc.warn("case_details = true lists neutrality cases one by one, with the officers concerned, on the public kiosk screen",
                     line: table["case_details"]?.line)
        }
        if let node = table["views"] {
            let known = KioskPage.allCases.map(\.rawValue).joined(separator: ", ")
            if let items = node.array, !items.isEmpty {
                var pages: [KioskPage] = []
                for item in items {
                    if let name = item.string, let page = KioskPage.named(name) { pages.append(page) } else {
                        doc.error("views in [kiosk]: \(item.string.map { UntrustedText.quoted($0) } ?? "a value that is not text") is not a kiosk page; use \(known)",
                                  line: item.line)
                    }
                }
                if !pages.isEmpty { kiosk.pages = pages }
            } else {
                doc.error("views in [kiosk] must be a list of pages in quotes, e.g. [\"countdown\", \"overview\"]; pages: \(known)", line: node.line)
            }
        }
        if let node = table["unlock_key"] {
            if let name = node.string, let key = UnlockKey(name: name) { kiosk.unlockKey = key } else {
                doc.error("unlock_key in [kiosk] must name one key: \"F1\" to \"F12\", \"ctrl-a\" to \"ctrl-z\" (not c, d, q, s, z) or one character", line: node.line)
            }
        }
        if let node = table["pin_hash"] {
            if let hash = node.string, PINHash.looksValid(hash) { kiosk.pinHash = hash } else {
                doc.error("pin_hash in [kiosk] is not a PIN hash: make one with `netra kiosk-pin` and paste its line (the PIN itself never goes in this file)",
                          line: node.line)
            }
        }
        return kiosk
    }
}
