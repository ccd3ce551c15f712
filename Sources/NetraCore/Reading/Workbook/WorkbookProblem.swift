/// Why a workbook (`.xlsx`, `.ods`) cannot be read at all. Each becomes one error on
/// the file, worded in `Messages.workbook`; the dashboard keeps the last good data.
public enum WorkbookProblem: Error, Equatable, Sendable {
    /// What makes an archive or its XML an attack rather than an accident.
    public enum Hostile: Equatable, Sendable {
        /// A document type declaration: where entity-expansion bombs and external
        /// entities live. Spreadsheet programs never write one.
        case documentType
        /// Elements nested deeper than any workbook needs.
        case nesting
        /// One of libxml2's own limits (a huge text node, an entity loop).
        case limit
        /// The parts read would inflate beyond this many bytes (a zip bomb).
        case expands(limit: Int)
        /// More entries in the archive than any workbook has.
        case entries(Int)
        /// More sheets than a workbook sensibly has.
        case sheets(Int)
        /// A cell beyond the last row or column a spreadsheet allows.
        case outsideSheet
        /// Repeated rows and cells (ODS) that would expand past the cell limit.
        case cells(limit: Int)
    }

    /// Not a zip archive: a CSV or anything else saved under a workbook's name.
    case notArchive
    /// An OLE compound file: an old Excel 97–2003 `.xls`, or a workbook saved with a
    /// password (Excel encrypts into that container).
    case legacyOrEncrypted
    /// An OpenDocument file whose parts are encrypted (saved with a password).
    case encrypted
    /// A zip archive, but neither an Office Open XML nor an OpenDocument spreadsheet
    /// (a Word document, a zipped folder).
    case notSpreadsheet
    /// A part is missing, does not inflate or is not well-formed XML (the named part).
    case corrupt(String)
    /// The workbook has no sheet.
    case noSheet
    /// Every sheet of the workbook is hidden: none is what a user sees.
    case onlyHiddenSheets
    case hostile(Hostile)
}
