import Testing
@testable import NetraCore

@Suite struct VocabularyTests {
    @Test(arguments: ["GOL/RUANG", "gol ruang", "Gol_Ruang", "gol-ruang", "golongan", "GRADE", "Gol"])
    func gradeHeadings(_ heading: String) {
        #expect(OfficerColumn.parse(heading) == .grade)
    }

    @Test func officerHeadingsFromIndonesianExports() {
        let headings = ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL/RUANG", "PENCALONAN", "PARTAI", "DAPIL", "BUP", "JENIS PEGAWAI", "OPD"]
        #expect(headings.map(OfficerColumn.parse) == [.nip, .name, .unit, .position, .grade, .candidacy, .party, .district, .retirementAge, .employment, .unit])
        #expect(OfficerColumn.parse("retirement_age") == .retirementAge)
        #expect(OfficerColumn.parse("tempat lahir") == nil)
    }

    @Test func enumeratedValuesAndAliases() {
        #expect(Candidacy.parse("DCT") == .dct)
        #expect(Candidacy.parse("-") == Candidacy.none)
        #expect(Candidacy.parse("Mundur") == .withdrawn)
        #expect(Candidacy.parse("batal") == .withdrawn)
        #expect(Candidacy.parse("Bakal Calon") == .bacaleg)
        #expect(CaseSource.parse("Bawaslu") == .bawaslu)
        #expect(CaseSource.parse("masyarakat") == .public)
        #expect(RequestKind.parse("Pensiun Dini") == .early)
        #expect(RequestKind.parse("pensiun_dini") == .early)
        #expect(RequestKind.parse("PENGUNDURAN-DIRI") == .resignation)
        #expect(RequestStage.parse("SK Terbit") == .decreed)
        #expect(RequestStage.parse("sk_terbit") == .decreed)
        #expect(RequestStage.parse("Dikirim ke BKN") == .sent)
        #expect(CaseStatus.parse("Klarifikasi") == .review)
        #expect(CaseStatus.parse("ditolak") == .dismissed)
        #expect(Candidacy.parse("calon") == nil)
    }

    @Test func acceptedListNamesCanonicalValuesFirst() {
        #expect(Candidacy.acceptedList.hasPrefix("none, bacaleg, dcs, dct, withdrawn, bakal paslon, paslon (or "))
        #expect(Candidacy.acceptedList.contains("mundur"))
    }
}
