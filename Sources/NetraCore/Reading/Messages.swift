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

    // MARK: Workbooks

    static func severalForms(read: String, others: [String]) -> String {
        "\(others.joined(separator: ", ")) \(others.count == 1 ? "is" : "are") also in the folder: reading \(read), the one changed last; remove or rename the other so that nobody edits the wrong one"
    }

    static func numberNIPCell(_ raw: String, cell: String) -> String {
        "nip \(UntrustedText.quoted(raw)) in cell \(UntrustedText.quoted(cell, limit: 60)) is stored as a number in the workbook: a spreadsheet keeps only 15 digits, so the last 3 are lost. Format the nip column as Text and type the 18 digits again"
    }

    static func workbook(_ problem: WorkbookProblem, file: String) -> String {
        let name = UntrustedText.quoted(file)
        switch problem {
        case .notArchive:
            return "\(name) is not a workbook (it is not a zip archive): if it is CSV text, name it .csv; otherwise save it again from the spreadsheet as .xlsx or .ods"
        case .legacyOrEncrypted:
            return "\(name) is password-protected or in the old Excel 97–2003 format: save it without a password as Excel Workbook (.xlsx)"
        case .encrypted:
            return "\(name) is password-protected: save it again without a password"
        case .notSpreadsheet:
            return "\(name) is a zip archive but not a spreadsheet workbook (.xlsx or .ods)"
        case .corrupt(let part):
            return "\(name) is damaged (\(UntrustedText.quoted(part, limit: 60)) cannot be read): is it still being saved? Otherwise open it in the spreadsheet and save it again"
        case .noSheet:
            return "\(name) has no sheet"
        case .hostile(let why):
            let reason = switch why {
            case .documentType: "its XML declares a document type or entities, which no spreadsheet writes"
            case .nesting: "its XML is nested deeper than any workbook"
            case .limit: "its XML goes past the parser's safety limits"
            case .expands(let limit): "it would expand to more than \(limit >> 20) MB"
            case .entries(let n): "it holds \(n) or more archive entries"
            case .sheets(let n): "it has \(n) or more sheets"
            case .outsideSheet: "it has cells beyond the last row or column a spreadsheet allows"
            case .cells(let limit): "its repeated rows and cells come to more than \(limit) cells"
            }
            return "\(name) was refused: \(reason). Save the data again from the spreadsheet into a new file"
        }
    }

    // MARK: SIASN exports

    static func retirementDateDiffers(recorded: CivilDate, derived: CivilDate, age: Int) -> String {
        "retirement_date \(recorded) differs from \(derived), the date the NIP's birth date and a retirement age of \(age) give; Netra uses \(recorded), as recorded"
    }
}
