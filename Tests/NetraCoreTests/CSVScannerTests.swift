import Testing
@testable import NetraCore

/// Scans `text` and returns each record's start line and decoded fields.
func scan(_ text: String, separator: UInt8? = nil) -> (records: [(line: Int, fields: [String])], problems: [CSVScanner.Problem], separator: UInt8) {
    scanBytes(Array(text.utf8), separator: separator)
}

func scanBytes(_ bytes: [UInt8], separator: UInt8? = nil) -> (records: [(line: Int, fields: [String])], problems: [CSVScanner.Problem], separator: UInt8) {
    bytes.withUnsafeBufferPointer { buffer in
        var scanner = CSVScanner(bytes: buffer, separator: separator)
        var fields: [CSVScanner.Field] = []
        var records: [(Int, [String])] = []
        while let line = scanner.next(into: &fields) {
            records.append((line, fields.map { var ok = true; return CSVRow.string(buffer, $0, wasValidUTF8: &ok) }))
        }
        return (records, scanner.problems, scanner.separator)
    }
}

@Suite struct CSVScannerTests {
    @Test func plainRecords() {
        let r = scan("a,b,c\n1,2,3\n")
        #expect(r.records.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(r.records.map(\.line) == [1, 2])
        #expect(r.problems.isEmpty)
    }

    @Test func lastLineWithoutNewline() {
        #expect(scan("a,b\n1,2").records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func quotedSeparatorQuoteAndNewline() {
        let r = scan("name,note\n\"Jl. A, No. 5\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y\n")
        #expect(r.records.map(\.fields) == [["name", "note"], ["Jl. A, No. 5", "say \"hi\""], ["two\nlines", "x"], ["last", "y"]])
        // The record after a quoted line break starts on physical line 5, not 4.
        #expect(r.records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crlfAndCRLFInsideQuotes() {
        let r = scan("a;b\r\n\"x\r\ny\";2\r\nz;3\r\n")
        #expect(r.separator == UInt8(ascii: ";"))
        #expect(r.records.map(\.fields) == [["a", "b"], ["x\r\ny", "2"], ["z", "3"]])
        #expect(r.records.map(\.line) == [1, 2, 4])
    }

    @Test func loneCarriageReturnEndsARecord() {
        #expect(scan("a,b\r1,2\r").records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func byteOrderMarkIsSkipped() {
        let r = scanBytes([0xEF, 0xBB, 0xBF] + Array("NIP;NAMA\n1;x\n".utf8))
        #expect(r.records.first?.fields == ["NIP", "NAMA"])
        #expect(r.separator == UInt8(ascii: ";"))
    }

    @Test(arguments: [("a,b,c\n", ","), ("a;b;c\n", ";"), ("a\tb\tc\n", "\t"), ("\"x;y\",b\n", ","), ("single\n", ","), ("a;b,c;d\n", ";")])
    func separatorDetection(text: String, expected: String) {
        #expect(scan(text).separator == UInt8(ascii: Unicode.Scalar(expected)!))
    }

    @Test func emptyFieldsTrailingSeparatorAndRaggedRows() {
        let r = scan("a,b,c\n,,\n1,\n1,2,3,4\n")
        #expect(r.records.map(\.fields) == [["a", "b", "c"], ["", "", ""], ["1", ""], ["1", "2", "3", "4"]])
    }

    @Test func blankLinesAreSkippedButCounted() {
        let r = scan("a\n\n\nb\n")
        #expect(r.records.map(\.fields) == [["a"], ["b"]])
        #expect(r.records.map(\.line) == [1, 4])
    }

    @Test func unterminatedQuoteIsReportedAtItsLine() {
        let r = scan("a,b\n1,2\n3,\"never closed\n4,5\n")
        #expect(r.problems == [.unterminatedQuote(line: 3)])
        #expect(r.records.count == 3)
    }

    @Test func textAfterClosingQuoteIsReported() {
        let r = scan("a,b\n\"x\"y,2\n")
        #expect(r.records[1].fields == ["x", "2"])
        #expect(r.problems == [.textAfterClosingQuote(line: 2)])
    }

    @Test func quoteInsideUnquotedFieldIsLiteral() {
        #expect(scan("a,b\n5\" pipe,2\n").records[1].fields == ["5\" pipe", "2"])
    }

    @Test func surroundingSpacesAreTrimmed() {
        #expect(scan("a , b\n  x  ,\ty\t\n").records.map(\.fields) == [["a", "b"], ["x", "y"]])
    }

    @Test func invalidUTF8IsRepairedAndFlagged() {
        let bytes: [UInt8] = Array("a\n".utf8) + [0x41, 0xFF, 0x42, 0x0A]
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer)
            var fields: [CSVScanner.Field] = []
            _ = scanner.next(into: &fields)
            _ = scanner.next(into: &fields)
            var ok = true
            #expect(CSVRow.string(buffer, fields[0], wasValidUTF8: &ok) == "A\u{FFFD}B")
            #expect(!ok)
        }
    }

    @Test func emptyInputAndOnlyBOM() {
        #expect(scan("").records.isEmpty)
        #expect(scanBytes([0xEF, 0xBB, 0xBF]).records.isEmpty)
    }

    @Test func aFiveMegabyteLineIsOneField() {
        let long = String(repeating: "x", count: 5_000_000)
        let r = scan("a,b\n\(long),2\n")
        #expect(r.records[1].fields[0].utf8.count == 5_000_000)
        #expect(r.records[1].fields[1] == "2")
    }
}
