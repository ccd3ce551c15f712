import Foundation
import Testing
@testable import NetraCore

/// The BUP table (PP 11/2017 Pasal 239–240, UU 14/2005) and the TMT rule, from the
/// regulations' own examples.
@Suite struct RetirementAgeTests {
    func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }

    @Test(arguments: [
        // JPT Pratama posts of a kota, named without the words "Pimpinan Tinggi".
        ("Sekretaris Daerah", 60), ("Asisten Perekonomian dan Pembangunan", 60), ("Staf Ahli Wali Kota Bidang Hukum", 60),
        ("Kepala Dinas Perhubungan", 60), ("Kepala Badan Pendapatan Daerah", 60), ("Inspektur", 60),
        ("Sekretaris DPRD", 60), ("Kepala Satuan Polisi Pamong Praja", 60),
        // "JPT" or "Pimpinan Tinggi" anywhere in the title.
        ("Staf Ahli Wali Kota (JPT Pratama)", 60), ("Jabatan Pimpinan Tinggi Pratama", 60),
        // Eselon III and below, and look-alikes.
        ("Inspektur Pembantu Wilayah II", 58), ("Sekretaris Dinas Kesehatan", 58), ("Camat Balikpapan Timur", 58),
        ("Kepala Bagian Umum", 58), ("Kepala Bidang Mutasi", 58), ("Kepala UPTD Parkir", 58), ("Lurah Damai", 58),
        ("Asisten Apoteker", 58), ("Kepala Seksi Angkutan", 58),
        // Functional posts and teachers.
        ("Perencana Ahli Utama", 65), ("Perencana Ahli Madya", 60), ("Pranata Komputer Ahli Muda", 58), ("Analis Ahli Pertama", 58),
        ("Guru Ahli Muda", 60), ("Guru Ahli Pertama", 60), ("Guru Kelas", 60), ("Dosen", 65), ("Lektor Kepala", 65),
        ("Profesor", 70), ("Guru Besar", 70),
        // An acting title never raises the age.
        ("Plt. Kepala Dinas Pendidikan", 58), ("Pj. Sekretaris Daerah", 58), ("Plh Kepala Badan Kepegawaian", 58),
        ("Pengadministrasi Umum", 58), ("", 58),
    ] as [(String, Int)])
    func ageByPosition(_ position: String, _ age: Int) {
        #expect(RetirementAge.implied(byPosition: position) == age, "\(position)")
    }

    @Test func rulesSayWhy() {
        #expect(RetirementAge.rule(forPosition: "Plt. Kepala Dinas") == .acting)
        #expect(RetirementAge.rule(forPosition: "Kepala Dinas Lingkungan Hidup") == .jptPratamaTitle)
        #expect(RetirementAge.rule(forPosition: "Staf Ahli Wali Kota (JPT Pratama)") == .jpt)
        #expect(RetirementAge.rule(forPosition: "Guru Ahli Muda") == .teacher)
    }

    @Test func tmtIsTheFirstOfTheMonthAfterTheBirthday() {
        // The examples of domain practice: 15 Mar 1966 and 1 Mar 1966 → 1 Apr 2024.
        #expect(RetirementAge.effectiveDate(born: d(1966, 3, 15), age: 58) == d(2024, 4, 1))
        #expect(RetirementAge.effectiveDate(born: d(1966, 3, 1), age: 58) == d(2024, 4, 1))
        #expect(RetirementAge.effectiveDate(born: d(1966, 3, 31), age: 58) == d(2024, 4, 1))
        #expect(RetirementAge.effectiveDate(born: d(1965, 12, 31), age: 58) == d(2024, 1, 1))
        // 29 February: the birthday month is February even in a common year.
        #expect(RetirementAge.effectiveDate(born: d(1964, 2, 29), age: 60) == d(2024, 3, 1))
        #expect(RetirementAge.effectiveDate(born: d(1964, 2, 29), age: 58) == d(2022, 3, 1))
    }

    @Test func officersFromTheRegulationsExamples() {
        let teacher = Officer(nip: nip("197608222003122001"), name: "Guru", position: "Guru Ahli Muda",
                              retirementAge: RetirementAge.implied(byPosition: "Guru Ahli Muda"))
        #expect(teacher.ageRetirementDate == d(2036, 9, 1))  // 58 would say 1 Sep 2034
        let head = Officer(nip: nip("197006101995031001"), name: "Kadis",
                           retirementAge: RetirementAge.implied(byPosition: "Kepala Dinas Perhubungan"))
        #expect(head.ageRetirementDate == d(2030, 7, 1))
    }

    @Test func readerInfersAndWarnsOnActingTitles() throws {
        let csv = """
        nip,name,unit,position,grade,candidacy,bup
        197006101995031001,A,Dishub,Kepala Dinas Perhubungan,IV/c,,
        197006101995031002,B,Disdik,Plt. Kepala Dinas Pendidikan,IV/b,,
        197006101995031003,C,Disdik,Plt. Kepala Dinas Pendidikan,IV/b,,60
        197006101995031004,D,Disdik,Guru Ahli Muda,III/c,,
        """
        let reading = RecordReaders.officers(bytes(csv))
        #expect(lines(reading.diagnostics) == [
            "officers.csv:3: warning: position 'Plt. Kepala Dinas Pendidikan' is an acting title (Plt./Pj./Plh.): the retirement age is that of the officer's own post, which the title does not tell; read as 58 — fill bup",
        ])
        let officers = try #require(reading.value).officers
        #expect(officers.map(\.retirementAge) == [60, 58, 60, 60])
        #expect(officers.map(\.retirementAgeRule) == [.jptPratamaTitle, .acting, nil, .teacher])
        let notes = CheckFindings.notes(Dataset(roster: try #require(reading.value)))
        #expect(lines(notes) == [
            "officers.csv: warning: bup is empty for 3 officers: retirement age inferred from the position — 1 × 58 (acting title, never raised), 1 × 60 (guru), 1 × 60 (JPT Pratama post of a kota); fill bup to state it",
        ])
    }

    @Test func pppkWorkAgreementEndsAtTheRetirementAge() {
        let pppk = Officer(nip: NIP(value: 199_104_172_022_211_004), name: "P", employment: .pppk)
        #expect(pppk.ageRetirementDate == nil)
        #expect(pppk.workAgreementEndDate == d(2049, 5, 1))
        #expect(PensionAssessment(officer: pppk, on: d(2023, 10, 3)).verdict == .notApplicable)
        // Digits 1–8 that are no date: nothing is derived.
        #expect(Officer(nip: NIP(value: 202_113_211_996_051_201), name: "Q", employment: .pppk).workAgreementEndDate == nil)
        // A PNS has no work agreement.
        #expect(Officer(nip: candidateNIP, name: "R").workAgreementEndDate == nil)
    }
}
