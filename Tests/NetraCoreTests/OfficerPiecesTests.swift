import Foundation
import Testing
@testable import NetraCore

/// A roster read in pieces on several cores reads exactly as one read in one go: the
/// same officers with the same lines, the same problems on the same lines, in order.
@Suite struct OfficerPiecesTests {
    /// A roster with what makes cutting hard: quoted values holding line breaks (some
    /// long enough that a cut falls inside), CRLF, blank and `;;;` rows, a NIP met
    /// twice across the file, bad cells, control characters and too many cells in more
    /// rows than are named one by one, and a cell that is not UTF-8.
    static func hostileRoster(rows: Int, longQuoteAt: Set<Int> = [], quotedNames: Bool = true) -> [UInt8] {
        var out = Array("nip;name;unit;position;grade;candidacy;party\r\n".utf8)
        for i in 0..<rows {
            // The row before last repeats the NIP of row 3: a duplicate across pieces.
            let n = i == rows - 2 ? 3 : i
            let nip = "19\(70 + n % 20)0314" + "2010031" + String(format: "%03d", n % 997 + 1)
            var name = "Pegawai \(i)"
            if quotedNames && i % 7 == 0 { name = "\"Nama \(i)\nbaris dua; \"\"kutip\"\"\"" }
            if longQuoteAt.contains(i) { name = "\"" + String(repeating: "panjang\n", count: 2_000) + "\"" }
            let unit = i % 13 == 0 ? "Dinas\u{7}Kesehatan" : "Unit \(i % 40)"
            let candidacy = i % 50 == 0 ? "calon" : (i % 9 == 0 ? "dct" : "-")
            var line = "\(nip);\(name);\(unit);Staf;III/a;\(candidacy);Partai \(i % 5)"
            if i % 17 == 0 { line += ";lebih;lagi" }
            out += Array(line.utf8)
            if i == rows / 3 { out += [0xFF, 0xFE] }
            out += Array((i % 11 == 0 ? "\n" : "\r\n").utf8)
            if i % 23 == 0 { out += Array(";;;;;;\r\n\r\n".utf8) }
        }
        return out
    }

    /// What a reading says, as text to compare.
    static func summary(_ reading: FileReading<OfficerRoster>) -> [String] {
        (reading.value?.officers ?? []).map { "\($0.line) \($0.nip) \($0.name) \($0.unit) \($0.party) \($0.candidacy)" }
            + reading.diagnostics.map { $0.formatted() }
    }

    @Test(arguments: [2, 3, 4, 7])
    func piecesReadAsOneGo(pieces: Int) {
        let bytes = Self.hostileRoster(rows: 3_000)
        let whole = OfficerReader.read(bytes, pieces: 1)
        let cut = OfficerReader.read(bytes, pieces: pieces)
        #expect(whole.value?.officers.count ?? 0 > 2_500)
        #expect(whole.diagnostics.contains { $0.message.contains("duplicate nip") })
        // Both kinds of cell problem are past their limit: counted, not named one by one.
        #expect(whole.diagnostics.filter { $0.line == nil }.count >= 2)
        #expect(Self.summary(cut) == Self.summary(whole))
    }

    /// A cut that falls inside a quoted value (here one of 16 KB in the middle of the
    /// file) is found, and the rest of the file is read again from the value's row.
    @Test func aCutInsideAQuotedValueIsReadAgain() {
        let bytes = Self.hostileRoster(rows: 400, longQuoteAt: [199, 200, 201])
        let buffer = bytes.withUnsafeBufferPointer { CSVTable<OfficerColumn>.cuts($0, from: 0, pieces: 2) }
        // The middle cut is inside one of the long values.
        #expect(buffer.count == 3)
        #expect(String(decoding: bytes[buffer[1]..<buffer[1] + 8], as: UTF8.self) == "panjang\n")
        let whole = OfficerReader.read(bytes, pieces: 1)
        let cut = OfficerReader.read(bytes, pieces: 2)
        #expect(whole.value?.officers.contains { $0.name.hasPrefix("panjang") } == true)
        #expect(Self.summary(cut) == Self.summary(whole))
    }

    /// An unterminated quote in an early piece makes the file unusable, as in one go.
    /// (No other quotes in the file: one would close it.)
    @Test func anUnterminatedQuoteInAnEarlyPieceIsFound() {
        var bytes = Self.hostileRoster(rows: 2_000, quotedNames: false)
        let middle = bytes.count / 4
        let lineStart = (bytes[..<middle].lastIndex(of: 0x0A) ?? 0) + 1
        bytes.insert(UInt8(ascii: "\""), at: lineStart)
        let whole = OfficerReader.read(bytes, pieces: 1)
        let cut = OfficerReader.read(bytes, pieces: 4)
        #expect(whole.value == nil)
        #expect(cut.value == nil)
        #expect(whole.diagnostics.contains { $0.message.contains("quote") })
        #expect(Self.summary(cut) == Self.summary(whole))
    }

    /// Rows ended by a lone CR have no line feed, so a piece's place in the roster (as
    /// many rows as line feeds) is too small: the rows beyond it spill, and the roster
    /// still reads as in one go. Half the file in lone CRs, half in LF.
    @Test(arguments: [2, 3])
    func loneCRRowsSpillAndReadAsOneGo(pieces: Int) {
        var bytes = Array("nip;name;unit;position;grade\n".utf8)
        for i in 0..<4_000 {
            let nip = String(format: "197003%02d2010031%03d", 1 + i / 999, i % 999 + 1)
            bytes += Array("\(nip);Pegawai \(i);Unit \(i % 7);Staf;III/a".utf8)
            bytes += i % 2 == 0 ? [0x0D] : [0x0A]
        }
        let whole = OfficerReader.read(bytes, pieces: 1)
        let cut = OfficerReader.read(bytes, pieces: pieces)
        #expect(whole.diagnostics.isEmpty)
        #expect(whole.value?.officers.count == 4_000)
        #expect(whole.value?.officers.last?.line == 4_001)
        #expect(Self.summary(cut) == Self.summary(whole))
    }

    /// Room for only ten rows in all (the bound a file of blank lines meets): the first
    /// piece's place is cut short, the others have none, every row beyond spills, and
    /// the roster still reads as in one go — also when a cut falls inside a quoted value.
    @Test(arguments: [false, true])
    func rowsBeyondTheBoundSpillAndReadAsOneGo(longQuote: Bool) {
        let bytes = Self.hostileRoster(rows: 600, longQuoteAt: longQuote ? [299, 300, 301] : [])
        let whole = OfficerReader.read(bytes, pieces: 1)
        let cut = OfficerReader.read(bytes, pieces: 3, rowBound: 10)
        #expect(whole.value?.officers.count ?? 0 > 500)
        #expect(Self.summary(cut) == Self.summary(whole))
    }

    /// A hostile file of six million blank lines around two officers: read in pieces,
    /// the two are found, and the room made at once stops at the bound (a million
    /// rows) instead of one per line feed.
    @Test func blankLinesDoNotSizeTheRoster() throws {
        var bytes = Array("nip;name;unit;position;grade\n197003012010031001;Siti;U;Staf;III/a\n".utf8)
        bytes += [UInt8](repeating: 0x0A, count: 6_000_000)
        bytes += Array("197003022010031002;Budi;U;Staf;III/a\n".utf8)
        let roster = try #require(OfficerReader.read(bytes, pieces: 2).value)
        #expect(roster.officers.map(\.name) == ["Siti", "Budi"])
        #expect(roster.officers.last?.line == 6_000_003)
        #expect(roster.officers.capacity <= 1_000_001)
    }
}
