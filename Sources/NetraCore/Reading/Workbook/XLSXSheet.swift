/// Turns one worksheet part of an `.xlsx` (`<sheetData>` of `<row>`s of `<c>`ells)
/// into rows of typed cells.
///
/// Cells name their place (`r="B14"`) and may skip columns and rows; cells and rows
/// without a reference follow the previous one. A cell's type is its `t` attribute:
/// `s` shared string, `inlineStr`, `str` (a formula's text), `b` boolean, `e` error
/// (kept as its text, `#N/A`), `d` ISO date; otherwise a number, which is a date when
/// its style's number format shows a date.
final class SheetPart: XMLEvents {
    private(set) var collector: RowCollector
    var stop: WorkbookProblem?
    private let shared: [String]
    private let dateStyles: [Bool]
    private let date1904: Bool
    private let part: String

    private var inRow = false
    private var column = -1
    private var type: CellType = .number
    private var style = 0
    private var capture = false
    private var phonetic = 0
    private var value: [UInt8] = []

    private enum CellType { case number, shared, inline, formulaText, boolean, error, isoDate }

    init(shared: [String], dateStyles: [Bool], date1904: Bool, limits: SheetLimits, part: String) {
        self.shared = shared
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.part = part
        collector = RowCollector(limits: limits)
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("c"), inRow {
            // Read from the attribute bytes: three strings per cell were most of the parse.
            column = attributes.raw("r").flatMap(Self.column(of:)) ?? column + 1
            style = attributes.raw("s")?.decimal ?? 0
            type = if let t = attributes.raw("t") {
                t.equals("s") ? .shared : t.equals("inlineStr") ? .inline : t.equals("str") ? .formulaText
                    : t.equals("b") ? .boolean : t.equals("e") ? .error : t.equals("d") ? .isoDate : .number
            } else {
                .number
            }
            value.removeAll(keepingCapacity: true)
        } else if name.is("v") {
            capture = type != .inline
        } else if name.is("t") {
            capture = type == .inline && phonetic == 0
        } else if name.is("rPh") {
            phonetic += 1
        } else if name.is("row") {
            let number = attributes.raw("r")?.decimal
            attempt { try collector.beginRow(number) }
            inRow = true
            column = -1
        }
    }

    func end(_ name: XMLName) {
        if name.is("v") || name.is("t") {
            capture = false
        } else if name.is("rPh") {
            phonetic -= 1
        } else if name.is("c"), inRow {
            let cell = makeCell()
            attempt { try collector.put(cell, at: column) }
        } else if name.is("row") {
            inRow = false
            attempt { try collector.endRow() }
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if capture { value.append(contentsOf: bytes) }
    }

    private func attempt(_ step: () throws -> Void) {
        do { try step() } catch { if stop == nil { stop = error as? WorkbookProblem ?? .corrupt("") } }
    }

    private func makeCell() -> WorkbookCell {
        if type == .shared {
            guard let index = value.withUnsafeBufferPointer(\.decimal) else { return .empty }
            guard shared.indices.contains(index) else { stop = stop ?? .corrupt(part); return .empty }
            return .text(shared[index])
        }
        let text = String(decoding: value, as: UTF8.self)
        switch type {
        case .shared:
            return .empty  // handled above, without a string
        case .inline, .formulaText, .error: return .text(text)
        case .boolean: return .boolean(text == "1" || text == "true")
        case .isoDate: return SpreadsheetDate.fromISO(text).map(WorkbookCell.date) ?? .text(text)
        case .number:
            if text.isEmpty { return .empty }
            if dateStyles.indices.contains(style), dateStyles[style], let serial = Double(text),
               let date = SpreadsheetDate.fromSerial(serial, date1904: date1904) {
                return .date(date)
            }
            return .number(text)
        }
    }

    /// The 0-based column of a reference such as `B14` (`nil` when it has no letters);
    /// columns past any sheet's width come out too large and are refused later.
    static func column(of reference: String) -> Int? {
        Array(reference.utf8).withUnsafeBufferPointer { column(of: $0) }
    }

    /// As above, from an attribute's bytes.
    static func column(of reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference {
            let upper = byte & ~0x20
            guard upper >= 0x41 && upper <= 0x5A else { break }
            index = min(index * 26 + Int(upper - 0x40), Int(Int32.max))
            letters += 1
        }
        return letters == 0 ? nil : index - 1
    }
}
