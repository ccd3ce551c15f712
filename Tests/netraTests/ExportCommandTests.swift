import Foundation
import Testing

/// `netra export`, `snapshot --all`, `--version`, the man page, `NETRA_DATA` and the
/// `--poll` message, run as a user would.
@Suite struct ExportCommandTests {
    @Test func exportWritesTheFilteredListAsExcelReadsIt() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let run = try NetraProcess.run(["export", "--data", demo, "--as-of", storyMoment, "--view", "cases", "--filter", "all",
                                        "--sort", "due:desc", "--lang", "en"])
        #expect(run.status == 0)
        // The same bytes the dashboard's `e` writes for `5 f S` (see ListReplayTests).
        let expected = "\u{FEFF}ID;Reported;Source;Status;Due;OVERDUE;Officer;SIASN;NIP;Category\r\n"
            + "NTR-2023-003;2023-05-22;public;new;2023-05-29;;;;;Media sosial\r\n"
            + "NTR-2023-009;2023-04-10;public;review;2023-05-28;;Eko Prasetyo;;198302182008121001;Media sosial\r\n"
            + "NTR-2023-002;2023-05-19;KIPP;new;2023-05-26;;Andi Baso Ridwan;;197807192005011001;Terdaftar sebagai bacaleg\r\n"
            + "NTR-2023-001;2023-05-15;Bawaslu;review;2023-05-22;1;Irwan Saputra;;198101052009011001;Menghadiri kegiatan partai\r\n"
            + "NTR-2023-006;2023-01-20;public;recommended;2023-05-19;4;Agus Setiawan;;198609092011041001;Kegiatan partai\r\n"
            + "NTR-2023-005;2023-02-06;Bawaslu;review;2023-03-15;69;Dedi Firmansyah;;198411272010031001;Media sosial\r\n"
            + "NTR-2022-017;2022-10-03;KIPP;recommended;2022-12-19;155;Gunawan Effendi;blocked;197109231997111001;Kegiatan partai\r\n"
            + "NTR-2022-014;2022-11-14;Bawaslu;sanctioned;;;Ratih Kusumawati;;197701162002022001;Media sosial\r\n"
            + "NTR-2023-004;2023-04-03;internal;sanctioned;;;Wahyu Nugroho;;197503032001111001;Media sosial\r\n"
        #expect(Array(run.stdout.utf8) == Array(expected.utf8))
        let json = try NetraProcess.run(["export", "--data", demo, "--as-of", storyMoment, "--view", "officers",
                                         "--filter", "unit=Dinas Perhubungan", "--format", "json"])
        #expect(json.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]]
        let found = try #require(rows)
        #expect(!found.isEmpty && found.allSatisfy { $0["unit"] == "Dinas Perhubungan" })
        #expect(found.contains { $0["name"] == "Andi Baso Ridwan" && $0["nip"] == "197807192005011001" })
        // SIASN's kedudukan hukum travels with the list, in the list's words.
        let standing = try NetraProcess.run(["export", "--data", demo, "--as-of", storyMoment, "--view", "pegawai",
                                             "--filter", "status=data diblokir", "--format", "json"])
        let blocked = try #require(try JSONSerialization.jsonObject(with: Data(standing.stdout.utf8)) as? [[String: String]])
        #expect(blocked.map { $0["name"] } == ["Gunawan Effendi"])
        #expect(blocked.first?["status"] == "data diblokir")
        let bad = try NetraProcess.run(["export", "--data", demo, "--view", "cases", "--filter", "colour=red"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("is not a column of cases: id, reported"))
    }

    @Test func snapshotAllPrintsEveryRow() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let run = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment, "--view", "officers", "--all", "--size", "100x24"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 41)   // the heading and 40 officers
        #expect(lines[0].contains("NIP") && lines[0].contains("Nama"))
        #expect(!run.stdout.contains("NETRA ·"))
    }

    @Test func versionManualDataFromTheEnvironmentAndThePollMessage() throws {
        let version = try NetraProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("netra "))
        let manual = try NetraProcess.run(["manual"])
        #expect(manual.stdout.hasPrefix(".TH NETRA 1"))
        for command in ["dashboard", "demo", "check", "snapshot", "export", "themes", "kiosk-pin"] {
            #expect(manual.stdout.contains(".SS netra \(command)"), "\(command)")
        }
        #expect(manual.stdout.contains("--no-mouse") && manual.stdout.contains("NETRA_DATA"))
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        var environment = ProcessInfo.processInfo.environment
        environment["NETRA_DATA"] = demo
        let fromEnvironment = try NetraProcess.run(["check", "--lang", "en", "--as-of", storyMoment], in: tmp.url, environment: environment)
        let explicit = try NetraProcess.run(["check", "--lang", "en", "--data", demo, "--as-of", storyMoment])
        #expect(fromEnvironment.status == explicit.status)
        #expect(fromEnvironment.stdout == explicit.stdout)
        let poll = try NetraProcess.run(["dashboard", "--data", demo, "--poll", "0"])
        #expect(poll.status == 2)
        #expect(poll.stderr.contains("di atas 0 dan paling banyak 3600"))
        let english = try NetraProcess.run(["dashboard", "--data", demo, "--poll", "0", "--lang", "en"])
        #expect(english.stderr.contains("above 0 and at most 3600"))
    }
}
