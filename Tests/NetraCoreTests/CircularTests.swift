import Foundation
import Testing
@testable import NetraCore

/// Circulars, acknowledgements and the units they are matched to.
@Suite struct CircularTests {
    static let officers = """
    nip,name,unit,position,grade,candidacy
    197003141996031001,A,Sekretariat Daerah,Staf,III/a,
    197608222003122001,B,Sekretariat Daerah,Staf,III/a,
    198101052009011001,C,Kecamatan Balikpapan Kota,Staf,III/a,
    197807192005011001,D,Kelurahan Damai,Staf,III/a,
    196507091988031001,E,Dinas Kesehatan,Staf,III/a,
    196602111989122001,F,Dinas Kesehatan,Staf,III/a,
    196309041987031001,G,Dinas Kesehatan,Staf,III/a,
    198804272015032001,H,Satuan Polisi Pamong Praja,Staf,III/a,

    """

    static let circulars = """
    id,number,issuer,issued_on,subject,follows,due_on,applies_to,asks_pact
    KPU,1/KPU,KPU,02/05/2023,Netralitas,,,Setda,no
    WK,2/WK,Wali Kota,09/05/2023,Pakta,KPU,19/05/2023,,yes

    """

    func reading(acks: String, circulars: String = CircularTests.circulars, officers: String = CircularTests.officers) -> FolderReading {
        Self.ownProblems(DataFolder.read(from: MemoryFiles([.officers: officers, .circulars: circulars, .acknowledgements: acks])))
    }

    /// Only the problems of the two files under test (the others are simply absent here).
    static func ownProblems(_ r: FolderReading) -> FolderReading {
        var r = r
        r.diagnostics = r.diagnostics.filter { $0.file == .circulars || $0.file == .acknowledgements }
        return r
    }

    @Test func unitNamesCompareForgivingly() {
        let key = { UnitNames.key($0, region: "Kota Balikpapan") }
        #expect(key("Kecamatan Balikpapan Kota") == key("KEC. BALIKPAPAN KOTA"))
        #expect(key("Kecamatan Balikpapan Kota") == key("kec balikpapan-kota"))
        #expect(key("Kecamatan Balikpapan Kota") != key("Kecamatan Balikpapan Tengah"))
        #expect(key("Kelurahan Damai") == key("Kel. Damai"))
        #expect(key("Sekretariat Daerah") == key("Setda"))
        #expect(key("Sekretariat Daerah") == key("Sekretariat Daerah Kota Balikpapan"))
        #expect(key("Dinas Kesehatan") == key("Din. Kesehatan"))
        #expect(key("Dinas Kesehatan") == key("Dinkes"))
        #expect(key("Dinas Pendidikan dan Kebudayaan") == key("Dinas Pendidikan & Kebudayaan"))
        #expect(key("Satuan Polisi Pamong Praja") == key("Satpol PP"))
        #expect(key("Badan Kepegawaian dan Pengembangan SDM") == key("BKPSDM"))
        #expect(key("Badan Kepegawaian dan Pengembangan SDM") == key("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"))
        #expect(key("Sekretariat DPRD") == key("Setwan"))
        #expect(UnitNames.distance("kitten", "sitting") == 3)
        #expect(UnitNames.distance("", "abc") == 3)
    }

    @Test func theDirectoryMergesSpellingsAndCountsHeads() {
        let roster = RecordReaders.officers(bytes(Self.officers + "199203052018062001,I,Kec. Balikpapan Kota,Staf,II/d,\n")).value!
        let directory = UnitDirectory(roster: roster, region: "Kota Balikpapan")
        #expect(directory.units.map(\.name) == ["Dinas Kesehatan", "Kecamatan Balikpapan Kota", "Kelurahan Damai",
                                                "Satuan Polisi Pamong Praja", "Sekretariat Daerah"])
        #expect(directory.units.map(\.headcount) == [3, 2, 1, 1, 2])
        #expect(directory.resolve("kec. balikpapan kota") == 1)
        #expect(directory.resolve("Dinas Kesehatan Kota Balikpapan") == 0)
        #expect(directory.resolve("Dinas Kesehatn") == nil)
        #expect(directory.nearest(to: "Dinas Kesehatn")?.name == "Dinas Kesehatan")
        #expect(directory.nearest(to: "Kelurahan Damay")?.name == "Kelurahan Damai")
    }

    @Test func completionCountsAndLateness() throws {
        let acks = """
        circular,unit,received_on,passed_on,pact_signed_on,signed_count,apel_on,note
        KPU,Sekretariat Daerah,03/05/2023,08/05/2023,,,,
        WK,Setda,09/05/2023,10/05/2023,12/05/2023,,,
        WK,Dinkes,10/05/2023,11/05/2023,,3,,
        WK,Kec. Balikpapan Kota,10/05/2023,11/05/2023,,,,
        WK,Satpol PP,10/05/2023,,,,,
        WK,Kelurahan Damai,,,,0,,

        """
        let r = reading(acks: acks)
        #expect(r.diagnostics.isEmpty)
        let before = CircularLedger(r.dataset, today: CivilDate(year: 2023, month: 5, day: 19))
        let after = CircularLedger(r.dataset, today: CivilDate(year: 2023, month: 5, day: 20))
        #expect(before.entries.map(\.circular.id) == ["KPU", "WK"])
        #expect(before.entries.map(\.depth) == [0, 1])
        #expect(before.entries[1].parent == 0)
        // KPU asks no pact: passing it on is done. WK: pact date (Setda), all three signed (Dinkes).
        #expect(before.entries[0].done == 1 && before.entries[0].due == 1)
        let wk = before.entries[1]
        #expect(wk.due == 5 && wk.done == 2 && wk.late == 0 && wk.daysToDue == 0)
        let progress = Dictionary(uniqueKeysWithValues: wk.units.map { (before.directory.units[$0.unit].name, $0.progress) })
        #expect(progress == ["Sekretariat Daerah": .done, "Dinas Kesehatan": .done, "Kecamatan Balikpapan Kota": .passedOn,
                             "Satuan Polisi Pamong Praja": .received, "Kelurahan Damai": .none])
        // The day after the due date the three not done are late.
        let late = after.entries[1]
        #expect(late.late == 3 && late.daysToDue == -1)
        #expect(late.units.filter(\.isLate).map { after.directory.units[$0.unit].name }.sorted()
                == ["Kecamatan Balikpapan Kota", "Kelurahan Damai", "Satuan Polisi Pamong Praja"])
        // A partly signed pact: fewer signatures than officers.
        let partly = reading(acks: "circular,unit,signed_count\nWK,Dinas Kesehatan,2\n")
        let entry = CircularLedger(partly.dataset, today: nil).entries[1]
        #expect(entry.units.first { $0.acknowledgement != nil }?.progress == .partlySigned(2))
    }

    @Test func badRowsAreReportedWithTheirLineAndTheRestIsUsed() throws {
        let acks = """
        circular,unit,received_on,passed_on,pact_signed_on,signed_count
        WK,Setda,09/05/2023,10/05/2023,12/05/2023,
        XX,Setda,09/05/2023,,,
        WK,Dinas Kesehatn,09/05/2023,,,
        WK,Sekretariat Daerah,10/05/2023,,,
        WK,Kelurahan Damai,01/05/2023,,,
        WK,Dinkes,zz,11/05/2023,,abc
        KPU,Dinkes,03/05/2023,,,
        ,Dinkes,,,,

        """
        let r = reading(acks: acks)
        #expect(lines(r.diagnostics) == [
            "acknowledgements.csv:3: warning: circular 'XX' is not in circulars.csv (known: 'KPU', 'WK'); this row is not counted",
            "acknowledgements.csv:4: warning: unit 'Dinas Kesehatn' matches no unit of officers.csv; nearest known unit: 'Dinas Kesehatan'; this entry is not counted",
            "acknowledgements.csv:5: warning: unit 'Sekretariat Daerah' already answered circular 'WK' on line 2; this row is ignored",
            "acknowledgements.csv:6: warning: received_on is before circular 'WK' was issued (2023-05-09): check the date",
            "acknowledgements.csv:7: warning: received_on 'zz' is not a date: write 23/05/2023, 2023-05-23 or 23 Mei 2023",
            "acknowledgements.csv:7: warning: signed_count 'abc' is not a whole number; read as empty",
            "acknowledgements.csv:8: warning: unit 'Dinas Kesehatan' is not among the units circular 'KPU' applies to; counted anyway",
            "acknowledgements.csv:9: error: circular is empty",
        ])
        let ledger = CircularLedger(r.dataset, today: CivilDate(year: 2023, month: 5, day: 23))
        let wk = ledger.entries[1]
        // Setda (line 2) done; Dinkes (line 7, bad cells left empty) passed on; Damai received.
        #expect(wk.done == 1)
        #expect(wk.units.compactMap(\.acknowledgement?.line).sorted() == [2, 6, 7])
        #expect(ledger.entries[0].due == 2)
    }

    @Test func circularsFileProblems() {
        let text = """
        kode;nomor;penerbit;tanggal;perihal;menindaklanjuti;batas waktu;berlaku untuk;wajib pakta
        A;1;KPU;02/05/2023;x;;01/05/2023;Setda|Unit Tak Dikenal;mungkin
        A;2;KPU;03/05/2023;x;;;;
        B;3;Wali Kota;bukan tanggal;x;;;;
        C;4;Bupati Lain;04/05/2023;x;Z;;;

        """
        let r = Self.ownProblems(DataFolder.read(from: MemoryFiles([.officers: Self.officers, .circulars: text])))
        #expect(lines(r.diagnostics) == [
            "circulars.csv:2: warning: batas waktu is before tanggal: check both dates",
            "circulars.csv:2: warning: wajib pakta 'mungkin' is not yes or no (ya/tidak); read as empty",
            "circulars.csv:2: warning: unit 'Unit Tak Dikenal' matches no unit of officers.csv; nearest known unit: 'Dinas Kesehatan'; this entry is not counted",
            "circulars.csv:3: error: duplicate circular id 'A': already used on line 2; this row is ignored",
            "circulars.csv:4: error: tanggal 'bukan tanggal' is not a date: write 23/05/2023, 2023-05-23 or 23 Mei 2023",
            "circulars.csv:5: warning: follows 'Z', which is not an id of circulars.csv: the chain is shown without it",
        ])
        #expect(r.dataset.circulars.map(\.id) == ["A", "C"])
        #expect(r.dataset.circulars[0].appliesTo == ["Setda", "Unit Tak Dikenal"])
        #expect(r.dataset.circulars[0].issuerKind == .kpu && r.dataset.circulars[1].issuerKind == nil)
    }

    @Test func aLoopOfFollowsStillShowsEveryCircular() {
        let text = "id,issued_on,follows\nA,01/05/2023,B\nB,02/05/2023,A\nC,03/05/2023,\n"
        let r = DataFolder.read(from: MemoryFiles([.officers: Self.officers, .circulars: text]))
        let ledger = CircularLedger(r.dataset, today: nil)
        #expect(Set(ledger.entries.map(\.circular.id)) == ["A", "B", "C"])
        #expect(ledger.entries.count == 3)
    }

    @Test func missingFilesAreNotProblems() {
        let r = DataFolder.read(from: MemoryFiles([.officers: Self.officers]))
        #expect(!r.diagnostics.contains { $0.file == .circulars || $0.file == .acknowledgements })
        #expect(Situation(dataset: r.dataset, now: DemoData.storyMoment).circulars.entries.isEmpty)
        #expect(CircularProgress.current(Situation(dataset: r.dataset, now: DemoData.storyMoment)) == nil)
    }

    @Test func theDemosCurrentCircular() throws {
        let r = DataFolder.read(from: MemoryFiles(DemoData.files))
        #expect(r.diagnostics.isEmpty)
        let s = Situation(dataset: r.dataset, now: DemoData.storyMoment)
        #expect(s.units.units.count >= 20)
        let progress = try #require(CircularProgress.current(s))
        #expect(progress.circularID == "SE-WALIKOTA-2023")
        #expect(progress.due == s.units.units.count)
        #expect(progress.done == 14 && progress.late == 14 && progress.daysToDue == -4)
        #expect(progress.lateUnits.contains("Dinas Pekerjaan Umum") && !progress.lateUnits.contains("Sekretariat Daerah"))
        #expect(s.circulars.entries.map(\.circular.id) == ["SE-KPU-2023", "SE-WALIKOTA-2023"])
        #expect(s.circulars.entries[0].isComplete)
    }

    @Test func unitSummariesGatherEachUnitsMatters() throws {
        let r = DataFolder.read(from: MemoryFiles(DemoData.files))
        let s = Situation(dataset: r.dataset, now: DemoData.storyMoment)
        let units = UnitSummary.all(s)
        let transport = try #require(units.first { $0.name == "Dinas Perhubungan" })
        #expect(transport.headcount == 3 && transport.candidates == 1 && transport.candidatesWithoutDecree == 1)
        #expect(transport.openCases == 1 && transport.caseIDs == ["NTR-2023-002"])
        let setda = try #require(units.first { $0.name == "Sekretariat Daerah" })
        #expect(setda.pendingRetirements == 1 && setda.officersWithMatters == [nip("197003141996031001")])
        #expect(units.reduce(0) { $0 + $1.headcount } == s.counts.officers)
    }
}
