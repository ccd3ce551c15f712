import Foundation
import Testing
@testable import NetraCore

/// The scanner's look for a field's end eight bytes at a time finds the same fields as
/// reading byte by byte: checked against a plain reference on random unquoted rows,
/// with separators, line breaks and long fields at every offset.
@Suite struct CSVScannerWordTests {
    /// Unquoted records split byte by byte: `,` between fields, LF, CRLF or CR between
    /// records, blank lines skipped (as the scanner does).
    private func reference(_ bytes: [UInt8]) -> [[String]] {
        var records: [[String]] = [], fields: [String] = [], field: [UInt8] = []
        var i = 0
        func endRecord() {
            fields.append(String(decoding: field, as: UTF8.self))
            field = []
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(fields) }
            fields = []
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: ",") {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if b == 0x0A {
                endRecord()
            } else if b == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                endRecord()
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The scanner's records, each field's bytes as they lie (not trimmed, not repaired).
    private func raw(_ bytes: [UInt8]) -> [[String]] {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, separator: UInt8(ascii: ","))
            var fields: [CSVScanner.Field] = []
            var records: [[String]] = []
            while scanner.next(into: &fields) != nil {
                records.append(fields.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0.start..<$0.end]), as: UTF8.self) })
            }
            return records
        }
    }

    @Test func fieldsEndWhereTheByteByByteReadingEndsThem() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("a".utf8), Array("Santoso".utf8), Array("Unit Kerja 12 Pemerintah Kota".utf8), Array("é".utf8),
                                 [UInt8(ascii: ",")], [0x0A], [0x0D, 0x0A], [0x0D], [UInt8(ascii: ";")], [0x09], [0x7F], [0xFF]]
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            #expect(raw(bytes) == reference(bytes), "\(bytes)")
        }
    }
}
