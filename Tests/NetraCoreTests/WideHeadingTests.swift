import Foundation
import Testing
@testable import NetraCore

/// Issue 24, row 7: headings are matched by hash (`SpokenTable`), not by working out
/// every spelling's key for every column. These tests hold the behaviour (what a
/// heading means, what is reported); the time is `netra-bench --wide-heading`'s.
@Suite struct WideHeadingTests {
    /// The old linear search, as it was: the first case, in case order, with a
    /// spelling whose key is the text's.
    static func linearParse<V: SpokenValue>(_ text: String, _: V.Type) -> V? {
        let k = Vocabulary.key(text)
        return V.allCases.first { $0.spellings.contains { Vocabulary.key($0) == k } }
    }

    /// Every spelling of every column type (and a few near misses) means what it meant.
    @Test func theTableAnswersAsTheLinearSearchDid() {
        func check<C: ColumnName>(_ type: C.Type) {
            for value in C.allCases {
                for spelling in value.spellings + value.fallbackSpellings {
                    for text in [spelling, spelling.uppercased(), " " + spelling.replacingOccurrences(of: " ", with: "_") + " ", spelling + "x"] {
                        #expect(C.parse(text) == Self.linearParse(text, C.self), "\(C.self) \(text)")
                    }
                }
                // A fallback spelling is one only for its own column.
                for spelling in value.spellings {
                    let own = value.fallbackSpellings.contains { Vocabulary.key($0) == Vocabulary.key(spelling) }
                    #expect(C.parse(spelling) != value || value.isFallback(spelling) == own, "\(C.self) \(spelling)")
                }
            }
        }
        check(OfficerColumn.self)
        check(RetirementColumn.self)
        check(CaseColumn.self)
        check(CandidateColumn.self)
        check(CircularColumn.self)
        check(AcknowledgementColumn.self)
        check(KPUColumn.self)
        check(KPUReviewColumn.self)
        for text in ["Pensiun Dini", "APS", "sk terbit", "BAWASLU", "bakal paslon", "mundur", "nothing"] {
            #expect(RequestKind.parse(text) == Self.linearParse(text, RequestKind.self))
            #expect(RequestStage.parse(text) == Self.linearParse(text, RequestStage.self))
            #expect(CaseSource.parse(text) == Self.linearParse(text, CaseSource.self))
            #expect(Candidacy.parse(text) == Self.linearParse(text, Candidacy.self))
        }
    }

    /// The ASCII fast path of `Vocabulary.key` gives what the Character path gives.
    @Test func theASCIIKeyIsTheCharacterKey() {
        func slowKey(_ text: String) -> String {
            String(text.lowercased().filter { !["_", "-", "/", "\u{FEFF}"].contains($0) && !$0.isWhitespace })
        }
        var rng = SplitMix(state: 24)
        let alphabet = Array(" \t\r\n\u{0B}\u{0C}_-/ABCxyz019.;()'\"").map(String.init) + ["\u{1F}", "\u{7F}"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...20, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            #expect(Vocabulary.key(text) == slowKey(text), "\(text.debugDescription)")
        }
        #expect(Vocabulary.key("\u{FEFF}NIP") == "nip")
        #expect(Vocabulary.key("Gol/Ruang É") == "golruangé")
    }

    /// 100,000 headings: the known columns are found wherever they stand, the unknown
    /// ones are one warning that names six and counts the rest, duplicates are named
    /// twenty times and then counted.
    @Test func aHundredThousandColumnHeading() {
        var headings = (0..<100_000).map { "KOLOM \($0)" }
        for (at, name) in [(0, "NIP"), (50_000, "NAMA"), (77_777, "UNIT KERJA"), (99_998, "JABATAN"), (99_999, "GOL/RUANG")] { headings[at] = name }
        for at in stride(from: 1_000, to: 31_000, by: 1_000) { headings[at] = "nip" }  // 30 second NIP columns
        var row = Array(repeating: "", count: 100_000)
        for (at, value) in [(0, "197003141996031001"), (50_000, "Hendra"), (77_777, "Setda"), (99_998, "Kabag"), (99_999, "IV/a")] { row[at] = value }
        let text = headings.joined(separator: ";") + "\n" + row.joined(separator: ";") + "\n"
        let reading = RecordReaders.officers(Array(text.utf8))
        #expect(reading.value?.officers.map(\.name) == ["Hendra"])
        #expect(reading.value?.officers.first?.unit == "Setda")
        let found = lines(reading.diagnostics)
        #expect(found.filter { $0.contains("is a second nip column") }.count == 20)
        #expect(found.contains("officers.csv:1: warning: 10 more columns repeat a column already read; only the first of each is read"))
        #expect(found.contains("officers.csv:1: warning: columns 'KOLOM 1', 'KOLOM 2', 'KOLOM 3', 'KOLOM 4', 'KOLOM 5', 'KOLOM 6' and 99959 more not used by Netra (ignored)"))
        #expect(found.count == 22)
    }

    /// A sheet as wide as a spreadsheet allows, through the workbook reader.
    @Test func aHeadingRowAsWideAsASheet() throws {
        var headings = (0..<16_384).map { "KOLOM \($0)" }
        for (at, name) in [(0, "NIP"), (8_000, "NAMA"), (12_000, "UNIT KERJA"), (16_382, "JABATAN"), (16_383, "GOL/RUANG")] { headings[at] = name }
        var cells = Array(repeating: XLSXCell.empty, count: 16_384)
        for (at, value) in [(0, "197003141996031001"), (8_000, "Hendra"), (12_000, "Setda"), (16_382, "Kabag"), (16_383, "IV/a")] { cells[at] = .text(value) }
        let bytes = try XLSXWorkbook.bytes(sheet: "Pegawai", headings: headings, rows: [cells])
        let outcome = WorkbookTable.read(.officers, form: .xlsx, bytes: bytes)
        guard case .officers(let roster)? = outcome.records else { Issue.record("no roster: \(outcome.diagnostics.prefix(3))"); return }
        #expect(roster.officers.map(\.name) == ["Hendra"])
        #expect(outcome.diagnostics.map { $0.formatted() }.contains {
            $0.hasPrefix("officers.xlsx:Pegawai!B1: warning: columns 'KOLOM 1', 'KOLOM 2'") && $0.hasSuffix("and 16373 more not used by Netra (ignored)")
        })
    }

    /// A missing column in a wide heading: the message quotes a dozen headings, not all.
    @Test func theMissingColumnMessageStaysShort() {
        let text = (0..<50_000).map { "KOLOM \($0)" }.joined(separator: ";") + ";NIP\n"
        let problems = RecordReaders.officers(Array(text.utf8)).diagnostics
        let missing = problems.first { $0.severity == .error }
        #expect(missing?.text.english.hasSuffix("'KOLOM 10', 'KOLOM 11', … (50001)") == true)
        #expect((missing?.text.english.count ?? .max) < 400)
    }
}
