import Foundation
import Testing
@testable import NetraCore

/// The look for control characters in a row, eight bytes at a time where they are
/// printable: it finds every control the byte-by-byte look finds, wherever it sits.
@Suite struct ControlBytesTests {
    /// The rule, one byte at a time.
    private func reference(_ bytes: [UInt8]) -> Bool {
        for (i, b) in bytes.enumerated() {
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return true }
            if b == 0x7F { return true }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return true }
        }
        return false
    }

    private func found(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ControlBytes.found(in: $0, from: 0, to: $0.count) }
    }

    @Test func aControlIsFoundAtEveryPosition() {
        let row = Array("196501011985011001;Budi Santoso;Unit Kerja 2 Pemerintah Kota;II/b;-".utf8)
        #expect(!found(row))
        for control: [UInt8] in [[0x1B], [0x00], [0x7F], [0x01], [0x1F], [0xC2, 0x85], [0xC2, 0x9F]] {
            for position in 0...row.count {
                var bytes = row
                bytes.insert(contentsOf: control, at: position)
                #expect(found(bytes), "\(control) at \(position)")
            }
        }
    }

    @Test func ordinaryTextIsNotAControl() {
        for text in ["Tab\tand\r\nbreaks", "Désa Sumbér Rejo", "Ünit 😀 Kerja", "C2 but not C1: ¢ © ®", "~~~~~~~~~~~~~~~~", ""] {
            #expect(!found(Array(text.utf8)), "\(text)")
        }
    }

    @Test func randomRowsAgreeWithTheByteByByteRule() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array(0x20...0x7E) + [0x09, 0x0A, 0x0D, 0x00, 0x1B, 0x7F, 0xC2, 0x80, 0x9F, 0xA0, 0xC3, 0xA9, 0xFF]
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<10, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            #expect(found(bytes) == reference(bytes), "\(bytes)")
        }
    }
}
