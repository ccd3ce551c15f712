import Testing
@testable import NetraCore

@Suite struct OfficerReaderTests {
    @Test func indonesianExportWithBOMSemicolonsAndCRLF() throws {
        let text = "\u{FEFF}NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN;PARTAI;DAPIL\r\n"
            + "197003141996031001;Hendra Wijaya;Sekretariat Daerah;Kepala Bagian;IV/a;Bacaleg;Partai A;Balikpapan 2\r\n"
            + "198101052009011001;\"Saputra; Irwan\";Kecamatan;Kasi;III/d;-;;\r\n"
        let reading = RecordReaders.officers(bytes(text))
        #expect(reading.diagnostics.isEmpty)
        let roster = try #require(reading.value)
        #expect(roster.officers.count == 2)
        #expect(roster.officers[0].candidacy == .bacaleg)
        #expect(roster.officers[0].district == "Balikpapan 2")
        #expect(roster.officers[1].name == "Saputra; Irwan")
        #expect(roster.officers[1].candidacy == Candidacy.none)
        #expect(roster.officers.map(\.line) == [2, 3])
    }

    /// A title above the headings that holds another format's separator does not decide
    /// the file's separator: the heading line found below it does.
    @Test func aTitleWithSemicolonsAboveCommaHeadings() throws {
        let text = "Daftar Pegawai; Kota Balikpapan; Mei 2023\n"
            + "nip,name,unit,position,grade,candidacy\n"
            + "197003141996031001,\"Hendra Wijaya\",Sekretariat Daerah,Kepala Bagian,IV/a,bacaleg\n"
        let reading = RecordReaders.officers(bytes(text))
        let roster = try #require(reading.value)
        #expect(roster.officers.map(\.name) == ["Hendra Wijaya"])
        #expect(roster.officers.first?.unit == "Sekretariat Daerah")
        #expect(lines(reading.diagnostics) == ["officers.csv:1: warning: " + reading.diagnostics[0].message])
    }

    @Test func rowErrorsNameTheirPhysicalLineAndSkipTheRow() throws {
        let text = """
        nip,name,unit,position,grade,candidacy
        197003141996031001,"Two
        line name",U,P,III/a,dct
        1.98505E+17,B,U,P,III/a,none
        198101052009011001,C,U,P,III/a,calon
        197003141996031001,D,U,P,III/a,none
        198101052009011001,E,U,P,III/a,mundur
        """
        let reading = RecordReaders.officers(bytes(text))
        let out = lines(reading.diagnostics)
        #expect(out.count == 3)
        #expect(out[0].hasPrefix("officers.csv:4: error: nip '1.98505E+17' was turned into a number by a spreadsheet"))
        #expect(out[1].hasPrefix("officers.csv:5: error: unknown candidacy 'calon': expected one of none, bacaleg, dcs, dct, withdrawn"))
        #expect(out[2] == "officers.csv:6: error: duplicate nip 197003141996031001: already on line 2; this row is ignored")
        let roster = try #require(reading.value)
        #expect(roster.officers.map(\.name) == ["Two\nline name", "E"])
    }

    @Test func missingRequiredColumnMakesTheFileUnusable() {
        let reading = RecordReaders.officers(bytes("NIP;NAMA;JABATAN\n197003141996031001;A;B\n"))
        #expect(reading.value == nil)
        #expect(lines(reading.diagnostics) == ["officers.csv:1: error: missing required columns unit, grade; the heading line has 'NIP', 'NAMA', 'JABATAN'"])
    }

    @Test func unknownColumnsAreListedOnceAsAWarning() {
        let reading = RecordReaders.officers(bytes("no,nip,nama,unit,jabatan,gol,pencalonan,tempat lahir\n1,197003141996031001,A,U,P,III/a,,Balikpapan\n"))
        #expect(reading.value?.officers.count == 1)
        #expect(lines(reading.diagnostics) == ["officers.csv:1: warning: columns 'no', 'tempat lahir' not used by Netra (ignored)"])
    }

    @Test func retirementAgeAndEmployment() throws {
        let text = """
        nip,name,unit,position,grade,candidacy,bup,jenis pegawai
        197003141996031001,A,U,Perencana Ahli Madya,IV/a,,,
        197003141996031002,B,U,Staf,III/a,,60,PNS
        202106211996051201,C,U,Staf,IX,,,PPPK
        197003141996031003,D,U,Staf,III/a,,sixty,
        197003141996031004,E,U,Staf,III/a,,,honorer
        """
        let reading = RecordReaders.officers(bytes(text))
        let roster = try #require(reading.value)
        #expect(roster.officers.map(\.retirementAge) == [60, 60, 58])
        #expect(roster.officers[2].employment == .pppk)
        let out = lines(reading.diagnostics)
        #expect(out.count == 2)
        #expect(out[0].hasPrefix("officers.csv:5: error: bup 'sixty' must be a whole number"))
        #expect(out[1].hasPrefix("officers.csv:6: error: unknown jenis pegawai 'honorer': expected one of pns, pppk"))
    }

    @Test(arguments: [
        ([UInt8](), "file is empty"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "spreadsheet workbook"),
        ([0xFF, 0xFE, 0x4E, 0x00], "UTF-16"),
        (Array("nip,name\n1\0,2\n".utf8), "this line contains a NUL byte"),
    ])
    func filesThatAreNotCSVText(content: [UInt8], expected: String) {
        let reading = RecordReaders.officers(content)
        #expect(reading.value == nil)
        #expect(reading.diagnostics.count == 1)
        // A NUL is placed on its line like every other problem; the others are the whole file's.
        #expect(reading.diagnostics[0].line == (expected.contains("NUL") ? 2 : nil))
        #expect(reading.diagnostics[0].message.contains(expected))
    }

    @Test func unterminatedQuoteMakesTheFileUnusable() {
        let reading = RecordReaders.officers(bytes("nip,name,unit,position,grade,candidacy\n197003141996031001,\"A,U,P,III/a,\n"))
        #expect(reading.value == nil)
        #expect(lines(reading.diagnostics).first?.hasPrefix("officers.csv:2: error: a quoted value opened on line 2 is never closed") == true)
    }

    @Test func invalidUTF8IsAWarningAtItsFirstLine() throws {
        let content = bytes("nip,name,unit,position,grade,candidacy\n197003141996031001,A,U,P,III/a,\n197003141996031002,") + [0xC3, 0x28] + bytes(",U,P,III/a,\n")
        let reading = RecordReaders.officers(content)
        #expect(try #require(reading.value).officers[1].name == "\u{FFFD}(")
        #expect(lines(reading.diagnostics) == ["officers.csv:3: warning: text from line 3 on is not valid UTF-8 (shown as �): save the file as CSV UTF-8"])
    }

    @Test func repeatedValuesShareStorage() throws {
        var text = "nip,name,unit,position,grade,candidacy\n"
        for i in 1...3 { text += "19700314199603100\(i),N\(i),Dinas Pekerjaan Umum dan Penataan Ruang,P,III/a,\n" }
        let roster = try #require(RecordReaders.officers(bytes(text)).value)
        let storages = roster.officers.map { $0.unit.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } }
        #expect(Set(storages.compactMap { $0 }).count == 1)
    }
}

@Suite struct RetirementAndCaseReaderTests {
    @Test func retirementsInEveryDateForm() throws {
        let text = """
        NIP;JENIS;TANGGAL PENGAJUAN;TAHAP;TMT;NOMOR SK
        197003141996031001;Pensiun Dini;08/05/2023;Diverifikasi;01-07-2023;
        197003141996031002;pengunduran diri;2 Mei 2023;SK Terbit;2023-06-01;800/1
        197003141996031003;BUP;3 Apr 2023;dikirim ke bkn;;
        """
        let reading = RecordReaders.retirements(bytes(text))
        #expect(reading.diagnostics.isEmpty)
        let requests = try #require(reading.value)
        #expect(requests.map(\.kind) == [.early, .resignation, .age])
        #expect(requests.map(\.stage) == [.verified, .decreed, .sent])
        #expect(requests[0].effectiveOn == CivilDate(year: 2023, month: 7, day: 1))
        #expect(requests[1].filedOn == CivilDate(year: 2023, month: 5, day: 2))
        #expect(requests[2].effectiveOn == nil)
    }

    @Test func retirementProblems() {
        let text = """
        nip,kind,filed_on,stage,effective_on,decree_no
        197003141996031001,early,5/23/2023,filed,,
        197003141996031001,early,23/05/2023,sk terbit,01/05/2023,
        197003141996031001,leave,23/05/2023,filed,,
        """
        let out = lines(RecordReaders.retirements(bytes(text)).diagnostics)
        #expect(out.count == 4)
        #expect(out[0].hasPrefix("retirements.csv:2: error: filed_on '5/23/2023' looks like month/day order"))
        #expect(out[1] == "retirements.csv:3: warning: stage is decreed but decree_no is empty")
        #expect(out[2] == "retirements.csv:3: warning: effective_on is before filed_on")
        #expect(out[3].hasPrefix("retirements.csv:4: error: unknown kind 'leave': expected one of early, resignation, age"))
    }

    @Test func casesWithEmptyNIPAndQuotedSummaries() throws {
        let text = """
        nomor;nip;tanggal laporan;sumber;kategori;ringkasan;status;batas waktu
        NTR-1;198101052009011001;15 Mei 2023;Bawaslu;Kegiatan partai;"Hadir; berfoto ""dengan"" atribut";Klarifikasi;22/05/2023
        NTR-2;;22 Mei 2023;Masyarakat;Media sosial;Tidak diketahui;Baru;
        NTR-1;;22 Mei 2023;KIPP;x;y;baru;
        NTR-3;;22 Mei 2023;Koran;x;y;baru;
        """
        let reading = RecordReaders.cases(bytes(text))
        let cases = try #require(reading.value)
        #expect(cases.map(\.id) == ["NTR-1", "NTR-2"])
        #expect(cases[0].summary == "Hadir; berfoto \"dengan\" atribut")
        #expect(cases[0].status == .review)
        #expect(cases[1].nip == nil)
        #expect(cases[1].source == .public)
        let out = lines(reading.diagnostics)
        #expect(out[0] == "cases.csv:4: error: duplicate id 'NTR-1': already on line 2; this row is ignored")
        #expect(out[1].hasPrefix("cases.csv:5: error: unknown sumber 'Koran': expected one of bawaslu, kipp, public, internal"))
    }

    @Test func controlCharactersNeverReachAMessage() {
        let text = "id,nip,reported_on,source,category,summary,status\nX,,23/05/2023,\u{1B}[31mevil\u{202E},c,s,new\n"
        let message = RecordReaders.cases(bytes(text)).diagnostics.first { $0.severity == .error }?.message ?? ""
        #expect(!message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(message.contains("\u{FFFD}[31mevil\u{FFFD}"))
    }
}

/// `netra check` says what is wrong even where the screen copes (issue 14, item 6).
@Suite struct CheckSaysWhatIsWrongTests {
    @Test func aHeadingOnlyRosterIsAWarning() {
        let reading = RecordReaders.officers(bytes("nip;nama;unit kerja;jabatan;gol;pencalonan\n"))
        #expect(reading.value?.officers.isEmpty == true)
        #expect(reading.diagnostics.map { $0.message } == [Messages.rosterWithoutOfficers.text(.en)])
    }

    @Test func controlCharactersInANameAreNamedWithTheirLine() {
        let text = "nip;nama;unit kerja;jabatan;gol;pencalonan\n198101052009011001;Irwan \u{1B}[31mSaputra;Dinas A;Staf;III/a;\n"
        let reading = RecordReaders.officers(bytes(text))
        #expect(reading.value?.officers.count == 1)
        #expect(lines(reading.diagnostics).contains { $0.hasPrefix("officers.csv:2: warning: nama contains control characters") })
    }

    @Test func aNULByteInOneCellNamesItsLine() {
        var data = Array("nip;nama;unit kerja;jabatan;gol;pencalonan\n198101052009011001;Irwan;Dinas A;Staf;III/a;\n".utf8)
        data += Array("198208142007022001;Lina".utf8) + [0] + Array(";Dinas B;Staf;III/c;\n".utf8)
        let reading = RecordReaders.officers(data)
        #expect(lines(reading.diagnostics).contains { $0.hasPrefix("officers.csv:3: error: this line contains a NUL byte") })
        // A file of binary (many NULs) is still "not a text file".
        let binary = RecordReaders.officers([UInt8](repeating: 0, count: 100))
        #expect(binary.diagnostics.contains { $0.message.hasPrefix("this is not a text file") })
    }
}
