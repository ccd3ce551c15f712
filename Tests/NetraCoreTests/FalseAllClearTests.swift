import Foundation
import Testing
@testable import NetraCore

/// Issue 14: the data must never read as "all is well" when it is not — candidates
/// without a schedule, a candidate's row skipped, a valid folder with critical matters.
@Suite struct FalseAllClearTests {
    func reading(_ replacing: [DataFile: String?]) -> FolderReading {
        var files = DemoData.files
        for (file, text) in replacing { files[file] = text }
        return DataFolder.read(from: MemoryFiles(files))
    }

    @Test func candidatesWithoutAScheduleAreAlerted() {
        let r = reading([.schedule: nil])
        let s = Situation(dataset: r.dataset, now: DemoData.storyMoment)
        let unknown = s.alerts.filter { $0.kind == .candidateDeadlineUnknown }
        let undecreed = s.candidates.filter { $0.request?.stage != .decreed }
        #expect(!unknown.isEmpty)
        #expect(Set(unknown.compactMap(\.nip)) == Set(undecreed.map(\.officer.nip)))
        #expect(unknown.allSatisfy { $0.severity == .warning && $0.election == nil })
        // The file itself is named, and says what its absence means.
        let missing = r.diagnostics.first { $0.file == .schedule }
        #expect(missing?.text.text(.id) == "berkas tidak ditemukan: tidak ada tahapan pemilihan untuk dihitung mundur, dan tenggat pengunduran diri calon tidak dapat diperiksa")
    }

    @Test func anElectionWithoutDeadlineAlertsItsCandidates() {
        let schedule = DemoData.files[.schedule]!
            .replacingOccurrences(of: "resignation_deadline = \"pencermatan-dct\"", with: "")
        let r = reading([.schedule: schedule])
        let s = Situation(dataset: r.dataset, now: DemoData.storyMoment)
        #expect(s.alerts.contains { $0.kind == .candidateDeadlineUnknown && $0.election == "pileg-2024" })
    }

    @Test func aCandidatesSkippedRowIsNamed() throws {
        let officers = LegacyDemo.officers.replacingOccurrences(of: "197003141996031001;Hendra", with: "1,98505E+17;Hendra")
        let r = reading([.officers: officers])
        let skipped = try #require(r.skippedCandidates.first)
        #expect(r.skippedCandidates.count == 1)
        #expect(skipped.skippedCandidate == .init(name: "Hendra Wijaya", candidacy: .bacaleg))
        #expect(skipped.line == 2)
        #expect(skipped.text.text(.id).hasPrefix("baris dilewati: Hendra Wijaya (bacaleg) tidak terhitung sebagai calon — NIP '1,98505E+17' diubah menjadi angka"))
        #expect(skipped.text.text(.en).hasPrefix("row skipped: Hendra Wijaya (bacaleg) is not counted as a candidate — NIP '1,98505E+17' was turned"))
        // A row that is not a candidate's is an ordinary error.
        let plain = LegacyDemo.officers.replacingOccurrences(of: "196503101990031002;", with: "1,96503E+17;")
        #expect(reading([.officers: plain]).skippedCandidates.isEmpty)
    }

    @Test func checkTextEndsWithWhatNeedsActionAndCanFailOnCritical() {
        let r = reading([:])
        let report = CheckReport(folder: ".", reading: r, now: DemoData.storyMoment)
        let critical = report.situation.alerts.filter { $0.severity == .critical }.count
        #expect(critical > 0)
        #expect(report.exitCode == 0)
        #expect(report.exitCode(failOn: .errors) == 0)
        #expect(report.exitCode(failOn: .critical) == 1)
        let id = report.text(.id).split(separator: "\n").map(String.init)
        #expect(id[id.count - 3].hasSuffix("0 kesalahan, 1 peringatan"))
        // The overdue cases, each under the deadline it missed, the same set the overview counts.
        #expect(id[id.count - 2] == "kasus lewat batas: 4 — Bawaslu 1 (NTR-2023-001) · rekomendasi KASN/BKN 1 (NTR-2023-005) · "
            + "keputusan PPK 2 (NTR-2022-017, NTR-2023-006)")
        #expect(id.last!.hasPrefix("perlu tindakan: \(critical) kritis ("))
        let en = report.text(.en).split(separator: "\n").map(String.init)
        #expect(en.last!.hasPrefix("needs action: \(critical) critical ("))
        #expect(en.first!.hasPrefix("officers.csv:21: warning: retirement age 58 reached"))
        #expect(id.first!.hasPrefix("officers.csv:21: warning: BUP 58 tahun tercapai"))
    }

    @Test func jsonKeepsItsFieldsAndCarriesBothLanguages() throws {
        let report = CheckReport(folder: "demo", reading: reading([.schedule: nil]), now: DemoData.storyMoment)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json(.id).utf8)) as? [String: Any])
        #expect(json["language"] as? String == "id")
        let problem = try #require((json["problems"] as? [[String: Any]])?.first { $0["file"] as? String == "schedule.toml" })
        #expect(problem["severity"] as? String == "warning")
        #expect((problem["message"] as? String)?.hasPrefix("berkas tidak ditemukan") == true)
        let both = try #require(problem["messages"] as? [String: String])
        #expect(both["en"]?.hasPrefix("file not found") == true)
        let counts = try #require(json["alertCounts"] as? [String: Int])
        #expect(counts["warning"]! >= 1)
        let english = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(english["language"] as? String == "en")
    }
}
