import Foundation
import Testing
@testable import NetraCore

/// The date a case must meet where it is now: Bawaslu's while it is there, the
/// recommendation's once forwarded, the PPK's once recommended or blocked, none once
/// settled (`CaseState.stageDue`).
@Suite struct CaseStageDueTests {
    func demo(_ settings: String? = nil) -> Situation {
        var files = DemoData.files
        if let settings { files[.settings] = settings }
        return Situation(dataset: DataFolder.read(from: MemoryFiles(files)).dataset, now: DemoData.storyMoment)
    }

    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test func eachStageHasItsOwnDate() throws {
        let cases = Dictionary(uniqueKeysWithValues: demo().cases.map { ($0.item.id, $0) })
        func stageDue(_ id: String) throws -> CivilDate? { try #require(cases[id]).stageDue }
        // With Bawaslu: the due_on column, else reported + case_due_days (7).
        #expect(try stageDue("NTR-2023-001") == day(2023, 5, 22))
        #expect(try stageDue("NTR-2023-003") == day(2023, 5, 29))
        // Forwarded on 13 Feb 2023: a recommendation is expected within forwarded_days (30).
        #expect(cases["NTR-2023-005"]?.stage == .forwarded)
        #expect(try stageDue("NTR-2023-005") == day(2023, 3, 15))
        #expect(cases["NTR-2023-005"]?.due == day(2023, 2, 13))  // Bawaslu's, kept for its own rules
        // Recommended on 5 May 2023: the PPK decides within ppk_days (14).
        #expect(try stageDue("NTR-2023-006") == day(2023, 5, 19))
        // Blocked: the PPK's date that was missed.
        #expect(try stageDue("NTR-2022-017") == day(2022, 12, 19))
        // Decided: nothing left to meet.
        #expect(try stageDue("NTR-2022-014") == nil)
        #expect(try #require(cases["NTR-2023-006"]).daysPastStageDue(today: day(2023, 5, 23)) == 4)
        #expect(try #require(cases["NTR-2022-014"]).daysPastStageDue(today: day(2023, 5, 23)) == 0)
    }

    @Test func theDatesFollowTheSettings() {
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "ppk_days = 14", with: "ppk_days = 3")
            .replacingOccurrences(of: "forwarded_days = 30", with: "forwarded_days = 60")
        let cases = Dictionary(uniqueKeysWithValues: demo(settings).cases.map { ($0.item.id, $0) })
        #expect(cases["NTR-2023-005"]?.stageDue == day(2023, 4, 14))
        #expect(cases["NTR-2023-006"]?.stageDue == day(2023, 5, 8))
    }
}
