import Foundation
import Testing
@testable import NetraCore

/// Both 2024 elections in one folder: election tables, stages naming their election,
/// officers' `election` column, and folders written before all this.
@Suite struct ElectionTests {
    static let twoElections = """
    [[election]]
    id = "pileg-2024"
    name = "Pemilu DPRD 2024"
    kind = "pileg"
    resignation_deadline = "pencermatan-dct"
    fixing_stage = "penetapan-dct"

    [[election]]
    id = "pilkada-2024"
    name = "Pilkada Kota Balikpapan 2024"
    kind = "pilkada"
    resignation_deadline = "penetapan-paslon"
    fixing_stage = "penetapan-paslon"

    [[stage]]
    id = "pencermatan-dct"
    election = "pileg-2024"
    start = 2023-09-24T00:00:00+07:00
    end = 2023-10-03T23:59:00+07:00

    [[stage]]
    id = "penetapan-dct"
    election = "pileg-2024"
    start = 2023-10-04T00:00:00+07:00
    end = 2023-11-03T23:59:00+07:00

    [[stage]]
    id = "penetapan-paslon"
    election = "pilkada-2024"
    start = 2024-09-22T00:00:00+08:00
    end = 2024-09-22T23:59:00+08:00
    """

    func folder(officers: String, schedule: String = twoElections) -> FolderReading {
        DataFolder.read(from: MemoryFiles([.officers: officers, .schedule: schedule, .retirements: "nip,kind,filed_on,stage\n",
                                           .cases: "id,nip,reported_on,source,summary,status\n"]))
    }

    @Test func readsElectionTables() throws {
        let reading = TOMLFiles.schedule(bytes(Self.twoElections))
        #expect(reading.diagnostics.isEmpty)
        let schedule = try #require(reading.value)
        #expect(schedule.elections.map(\.id) == ["pileg-2024", "pilkada-2024"])
        #expect(schedule.elections.map(\.kind) == [.pileg, .pilkada])
        #expect(schedule.elections.map(\.resignationDeadlineID) == ["pencermatan-dct", "penetapan-paslon"])
        #expect(schedule.stage(id: "penetapan-paslon")?.election == "pilkada-2024")
        #expect(schedule.resignationDeadlineID == "pencermatan-dct")  // the primary (legislative) election
    }

    @Test func aFolderWithoutElectionTablesIsOneLegislativeElection() throws {
        let text = "resignation_deadline = \"a\"\ndct_stage = \"b\"\n[[stage]]\nid = \"a\"\nstart = 2023-09-24\nend = 2023-10-03\n[[stage]]\nid = \"b\"\nstart = 2023-10-04\nend = 2023-11-03\n"
        let schedule = try #require(TOMLFiles.schedule(bytes(text)).value)
        #expect(schedule.elections.map(\.kind) == [.pileg])
        #expect(schedule.elections.first?.resignationDeadlineID == "a")
        #expect(schedule.elections.first?.fixingStageID == "b")
    }

    @Test func scheduleProblemsAreReported() {
        let text = """
        resignation_deadline = "a"
        [[election]]
        id = "x"
        resignation_deadline = "a"
        [[election]]
        id = "y"
        kind = "pilpres"
        resignation_deadline = "nope"
        [[stage]]
        id = "a"
        election = "z"
        start = 2023-09-24
        end = 2023-10-03
        """
        let out = lines(TOMLFiles.schedule(bytes(text)).diagnostics)
        #expect(out.contains("schedule.toml:1: warning: resignation_deadline and dct_stage at the top are ignored when [[election]] tables exist: give each election its resignation_deadline and fixing_stage"))
        #expect(out.contains("schedule.toml:2: warning: election 'x' has no kind: write kind = \"pileg\" or \"pilkada\"; read as pileg"))
        #expect(out.contains("schedule.toml:7: warning: kind 'pilpres' of election 'y' is not known: write kind = \"pileg\" or \"pilkada\"; read as pileg"))
        #expect(out.contains("schedule.toml:8: error: resignation_deadline of election 'y' names stage 'nope', which is not defined; stages: a"))
        #expect(out.contains("schedule.toml:9: warning: stage 'a' names election 'z', which no [[election]] table defines; elections: x, y"))
        #expect(out.contains("schedule.toml:4: warning: resignation_deadline of election 'x' names stage 'a', which belongs to election 'z'"))
    }

    @Test func officersNameTheirElectionByIdOrKind() throws {
        let csv = """
        nip,name,unit,position,grade,candidacy,pemilihan
        197003141996031001,A,U,P,IV/a,bacaleg,pileg-2024
        198101052009011001,B,U,P,III/d,bapaslon,pilkada
        197807192005011001,C,U,P,III/d,paslon,
        197608222003122001,D,U,P,III/c,dct,
        """
        let reading = folder(officers: csv)
        #expect(reading.diagnostics.isEmpty)
        let s = Situation(dataset: reading.dataset, now: at("2023-05-23T10:00:00+08:00"))
        #expect(s.candidates.map(\.officer.name) == ["A", "B", "C", "D"])
        #expect(s.candidates.map { $0.election?.id } == ["pileg-2024", "pilkada-2024", "pilkada-2024", "pileg-2024"])
        #expect(s.elections.map(\.candidates) == [2, 2])
        // Alerts carry their election and count down to its own deadline.
        let byName = Dictionary(uniqueKeysWithValues: s.alerts.map { (reading.dataset.roster[$0.nip!]!.name, $0) })
        #expect(byName["A"]?.election == "pileg-2024")
        #expect(byName["A"]?.countdown?.dayLabel == "H-133")
        #expect(byName["B"]?.election == "pilkada-2024")
        #expect(byName["B"]?.countdown?.dayLabel == "H-488")
    }

    @Test func wrongElectionsAreWarnedOnTheOfficersLine() {
        let csv = """
        nip,name,unit,position,grade,candidacy,election
        197003141996031001,A,U,P,IV/a,bacaleg,pilpres-2024
        198101052009011001,B,U,P,III/d,paslon,pileg-2024
        197807192005011001,C,U,P,III/d,-,pilpres-2024
        """
        let out = lines(folder(officers: csv).diagnostics)
        #expect(out == [
            "officers.csv:2: warning: election 'pilpres-2024' is not in schedule.toml (elections: pileg-2024 (pileg), pilkada-2024 (pilkada)); followed under 'pileg-2024'",
            "officers.csv:3: warning: candidacy 'paslon' is a Pilkada candidacy, but election 'pileg-2024' is a legislative election: fix the candidacy or the election column",
        ])
    }

    @Test func aPilkadaCandidacyInALegislativeOnlyFolderIsWarned() {
        let schedule = "resignation_deadline = \"a\"\n[[stage]]\nid = \"a\"\nstart = 2023-09-24\nend = 2023-10-03\n"
        let csv = "nip,name,unit,position,grade,candidacy\n198101052009011001,B,U,P,III/d,bakal paslon\n"
        #expect(lines(folder(officers: csv, schedule: schedule).diagnostics) == [
            "officers.csv:2: warning: candidacy 'bakal paslon' is a Pilkada candidacy, but election 'pemilu' is a legislative election: fix the candidacy or the election column",
        ])
    }
}
