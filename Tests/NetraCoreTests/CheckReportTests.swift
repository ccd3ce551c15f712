import Foundation
import Testing
@testable import NetraCore

/// `netra check --format json` carries what the rules decided: each officer's
/// retirement date and where its age came from, and each election's deadlines.
@Suite struct CheckReportTests {
    func demoJSON() throws -> [String: Any] {
        let reading = DataFolder.read(from: MemoryFiles(DemoData.files))
        let report = CheckReport(folder: "demo", reading: reading, now: DemoData.storyMoment)
        return try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    }

    @Test func officersCarryTheirRetirementDateAndItsSource() throws {
        let officers = try #require(try demoJSON()["officers"] as? [[String: Any]])
        #expect(officers.count == 40)
        let byNIP = Dictionary(uniqueKeysWithValues: officers.map { ($0["nip"] as! String, $0) })
        let teacher = try #require(byNIP["197608222003122001"])
        #expect(teacher["retirementDate"] as? String == "2036-09-01")
        #expect(teacher["retirementAgeSource"] as? String == "inferred")
        #expect(teacher["retirementAgeRule"] as? String == "teacher")
        let kadis = try #require(byNIP["196309041987031001"])
        #expect(kadis["retirementAge"] as? Int == 60)
        // The SIASN roster has no BUP column: a Kepala Dinas is a JPT Pratama post.
        #expect(kadis["retirementAgeSource"] as? String == "inferred")
        let pppk = try #require(byNIP["199104172022211004"])
        #expect(pppk["retirementDate"] == nil)
        #expect(pppk["workAgreementEnd"] as? String == "2049-05-01")
        #expect(byNIP["196805011993121001"]?["election"] as? String == "pilkada-2024")
    }

    @Test func electionsCarryTheirOwnDeadlines() throws {
        let json = try demoJSON()
        let elections = try #require(json["elections"] as? [[String: Any]])
        #expect(elections.map { $0["id"] as? String } == ["pileg-2024", "pilkada-2024"])
        #expect(elections.map { $0["kind"] as? String } == ["pileg", "pilkada"])
        #expect(elections.map { $0["candidates"] as? Int } == [4, 1])
        let pileg = try #require(elections[0]["resignationDeadline"] as? [String: Any])
        #expect(pileg["day"] as? String == "2023-10-03")
        #expect(pileg["end"] as? String == "2023-10-04T00:59:00+08:00")
        #expect(pileg["endAsWritten"] as? String == "2023-10-03T23:59:00+07:00")
        #expect(pileg["countdown"] as? String == "H-133")
        #expect(pileg["passed"] as? Bool == false)
        let pilkada = try #require(elections[1]["resignationDeadline"] as? [String: Any])
        #expect(pilkada["day"] as? String == "2024-09-22")
        #expect(pilkada["countdown"] as? String == "H-488")
        // The past-TMT finding is a problem with its line; the inferred ages a note.
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.map { $0["line"] as? Int } == [21])
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes.count == 1)
        let alerts = try #require(json["alerts"] as? [[String: Any]])
        #expect(alerts.first?["kind"] as? String == "pastRetirementAge")
        #expect(alerts.first?["date"] as? String == "2023-04-01")
    }
}
