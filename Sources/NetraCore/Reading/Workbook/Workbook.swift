/// Reads the sheet of a workbook that holds a data file's table.
///
/// Which kind of workbook a file is comes from its content, not its name: an `.ods`
/// saved as `officers.xlsx` still reads, and a CSV or an old `.xls` under a workbook's
/// name gets a message that says what it is.
public enum Workbook {
    /// Reads the first sheet, or the first whose name (compared like headings) is in
    /// `names`.
    public static func sheet(_ bytes: [UInt8], preferring names: [String] = [],
                             archiveLimits: ArchiveLimits = ArchiveLimits(),
                             limits: SheetLimits = SheetLimits()) throws(WorkbookProblem) -> WorkbookSheet {
        let archive = try WorkbookArchive(bytes, limits: archiveLimits.inner)
        let keys = Set(names.map(Vocabulary.key))
        if archive.contains("xl/workbook.xml") || archive.contains("_rels/.rels") && !archive.contains("content.xml") {
            return try XLSXReader.read(archive, preferring: keys, limits: limits)
        }
        if archive.contains("content.xml") || archive.contains("mimetype") {
            if let mime = try archive.read("mimetype"), !String(decoding: mime, as: UTF8.self).contains("spreadsheet") {
                throw .notSpreadsheet
            }
            return try ODSReader.read(archive, preferring: keys, limits: limits)
        }
        throw .notSpreadsheet
    }

    /// What opening one workbook may cost: the inflated bytes of all the parts read,
    /// and the number of entries in the archive.
    public struct ArchiveLimits: Sendable {
        public var inflatedBytes: Int
        public var entries: Int

        public init(inflatedBytes: Int = 200 << 20, entries: Int = 10_000) {
            self.inflatedBytes = inflatedBytes
            self.entries = entries
        }

        var inner: WorkbookArchive.Limits {
            WorkbookArchive.Limits(inflatedBytes: inflatedBytes, entries: entries)
        }
    }
}
