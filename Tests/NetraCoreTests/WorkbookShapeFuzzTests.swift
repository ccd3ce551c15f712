import Foundation
import Testing
import ZIPFoundation
@testable import NetraCore

/// A fuzz round over the workbook shapes: the XML of their parts mutated (bytes
/// flipped, slices cut or doubled, tokens that change a sheet's shape or visibility
/// dropped in), parts removed, the archive stored uncompressed so the damage reaches
/// the parser. Every outcome is a roster or a diagnostic; nothing traps or runs away.
@Suite struct WorkbookShapeFuzzTests {
    typealias F = WorkbookFixture

    /// Tokens that aim at what part 4 changed: repeats, far references, visibility,
    /// the active sheet.
    static let tokens = [
        " table:number-rows-repeated=\"1048576\"", " table:number-columns-repeated=\"2000000\"", " table:number-rows-repeated=\"0\"",
        "<table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"16384\"><text:p>y</text:p></table:table-cell>",
        "<table:table-row table:number-rows-repeated=\"999999\"><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>",
        " r=\"XFD1048576\"", " r=\"XFE1\"", "<c r=\"XFD3\"><v>9</v></c>", "<row r=\"1048577\"><c><v>1</v></c></row>", " state=\"hidden\"",
        " state=\"veryHidden\"", " activeTab=\"4294967296\"", " activeTab=\"-1\"", " table:display=\"false\"", "ActiveTable",
        "<table:table table:name=\"pegawai\">", "</table:table>", "</row>", "<row>", "<c t=\"s\"><v>99</v></c>", "&#0;", "\u{0}",
    ]

    static func entries(_ bytes: [UInt8]) throws -> [(String, [UInt8])] {
        let archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, [UInt8](data))
        }
    }

    static func mutate(_ bytes: inout [UInt8], _ g: inout SplitMix) {
        guard !bytes.isEmpty else { return }
        let at = Int(g.next() % UInt64(bytes.count))
        switch g.next() % 4 {
        case 0:
            for _ in 0..<(1 + Int(g.next() % 8)) { bytes[Int(g.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: g.next()) }
        case 1:
            bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(g.next() % 200)))
        case 2:
            let slice = bytes[at..<min(bytes.count, at + 1 + Int(g.next() % 400))]
            bytes.insert(contentsOf: slice, at: at)
        default:
            bytes.insert(contentsOf: Array(tokens[Int(g.next() % UInt64(tokens.count))].utf8), at: at)
        }
    }

    @Test func mutatedShapesGiveARosterOrADiagnostic() throws {
        let shapes = try WorkbookShape.allCases.map { ($0.rawValue.hasSuffix(".ods") ? TableForm.ods : .xlsx, try Self.entries($0.build())) }
        var g = SplitMix(state: 21_04)
        var read = 0, refused = 0
        for round in 0..<280 {
            let (form, good) = shapes[round % shapes.count]
            var parts = good
            let target = Int(g.next() % UInt64(parts.count))
            if g.next() % 10 == 0 {
                parts.remove(at: target)
            } else {
                for _ in 0..<(1 + Int(g.next() % 3)) { Self.mutate(&parts[target].1, &g) }
            }
            let bytes = try F.zipBytes(parts, compressed: false)
            let outcome = WorkbookTable.read(.officers, form: form, bytes: bytes)
            #expect(outcome.records != nil || !outcome.diagnostics.isEmpty, "round \(round): \(parts[min(target, parts.count - 1)].0)")
            if outcome.records != nil { read += 1 } else { refused += 1 }
        }
        // The round reached both ends: damage that still reads, damage that is refused.
        #expect(read > 20 && refused > 20, "\(read) read, \(refused) refused")
    }
}
