import Foundation

/// Every sentence a user can read about their files, in one place: data files,
/// `netra.toml`, `schedule.toml`, the TOML reader's syntax messages, themes, and files
/// refused before reading. Limits and ranges come in as parameters, so a table in
/// another language can be added beside this one.
///
/// Diagnostics name the column, quote the offending value (sanitised and clipped) and
/// say how to fix it, because the reader is a clerk with a spreadsheet, not a
/// programmer. They are English for now; see docs/decisions.md.
public enum Messages {
    static func nip(_ problem: NIP.Problem, raw: String, column: String = "nip") -> String {
        let value = UntrustedText.quoted(raw)
        switch problem {
        case .empty:
            return "\(column) is empty"
        case .scientificNotation:
            return "\(column) \(value) was turned into a number by a spreadsheet (scientific notation): its last digits are lost. Format the \(column) column as Text and enter the 18 digits again"
        case .decimalSuffix:
            return "\(column) \(value) was stored as a number with a decimal part by a spreadsheet. Format the \(column) column as Text (no decimals) and export again"
        case .leadingApostrophe:
            return "\(column) \(value) starts with an apostrophe, the spreadsheet's text marker that was exported by mistake. Format the \(column) column as Text and remove the apostrophe"
        case .notDigits:
            return "\(column) \(value) must be 18 digits"
        case .wrongLength(let n):
            return "\(column) \(value) has \(n) digits; a NIP has 18"
        case .impossibleBirthDate:
            return "\(column) \(value): digits 1–8 are not a real birth date (YYYYMMDD)"
        case .impossibleServiceStart:
            return "\(column) \(value): digits 9–14 are not a real start month (YYYYMM)"
        case .startedBeforeEighteen:
            return "\(column) \(value): the start month (digits 9–14) is before the officer's 18th birthday"
        case .badSexDigit(let d):
            return "\(column) \(value): digit 15 must be 1 (male) or 2 (female), not \(d)"
        case .zeroSerial:
            return "\(column) \(value): the serial (digits 16–18) cannot be 000"
        }
    }

    static func date(_ failure: DateText.Failure, raw: String, column: String) -> String {
        let value = UntrustedText.quoted(raw)
        let forms = "write 23/05/2023, 2023-05-23 or 23 Mei 2023"
        switch failure {
        case .unrecognised: return "\(column) \(value) is not a date: \(forms)"
        case .noSuchDay: return "\(column) \(value) is not a day on the calendar"
        case .monthDayOrder: return "\(column) \(value) looks like month/day order; Netra reads day/month/year: \(forms)"
        case .spreadsheetSerial: return "\(column) \(value) is a spreadsheet day number, not a date: format the \(column) column as a date and export again"
        case .twoDigitYear: return "\(column) \(value) has a two-digit year: write the year in full (2023)"
        case .unknownMonth(let m): return "\(column) \(value): unknown month \(UntrustedText.quoted(m)) (Jan … Des, Januari … Desember, January … December)"
        case .implausibleYear(let year): return "\(column) \(value): \(implausibleYear(year, accepted: DateText.plausibleYears))"
        }
    }

    static func unknownValue<V: SpokenValue>(_ raw: String, column: String, of _: V.Type) -> String {
        "unknown \(column) \(UntrustedText.quoted(raw)): expected one of \(V.acceptedList)"
    }

    static func missingColumns(_ names: [String], found: [String]) -> String {
        let heading = found.isEmpty ? "an empty heading line" : found.map { UntrustedText.quoted($0, limit: 24) }.joined(separator: ", ")
        return "missing required column\(names.count == 1 ? "" : "s") \(names.joined(separator: ", ")); the heading line has \(heading)"
    }

    static func ignoredColumns(_ names: [String]) -> String {
        "column\(names.count == 1 ? "" : "s") \(names.map { UntrustedText.quoted($0, limit: 24) }.joined(separator: ", ")) not used by Netra (ignored)"
    }

    static func duplicateColumn(_ canonical: String, _ raw: String) -> String {
        "column \(UntrustedText.quoted(raw, limit: 24)) is a second \(canonical) column; only the first is read"
    }

    static func tooManyFields(_ count: Int, expected: Int) -> String {
        "row has \(count) fields but the heading has \(expected): a separator inside a value needs quotes"
    }

    static let binaryFile = "this is not a text file (it contains NUL bytes): export it from the spreadsheet as CSV UTF-8"
    static let spreadsheetFile = "this is a spreadsheet workbook (.xlsx/.ods) saved under a .csv name: use Save As → CSV UTF-8"
    static let utf16File = "this file is UTF-16 text: save it as CSV UTF-8"
    static func invalidUTF8(firstLine: Int) -> String {
        "text from line \(firstLine) on is not valid UTF-8 (shown as �): save the file as CSV UTF-8"
    }
    static let emptyFile = "file is empty: it needs at least a heading line"
    static func unterminatedQuote(line: Int) -> String {
        "a quoted value opened on line \(line) is never closed: the rest of the file cannot be read (is it still being written, or is a \" missing?)"
    }
    static let textAfterQuote = "text after a closing quote was ignored: a value with quotes inside must double them (\"\")"

    static func duplicateNIP(_ nip: NIP, firstLine: Int) -> String {
        "duplicate nip \(nip): already on line \(firstLine); this row is ignored"
    }
    static func duplicateCaseID(_ id: String, firstLine: Int) -> String {
        "duplicate id \(UntrustedText.quoted(id)): already on line \(firstLine); this row is ignored"
    }
    static func unknownOfficer(_ nip: NIP) -> String {
        "nip \(nip) is not in officers.csv"
    }
    static func retirementAge(_ raw: String) -> String {
        "retirement_age \(UntrustedText.quoted(raw)) must be a whole number of years between 50 and 70 (usually 58, 60 or 65)"
    }
    static let decreeWithoutNumber = "stage is decreed but decree_no is empty"
    static let effectiveBeforeFiling = "effective_on is before filed_on"
    static let dueBeforeReport = "due_on is before reported_on"
    static let emptyCaseID = "id is empty: every case needs a number"
    static func requiredValue(_ column: String) -> String { "\(column) is empty" }
    static func fileMissing(_ consequence: String) -> String { "file not found: \(consequence)" }
    static let withoutOfficers = "Netra needs the list of officers"
    static let withoutRetirements = "no retirement requests"
    static let withoutCases = "no neutrality cases"
    static let withoutSchedule = "no election stages to count down to"
    static func folderMissing(_ path: String) -> String { "data folder '\(UntrustedText.sanitized(path))' does not exist" }
    static func notAFolder(_ path: String) -> String { "'\(UntrustedText.sanitized(path))' is not a folder" }
    static func folderUnreadable(_ path: String) -> String { "data folder '\(UntrustedText.sanitized(path))' cannot be read (permissions?)" }
    static func unreadable(_ reason: String) -> String { "cannot read the file: \(reason)" }

    // MARK: Retirement age

    static func actingTitle(_ position: String) -> String {
        "position \(UntrustedText.quoted(position)) is an acting title (Plt./Pj./Plh.): the retirement age is that of the officer's own post, which the title does not tell; read as 58 — fill bup"
    }

    /// `bup` was empty on some rows: which ages were inferred, by rule, once per file.
    static func inferredAges(_ counts: [(rule: RetirementAge.Rule, count: Int)]) -> String {
        let total = counts.reduce(0) { $0 + $1.count }
        let parts = counts.map { "\($0.count) × \($0.rule.age) (\(ruleName($0.rule)))" }
        return "bup is empty for \(total) officer\(total == 1 ? "" : "s"): retirement age inferred from the position — "
            + parts.joined(separator: ", ") + "; fill bup to state it"
    }

    static func ruleName(_ rule: RetirementAge.Rule) -> String {
        switch rule {
        case .acting: "acting title, never raised"
        case .professor: "profesor"
        case .lecturer: "dosen"
        case .teacher: "guru"
        case .ahliUtama: "Ahli Utama"
        case .jpt: "JPT"
        case .ahliMadya: "Ahli Madya"
        case .jptPratamaTitle: "JPT Pratama post of a kota"
        case .standard: "other posts"
        }
    }

    static func pastRetirementAge(_ tmt: CivilDate, age: Int) -> String {
        "retirement age \(age) reached: TMT pensiun was \(tmt) and retirements.csv has no pension request; salary paid after the TMT must be recovered"
    }

    static func ageDecreeLate(_ tmt: CivilDate) -> String {
        "the age-retirement TMT \(tmt) has passed and the pension decree is not issued: salary paid after the TMT must be recovered"
    }

    // MARK: Elections

    static func electionProblem(_ problem: ElectionChoice.Problem, elections: [Election], fallback: Election?) -> String {
        let known = elections.map { "\($0.id) (\($0.kind.canonicalName))" }.joined(separator: ", ")
        let followed = fallback.map { "; followed under \(UntrustedText.quoted($0.id))" } ?? ""
        switch problem {
        case .unknown(let ref):
            return "election \(UntrustedText.quoted(ref)) is not in schedule.toml (elections: \(known.isEmpty ? "none" : known))\(followed)"
        case .ambiguousKind(let ref):
            return "election \(UntrustedText.quoted(ref)) names a kind of which schedule.toml has several elections: write one id (\(known))\(followed)"
        case .wrongKind(let candidacy, let election):
            let word = candidacy.electionKind == .pilkada ? "a Pilkada candidacy" : "a legislative candidacy"
            return "candidacy \(UntrustedText.quoted(candidacy.canonicalName)) is \(word), but election \(UntrustedText.quoted(election.id)) is \(election.kind == .pilkada ? "a Pilkada" : "a legislative election"): fix the candidacy or the election column"
        }
    }

    static func stageUnknownElection(_ stage: String, _ election: String, known: [String]) -> String {
        "stage \(UntrustedText.quoted(stage)) names election \(UntrustedText.quoted(election)), which no [[election]] table defines; elections: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
    }

    static func electionStageReference(_ key: String, election: String, stage: String, known: [String]) -> String {
        "\(key) of election \(UntrustedText.quoted(election)) names stage \(UntrustedText.quoted(stage)), which is not defined; stages: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
    }

    static func electionStageOfOther(_ key: String, election: String, stage: String, other: String) -> String {
        "\(key) of election \(UntrustedText.quoted(election)) names stage \(UntrustedText.quoted(stage)), which belongs to election \(UntrustedText.quoted(other))"
    }

    static let electionsNotTables = "election must be written as [[election]] tables"
    static let electionNotTable = "each election must be an [[election]] table"
    static let inElection = " in [[election]]"
    static func electionNameNotText(_ id: String) -> String { "name of election \(UntrustedText.quoted(id)) must be text in quotes" }
    static func stageElectionNotText(_ id: String) -> String { "election of stage \(UntrustedText.quoted(id)) must be an election id in quotes" }
    static let topLevelDeadlineIgnored = "resignation_deadline and dct_stage at the top are ignored when [[election]] tables exist: give each election its resignation_deadline and fixing_stage"
    static func electionNeeds(_ number: Int) -> String { "election \(number) needs id = \"…\" (a short name such as \"pilkada-2024\")" }
    static func duplicateElection(_ id: String, firstLine: Int) -> String {
        "duplicate election id \(UntrustedText.quoted(id)): already used on line \(firstLine); this election is ignored"
    }
    static func electionKind(_ id: String, raw: String?) -> String {
        let what = raw.map { "kind \(UntrustedText.quoted($0)) of election \(UntrustedText.quoted(id)) is not known" } ?? "election \(UntrustedText.quoted(id)) has no kind"
        return "\(what): write kind = \"pileg\" or \"pilkada\"; read as pileg"
    }
    static func electionNoDeadline(_ id: String) -> String {
        "election \(UntrustedText.quoted(id)) has no resignation_deadline = \"<stage id>\": its candidates' deadline alerts are off"
    }

    /// A file that was read before and is gone now (moved, deleted, being replaced).
    static let fileVanished = "file not found (moved or deleted while Netra runs): the last good data stays until it is back"

    // MARK: Files that are not read at all

    /// Why `SafeFile` refused a file, naming what it is or how large.
    static func refusal(_ refusal: SafeFile.Refusal) -> String {
        switch refusal {
        case .missing: return "file not found"
        case .notAFile(let kind):
            let what = switch kind {
            case .directory: "a folder"
            case .namedPipe: "a named pipe (FIFO)"
            case .characterDevice, .blockDevice: "a device"
            case .socket: "a socket"
            case .unknown: "not an ordinary file"
            }
            return "this is \(what), not a file: Netra reads only ordinary files"
        case .tooLarge(let bytes, let limit):
            return "the file is \(byteSize(bytes)); Netra reads files of at most \(byteSize(limit)) (is it the right file?)"
        case .linkLoop:
            return "this is a symbolic link that leads back to itself (a loop of links)"
        case .danglingLink:
            return "this is a symbolic link to a file that does not exist"
        case .linkOutsideFolder:
            return "this is a link to a file outside the data folder; Netra reads only files inside it: copy the file into the folder instead"
        case .system(let code):
            return unreadable(String(cString: strerror(code)))
        }
    }

    /// `12 MB`, `1 GB`, `100 GB`: sizes as file managers write them (powers of 1024).
    static func byteSize(_ bytes: Int64) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        if unit == 0 { return "\(bytes) bytes" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[unit])" : "\(rounded) \(units[unit])"
    }

    // MARK: TOML files (netra.toml, schedule.toml)

    static let tomlBinary = "this is not a text file (it contains NUL bytes)"
    static let tomlNotUTF8 = "the file is not valid UTF-8 text: save it as UTF-8"
    static func notTOML(_ detail: String) -> String { "not valid TOML: \(detail)" }
    static func tomlTooLarge(_ bytes: Int, limit: Int) -> String {
        "the file is \(byteSize(Int64(bytes))); a settings or schedule file is at most \(byteSize(Int64(limit))) (is it the right file?)"
    }
    /// `place` is where the key sits (" in [kiosk]"), empty at the top level.
    static func unknownKey(_ key: String, place: String, known: [String]) -> String {
        "unknown key \(UntrustedText.quoted(key))\(place) (ignored); known keys: \(known.sorted().joined(separator: ", "))"
    }
    static let inStage = " in [[stage]]"
    static let inAlerts = " in [alerts]"
    static let inKiosk = " in [kiosk]"
    /// Years a date in the data folder may have: anything else is a typo (0001, 20233).
    static func implausibleYear(_ year: Int, accepted: ClosedRange<Int>) -> String {
        "the year \(year) is not plausible: Netra accepts years \(accepted.lowerBound) to \(accepted.upperBound)"
    }

    /// What the TOML reader says after "not valid TOML: ". `found` is a character as
    /// the reader describes it (`'x'`, the end of the line).
    enum TOMLSyntax {
        static let endOfFile = "the end of the file"
        static let endOfLine = "the end of the line"
        static let oddCharacter = "an unexpected character"
        static func expectedEndOfLine(found: String) -> String { "expected the end of the line after the value, found \(found)" }
        static func tooManyTables(_ limit: Int) -> String { "more than \(limit) tables in one file" }
        static func tooDeep(_ limit: Int) -> String { "lists or tables nested more than \(limit) deep" }
        static func expectedEquals(found: String) -> String { "expected '=' after the key, found \(found)" }
        static func expectedTableClose(found: String) -> String { "expected ']' to close the table name, found \(found)" }
        static let expectedArrayTableClose = "expected ']]' to close the array-of-tables name"
        static func valueNotArrayOfTables(_ name: String, line: Int) -> String {
            "\(UntrustedText.quoted(name, limit: 60)) is already a value (line \(line)); it cannot also be [[\(UntrustedText.clipped(name, to: 60))]]"
        }
        static func tableTwice(_ name: String, firstLine: Int) -> String {
            "table [\(UntrustedText.clipped(name, to: 60))] is defined twice (first on line \(firstLine))"
        }
        static func valueNotTable(_ name: String, line: Int) -> String {
            "\(UntrustedText.quoted(name, limit: 60)) is already a value (line \(line)); it cannot also be a table"
        }
        static func valueHoldsNoKeys(_ key: String, line: Int) -> String {
            "\(UntrustedText.quoted(key, limit: 60)) is already a value (line \(line)); it cannot also hold keys"
        }
        static func keyTwice(_ key: String, firstLine: Int) -> String {
            "key \(UntrustedText.quoted(key, limit: 60)) is set twice (first on line \(firstLine))"
        }
        static let keyAtEnd = "expected a key, found the end of the file"
        static let multilineKey = "a key cannot be a multi-line string"
        static func badKey(found: String) -> String { "a key must be letters, digits, _ or - (or be in quotes); found \(found)" }
        static func keyTooLong(_ limit: Int) -> String { "a key has more than \(limit) parts (a.b.c…)" }
        static let valueAtEnd = "expected a value, found the end of the file"
        static func expectedValue(found: String) -> String { "expected a value, found \(found)" }
        static func notAValue(_ word: String) -> String { "\(UntrustedText.quoted(word, limit: 30)) is not a TOML value (text needs quotes)" }
        static func listNotClosed(openedOn line: Int) -> String { "a list opened on line \(line) is never closed with ']'" }
        static func listSeparator(openedOn line: Int, found: String) -> String {
            "expected ',' or ']' in the list opened on line \(line), found \(found)"
        }
        static func inlineSeparator(found: String) -> String { "expected ',' or '}' in the inline table, found \(found)" }
        static let stringNotClosed = "a string is not closed before the end of the line"
        static func multilineNotClosed(openedOn line: Int) -> String { "a multi-line string opened on line \(line) is never closed" }
        static let escapeAtEnd = "a string ends in the middle of an escape"
        static func badUnicodeEscape(_ letter: Character, digits: Int) -> String {
            "\\\(letter) must be followed by \(digits) hex digits of a valid character"
        }
        static func unknownEscape(_ described: String) -> String { "unknown escape \\\(described) in a string (write \\\\ for a backslash)" }
    }

    // MARK: schedule.toml

    static let scheduleZone = "timezone must be an IANA zone name such as \"Asia/Jakarta\" (or WIB, WITA, WIT)"
    static let stageNotTable = "each stage must be a [[stage]] table"
    static func duplicateStageID(_ id: String, firstLine: Int) -> String {
        "duplicate stage id \(UntrustedText.quoted(id)): already used by the stage on line \(firstLine); this stage is ignored"
    }
    static let stagesNotTables = "stage must be written as [[stage]] tables"
    static let noStages = "no [[stage]] tables: there is nothing to count down to"
    static func noDeadlineStage(_ key: String) -> String {
        "no \(key) = \"<stage id>\": candidates' resignation deadline alerts are off"
    }
    static func stageReferenceNotText(_ key: String) -> String { "\(key) must be a stage id in quotes" }
    static func unknownStageReference(_ key: String, id: String, known: [String]) -> String {
        "\(key) names stage \(UntrustedText.quoted(id)), which is not defined; stages: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
    }
    static func holidayNotDate(_ number: Int) -> String { "holiday \(number) is not a date (write 2023-12-25)" }
    static let holidaysNotList = "holidays must be a list of dates: holidays = [2023-12-25, 2023-12-26]"
    static func holidayYear(_ number: Int, year: Int, accepted: ClosedRange<Int>) -> String {
        "holiday \(number): \(implausibleYear(year, accepted: accepted))"
    }
    static func stageWithoutID(_ number: Int) -> String {
        "stage \(number) needs id = \"…\" (a short name such as \"pencermatan-dct\")"
    }
    static func stageNameNotText(_ id: String) -> String { "name of stage \(UntrustedText.quoted(id)) must be text in quotes" }
    static func stageEndsBeforeStart(_ id: String) -> String { "stage \(UntrustedText.quoted(id)) ends before it starts" }
    static func stageBoundaryExample(_ key: String) -> String { "\(key) = 2023-10-03T23:59:00+07:00" }
    static func stageNeeds(_ id: String, key: String) -> String {
        "stage \(UntrustedText.quoted(id)) needs \(stageBoundaryExample(key))"
    }
    static func stageBoundaryQuoted(_ id: String, key: String) -> String {
        "\(key) of stage \(UntrustedText.quoted(id)) is in quotes: write a TOML date-time without quotes, e.g. \(stageBoundaryExample(key))"
    }
    static func stageBoundaryNotDate(_ id: String, key: String) -> String {
        "\(key) of stage \(UntrustedText.quoted(id)) must be a date-time, e.g. \(stageBoundaryExample(key))"
    }
    static func stageBoundaryYear(_ id: String, key: String, year: Int, accepted: ClosedRange<Int>) -> String {
        "\(key) of stage \(UntrustedText.quoted(id)): \(implausibleYear(year, accepted: accepted))"
    }

    // MARK: netra.toml

    static func notText(_ key: String) -> String { "\(key) must be text in quotes" }
    static let languageChoice = "language must be \"id\" or \"en\""
    static func unknownZone(_ name: String) -> String {
        "unknown timezone \(UntrustedText.quoted(name)): use an IANA name such as \"Asia/Makassar\" (WITA), \"Asia/Jakarta\" (WIB) or \"Asia/Jayapura\" (WIT)"
    }
    static func settingsThemeNotAName(_ text: String) -> String {
        "theme \(UntrustedText.quoted(text)) is not a theme name: write the name of a theme such as \"default\" or \"high-contrast\" (letters, digits, - and _; see `netra themes`), not a file path"
    }
    /// `place` is " in [alerts]" or " in [kiosk]".
    static func wholeNumber(_ key: String, place: String, range: ClosedRange<Int>) -> String {
        "\(key)\(place) must be a whole number from \(range.lowerBound) to \(range.upperBound)"
    }
    static let criticalAfterWarning = "critical_days is larger than warning_days"
    static let alertsNotTable = "alerts must be a table: [alerts]"
    static let kioskNotTable = "kiosk must be a table: [kiosk]"
    static func kioskChoice(_ key: String, choices: [String], unreadable: String = "") -> String {
        "\(key) in [kiosk] must be one of \(choices.map { "\"\($0)\"" }.joined(separator: ", "))\(unreadable)"
    }
    static let mouseNotBool = "mouse must be true or false"
    /// What an unreadable privacy value means meanwhile: the strictest choice.
    static let untilThenHidden = " (until then: hidden)"
    static let caseDetailsNotBool = "case_details in [kiosk] must be true or false (until then: false)"
    static let fullNamesOnKiosk = "names = \"full\" shows officers' full names on the public kiosk screen"
    static let fullNIPsOnKiosk = "nip = \"full\" shows whole NIPs (birth dates) on the public kiosk screen"
    /// A refused value's stand-in, after the message that refuses it.
    static func usingInstead(_ value: String) -> String { "; \(value) is used instead" }
    static func countdownChoice(_ forms: [String]) -> String {
        "countdown in [kiosk] must be one of \(forms.map { "\"\($0)\"" }.joined(separator: ", ")) (ID: an election or stage id of schedule.toml)"
    }
    static func peopleOnKiosk(_ people: String) -> String {
        people == "full"
            ? "people = \"full\" lists officers on the public kiosk screen, as names, nip and case_details allow"
            : "people = \"initials\" lists candidates (initials, candidacy, party, dapil) on the public kiosk screen"
    }
    static func detailsWithoutPeople(_ people: String) -> String {
        "names, nip and case_details say how much of a person a kiosk row shows, but people = \"\(people)\" shows "
            + (people == "aggregate" ? "no person at all" : "initials, candidacy, party and dapil only") + " (set people = \"full\" to use them)"
    }
    static func smallGroupsOnKiosk(_ size: Int, default defaultSize: Int) -> String {
        "min_group = \(size) shows parties and districts with fewer than \(defaultSize) candidates on the public kiosk screen"
    }
    static func countdownTargetMissing(_ setting: String) -> String {
        "countdown in [kiosk] names \(UntrustedText.quoted(setting)), which schedule.toml does not have (an election needs a stage named "
            + "with pemungutan, voting or polling); the nearest voting day or decree deadline is used instead"
    }
    static let caseDetailsOnKiosk = "case_details = true lists neutrality cases one by one, with the officers concerned, on the public kiosk screen"
    /// `value` is the page as written, `nil` when it is not text.
    static func notAKioskPage(_ value: String?, pages: [String]) -> String {
        "views in [kiosk]: \(value.map { UntrustedText.quoted($0) } ?? "a value that is not text") is not a kiosk page; use \(pages.joined(separator: ", "))"
    }
    static func kioskPagesNotList(_ pages: [String]) -> String {
        "views in [kiosk] must be a list of pages in quotes, e.g. [\"countdown\", \"overview\"]; pages: \(pages.joined(separator: ", "))"
    }
    static let unlockKeyChoice = "unlock_key in [kiosk] must name one key: \"F1\" to \"F12\", \"ctrl-a\" to \"ctrl-z\" (not c, d, h, i, j, m, q, s, z) or one character"
    static let pinHashInvalid = "pin_hash in [kiosk] is not a PIN hash: make one with `netra kiosk-pin` and paste its line (the PIN itself never goes in this file)"

    // MARK: Theme files (public: the terminal front end reads themes)

    /// A theme file that is not TOML is not quoted at all: it may be any file.
    public static let themeNotTOML = "not valid TOML; using the default theme"
    public static let themeWithoutStyles = "no [styles] table; using the default theme"
    public static let themeNotText = "cannot read the theme file (not UTF-8 text?); using the default theme"
    public static func themeRefused(_ why: SafeFile.Refusal) -> String { "\(refusal(why)); using the default theme" }
    public static func themeNotFound(_ name: String, lookedIn folders: [String]) -> String {
        "theme \(UntrustedText.quoted(name)) not found (looked in \(folders.map(UntrustedText.sanitized).joined(separator: ", "))); using the default theme"
    }
    public static func themeNotAName(_ text: String) -> String {
        "theme \(UntrustedText.quoted(text)) is not a theme name (letters, digits, - and _; see `netra themes`); using the default theme"
    }
    public static func themeUnknownKey(_ key: String) -> String {
        "unknown key \(UntrustedText.quoted(key)) (ignored); known: name, description, styles"
    }
    public static func themeUnknownRole(_ role: String, roles: [String]) -> String {
        "unknown role \(UntrustedText.quoted(role)) (ignored); roles: \(roles.joined(separator: ", "))"
    }
    public static func themeRoleNotTable(_ role: String) -> String {
        "role \(UntrustedText.quoted(role)) must be a table such as { fg = \"red\", bold = true }"
    }
    /// `value` is the colour as written (text or number), `nil` for any other kind.
    public static func themeNotAColour(_ value: String?) -> String {
        "\(value.map { UntrustedText.quoted($0) } ?? "this value") is not a colour: use a name (red, bright-blue…), 0–255 or #rrggbb"
    }
    public static func themeFlagNotBool(_ attribute: String) -> String { "\(attribute) must be true or false" }
    public static func themeUnknownStyleKey(_ key: String) -> String {
        "unknown style key \(UntrustedText.quoted(key)) (ignored); use fg, bg, bold, underline, reverse, dim"
    }
    public static func themeMissingRoles(_ roles: [String]) -> String {
        "no style for \(roles.joined(separator: ", ")): using the default theme's"
    }

    static func pinHash(_ problem: PINHash.Problem) -> String {
        switch problem {
        case .notYescrypt:
            "pin_hash in [kiosk] is not a yescrypt hash ($y$…), so the kiosk cannot be unlocked; "
                + "make one with `netra kiosk-pin` and paste its line"
        case .tooCostly(let bytes):
            "pin_hash in [kiosk] asks for a yescrypt cost too high to check at the screen (\(bytes == .max ? "beyond any" : "\(bytes >> 20) MiB per") "
                + "attempt; at most \((YescryptSetting.maximumWork * 128) >> 20) MiB), so the kiosk cannot be unlocked; make one with `netra kiosk-pin`"
        }
    }
    static func unlockKeyIndistinct(_ name: String, sentAs key: String) -> String {
        "unlock_key in [kiosk]: \(UntrustedText.quoted(name)) can never unlock: a terminal sends it as \(key), "
            + "so it cannot be told from that key; choose \"F1\" to \"F12\" or another ctrl- key"
    }
}
