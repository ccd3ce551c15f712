/// The files of a data folder.
public enum DataFile: String, CaseIterable, Sendable {
    case officers = "officers.csv"
    /// Who runs for office, kept apart from the roster (the SIASN download knows nothing of it).
    case candidates = "candidates.csv"
    case retirements = "retirements.csv"
    case cases = "cases.csv"
    case schedule = "schedule.toml"
    case settings = "netra.toml"
    case circulars = "circulars.csv"
    case acknowledgements = "acknowledgements.csv"
    /// The `kpu/` subfolder: KPU's published candidate lists (`KPUFolder`).
    case kpu = "kpu"
    /// The office's verdicts on KPU matches.
    case kpuReview = "kpu-review.csv"

    public var fileName: String { rawValue }

    /// Everything particular to this kind of file, described once: its columns, its
    /// reader, the sheet names a workbook may give it, and what its absence means.
    /// Reading CSV, reading a workbook, locating a problem in a sheet and telling a
    /// heading line from a title all ask here instead of switching over the files.
    var kind: DataFileKind {
        switch self {
        case .officers:
            DataFileKind(columns: ColumnSet(OfficerColumn.self), read: DataFileKind.reader(RecordReaders.officers, Records.officers),
                         sheetNames: ["officers", "pegawai", "data pegawai", "daftar pegawai", "asn", "data asn"],
                         missing: (.error, Messages.withoutOfficers))
        case .candidates:
            DataFileKind(columns: ColumnSet(CandidateColumn.self), read: DataFileKind.reader(RecordReaders.candidates, Records.candidates),
                         sheetNames: ["candidates", "calon", "pencalonan", "daftar calon", "asn calon"], missing: nil)
        case .retirements:
            DataFileKind(columns: ColumnSet(RetirementColumn.self), read: DataFileKind.reader(RecordReaders.retirements, Records.retirements),
                         sheetNames: ["retirements", "pensiun", "usulan pensiun", "pemberhentian"],
                         missing: (.warning, Messages.withoutRetirements))
        case .cases:
            DataFileKind(columns: ColumnSet(CaseColumn.self), read: DataFileKind.reader(RecordReaders.cases, Records.cases),
                         sheetNames: ["cases", "kasus", "laporan", "pelanggaran", "netralitas"],
                         missing: (.warning, Messages.withoutCases))
        case .schedule:
            DataFileKind(columns: nil, read: DataFileKind.reader(TOMLFiles.schedule, Records.schedule), sheetNames: [],
                         missing: (.warning, Messages.withoutSchedule))
        case .settings:
            DataFileKind(columns: nil, read: DataFileKind.reader(TOMLFiles.settings, Records.settings), sheetNames: [], missing: nil)
        case .circulars:
            DataFileKind(columns: ColumnSet(CircularColumn.self), read: DataFileKind.reader(RecordReaders.circulars, Records.circulars),
                         sheetNames: ["circulars", "edaran", "surat edaran", "daftar edaran"], missing: nil)
        case .acknowledgements:
            DataFileKind(columns: ColumnSet(AcknowledgementColumn.self),
                         read: DataFileKind.reader(RecordReaders.acknowledgements, Records.acknowledgements),
                         sheetNames: ["acknowledgements", "tindak lanjut", "tindak lanjut edaran", "laporan edaran"], missing: nil)
        case .kpuReview:
            DataFileKind(columns: ColumnSet(KPUReviewColumn.self), read: DataFileKind.reader(KPUReviewReader.read, Records.kpuReview),
                         sheetNames: ["kpu-review", "kpu review", "verifikasi kpu", "putusan", "review"], missing: nil)
        case .kpu:
            // A folder of lists, read by `KPUFolder` (DataFolder.read asks it first): never
            // read as one file's bytes; its columns serve a list kept as a workbook.
            DataFileKind(columns: ColumnSet(KPUColumn.self), read: { _ in (nil, []) }, sheetNames: [], missing: nil)
        }
    }

    private typealias Records = FileOutcome.Records
}

/// What one kind of data file is: see `DataFile.kind`.
struct DataFileKind {
    /// A table's columns (`nil` for the TOML files).
    let columns: ColumnSet?
    /// Its bytes (CSV text, or a workbook sheet turned into CSV) read into records.
    let read: ([UInt8]) -> (records: FileOutcome.Records?, diagnostics: [Diagnostic])
    /// Sheet names that hold this table, compared like headings: the English file
    /// name and the Indonesian words offices use. Otherwise the first sheet is read.
    let sheetNames: [String]
    /// How bad its absence is and what is missing then; `nil` when it is optional.
    let missing: (severity: Diagnostic.Severity, consequence: Message)?

    static func reader<T>(_ read: @escaping ([UInt8]) -> FileReading<T>, _ wrap: @escaping (T) -> FileOutcome.Records)
        -> ([UInt8]) -> (records: FileOutcome.Records?, diagnostics: [Diagnostic]) {
        { bytes in
            let reading = read(bytes)
            return (reading.value.map(wrap), reading.diagnostics)
        }
    }
}

/// A table's columns as the readers of headings need them, whatever the column type.
struct ColumnSet {
    /// The canonical heading a heading cell stands for, if any.
    let canonicalHeading: (String) -> String?
    /// Each known heading's column (first spelling wins; fallbacks give way).
    let headingColumns: ([String]) -> [String: Int]
    /// Whether a row names one of the required columns (a heading line, not a title).
    let namesRequiredColumn: ([String]) -> Bool

    init<C: ColumnName>(_ type: C.Type) {
        canonicalHeading = { C.parse($0)?.canonicalName }
        headingColumns = { DataFile.columns(C.self, $0) }
        namesRequiredColumn = { C.namesRequiredColumn($0) }
    }
}
