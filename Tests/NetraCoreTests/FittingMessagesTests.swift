import Foundation
import Testing
@testable import NetraCore

/// Issue 24, row 8: messages that fit the file — a workbook's rows are cells, not
/// separated text; every file is named as the folder holds it; a loop of circulars is
/// an error naming them; a stray byte-order mark in a heading is named as such.
@Suite struct FittingMessagesTests {
    typealias F = WorkbookFixture

    static func row(_ number: Int, _ cells: [String]) -> String {
        "<row r=\"\(number)\">" + cells.map { F.inline("", $0).replacingOccurrences(of: " r=\"\"", with: "") }.joined() + "</row>"
    }
    static let heading = ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL/RUANG"]

    /// The demo folder in memory with some tables replaced by workbooks.
    static func folder(_ workbooks: [String: [UInt8]], csv: [DataFile: String] = [:]) -> StoredFiles {
        var files = StoredFiles()
        for (file, text) in DemoData.files.merging(csv, uniquingKeysWith: { $1 }) { files.files[file.fileName] = (Array(text.utf8), nil) }
        for (name, bytes) in workbooks {
            files.files[name] = (bytes, nil)
            files.files.removeValue(forKey: String(name.prefix { $0 != "." }) + ".csv")
        }
        return files
    }

    /// A workbook row with more cells than headings, and cells holding `;`, `,`, `|`,
    /// quotes and tabs, under a title that holds `|`: the roster is read, extra cells
    /// are named as cells, and nothing speaks of separators or quotes.
    @Test func workbookRowsTalkAboutCells() throws {
        let sheet = Self.row(1, ["Rekap | Mei 2023"]) + Self.row(2, Self.heading)
            + Self.row(3, ["197003141996031001", "Hendra | Wijaya; \"Pak\"", "Setda, Bagian\tUmum", "Kabag", "IV/a", "lebih", "lagi"])
            + Self.row(4, ["196309041987031001", "Bambang", "Dinas Lingkungan Hidup", "Kadis", "IV/c"])
        let reading = DataFolder.read(from: Self.folder(["officers.xlsx": try F.xlsx(sheets: [("Pegawai", sheet)])]))
        #expect(reading.dataset.officers.map(\.name) == ["Hendra | Wijaya; \"Pak\"", "Bambang"])
        #expect(reading.dataset.officers.first?.unit == "Setda, Bagian\tUmum")
        let officers = reading.diagnostics.filter { $0.file == .officers }
        #expect(officers.map { $0.formatted() } == [
            "officers.xlsx:Pegawai!1:1: warning: line 1 above the column headings skipped (a title, not data)",
            "officers.xlsx:Pegawai!F3: warning: 2 cells to the right of the last heading are ignored (the first is here): give the column a heading if it belongs to the table",
        ])
        for language in Language.allCases {
            let words = officers.map { $0.text.text(language) }.joined(separator: " ")
            #expect(!words.contains("separator") && !words.contains("pemisah") && !words.contains("quote") && !words.contains("kutip"))
        }
    }

    /// The example: the roster kept as `officers.xlsx`; a request names a NIP
    /// that is not on it, a candidate too, an acknowledgement a unit it lacks.
    @Test func everyMessageNamesTheFileAsItIs() throws {
        let sheet = Self.row(1, Self.heading) + Self.row(2, ["197003141996031001", "Hendra", "Sekretariat Daerah", "Kabag", "IV/a"])
        let csv: [DataFile: String] = [
            .retirements: "nip,kind,filed_on,stage\n199901012020011001,pensiun dini,01/05/2023,diajukan\n",
            .candidates: "nip;pencalonan\n199912312025011001;bacaleg\n",
            .acknowledgements: "edaran;unit kerja;diterima\nSE-WALIKOTA-2023;Dinas Tidak Ada;10/05/2023\nSE-LAIN;Sekretariat Daerah;10/05/2023\n",
        ]
        let reading = DataFolder.read(from: Self.folder(["officers.xlsx": try F.xlsx(sheets: [("Pegawai", sheet)])], csv: csv))
        let all = reading.diagnostics.map { $0.formatted() }
        #expect(all.contains("retirements.csv:2: warning: nip 199901012020011001 is not in officers.xlsx"))
        #expect(all.contains { $0.hasPrefix("candidates.csv:2: error: nip 199912312025011001 is not in officers.xlsx: this candidate is not counted") })
        #expect(all.contains { $0.hasPrefix("acknowledgements.csv:2: warning: unit 'Dinas Tidak Ada' matches no unit of officers.xlsx") })
        #expect(all.contains { $0.hasPrefix("acknowledgements.csv:3: warning: circular 'SE-LAIN' is not in circulars.csv") })
        #expect(reading.diagnostics.map { $0.text.text(.id) }.contains("nip 199901012020011001 tidak ada di officers.xlsx"))
        #expect(!all.contains { $0.contains("officers.csv") })
    }

    /// The moment's findings too: an officer past retirement age with no request,
    /// when the requests are kept as `retirements.ods`.
    @Test func theMomentsFindingsNameTheStoredFileToo() throws {
        let ods = try F.ods(tables: [("Usulan", "<table:table-row>" + ["nip", "kind", "filed_on", "stage"].map { F.odsText($0) }.joined()
                                                + "</table:table-row>")])
        let reading = DataFolder.read(from: Self.folder(["retirements.ods": ods]))
        let report = CheckReport(folder: ".", reading: reading, now: DemoData.storyMoment)
        let past = report.findings.map { $0.formatted() }.filter { $0.contains("retirement age") }
        #expect(!past.isEmpty)
        #expect(past.allSatisfy { $0.contains("and retirements.ods has no pension request") })
    }

    @Test func aCircularThatFollowsItselfIsAnError() {
        let circulars = "id;issued_on;follows\nA;01/05/2023;\nD;04/05/2023;D\n"
        let reading = DataFolder.read(from: MemoryFiles(DemoData.files.merging([.circulars: circulars, .acknowledgements: ""]) { $1 }))
        let own = reading.diagnostics.filter { $0.file == .circulars }.map { $0.formatted() }
        #expect(own == ["circulars.csv:3: error: circular 'D' follows itself: clear its follows cell or name the circular it answers"])
        #expect(reading.diagnostics.filter { $0.file == .circulars }.map { $0.text.text(.id) }
                == ["edaran 'D' menindaklanjuti dirinya sendiri: kosongkan sel menindaklanjuti atau isi dengan edaran yang dijawabnya"])
    }

    /// A→B→C→A: one error, on the line written first, naming every circular of the
    /// loop in the order they follow one another; the chain still shows them all.
    @Test func aLoopOfThreeIsOneErrorNamingThem() {
        let circulars = "id;issued_on;follows\nX;01/05/2023;\nA;02/05/2023;B\nB;03/05/2023;C\nC;04/05/2023;A\nE;05/05/2023;A\n"
        let reading = DataFolder.read(from: MemoryFiles(DemoData.files.merging([.circulars: circulars, .acknowledgements: ""]) { $1 }))
        let own = reading.diagnostics.filter { $0.file == .circulars }
        #expect(own.map { $0.formatted() } == [
            "circulars.csv:3: error: the circulars 'A', 'B', 'C' follow each other in a loop ('A' follows 'B' follows 'C' follows 'A'): a chain starts at a circular that follows none; correct one of their follows cells",
        ])
        #expect(own.first?.text.text(.id).hasPrefix("edaran 'A', 'B', 'C' saling menindaklanjuti dalam lingkaran") == true)
        let ledger = CircularLedger(reading.dataset, today: nil)
        #expect(Set(ledger.entries.map(\.circular.id)) == ["X", "A", "B", "C", "E"])
        // A circular hanging off the loop (E follows A) is not part of it.
        #expect(CircularLedger.loops(reading.dataset.circulars, indexByID: ["X": 0, "A": 1, "B": 2, "C": 3, "E": 4]) == [[1, 2, 3]])
    }

    /// A file saved twice as "UTF-8 with BOM": the second mark was glued to `NIP`, the
    /// column unknown, the roster refused and the heading shown as `'\u{FFFD}NIP'`.
    @Test func aDoubledByteOrderMarkIsNamedAndTheHeadingRead() {
        let officers = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG\n197003141996031001;Hendra;Setda;Kabag;IV/a\n".utf8)
        let reading = RecordReaders.officers(officers)
        #expect(reading.value?.officers.count == 1)
        #expect(lines(reading.diagnostics) == [
            "officers.csv:1: warning: heading 'NIP' starts with a stray byte-order mark (an invisible character left when a file is saved twice as \"UTF-8 with BOM\"): read as 'NIP'; save the file once more as CSV UTF-8 to remove it",
        ])
        // With another column missing, the heading line is quoted without the mark.
        let short = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("NIP;NAMA\n197003141996031001;Hendra\n".utf8)
        let problems = RecordReaders.officers(short).diagnostics.map { $0.text.text(.en) }
        #expect(problems.contains { $0.hasPrefix("missing required columns unit, position, grade; the heading line has 'NIP', 'NAMA'") })
        #expect(!problems.joined().contains("\u{FFFD}"))
    }
}
