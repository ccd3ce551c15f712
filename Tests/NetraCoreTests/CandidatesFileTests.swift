import Foundation
import Testing
@testable import NetraCore

/// `candidates.csv` apart from the roster: the SIASN download as it comes, candidacies
/// kept by the office beside it, merged at read time.
@Suite struct CandidatesFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Sources")
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    /// The demo as it was before candidates.csv: one officers.csv with PENCALONAN,
    /// PARTAI, DAPIL, PEMILIHAN columns, and no candidates.csv.
    static func mergedFolder() throws -> [DataFile: String] {
        var files = DemoData.files
        files[.officers] = try fixture("merged-officers.csv")
        files[.candidates] = nil
        return files
    }

    @Test func aSIASNRosterWithCandidatesGivesTheAlertsOfTheMergedRoster() throws {
        let split = DataFolder.read(from: MemoryFiles(DemoData.files))
        let merged = DataFolder.read(from: MemoryFiles(try Self.mergedFolder()))
        #expect(split.diagnostics.errorCount == 0)
        #expect(merged.diagnostics.errorCount == 0)
        let now = DemoData.storyMoment
        let a = Situation(dataset: split.dataset, now: now), b = Situation(dataset: merged.dataset, now: now)
        #expect(!a.alerts.isEmpty)
        #expect(a.alerts == b.alerts)
        #expect(a.counts.candidates == b.counts.candidates)
        #expect(a.candidates.map(\.officer.nip) == b.candidates.map(\.officer.nip))
        // The candidacy fields every derivation reads are the same officer by officer.
        for officer in split.dataset.officers {
            let old = try #require(merged.dataset.roster[officer.nip])
            #expect(officer.candidacy == old.candidacy)
            #expect(officer.party == old.party)
            #expect(officer.district == old.district)
            #expect(officer.election == old.election)
        }
        let hasan = try #require(split.dataset.roster[NIP(value: 196805011993121001)])
        #expect(hasan.candidateRecord?.source == .selfReport)
        #expect(hasan.candidateRecord?.reportedOn == CivilDate(year: 2023, month: 5, day: 22))
        #expect(hasan.displayName == "Drs. Hasan Basri, M.Si.")
    }

    @Test func aRosterWithoutCandidacyAndNoCandidatesFileIsACityWithoutCandidates() {
        var files = DemoData.files
        files[.candidates] = nil
        let reading = DataFolder.read(from: MemoryFiles(files))
        #expect(reading.diagnostics.errorCount == 0)
        #expect(reading.unusableFiles.isEmpty)
        #expect(reading.dataset.officers.count == 40)
        #expect(!lines(reading.diagnostics).contains { $0.contains("candidacy") || $0.contains("candidates.csv") })
        let situation = Situation(dataset: reading.dataset, now: DemoData.storyMoment)
        #expect(situation.counts.candidates == 0)
        #expect(situation.candidates.isEmpty)
    }

    @Test func aConflictNamesBothLinesAndCandidatesWins() throws {
        var files = try Self.mergedFolder()
        // Hendra is on officers.csv:2 as bacaleg of Partai Nusantara Maju.
        files[.candidates] = """
        NIP,PENCALONAN,PARTAI
        197608222003122001,bacaleg,
        197003141996031001,dcs,Partai Karya Rakyat
        """
        let reading = DataFolder.read(from: MemoryFiles(files))
        let found = lines(reading.diagnostics).filter { $0.hasPrefix("candidates.csv") }
        #expect(found == [
            "candidates.csv:3: warning: candidates.csv:3 and officers.csv:2 disagree (candidacy 'bacaleg' ≠ 'dcs', party 'Partai Nusantara Maju' ≠ 'Partai Karya Rakyat'); Netra uses candidates.csv: correct or clear the roster's cell",
        ])
        let hendra = try #require(reading.dataset.roster[NIP(value: 197003141996031001)])
        #expect(hendra.candidacy == .dcs)
        #expect(hendra.party == "Partai Karya Rakyat")
        #expect(hendra.district == "Balikpapan 2")  // candidates.csv says nothing: the roster's stays
        let yuliana = try #require(reading.dataset.roster[NIP(value: 197608222003122001)])
        #expect(yuliana.party == "Partai Karya Rakyat")  // same candidacy, blank party: no conflict
        let indonesian = reading.diagnostics.first { $0.file == .candidates }?.formatted(language: .id)
        #expect(indonesian?.contains("candidates.csv:3 dan officers.csv:2 tidak sama") == true)
    }

    @Test func aCandidateNotOnTheRosterIsAnError() {
        var files = DemoData.files
        files[.candidates] = "NIP;NAMA;PENCALONAN\n199912312025011001;Fulan;bacaleg\n"
        let reading = DataFolder.read(from: MemoryFiles(files))
        #expect(lines(reading.diagnostics).contains(
            "candidates.csv:2: error: nip 199912312025011001 ('Fulan') is not in officers.csv: this candidate is not counted and no deadline is watched until the NIP is corrected or the officer is on the roster"))
    }

    @Test func everyProblemOfACandidateRowInItsOwnHeadings() {
        let text = "NIP;PENCALONAN;SUMBER;TANGGAL LAPOR;NOMOR URUT;DAFTAR\n19700314199603100;bacalg;Bawasl;31-02-2023;satu;DCX\n"
        let reading = RecordReaders.candidates(Array(text.utf8))
        #expect(lines(reading.diagnostics) == [
            "candidates.csv:2: error: NIP '19700314199603100' has 17 digits; a NIP has 18",
            "candidates.csv:2: error: unknown PENCALONAN 'bacalg' — did you mean 'bacaleg'?",
            // DCS and DCT are equally near: no guess, the list.
            "candidates.csv:2: warning: unknown DAFTAR 'DCX': expected one of dcs, dct (or daftar calon sementara, daftar calon tetap)",
            "candidates.csv:2: warning: NOMOR URUT 'satu' is not a list number (1, 2, 3 …); read as empty",
            "candidates.csv:2: warning: TANGGAL LAPOR '31-02-2023' is not a day on the calendar",
            "candidates.csv:2: warning: unknown SUMBER 'Bawasl' — did you mean 'bawaslu'?",
        ])
        #expect(reading.value?.isEmpty == true)
    }

    @Test func candidatesReReadWhenEitherFileChanges() throws {
        // The live reload keeps the last good outcome of each file and assembles them
        // again: a new candidates.csv alone re-merges into the unchanged roster.
        let roster = DataFolder.read(.officers, from: MemoryFiles(DemoData.files))
        let before = DataFolder.assemble([roster])
        #expect(Situation(dataset: before.dataset, now: DemoData.storyMoment).counts.candidates == 0)
        let candidates = DataFolder.read(.candidates, from: MemoryFiles(DemoData.files))
        let after = DataFolder.assemble([roster, candidates])
        #expect(Situation(dataset: after.dataset, now: DemoData.storyMoment).counts.candidates == 5)
    }
}
