import Foundation
import Testing
@testable import NetraCore

/// Reading `kpu/` with the folder's rules: links out refused, only tables read, a list
/// whose kind nothing tells left out, workbooks read like CSV, every byte hostile.
@Suite struct KPUReadingTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("netra-kpu-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("kpu"), withIntermediateDirectories: true)
        try Data("NIP;NAMA;UNIT KERJA;JABATAN;GOL;PENCALONAN\n198503122010012001;Siti Aminah;Dinas;Guru;III/c;-\n".utf8)
            .write(to: url.appendingPathComponent("officers.csv"))
        return url
    }

    static func kpuLines(_ reading: FolderReading) -> [String] {
        lines(reading.diagnostics.filter { $0.file == .kpu })
    }

    @Test func aKPUFolderLinkedOutOfTheDataFolderIsRefused() throws {
        let data = try Self.folder(), outside = try Self.folder()
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: outside) }
        try Data("NAMA LENGKAP;JENIS KELAMIN\nSITI AMINAH;P\n".utf8).write(to: outside.appendingPathComponent("kpu/DCS-X.csv"))
        try FileManager.default.removeItem(at: data.appendingPathComponent("kpu"))
        try FileManager.default.createSymbolicLink(at: data.appendingPathComponent("kpu"), withDestinationURL: outside.appendingPathComponent("kpu"))
        let reading = DataFolder.read(from: FolderFiles(folder: data))
        #expect(reading.dataset.kpuLists.isEmpty)
        #expect(Self.kpuLines(reading).count == 1)
        #expect(Self.kpuLines(reading).first?.hasPrefix("kpu: error: the kpu folder cannot be read: this is a link to a file outside the data folder") == true)
        // A list linked out of the folder, inside a real kpu/, is refused the same way.
        try FileManager.default.removeItem(at: data.appendingPathComponent("kpu"))
        try FileManager.default.createDirectory(at: data.appendingPathComponent("kpu"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: data.appendingPathComponent("kpu/DCS-Y.csv"), withDestinationURL: outside.appendingPathComponent("kpu/DCS-X.csv"))
        let again = DataFolder.read(from: FolderFiles(folder: data))
        #expect(again.dataset.kpuLists.isEmpty)
        #expect(Self.kpuLines(again).first?.hasPrefix("kpu/DCS-Y.csv: error: this is a link to a file outside the data folder") == true)
    }

    @Test func onlyTablesAreReadAndAKindlessListIsLeftOut() throws {
        let data = try Self.folder()
        defer { try? FileManager.default.removeItem(at: data) }
        try Data("%PDF-1.4".utf8).write(to: data.appendingPathComponent("kpu/DCS Balikpapan.pdf"))
        try Data("x".utf8).write(to: data.appendingPathComponent("kpu/.~lock.DCS.csv#"))
        try Data("NAMA LENGKAP;JENIS KELAMIN\nSITI AMINAH;P\nBUDI;X\n".utf8).write(to: data.appendingPathComponent("kpu/daftar-calon.csv"))
        try Data("NAMA LENGKAP;JENIS KELAMIN;DAFTAR\nSITI AMINAH;P;DCT\nBUDI;X;dcs\n".utf8).write(to: data.appendingPathComponent("kpu/partai-x.csv"))
        try FileManager.default.createDirectory(at: data.appendingPathComponent("kpu/arsip"), withIntermediateDirectories: true)
        let reading = DataFolder.read(from: FolderFiles(folder: data))
        #expect(Self.kpuLines(reading) == [
            "kpu: warning: not read (only .csv, .xlsx and .ods lists are): 'DCS Balikpapan.pdf', 'arsip'; a PDF from KPU must be converted or retyped into a spreadsheet first",
            "kpu/daftar-calon.csv:2: warning: 2 rows left out: neither the file name nor a DAFTAR column says which list this is; name the file DCS-…, DCT-… or Paslon-… (e.g. DCS-Partai-Nusantara-Maju-Dapil-2.csv)",
            "kpu/partai-x.csv:3: warning: jenis kelamin 'X' is neither L nor P: the sex is not compared for this entry",
        ])
        #expect(reading.dataset.kpuLists.entries.map { "\($0.kind.label) \($0.name) \($0.sex.map { "\($0)" } ?? "-")" } == ["DCT SITI AMINAH female", "DCS BUDI -"])
        let s = Situation(dataset: reading.dataset, now: at("2023-08-21T10:00:00+08:00"))
        #expect(s.alerts.filter { $0.kind == .kpuListedNotRecorded }.map(\.nip) == [nip("198503122010012001")])
    }

    @Test func aWorkbookListIsReadLikeCSVAndPlacesItsProblemsInCells() throws {
        let data = try Self.folder()
        defer { try? FileManager.default.removeItem(at: data) }
        let rows = """
        <row r="1"><c r="A1" t="inlineStr"><is><t>DAFTAR CALON TETAP</t></is></c></row>
        <row r="3"><c r="A3" t="inlineStr"><is><t>NO URUT</t></is></c><c r="B3" t="inlineStr"><is><t>NAMA LENGKAP</t></is></c><c r="C3" t="inlineStr"><is><t>JK</t></is></c><c r="D3" t="inlineStr"><is><t>PARTAI</t></is></c></row>
        <row r="4"><c r="A4"><v>1</v></c><c r="B4" t="inlineStr"><is><t>Dra. Hj. Siti Aminah, M.Si.</t></is></c><c r="C4" t="inlineStr"><is><t>P</t></is></c><c r="D4" t="inlineStr"><is><t>Partai Nusantara Maju</t></is></c></row>
        <row r="5"><c r="A5"><v>2</v></c><c r="B5" t="inlineStr"><is><t>Budi</t></is></c><c r="C5" t="inlineStr"><is><t>?</t></is></c></row>
        """
        try Data(try WorkbookFixture.xlsx(sheets: [("DCT", rows)])).write(to: data.appendingPathComponent("kpu/DCT-Dapil-3.xlsx"))
        let reading = DataFolder.read(from: FolderFiles(folder: data))
        #expect(Self.kpuLines(reading) == [
            "kpu/DCT-Dapil-3.xlsx:DCT!1:1: warning: line 1 above the column headings skipped (a title, not data)",
            "kpu/DCT-Dapil-3.xlsx:DCT!C5: warning: jenis kelamin '?' is neither L nor P: the sex is not compared for this entry",
        ])
        let entry = try #require(reading.dataset.kpuLists.entries.first)
        #expect(entry.kind == .dct && entry.number == "1" && entry.party == "Partai Nusantara Maju" && entry.district == "Dapil 3" && entry.line == 4)
        #expect(entry.file == "kpu/DCT-Dapil-3.xlsx")
    }

    @Test func namesContainedEitherWayAndReordered() {
        func officer(_ n: String, _ name: String) -> Officer { Officer(nip: nip(n), name: name) }
        let roster = OfficerRoster([officer("198503122010012001", "Siti Aminah"), officer("198001012005011001", "Rahmat Hidayat Putra"),
                                    officer("198202022006011002", "Saputra Andi")])
        let matcher = KPUMatcher(roster: roster, region: "")
        func scores(_ name: String, _ sex: ListedSex) -> [String] {
            matcher.candidates(for: KPUEntry(file: "kpu/DCS-X.csv", line: 2, kind: .dcs, number: "1", name: name, sex: sex))
                .map { "\($0.officer) \($0.score.name.rawValue) \($0.score.value)" }
        }
        #expect(scores("SITI AMINAH PUTRI", .female) == ["0 contained 70"])   // the officer's words are in the entry
        #expect(scores("Rahmat Hidayat", .male) == ["1 contained 70"])       // the entry's words are in the officer's
        #expect(scores("ANDI SAPUTRA, S.T.", .male) == ["2 reordered 80"])
        #expect(scores("Andi Saputra", .female) == [])                       // another sex: no match
        #expect(scores("Aminah", .female) == [])                             // one word is not enough
        #expect(scores("Siti Rahmawati", .female) == [])
    }

    @Test func hostileBytesNeverCrashTheReaders() {
        var rng = SplitMix(state: 21)  // reproducible run to run
        let original = Array(KPUFixture.rakyatSejahtera.utf8), review = Array("nip;daftar;nomor urut;putusan\n198503122010012001;DCS-X.csv;4;bukan\n".utf8)
        for round in 0..<300 {
            var mutated = round % 2 == 0 ? original : review
            for _ in 0..<Int.random(in: 1...12, using: &rng) where !mutated.isEmpty {
                let i = Int.random(in: 0..<mutated.count, using: &rng)
                mutated[i] = [0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x00, 0xFF, 0x1B, 0x28].randomElement(using: &rng)!
            }
            _ = KPUListReader.read(csv: mutated, path: "kpu/DCS-X.csv")
            _ = KPUReviewReader.read(mutated)
            _ = NameFolding.words(String(decoding: mutated, as: UTF8.self))
        }
    }
}
