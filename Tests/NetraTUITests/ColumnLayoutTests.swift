import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The widths of a list's columns (a pure function) and how long values are shortened.
@Suite struct ColumnLayoutTests {
    @Test func identifyingColumnsGetTheirWantBeforeOthersGetAny() {
        let needs = [
            ColumnNeed(priority: 0, minimum: 18, want: 18, natural: 18),   // NIP
            ColumnNeed(priority: 1, minimum: 14, want: 30, natural: 30),   // name
            ColumnNeed(priority: 1, minimum: 8, want: 12, natural: 12),    // dapil
            ColumnNeed(priority: 4, minimum: 5, want: 5, natural: 5),      // grade
            ColumnNeed(priority: 5, minimum: 12, want: 30, natural: 40),   // position
        ]
        // 18 + 30 + 12 + 2 gaps = 62: grade fits (68), position does not.
        #expect(ColumnLayout.widths(needs, total: 70) == [18, 30, 12, 5, 0])
        // Plenty of room: every want, then the capped position grows toward its natural width.
        #expect(ColumnLayout.widths(needs, total: 120) == [18, 30, 12, 5, 40])
        // Too narrow for every want: the least telling go first, then names shrink.
        let narrow = ColumnLayout.widths(needs, total: 50)
        #expect(narrow[3] == 0 && narrow[4] == 0)
        #expect(narrow[0] == 18 && narrow[1] >= 14 && narrow[2] >= 8)
        #expect(narrow.reduce(0, +) + 2 <= 50)
    }

    @Test func aColumnEmptyForEveryRowShownIsLeftOut() {
        let needs = [ColumnNeed(priority: 0, minimum: 5, want: 10, natural: 10), ColumnNeed(priority: 1, minimum: 8, want: 0, natural: 0),
                     ColumnNeed(priority: 2, minimum: 5, want: 6, natural: 6)]
        #expect(ColumnLayout.widths(needs, total: 80) == [10, 0, 6])
    }

    @Test func unitsAndPositionsTakeTheirUsualAbbreviations() {
        let table = Abbreviations()
        func unit(_ s: String, _ w: Int) -> String { Shortening.unit.fit(s, width: w, abbreviations: table) }
        #expect(unit("Kecamatan Balikpapan Utara", 21) == "Kec. Balikpapan Utara")
        #expect(unit("Badan Kepegawaian dan Pengembangan SDM", 20) == "BKPSDM")
        #expect(unit("Kepala Seksi Pemerintahan", 18) == "Kasi Pemerintahan")
        #expect(unit("Dinas Pendidikan dan Kebudayaan", 20) == "Dinas Dikbud")
        #expect(unit("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", 20) == "BPKAD")
        // Six kecamatan never read the same: the place's name stays.
        let cut = ["Utara", "Selatan", "Timur", "Barat", "Tengah", "Kota"].map { unit("Kecamatan Balikpapan \($0)", 16) }
        #expect(Set(cut).count == 6)
        #expect(cut.allSatisfy { DisplayWidth.of($0) <= 16 })
        // A district keeps its number.
        #expect(Shortening.code.fit("Balikpapan Selatan 12", width: 12, abbreviations: table).hasSuffix(" 12"))
        // A name loses its titles, then its middle names, then the rest to initials.
        #expect(Shortening.name.fit("Drs. Hasan Basri, M.Si.", width: 12, abbreviations: table) == "Hasan Basri")
        #expect(Shortening.name.fit("Andi Baso Ridwan", width: 14, abbreviations: table) == "Andi B. Ridwan")
        #expect(Shortening.name.fit("Andi Baso Ridwan", width: 10, abbreviations: table) == "Andi B. R.")
        #expect(Shortening.name.fit("Bambang Sutrisno", width: 12, abbreviations: table) == "Bambang S.")
    }

    @Test func namesSortWithoutTheirTitles() {
        #expect(NameKey.sortKey("Drs. H. Ahmad Noor, M.Si.") == "ahmad noor")
        #expect(NameKey.sortKey("dr. Siti Aminah") == "siti aminah")
        #expect(NameKey.sortKey("Hj. Nurul Aini, S.Pd.") == "nurul aini")
        #expect(NameKey.sortKey("Hendra Wijaya") == "hendra wijaya")
    }

    @Test func searchQueriesReadNumbersAsPrintedAndWordsInAnyOrder() {
        #expect(SearchQuery("19780315 200501 1 007").terms == [Array("197803152005011007".utf8)])
        #expect(SearchQuery("1978.03.15").terms == [Array("19780315".utf8)])
        #expect(SearchQuery("Ahmad  NOOR").terms.count == 2)
        #expect(SearchQuery("NTR-2023-006").terms == [Array("ntr-2023-006".utf8)])
        let index = SearchIndex(["Ahmad Fauzan Noor", "Ahmad Yani", "Noor Hasanah"])
        #expect(index.filter([0, 1, 2], query: "noor ahmad") == [0])
        #expect(index.filter([0, 1, 2], query: "ahmad") == [0, 1])
    }

    @Test func theSearchLineEditsLikeAShell() {
        var line = LineEdit("ahmad noor")
        let edited = line.apply(.control("w"))
        #expect(edited)
        #expect(line.text == "ahmad ")
        _ = line.apply(.control("a"))
        #expect(line.cursor == 0)
        _ = line.apply(.character("x"))
        #expect(line.text == "xahmad ")
        _ = line.apply(.control("e"))
        _ = line.apply(.left)
        _ = line.apply(.control("u"))
        #expect(line.text == " " && line.cursor == 0)
        let tab = line.apply(.tab)
        #expect(!tab)
    }

    @Test func copyIsOneOSC52SequenceOfSanitisedText() {
        #expect(Clipboard.osc52("NTR-2023-001") == Array("\u{1B}]52;c;\(Data("NTR-2023-001".utf8).base64EncodedString())\u{07}".utf8))
        let hostile = Clipboard.osc52("A\u{1B}]0;x\u{07}B")
        let payload = String(decoding: hostile.dropFirst(7).dropLast(), as: UTF8.self)
        let decoded = String(decoding: Data(base64Encoded: payload)!, as: UTF8.self)
        #expect(decoded == "A\u{FFFD}]0;x\u{FFFD}B")
        #expect(!hostile.dropFirst(7).dropLast().contains(0x1B) && !hostile.dropFirst(7).dropLast().contains(0x07))
    }
}
