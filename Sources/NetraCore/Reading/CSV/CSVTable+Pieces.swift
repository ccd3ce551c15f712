import Foundation

/// Reading a large file in pieces, one per core.
///
/// Why: reading the rows of `officers.csv` is most of Netra's first screen (a million
/// officers: ≈1.5 s of ≈2.9 s on one core). The rows are independent, so the data lines
/// are cut into row-aligned pieces read at once, each with its own interner and
/// accumulator, and put back together in file order (see `docs/decisions.md`).
///
/// A cut is made after a line feed near each piece's share of the bytes. A quoted value
/// may hold line feeds, so a cut can fall inside one; that is found, not assumed away:
/// the piece before a cut reads its last row to its true end, and if that end is not
/// the cut, the pieces after it are thrown away and the rest is read in one go.
/// Lines are counted from 1 in each piece and shifted once the pieces before are known.
extension CSVTable {
    /// One piece's rows as the caller accumulated them, and what the table found in them.
    struct Piece<Part> {
        var part: Part
        var report: RowsReport
        /// Add this to every line number the piece gave (its rows were counted from 1).
        var lineShift: Int
    }

    /// What the table itself finds while reading rows (beside what the caller reports).
    struct RowsReport {
        /// Cells with control characters and rows with cells beyond the headings, in
        /// row order, each kind up to its limit; and how many of each there were.
        var cells: [(isControl: Bool, diagnostic: Diagnostic)] = []
        var controlCount = 0
        var longCount = 0
        var firstInvalidUTF8Line: Int?
        var problems: [CSVScanner.Problem] = []
        /// Where the scanner stopped, and the line it would read next.
        var end = 0
        var endLine = 1
    }

    /// Below this size one core reads the file: splitting costs more than it saves.
    static var pieceThreshold: Int { 4 << 20 }

    /// How many pieces to read `bytes` in on this machine.
    static func pieceCount(for size: Int) -> Int {
        size < pieceThreshold ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    }

    /// As `read`, but the data rows go to `pieces` pieces read at once, each into its own
    /// `Part` (made by `makePart`, on the piece's thread); the pieces come back in file order with the shift
    /// to apply to their line numbers. `row` runs on several threads at once: it may
    /// only touch the part it is given.
    mutating func read<Part>(_ bytes: [UInt8], pieces: Int, makePart: (_ piece: Int) -> Part,
                             row: (CSVRow, CSVTable<Column>, inout Part) -> Void) -> (usable: Bool, problems: [Diagnostic], pieces: [Piece<Part>]) {
        var found: [Diagnostic] = []
        var result: [Piece<Part>] = []
        let usable = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let start = begin(bytes, buffer, diagnostics: &found) else { return false }
            let table = self
            let cuts = Self.cuts(buffer, from: start.position, pieces: pieces)
            let made = Parallel.map(cuts.count - 1) { k -> Piece<Part> in
                var part = makePart(k)
                let first = k == 0 ? start.line : 1
                let report = table.readRows(buffer, separator: start.separator, from: cuts[k], line: first, until: cuts[k + 1]) { r, t in row(r, t, &part) }
                return Piece(part: part, report: report, lineShift: 0)
            }
            // Keep the pieces up to the first cut that fell inside a quoted value; read
            // the rest again from where the piece before it truly ended.
            var nextLine = start.line
            for k in made.indices {
                var piece = made[k]
                if k > 0 {
                    let previous = result[k - 1].report
                    if previous.end != cuts[k] {
                        var rest = makePart(k)
                        let report = table.readRows(buffer, separator: start.separator, from: previous.end, line: 1, until: buffer.count) { r, t in row(r, t, &rest) }
                        result.append(Piece(part: rest, report: report, lineShift: nextLine - 1))
                        break
                    }
                    piece.lineShift = nextLine - 1
                }
                nextLine = piece.report.endLine + piece.lineShift
                result.append(piece)
            }
            return finish(result.map { ($0.report, $0.lineShift) }, diagnostics: &found)
        }
        return (usable, found, result)
    }

    /// Where each piece starts, the end of the buffer last: just after a line feed at
    /// or beyond each piece's share.
    static func cuts(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, pieces: Int) -> [Int] {
        var cuts = [start]
        let share = (buffer.count - start) / max(pieces, 1)
        guard pieces > 1, share > 0 else { return [start, buffer.count] }
        for k in 1..<pieces {
            var at = max(start + k * share, cuts.last!)
            while at < buffer.count && buffer[at] != CSVScanner.lf { at += 1 }
            if at >= buffer.count - 1 { break }
            cuts.append(at + 1)
        }
        cuts.append(buffer.count)
        return cuts
    }
}
