/// Every diagnostic's wording, in one place.
///
/// Diagnostics name the column, quote the offending value (sanitised and clipped) and
/// say how to fix it, because the reader is a clerk with a spreadsheet, not a
/// programmer. They are English for now; see docs/decisions.md.
enum Messages {
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

    // MARK: Circulars, acknowledgements and cases after Bawaslu

    static func duplicateCircularID(_ id: String, firstLine: Int) -> String {
        "duplicate circular id \(UntrustedText.quoted(id)): already used on line \(firstLine); this row is ignored"
    }
    static func dateBefore(_ later: String, _ earlier: String) -> String { "\(later) is before \(earlier): check both dates" }
    static func notYesNo(_ raw: String, column: String) -> String {
        "\(column) \(UntrustedText.quoted(raw)) is not yes or no (ya/tidak); read as empty"
    }
    static func notACount(_ raw: String, column: String) -> String {
        "\(column) \(UntrustedText.quoted(raw)) is not a whole number; read as empty"
    }
    static let casesNotATable = "cases must be a table: [cases]"
    static func casesSetting(_ key: String, _ range: ClosedRange<Int>) -> String {
        "\(key) in [cases] must be a whole number from \(range.lowerBound) to \(range.upperBound)"
    }
    static func unknownCircular(_ id: String, known: [String]) -> String {
        let list = known.isEmpty ? "circulars.csv has none" : "known: " + known.prefix(8).map { UntrustedText.quoted($0, limit: 24) }.joined(separator: ", ")
        return "circular \(UntrustedText.quoted(id)) is not in circulars.csv (\(list)); this row is not counted"
    }
    static func unknownFollowedCircular(_ id: String) -> String {
        "follows \(UntrustedText.quoted(id)), which is not an id of circulars.csv: the chain is shown without it"
    }
    static func unknownUnit(_ raw: String, nearest: String?) -> String {
        let hint = nearest.map { "; nearest known unit: \(UntrustedText.quoted($0, limit: 60))" } ?? ""
        return "unit \(UntrustedText.quoted(raw, limit: 60)) matches no unit of officers.csv\(hint); this entry is not counted"
    }
    static func unitTwice(_ unit: String, circular: String, firstLine: Int) -> String {
        "unit \(UntrustedText.quoted(unit, limit: 60)) already answered circular \(UntrustedText.quoted(circular)) on line \(firstLine); this row is ignored"
    }
    static func unitNotAddressed(_ unit: String, circular: String) -> String {
        "unit \(UntrustedText.quoted(unit, limit: 60)) is not among the units circular \(UntrustedText.quoted(circular)) applies to; counted anyway"
    }
    static func beforeCircular(_ column: String, circular: String, issued: CivilDate) -> String {
        "\(column) is before circular \(UntrustedText.quoted(circular)) was issued (\(issued)): check the date"
    }
    static func signedMoreThanHeadcount(_ count: Int, headcount: Int) -> String {
        "signed_count \(count) is more than the unit's \(headcount) officers in officers.csv"
    }
}
