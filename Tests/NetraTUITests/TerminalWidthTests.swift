import CNcursesw
import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Widths come from the C library's `wcwidth`, as ncurses' do; clusters are drawn cell
/// by cell so no letter is lost and no row overruns (issue 10, rows 10 and 15).
@Suite(.serialized) struct TerminalWidthTests {
    /// `wcwidth` of `v` in C.UTF-8, as the terminal side sees it.
    static func libraryWidth(_ v: UInt32) -> Int32 {
        setlocale(LC_CTYPE, "C.UTF-8")
        return wcwidth(wchar_t(bitPattern: v))
    }

    @Test func everyAssignedCodePointIsAsWideAsTheCLibrarySays() throws {
        setlocale(LC_CTYPE, "C.UTF-8")
        defer { setlocale(LC_CTYPE, "C") }
        var compared = 0
        var mismatches: [String] = []
        for v in UInt32(0x20)...0x10FFFF {
            guard let s = Unicode.Scalar(v), s.properties.generalCategory != .unassigned,
                  s.properties.generalCategory != .control else { continue }
            let library = Int(wcwidth(wchar_t(bitPattern: v)))
            // What the C library cannot print is drawn as U+FFFD, one column.
            let expected = library < 0 ? 1 : library
            if DisplayWidth.of(s) != expected || DisplayWidth.isPrintable(s) != (library >= 0) {
                if mismatches.count < 20 { mismatches.append(String(format: "U+%04X: %d, wcwidth %d", v, DisplayWidth.of(s), library)) }
            }
            compared += 1
        }
        #expect(compared > 280_000, "all assigned code points, private use included")
        #expect(mismatches.isEmpty, "\(mismatches)")
        // The ones the old table missed, as the C library sees them.
        for v: UInt32 in [0x2329, 0x232A, 0xFE10, 0xFE19, 0xA960, 0x16FE0, 0x17000, 0x18AFF, 0x1AFF0, 0x1B2FF] {
            #expect(DisplayWidth.of(Unicode.Scalar(v)!) == max(1, Int(Self.libraryWidth(v))), "\(String(v, radix: 16))")
        }
    }

    /// The columns a terminal moves for a line, scalar by scalar.
    static func terminalColumns(_ line: String) -> Int {
        setlocale(LC_CTYPE, "C.UTF-8")
        return line.unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(wchar_t(bitPattern: $1.value)))) }
    }

    static let clusters = "👨‍👩‍👧 🇮🇩 क्षत्रिय 👩🏽‍💻 ❤️ e\u{301} 〈漢〉 ︐ ꥠ 𖿠 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"

    @Test func aRowOfClustersNeverExceedsItsWidthAndLosesNoLetter() {
        defer { setlocale(LC_CTYPE, "C") }
        for width in 1...60 {
            var g = CellGrid(width: width, height: 1)
            g.put(Self.clusters, x: 0, y: 0, role: .text)
            let line = g.lines[0]
            #expect(Self.terminalColumns(line) <= width, "width \(width): \(line)")
            // What the grid says it used is what the terminal moves.
            #expect(Self.terminalColumns(line) == DisplayWidth.of(line), "width \(width)")
        }
        var wide = CellGrid(width: 80, height: 1)
        wide.put(Self.clusters, x: 0, y: 0, role: .text)
        // Every letter is there (only the tags past a cell's five scalars are dropped).
        let kept = Set(wide.lines[0].unicodeScalars.map(\.value))
        for s in Self.clusters.unicodeScalars where !(0xE0000...0xE007F).contains(s.value) {
            #expect(kept.contains(s.value), "U+\(String(s.value, radix: 16)) kept")
        }
        // The conjunct's letters in order (a cluster on screen is its cells side by side).
        #expect(wide.lines[0].unicodeScalars.map(\.value).contains([0x915, 0x94D, 0x937, 0x924, 0x94D, 0x930, 0x93F, 0x92F]))
    }

    @Test func whatTheCLibraryCannotPrintBecomesAReplacementCharacter() {
        defer { setlocale(LC_CTYPE, "C") }
        // Unassigned in every Unicode so far; a noncharacter.
        for v: UInt32 in [0x2FFFD, 0x10FFFD - 0x10000, 0xFFFF] where Self.libraryWidth(v) < 0 {
            var g = CellGrid(width: 10, height: 1)
            g.put("a" + String(Character(Unicode.Scalar(v)!)) + "b", x: 0, y: 0, role: .text)
            #expect(g.lines[0] == "a\u{FFFD}b", "U+\(String(v, radix: 16))")
        }
    }
}
