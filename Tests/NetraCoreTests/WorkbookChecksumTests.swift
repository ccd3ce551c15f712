import Foundation
import Testing
import ZIPFoundation
@testable import NetraCore

/// The archive's own CRC-32 must agree with the zip standard and with ZIPFoundation's,
/// whatever the length and however the bytes arrive in pieces.
@Suite struct WorkbookChecksumTests {
    @Test func theStandardCheckValue() {
        var sum = Checksum()
        Array("123456789".utf8).withUnsafeBytes { sum.update($0) }
        #expect(sum.value == 0xCBF4_3926)
        #expect(Checksum().value == 0)
    }

    @Test func agreesWithZIPFoundationInAnyPieces() {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 7, 8, 9, 63, 64, 65, 1000, 65_537] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let expected = Data(bytes).crc32(checksum: 0)
            var whole = Checksum()
            bytes.withUnsafeBytes { whole.update($0) }
            #expect(whole.value == expected, "length \(length)")
            var pieces = Checksum()
            var offset = 0
            while offset < length {
                let end = min(length, offset + 1 + offset % 13)
                bytes[offset..<end].withUnsafeBytes { pieces.update($0) }
                offset = end
            }
            #expect(pieces.value == expected, "length \(length) in pieces")
        }
    }

    @Test func isoDatesFromAttributeBytes() {
        func parse(_ text: String) -> CivilDate? { Array(text.utf8).withUnsafeBufferPointer { SpreadsheetDate.fromISO($0) } }
        #expect(parse("2023-05-23") == CivilDate(year: 2023, month: 5, day: 23))
        #expect(parse("2048-02-01T08:30:00") == CivilDate(year: 2048, month: 2, day: 1))
        #expect(parse("2023-02-31") == nil)
        #expect(parse("23-05-2023") == nil)
        #expect(parse("") == nil)
        for text in ["2023-5-23", "2023-05-23x", "2023-05-2", "-2023-05-23", "2023-05-23 10:00"] {
            #expect(parse(text) == SpreadsheetDate.fromISO(text), "\(text)")
        }
    }

    @Test func datesPrintAsISO() {
        #expect(CivilDate(year: 2023, month: 5, day: 3)!.description == "2023-05-03")
        #expect(CivilDate(year: 987, month: 12, day: 31)!.description == "0987-12-31")
    }
}
