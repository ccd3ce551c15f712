import Testing
@testable import NetraCore

/// A cell's bytes become the same text by the ASCII road as by validating: plain
/// ASCII, UTF-8 with a non-ASCII byte at every place of the eight-byte steps, and
/// bytes that are not UTF-8 (repaired, and said to be).
@Suite struct CellDecodingTests {
    private func decoded(_ bytes: [UInt8]) -> (text: String, valid: Bool) {
        var valid = true
        let text = bytes.withUnsafeBufferPointer { CSVRow.decode($0, wasValidUTF8: &valid) }
        return (text, valid)
    }

    @Test func asciiAndUTF8ReadAsTheyAreWritten() {
        for length in 0..<20 {
            let plain = String(repeating: "a", count: length)
            #expect(decoded(Array(plain.utf8)) == (plain, true))
            #expect(Array(plain.utf8).withUnsafeBufferPointer { CSVRow.isASCII($0) })
            for at in 0..<length {
                // "é" (two bytes) in place of one letter: its high bits at each offset.
                var text = Array(plain)
                text[at] = "é"
                let written = String(text)
                #expect(Array(written.utf8).withUnsafeBufferPointer { CSVRow.isASCII($0) } == false)
                #expect(decoded(Array(written.utf8)) == (written, true))
            }
        }
    }

    @Test func bytesThatAreNotUTF8AreRepairedAndSaidToBe() {
        for at in 0..<12 {
            var bytes = Array("Siti Rahayu!".utf8)
            bytes[at] = 0xFF
            let (text, valid) = decoded(bytes)
            #expect(!valid)
            #expect(text.unicodeScalars.contains("\u{FFFD}"))
            #expect(text.count == 12)
        }
    }
}
