import Foundation
import Testing
@testable import NetraCore

/// Structure rather than bytes (issue 24's second round): very long tokens in every
/// column of every table, dates at and beyond the ends of the accepted range read at
/// the extreme clocks, and heading lines from one column to 100,000. Every input gets
/// a time bound that only a hang breaks — generous for a debug build on a shared
/// machine, not a speed goal (that is `netra-bench`) — and must end in a reading or a
/// diagnostic with a short, printable message.
extension RobustnessTests {
    /// What one input may take before it counts as a hang.
    static let boundPerInput: Duration = .seconds(10)

    static func bounded(_ label: String, _ body: () -> [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let elapsed = ContinuousClock().measure { diagnostics = body() }
        if ProcessInfo.processInfo.environment["NETRA_FUZZ_TIMES"] != nil { print("\(label): \(elapsed)") }
        #expect(elapsed < boundPerInput, "\(label) took \(elapsed)")
        for d in diagnostics {
            #expect(d.message.count < 1_000, "\(label): a message of \(d.message.count) characters")
            #expect(!d.message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(label)")
        }
    }

    /// The table readers with their files' headings (the demo's), by file.
    static let tables: [(DataFile, @Sendable ([UInt8]) -> [Diagnostic])] = [
        (.officers, { RecordReaders.officers($0).diagnostics }), (.retirements, { RecordReaders.retirements($0).diagnostics }),
        (.cases, { RecordReaders.cases($0).diagnostics }), (.candidates, { RecordReaders.candidates($0).diagnostics }),
        (.circulars, { RecordReaders.circulars($0).diagnostics }), (.acknowledgements, { RecordReaders.acknowledgements($0).diagnostics }),
    ]

    /// A token of `length` bytes of one kind: a word, digits (a NIP a million digits
    /// long), a date repeated without spaces, combining marks on one letter, a quoted
    /// value of doubled quotes, or separators only.
    static func token(_ kind: Int, length: Int) -> String {
        switch kind {
        case 0: String(repeating: "QmFzZTY0", count: length / 8)
        case 1: String(repeating: "1970031419", count: length / 10)
        case 2: String(repeating: "23Mei2023", count: length / 9)
        case 3: "a" + String(repeating: "\u{0301}", count: length / 2)
        case 4: "\"" + String(repeating: "x\"\"", count: length / 3) + "\""
        default: String(repeating: ";,|\t", count: length / 4)
        }
    }

    @Test(.timeLimit(.minutes(10))) func longTokens() {
        var rng = SplitMix(state: 2024)
        for (file, read) in Self.tables {
            let lines = DemoData.files[file]!.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let separator: Character = lines[0].contains(";") ? ";" : ","
            for round in 0..<4 {
                // Round 0 puts the token in the heading, the others in a data cell.
                let rows = lines.indices.dropFirst().filter { !lines[$0].isEmpty }
                let lineIndex = round == 0 || rows.isEmpty ? 0 : rows[Int.random(in: 0..<rows.count, using: &rng)]
                var fields = lines[lineIndex].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
                guard !fields.isEmpty else { continue }
                let kind = Int.random(in: 0..<6, using: &rng)
                fields[Int.random(in: 0..<fields.count, using: &rng)] = Self.token(kind, length: Int.random(in: 200_000...1_000_000, using: &rng))
                var changed = lines
                changed[lineIndex] = fields.joined(separator: String(separator))
                let bytes = Array(changed.joined(separator: "\n").utf8)
                Self.bounded("\(file) round \(round) token \(kind)") { read(bytes) }
            }
        }
        // And through the whole folder, with what is derived from it at the moment.
        for kind in 0..<6 {
            let officers = DemoData.files[.officers]!.replacingOccurrences(of: "Hendra Wijaya", with: Self.token(kind, length: 500_000))
            Self.bounded("folder token \(kind)") {
                let reading = DataFolder.read(from: MemoryFiles(DemoData.files.merging([.officers: officers]) { $1 }))
                return CheckReport(folder: ".", reading: reading, now: DemoData.storyMoment).diagnostics
            }
        }
    }

    /// Every date column of the requests, cases and candidates, at and beyond the ends
    /// of 1900–2200 (and far beyond), read and derived at the extreme clocks.
    @Test(.timeLimit(.minutes(10))) func dateRanges() {
        let dates = ["01/01/1900", "31/12/2200", "31/12/1899", "01/01/2201", "29/02/1900", "29/02/2000", "29/02/2200",
                     "0001-01-01", "9999-12-31", "99999999-01-01", "1 Jan 1900", "31 Des 2200"]
        let clocks = ["1900-01-01T00:00:00Z", "1900-01-01T00:00:00+14:00", "2200-12-31T23:59:59Z", "2200-12-31T23:59:59-14:00",
                      "2023-05-23T10:00:00+08:00"].map { InstantText.parse($0, defaultZone: TimeZone(identifier: "UTC")!)! }
        var rng = SplitMix(state: 1900)
        let retirements = DemoData.files[.retirements]!, cases = DemoData.files[.cases]!, candidates = DemoData.files[.candidates]!
        for round in 0..<24 {
            func pick() -> String { dates.randomElement(using: &rng)! }
            var files: [DataFile: String] = [:]
            files[.retirements] = retirements.replacingOccurrences(of: "08/05/2023", with: pick()).replacingOccurrences(of: "01/07/2023", with: pick())
                .replacingOccurrences(of: "03/04/2023", with: pick()).replacingOccurrences(of: "01/10/2023", with: pick())
            files[.cases] = cases.replacingOccurrences(of: "15 Mei 2023", with: pick()).replacingOccurrences(of: "22/05/2023", with: pick())
                .replacingOccurrences(of: "01/02/2023", with: pick()).replacingOccurrences(of: "05/05/2023", with: pick())
                .replacingOccurrences(of: "20/02/2023", with: pick())
            files[.candidates] = candidates.replacingOccurrences(of: "12-05-2023", with: pick())
            let reading = DataFolder.read(from: MemoryFiles(DemoData.files.merging(files) { $1 }))
            let now = clocks[round % clocks.count]
            Self.bounded("dates round \(round) at \(now)") {
                let report = CheckReport(folder: ".", reading: reading, now: now)
                _ = report.text(.id)
                _ = report.json
                return report.diagnostics
            }
        }
    }

    /// Heading lines from one column to 100,000 (a workbook's up to a sheet's 16,384):
    /// unknown names, the known columns scattered among them, every column the same
    /// known one, empty headings, long headings.
    @Test(.timeLimit(.minutes(10))) func headingWidths() throws {
        var rng = SplitMix(state: 16_384)
        let known = ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL/RUANG"]
        func headings(_ width: Int, _ shape: Int) -> [String] {
            switch shape {
            case 0: return (0..<width).map { "KOLOM \($0)" }
            case 1:
                var h = (0..<width).map { "KOLOM \($0)" }
                for name in known { h[Int.random(in: 0..<width, using: &rng)] = name }
                return h
            case 2: return Array(repeating: "NIP", count: width)
            case 3: return Array(repeating: "", count: width)
            // Long headings: 200 characters, 60 at the widest (6 MB of heading line
            // is plenty; the debug build's time grows with the bytes, not the shape).
            default: return (0..<width).map { "\($0)" + String(repeating: "x", count: width > 16_384 ? 60 : 200) }
            }
        }
        for width in [1, 2, 17, 1_000, 16_384, 100_000] {
            for shape in 0..<5 {
                let h = headings(width, shape)
                let row = (0..<width).map { $0 % 7 == 0 ? "197003141996031001" : "" }
                let csv = Array((h.joined(separator: ";") + "\n" + row.joined(separator: ";") + "\n").utf8)
                // Every table's columns at the narrow widths; at the wide ones two
                // (the heading code is one, whatever the columns).
                for (file, read) in width <= 1_000 ? Self.tables : [Self.tables[0], Self.tables[2]] {
                    Self.bounded("\(file) heading of \(width), shape \(shape)") { read(csv) }
                }
                guard width <= 16_384 else { continue }
                let bytes = try XLSXWorkbook.bytes(sheet: "Pegawai", headings: h, rows: [row.map { $0.isEmpty ? .empty : .text($0) }])
                Self.bounded("officers.xlsx heading of \(width), shape \(shape)") {
                    WorkbookTable.read(.officers, form: .xlsx, bytes: bytes).diagnostics
                }
            }
        }
    }
}
