/// A place in a workbook sheet, as a spreadsheet names it: `Pegawai!B14`.
///
/// A problem in a table read from `.xlsx` or `.ods` carries one in its location, so a
/// clerk can type the reference into the spreadsheet's Name Box (or Go To) and land on
/// the cell; the row inside it is the sheet's own row number.
public struct SheetCell: Sendable, Equatable, CustomStringConvertible {
    /// The sheet's name as the workbook spells it. Raw: sanitised when printed.
    public var sheet: String
    /// 0-based column (`A` is 0); `nil` when the problem is the whole row.
    public var column: Int?
    /// 1-based row, the number the spreadsheet shows.
    public var row: Int

    public init(sheet: String, column: Int?, row: Int) {
        self.sheet = sheet
        self.column = column
        self.row = row
    }

    /// `B14`, or `14:14` (spreadsheet notation for a whole row).
    public var reference: String {
        guard let column else { return "\(row):\(row)" }
        return Self.columnLetters(column) + String(row)
    }

    /// `Pegawai!B14`; a sheet name with spaces or punctuation is quoted the way Excel
    /// and LibreOffice write it (`'Data Pegawai'!B14`, a quote doubled).
    public var description: String { Self.quotedSheet(sheet) + "!" + reference }

    static func quotedSheet(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "." || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            && !("0"..."9").contains(name.unicodeScalars.first!)
        return plain ? name : "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// `A`, `B`, … `Z`, `AA`, … for a 0-based column.
    public static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters: [UInt8] = []
        while n > 0 {
            letters.append(UInt8(65 + (n - 1) % 26))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
