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

        mutating func error(_ message: Message, line: Int?) { diagnostics.append(Diagnostic(.error, file, line: line, message)) }
        mutating func warn(_ message: Message, line: Int?) { diagnostics.append(Diagnostic(.warning, file, line: line, message)) }

        /// Warns once per key that is not in `known` (a typo would otherwise pass silently).
        mutating func reportUnknownKeys(in table: TOML.Table, known: Set<String>, place: Message? = nil) {
            for key in table.keys where !known.contains(key) {
                warn(Messages.unknownKey(key, place: place, known: Array(known)), line: table[key]?.line)
            }
        }
    }

    /// The largest TOML file Netra reads (settings, schedule, themes): real ones are a
    /// few kilobytes; the bound keeps parsing a hostile file to milliseconds.
    public static let sizeLimit = 1 << 20

    /// Parses TOML bytes, or says why they are not TOML.
    static func parse(_ bytes: [UInt8], file: DataFile) -> Result<Document, Diagnostic> {
        if bytes.count > sizeLimit { return .failure(Diagnostic(.error, file, line: nil, Messages.tomlTooLarge(bytes.count, limit: sizeLimit))) }
        if bytes.contains(0) { return .failure(Diagnostic(.error, file, line: nil, Messages.tomlBinary)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Diagnostic(.error, file, line: nil, Messages.tomlNotUTF8))
        }
        do {
            return .success(Document(root: try TOML.parse(text), file: file))
        } catch {
            return .failure(Diagnostic(.error, file, line: error.line, Messages.notTOML(error.message)))
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
        doc.reportUnknownKeys(in: root, known: ["region", "timezone", "theme", "language", "mouse", "linear", "alerts", "kiosk", "cases", "abbreviations", "notify"])

        func string(_ key: String) -> (String, Int)? {
            guard let node = root[key] else { return nil }
            guard let s = node.string else {
                doc.error(Messages.notText(key), line: node.line)
                return nil
            }
            return (s, node.line)
        }
        if let (region, _) = string("region") { settings.region = region }
        if let (theme, line) = string("theme") {
            // A name only: a path here would let the shared folder make Netra read any file.
            if Settings.isThemeName(theme) { settings.theme = theme } else { doc.error(Messages.settingsThemeNotAName(theme), line: line) }
        }
        if let node = root["mouse"] {
            if let b = node.bool { settings.mouse = b } else { doc.error(Messages.mouseNotBool, line: node.line) }
        }
        if let node = root["linear"] {
            if let b = node.bool { settings.linear = b } else { doc.error(Messages.linearNotBool, line: node.line) }
        }
        if let (language, line) = string("language") {
            if ["id", "en"].contains(language) { settings.language = language } else {
                doc.error(Messages.languageChoice, line: line)
            }
        }
        if let (name, line) = string("timezone") {
            if let zone = timeZone(named: name) { settings.timeZone = zone } else {
                doc.error(Messages.unknownZone(name), line: line)
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
                doc.reportUnknownKeys(in: alerts, known: Set(keys.map(\.0)), place: Messages.inAlerts)
                for (key, path, range) in keys {
                    guard let v = alerts[key] else { continue }
                    if let n = v.integer, range.contains(n) { settings.thresholds[keyPath: path] = n } else {
                        doc.error(Messages.wholeNumber(key, place: Messages.inAlerts, range: range), line: v.line)
                    }
                }
                if settings.thresholds.criticalDays > settings.thresholds.warningDays {
                    doc.warn(Messages.criticalAfterWarning, line: alerts["critical_days"]?.line)
                }
            } else {
                doc.error(Messages.alertsNotTable, line: node.line)
            }
        }
        if let node = root["cases"] { settings.cases = caseFollow(node, &doc) }
        if let node = root["notify"] { settings.notify = notify(node, &doc) }
        if let node = root["kiosk"] {
            if let table = node.table { settings.kiosk = kiosk(table, &doc) } else { doc.error(Messages.kioskNotTable, line: node.line) }
        }
        if let node = root["abbreviations"] {
            if let table = node.table { settings.abbreviations = abbreviations(table, &doc) } else {
                doc.error(Messages.abbreviationsNotTable, line: node.line)
            }
        }
        return FileReading(value: settings, diagnostics: doc.diagnostics)
    }

    /// The most `[abbreviations]` entries read: an office has a few dozen units, and
    /// every entry is tried on every shortened name of a frame.
    public static let abbreviationLimit = 300

    /// Reads `[abbreviations]`: `"long name" = "short form"` per line. An entry that
    /// could not help (empty, not shorter, a control character) or that would make two
    /// different names read alike is left out, with a message on its line.
    static func abbreviations(_ table: TOML.Table, _ doc: inout Document) -> [Abbreviations.Entry] {
        var entries: [Abbreviations.Entry] = []
        var lineOfName: [String: Int] = [:]
        var nameOfShort: [String: (long: String, line: Int)] = [:]
        for key in table.keys {
            guard let node = table[key] else { continue }
            guard entries.count < abbreviationLimit else {
                doc.warn(Messages.abbreviationsTooMany(abbreviationLimit), line: node.line)
                break
            }
            let long = key.trimmingCharacters(in: .whitespaces)
            guard let written = node.string else { doc.error(Messages.abbreviationNotText(long), line: node.line); continue }
            let short = written.trimmingCharacters(in: .whitespaces)
            guard !long.isEmpty else { doc.error(Messages.abbreviationEmptyName, line: node.line); continue }
            guard !short.isEmpty else { doc.error(Messages.abbreviationEmpty(long), line: node.line); continue }
            guard UntrustedText.sanitized(long) == long, UntrustedText.sanitized(short) == short else {
                doc.error(Messages.abbreviationUnsafe(long), line: node.line)
                continue
            }
            guard short.count < long.count else { doc.warn(Messages.abbreviationNotShorter(long, short: short), line: node.line); continue }
            if let first = lineOfName[long.lowercased()] {
                doc.warn(Messages.abbreviationTwice(long, firstLine: first), line: node.line)
                continue
            }
            // Two spellings of one unit may share a short form; two units may not.
            if let other = nameOfShort[short.lowercased()], UnitNames.key(other.long) != UnitNames.key(long) {
                doc.error(Messages.abbreviationShared(short, long: long, other: other.long, otherLine: other.line), line: node.line)
                continue
            }
            lineOfName[long.lowercased()] = node.line
            nameOfShort[short.lowercased()] = nameOfShort[short.lowercased()] ?? (long, node.line)
            entries.append(Abbreviations.Entry(long: long, short: short))
        }
        return entries
    }

    /// Reads `[kiosk]`. A wrong value keeps its (private, locked) default, or the
    /// nearest allowed number; either way the message and `adjustments` say which
    /// value is used instead.
    static func kiosk(_ table: TOML.Table, _ doc: inout Document) -> KioskSettings {
        var kiosk = KioskSettings()
        doc.reportUnknownKeys(in: table, known: ["rotate_seconds", "views", "screens_per_page", "names", "nip", "case_details", "unlock_key", "pin_hash",
                                                   "relock_minutes", "people", "min_group", "countdown"],
                              place: Messages.inKiosk)
        func adjust(_ key: String, _ node: TOML.Node, used: String) {
            // Spelled out: `a ?? b.map(…) ?? c` crashes the Swift 6.3.1 optimiser in release builds.
            var written = "?"
            if let text = node.string { written = text } else if let number = node.integer { written = String(number) }
            kiosk.adjustments.append(SettingAdjustment(key: key, written: written, used: used))
        }
        /// A number out of range becomes the nearest bound; anything else keeps `fallback`.
        func integer(_ key: String, _ range: ClosedRange<Int>, fallback: Int) -> Int? {
            guard let node = table[key] else { return nil }
            if let n = node.integer, range.contains(n) { return n }
            // Spelled out: `node.integer.map { … } ?? fallback` crashes the Swift 6.3.1
            // optimiser (CopyPropagation) in release builds.
            var used = fallback
            if let n = node.integer { used = min(max(n, range.lowerBound), range.upperBound) }
            doc.error(Messages.wholeNumber(key, place: Messages.inKiosk, range: range) + Messages.usingInstead("\(used)"), line: node.line)
            adjust(key, node, used: "\(used)")
            return used
        }
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, unreadable: Message? = nil, used: String) -> T? where T.RawValue == String {
            guard let node = table[key] else { return nil }
            guard let s = node.string, let value = T(rawValue: s.lowercased()) else {
                doc.error(Messages.kioskChoice(key, choices: T.allCases.map(\.rawValue), unreadable: unreadable), line: node.line)
                adjust(key, node, used: used)
                return nil
            }
            return value
        }
        let defaults = KioskSettings()
        if let n = integer("rotate_seconds", KioskSettings.rotateRange, fallback: defaults.rotateSeconds) { kiosk.rotateSeconds = n }
        if let n = integer("relock_minutes", KioskSettings.relockRange, fallback: defaults.relockMinutes) { kiosk.relockMinutes = n }
        if let n = integer("screens_per_page", KioskSettings.screensRange, fallback: defaults.screensPerPage) { kiosk.screensPerPage = n }
        if let n = integer("min_group", KioskSettings.minGroupRange, fallback: defaults.privacy.minGroup) { kiosk.privacy.minGroup = n }
        // A privacy value that cannot be read (a typo of "hidden"…) means the strictest
        // choice, never the default: the person who wrote it wanted less shown.
        if table["names"] != nil {
            kiosk.privacy.names = choice("names", Privacy.Names.self, unreadable: Messages.untilThenHidden, used: "hidden") ?? .hidden
        }
        if table["nip"] != nil { kiosk.privacy.nips = choice("nip", Privacy.NIPs.self, unreadable: Messages.untilThenHidden, used: "hidden") ?? .hidden }
        if table["people"] != nil {
            kiosk.privacy.people = choice("people", Privacy.People.self, unreadable: Messages.usingInstead("aggregate"), used: "aggregate") ?? .aggregate
        }
        if let node = table["case_details"] {
            if let b = node.bool { kiosk.privacy.caseDetails = b } else {
                doc.error(Messages.caseDetailsNotBool, line: node.line)
                adjust("case_details", node, used: "false")
            }
        }
        if let node = table["countdown"] {
            if let text = node.string, let target = CountdownTarget(setting: text) { kiosk.countdown = target } else {
                doc.error(Messages.countdownChoice(CountdownTarget.forms) + Messages.usingInstead("nearest"), line: node.line)
                adjust("countdown", node, used: "nearest")
            }
        }
        // Allowed, but said out loud: the kiosk is a public screen.
        let people = kiosk.privacy.people
        if people != .aggregate { doc.warn(Messages.peopleOnKiosk(people.rawValue), line: table["people"]?.line) }
        if people == .full && kiosk.privacy.names == .full { doc.warn(Messages.fullNamesOnKiosk, line: table["names"]?.line) }
        if people == .full && kiosk.privacy.nips == .full { doc.warn(Messages.fullNIPsOnKiosk, line: table["nip"]?.line) }
        if people == .full && kiosk.privacy.caseDetails {
            doc.warn(Messages.caseDetailsOnKiosk, line: table["case_details"]?.line)
        }
        if people != .full, kiosk.privacy.names == .full || kiosk.privacy.nips == .full || kiosk.privacy.caseDetails {
            doc.warn(Messages.detailsWithoutPeople(people.rawValue), line: (table["names"] ?? table["nip"] ?? table["case_details"])?.line)
        }
        if kiosk.privacy.minGroup < defaults.privacy.minGroup {
            doc.warn(Messages.smallGroupsOnKiosk(kiosk.privacy.minGroup, default: defaults.privacy.minGroup), line: table["min_group"]?.line)
        }
        if let node = table["views"] {
            let known = KioskPage.allCases.map(\.rawValue)
            if let items = node.array, !items.isEmpty {
                var pages: [KioskPage] = []
                for item in items {
                    if let name = item.string, let page = KioskPage.named(name) { pages.append(page) } else {
                        doc.error(Messages.notAKioskPage(item.string, pages: known), line: item.line)
                    }
                }
                if !pages.isEmpty { kiosk.pages = pages }
            } else {
                doc.error(Messages.kioskPagesNotList(known), line: node.line)
            }
        }
        if let node = table["unlock_key"] {
            if let name = node.string, let key = UnlockKey(name: name) { kiosk.unlockKey = key } else if let name = node.string,
               let letter = UnlockKey.controlLetter(in: name), let sentAs = UnlockKey.indistinct[letter] {
                doc.error(Messages.unlockKeyIndistinct(name, sentAs: sentAs), line: node.line)
            } else {
                doc.error(Messages.unlockKeyChoice, line: node.line)
            }
        }
        if let node = table["pin_hash"] {
            if let hash = node.string, PINHash.looksValid(hash) {
                // A hash Netra will not check (another method, too costly): no unlock, and `check` says why.
                if let problem = PINHash.problem(with: hash) { doc.error(Messages.pinHash(problem), line: node.line) } else { kiosk.pinHash = hash }
            } else {
                doc.error(Messages.pinHashInvalid, line: node.line)
            }
        }
        return kiosk
    }
}
