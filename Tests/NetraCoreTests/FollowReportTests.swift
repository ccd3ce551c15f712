import Foundation
import Testing
@testable import NetraCore

/// `netra check --format json` carries each case's derived stage and each circular's
/// completion; the watcher notices the two new files.
@Suite struct FollowReportTests {
    func demoJSON() throws -> [String: Any] {
        let reading = DataFolder.read(from: MemoryFiles(DemoData.files))
        let report = CheckReport(folder: "demo", reading: reading, now: DemoData.storyMoment)
        return try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    }

    @Test func casesCarryTheirStage() throws {
        let cases = try #require(try demoJSON()["cases"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: cases.map { ($0["id"] as! String, $0) })
        #expect(byID["NTR-2023-001"]?["stage"] as? String == "at_bawaslu")
        #expect(byID["NTR-2023-002"]?["stage"] as? String == "reported")
        #expect(byID["NTR-2023-005"]?["stage"] as? String == "forwarded")
        #expect(byID["NTR-2023-005"]?["channel"] as? String == "SiapNet")
        let recommended = try #require(byID["NTR-2023-006"])
        #expect(recommended["stage"] as? String == "recommended")
        #expect(recommended["ppkDue"] as? String == "2023-05-19")
        #expect(recommended["sanction"] as? String == "sedang")
        #expect(byID["NTR-2022-014"]?["stage"] as? String == "decided")
        #expect(byID["NTR-2022-014"]?["open"] as? Bool == false)
        #expect(byID["NTR-2022-017"]?["stage"] as? String == "blocked")
        #expect(byID["NTR-2022-017"]?["blocked"] as? Bool == true)
    }

    @Test func circularsCarryTheirCompletion() throws {
        let circulars = try #require(try demoJSON()["circulars"] as? [[String: Any]])
        #expect(circulars.map { $0["id"] as? String } == ["SE-KPU-2023", "SE-WALIKOTA-2023"])
        let mayor = circulars[1]
        #expect(mayor["follows"] as? String == "SE-KPU-2023")
        #expect(mayor["unitsDone"] as? Int == 14 && mayor["unitsLate"] as? Int == 14 && mayor["unitsDue"] as? Int == 28)
        #expect(mayor["daysToDue"] as? Int == -4)
        let units = try #require(mayor["units"] as? [[String: Any]])
        let education = try #require(units.first { $0["unit"] as? String == "Dinas Pendidikan dan Kebudayaan" })
        #expect(education["state"] as? String == "partly_signed" && education["signedCount"] as? Int == 2)
        #expect(education["headcount"] as? Int == 3 && education["late"] as? Bool == true)
    }

    @Test func theWatcherNoticesTheNewFiles() throws {
        let w = try WatchedFolder()
        try "id,issued_on\nA,01/05/2023\n".write(toFile: w.path(.circulars), atomically: false, encoding: .utf8)
        #expect(w.log.wait { $0.contains(.circulars) })
        try "circular,unit\nA,Inspektorat\n".write(toFile: w.path(.acknowledgements), atomically: true, encoding: .utf8)
        #expect(w.log.wait { $0.contains(.acknowledgements) })
        let state = w.live.reload([.circulars, .acknowledgements], at: Date(), settled: true)
        #expect(state.reading.dataset.circulars.map(\.id) == ["A"])
        #expect(state.reading.dataset.acknowledgements.map(\.unit) == ["Inspektorat"])
    }
}
