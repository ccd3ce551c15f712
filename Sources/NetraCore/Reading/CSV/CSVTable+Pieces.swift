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

    /// Where a file's data rows start and where its pieces are cut: known before any
    /// piece is read, so a reader can size each piece's place in what it builds
    /// (`OfficerReader` writes every piece straight into the roster's one array).
    struct Plan {
        var start: Start
        /// Where each piece starts, the end of the buffer last.
        var cuts: [Int]
        /// The bytes piece `k` starts reading at and is cut before.
        func range(of k: Int) -> Range<Int> { cuts[k]..<cuts[k + 1] }
        var pieces: Int { cuts.count - 1 }
    }

    /// Checks the file and its heading line (`begin`) and cuts its data rows into at
    /// most `pieces` row-aligned pieces; `nil` when the file cannot be used.
    mutating func plan(_ bytes: [UInt8], pieces: Int, diagnostics: inout [Diagnostic]) -> Plan? {
        bytes.withUnsafeBufferPointer { buffer -> Plan? in
            guard let start = begin(bytes, buffer, diagnostics: &diagnostics) else { return nil }
            return Plan(start: start, cuts: Self.cuts(buffer, from: start.position, pieces: pieces))
        }
    }

    /// The data rows of a planned file, its pieces read at once, each into its own
    /// `Part` (made by `makePart`, on the piece's thread); the pieces come back in file
    /// order with the shift to apply to their line numbers. `row` runs on several
    /// threads at once: it may only touch the part it is given.
    ///
    /// When a cut fell inside a quoted value, the pieces from there on are handed to
    /// `discard` (in order) and the rest of the file is read again into one part made
    /// by `makePart(k, true)`: *through the end*, not to its cut.
    func read<Part>(_ bytes: [UInt8], _ plan: Plan, makePart: (_ piece: Int, _ throughEnd: Bool) -> Part,
                    discard: (inout Part) -> Void,
                    row: (CSVRow, CSVTable<Column>, inout Part) -> Void) -> (usable: Bool, problems: [Diagnostic], pieces: [Piece<Part>]) {
        var found: [Diagnostic] = []
        var result: [Piece<Part>] = []
        let usable = bytes.withUnsafeBufferPointer { buffer -> Bool in
            let start = plan.start, cuts = plan.cuts
            var made = Parallel.map(plan.pieces) { k -> Piece<Part> in
                var part = makePart(k, k == plan.pieces - 1)
                let first = k == 0 ? start.line : 1
                let report = readRows(buffer, separator: start.separator, from: cuts[k], line: first, until: cuts[k + 1]) { r, t in row(r, t, &part) }
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
                        for thrown in k..<made.count { discard(&made[thrown].part) }
                        var rest = makePart(k, true)
                        let report = readRows(buffer, separator: start.separator, from: previous.end, line: 1, until: buffer.count) { r, t in row(r, t, &rest) }
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
