import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Lists a clerk works in, replayed key by key: filter by a column's value, sort
/// direction, search as clerks type, links between views, help, export and copy.
@Suite struct ListReplayTests {
    func listLines(_ grid: CellGrid) -> [String] { grid.lines.filter { $0.contains("1977") || $0.contains("19") } }

    @Test func filterByAColumnValueThenClear() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("2 F")
        #expect(replay.frame().text.contains("Filter by column"))
        replay.type("unit")
        replay.run("Enter")
        replay.type("sosial")
        #expect(replay.frame().text.contains("Dinas Sosial"))
        replay.run("Enter")
        #expect(replay.session.state.conditions[.officers] == [FieldCondition(key: "unit", value: "Dinas Sosial")])
        let frame = replay.frame()
        #expect(frame.lines.last!.contains("f Filter: all + Unit = Dinas Sosial"))
        #expect(frame.lines[2].contains(" 1/1 "))
        #expect(frame.text.contains("Lina Marlina"))
        replay.run("c")
        // Every row is back, and the selection stays on the row the filter showed.
        #expect(replay.frame().lines[2].contains("/40 "))
        #expect(replay.frame().lines.first { $0.hasPrefix("▶") }?.contains("Lina Marlina") == true)
    }

    @Test func sortByAColumnInEitherDirectionWithAnIndicator() throws {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("2")
        var frame = replay.frame()
        #expect(frame.lines[3].contains("Name ▲"))
        let first = try #require(frame.lines.firstIndex { $0.hasPrefix("▶") })
        #expect(frame.lines[first].contains("Aditya Nugraha"))
        replay.run("S")
        frame = replay.frame()
        #expect(frame.lines[3].contains("Name ▼"))
        #expect(frame.lines.last!.contains("Sort: Name ▼"))
        #expect(frame.lines[4].contains("Yusuf Hidayat"))
        // `>` moves the sort to the next column; a header click sorts by the clicked one.
        replay.run(">")
        #expect(replay.session.state.sortColumn[.officers] == ColumnSort(key: "district"))
        let layout = FrameRenderer(language: .en).layout(replay.session.model, state: replay.session.state, size: replay.session.size)
        let nipSpan = try #require(layout.list.plan?.spans.first { layout.table!.fields[$0.field].key == "nip" })
        replay.click(x: nipSpan.columns.lowerBound, y: 3)
        #expect(replay.session.state.sortColumn[.officers] == ColumnSort(key: "nip"))
        replay.click(x: nipSpan.columns.lowerBound, y: 3)
        #expect(replay.session.state.sortColumn[.officers] == ColumnSort(key: "nip", descending: true))
        #expect(replay.frame().lines[3].contains("NIP ▼"))
    }

    @Test func searchByASpacedNIPAndByTwoWordsInAnyOrder() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("2 /")
        replay.type("19780719 200501 1 001")
        var frame = replay.frame()
        #expect(frame.lines[2].contains(" 1/1 "))
        #expect(frame.text.contains("Andi Baso Ridwan"))
        replay.run("C-u")
        replay.type("ridwan andi")
        frame = replay.frame()
        #expect(frame.lines[2].contains(" 1/1 "))
        #expect(frame.text.contains("Andi Baso Ridwan"))
        // Ctrl-W drops the last word; an empty result names what was searched.
        replay.run("C-w")
        replay.type("zzz")
        frame = replay.frame()
        #expect(frame.text.contains("Nothing matches “ridwan zzz”"))
    }

    @Test func aCaseNumberAsWrittenInALetterFindsItsCase() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("5 f /")   // every case
        replay.type("NTR-2023-006")
        let frame = replay.frame()
        #expect(frame.lines[2].contains(" 1/1 "), "\(frame.lines[2])")
        #expect(frame.text.contains("NTR-2023-006"))
        // The command line finds it too.
        var palette = Replay(model: demoModel(), options: .init(language: .en))
        palette.run(":")
        palette.type("NTR-2023-006")
        #expect(palette.frame().text.contains("NTR-2023-006"))
        #expect(!palette.frame().text.contains("Nothing matches"))
    }

    @Test func alertToOfficerToCaseAndBack() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        // Two Pemilu candidates without a request stay one line each (a group is one
        // election's, and takes three): Enter on Irwan Saputra's line opens the officer.
        let rows = FrameRenderer(language: .en).layout(replay.session.model, state: replay.session.state, size: replay.session.size).rows.ids
        let member = RowID.alert(AlertSubject(kind: .candidateWithoutRequest, nip: RowID.officer("198101052009011001").nip, caseID: nil))
        guard let irwan = rows.firstIndex(of: member) else { Issue.record("no alert line for Irwan Saputra: \(rows)"); return }
        for _ in 0..<irwan { replay.run("j") }
        replay.run("Enter")
        #expect(replay.session.state.view == .officers)
        #expect(replay.session.state.selection[.officers] == .officer("198101052009011001"))
        var frame = replay.frame()
        #expect(frame.text.contains("Irwan Saputra"))
        #expect(frame.text.contains("NTR-2023-001 · review"))   // the officer's case, in the detail
        replay.run("o")
        #expect(replay.session.state.view == .cases)
        #expect(replay.session.state.selection[.cases] == .case("NTR-2023-001"))
        frame = replay.frame()
        #expect(frame.text.contains("Cases NTR-2023-001 — q Esc closes"))
        replay.run("BS")
        #expect(replay.session.state.view == .officers)
        replay.run("BS")
        #expect(replay.session.state.view == .overview)
        #expect(replay.session.state.selection[.overview] == member)
    }

    @Test func theDetailScrollsAndKeepsNameAndNIPInView() {
        var replay = Replay(model: demoModel(), options: .init(language: .id), size: Size(width: 80, height: 24))
        replay.run("5")
        // Irwan Saputra's case, wherever the due-date order puts it.
        let cases = FrameRenderer(language: .id).layout(replay.session.model, state: replay.session.state, size: replay.session.size).rows.ids
        for _ in 0..<cases.firstIndex(of: .case("NTR-2023-001"))! { replay.run("j") }
        replay.run("Enter")
        let before = replay.frame()
        #expect(before.text.contains("Irwan Saputra") && before.text.contains("198101052009011001"))
        replay.run("j j j j j j")
        let after = replay.frame()
        #expect(after.text != before.text)
        #expect(after.text.contains("Irwan Saputra") && after.text.contains("198101052009011001"))
    }

    @Test func helpScrollsAtEightyByTwentyFourAndNamesArrowsInWordsInASCII() {
        var replay = Replay(model: demoModel(), options: .init(language: .en, glyphs: .ascii), size: Size(width: 80, height: 24))
        replay.run("?")
        let first = replay.frame().text
        #expect(first.contains("Up k"))
        #expect(!first.contains("↑"))
        for _ in 0..<60 { replay.run("j") }
        let last = replay.frame().text
        #expect(last.contains("Symbols"))
        #expect(last.contains("H+1") && last.contains("1 day past"))
        #expect(replay.session.state.showsHelp)
        replay.run("Esc")
        #expect(!replay.session.state.showsHelp)
    }

    @Test func helpGoesToItsEndWithGAndComesBackAtOnce() {
        var replay = Replay(model: demoModel(), options: .init(language: .en), size: Size(width: 80, height: 24))
        replay.run("? G")
        #expect(replay.session.state.showsHelp)
        let end = replay.frame().lines
        #expect(end.joined().contains("1 day past"))
        // One line up shows one more line at the top: no scrolling back from far past the end.
        replay.run("k")
        #expect(replay.frame().lines != end)
        replay.run("g")
        #expect(replay.session.state.helpScroll == 0)
        #expect(replay.session.state.selection[.overview] == nil)
    }

    @Test func exportOfAFilteredViewIsTheFileByteForByte() throws {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("5 f S e")   // all cases, newest due first; `e` asks for the format
        #expect(replay.frame().text.contains("Export this list as"))
        replay.run("Down Enter")   // Excel is offered first, CSV second
        guard case .export(let file)? = replay.effects.last else { Issue.record("no export"); return }
        #expect(file.name == "netra-cases-2023-05-23-100000.csv")
        // Every column of the list, the officer's unit and the case summary (uraian) included.
        let expected = "\u{FEFF}ID;Reported;Source;Status;Due;OVERDUE;Officer;SIASN;NIP;Unit;Category;Summary\r\n"
            + "NTR-2023-003;2023-05-22;public;new;2023-05-29;;;;;;Media sosial;\"Akun media sosial yang diduga milik pegawai kelurahan membagikan konten kampanye bakal calon; identitas pegawai belum diketahui.\"\r\n"
            + "NTR-2023-009;2023-04-10;public;review;2023-05-28;;Eko Prasetyo;;198302182008121001;Dinas Komunikasi dan Informatika;Media sosial;Aduan warga lewat SP4N-LAPOR!: komentar mendukung bakal calon di akun resmi dinas.\r\n"
            + "NTR-2023-002;2023-05-19;KIPP;new;2023-05-26;;Andi Baso Ridwan;;197807192005011001;Dinas Perhubungan;Terdaftar sebagai bacaleg;\"KIPP melaporkan ASN aktif yang terdaftar sebagai bakal calon dan hadir pada kegiatan politik; meminta kejelasan status kepegawaiannya.\"\r\n"
            + "NTR-2023-001;2023-05-15;Bawaslu;review;2023-05-22;1;Irwan Saputra;;198101052009011001;Kecamatan Balikpapan Utara;Menghadiri kegiatan partai;Patroli pengawasan: hadir dan berfoto dengan atribut partai pada acara deklarasi bakal calon, Sabtu 13 Mei 2023.\r\n"
            + "NTR-2023-006;2023-01-20;public;recommended;2023-05-19;4;Agus Setiawan;;198609092011041001;Dinas Pemadam Kebakaran;Kegiatan partai;\"Hadir berseragam pada pertemuan pengurus partai; KASN merekomendasikan hukuman disiplin sedang.\"\r\n"
            + "NTR-2023-005;2023-02-06;Bawaslu;review;2023-03-15;69;Dedi Firmansyah;;198411272010031001;Kelurahan Damai;Media sosial;\"Mengunggah foto bersama pengurus partai dengan simbol partai; diteruskan Bawaslu ke KASN.\"\r\n"
            + "NTR-2022-017;2022-10-03;KIPP;recommended;2022-12-19;155;Gunawan Effendi;blocked;197109231997111001;Dinas Perumahan dan Permukiman;Kegiatan partai;\"Menjadi pengurus ranting partai; rekomendasi KASN tidak ditindaklanjuti, data kepegawaian diblokir BKN.\"\r\n"
            + "NTR-2022-014;2022-11-14;Bawaslu;sanctioned;;;Ratih Kusumawati;;197701162002022001;Dinas Perdagangan;Media sosial;\"Membagikan konten bakal calon di grup percakapan pedagang pasar; sanksi moral pernyataan terbuka.\"\r\n"
            + "NTR-2023-004;2023-04-03;internal;sanctioned;;;Wahyu Nugroho;;197503032001111001;Satuan Polisi Pamong Praja;Media sosial;\"Memberi tanda suka dan komentar pada unggahan partai politik; sanksi moral pernyataan tertutup.\"\r\n"
        #expect(file.bytes == Array(expected.utf8))
        // The host writes it into the working folder, never into the data folder.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("netra-export-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data"), home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let inData = ExportWriter.write(file, dataFolder: data, workingFolder: data, home: home)
        #expect(inData.path == home.appendingPathComponent(file.name).path)
        let again = ExportWriter.write(file, dataFolder: data, workingFolder: root, home: home)
        #expect(again.path == root.appendingPathComponent(file.name).path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again.path!)) == Data(file.bytes))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).isEmpty)
        replay.noteExport(path: again.path, failure: nil)
        #expect(replay.frame().lines.last!.contains("List saved to"))
    }

    @Test func whereAnExportWentIsReadableWhole() {
        var replay = Replay(model: demoModel(), options: .init(language: .id), size: Size(width: 120, height: 40))
        replay.run("5 f e Enter")
        let path = "/home/bkpsdm/laporan/netra-kasus-2023-05-23-100000.csv"
        replay.noteExport(path: path, failure: nil)
        let status = replay.frame().lines.last!
        #expect(status.contains(path), "\(status)")
        // The next key gives the line back to the filter and sort.
        replay.run("j")
        #expect(replay.frame().lines.last!.contains("f Saring"))
    }

    @Test func yCopiesTheNIPOrCaseIDButNotOnAKiosk() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("5 y")
        let firstCase = FrameRenderer(language: .en).layout(replay.session.model, state: replay.session.state, size: replay.session.size).rows.ids[0]
        guard case .case(let firstCase) = firstCase else { Issue.record("not a case: \(firstCase)"); return }
        #expect(firstCase.hasPrefix("NTR-"))
        #expect(replay.effects.last == .copy(Clipboard.Copy(firstCase)))
        // It says what it did: sent, not "copied" — the terminal may ignore OSC 52.
        #expect(replay.frame().lines.last!.contains("case ID \(firstCase) sent to the terminal to copy"), "\(replay.frame().lines.last!)")
        replay.run("2 y")
        // The first officer by name (titles ignored): the row the selection starts on.
        let first = FrameRenderer(language: .en).layout(replay.session.model, state: replay.session.state, size: replay.session.size).rows.ids[0].nip?.description ?? ""
        #expect(first.count == 18 && first.allSatisfy(\.isNumber))
        #expect(replay.effects.last == .copy(Clipboard.Copy(first)))
        #expect(Clipboard.Copy(first).bytes == Array("\u{1B}]52;c;\(Data(first.utf8).base64EncodedString())\u{07}".utf8))
        #expect(replay.frame().lines.last!.contains("NIP \(first) sent to the terminal to copy"))
        var kiosk = Replay(model: demoModel(), options: .init(kiosk: true))
        kiosk.run("y C-z e")
        #expect(kiosk.effects.isEmpty)
    }

    @Test func theCommandLineRunsActionsAndJumps() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run(":")
        replay.type("cases")
        replay.run("Enter")
        #expect(replay.session.state.view == .cases)
        replay.run("C-p")
        replay.type("197807192005011001")
        #expect(replay.frame().text.contains("197807192005011001 Andi Baso Ridwan"))
        replay.run("Enter")
        #expect(replay.session.state.view == .officers)
        #expect(replay.session.state.selection[.officers] == .officer("197807192005011001"))
        #expect(replay.session.state.showsDetail)
        replay.run("Esc :")
        replay.type("perhubungan")
        replay.run("Enter")
        #expect(replay.session.state.conditions[.officers] == [FieldCondition(key: "unit", value: "Dinas Perhubungan")])
    }
}
