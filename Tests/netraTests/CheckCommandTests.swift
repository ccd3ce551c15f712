import Foundation
import Testing

@Suite(.serialized) struct CheckCommandTests {
    @Test func demoFolderHasNoErrors() throws {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        let written = try NetraProcess.run(["demo", demo, "--write-only", "--lang", "en"])
        #expect(written.status == 0)
        #expect(written.stdout.contains("Demo data written to"))
        for file in ["officers.csv", "retirements.csv", "cases.csv", "schedule.toml", "netra.toml"] {
            #expect(FileManager.default.fileExists(atPath: demo + "/" + file))
        }
        let check = try NetraProcess.run(["check", "--lang", "en", "--data", demo, "--as-of", storyMoment])
        #expect(check.status == 0)
        // No errors; the one warning is the story's officer past his retirement age
        // without a decree, and a note says which ages were inferred from positions.
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 9)
        #expect(lines[0].hasPrefix("\(demo)/officers.csv:21: warning: retirement age 58 reached: TMT pensiun was 2023-04-01"))
        #expect(lines[1].hasPrefix("\(demo)/officers.csv: note: bup is empty for 40 officers: retirement age inferred from the position — 2 × 60 (guru)"))
        // The KPU lists of kpu/ (lines 2–4): Eko Prasetyo is on one and not recorded as a candidate.
        #expect(lines[3] == "\(demo)/kpu/DCS-Partai-Bintang-Harapan-Dapil-Balikpapan-5.csv:4: match: DCS Partai Bintang Harapan Dapil Balikpapan 5 no. 3 'EKO PRASETYO, S.Kom.' ~ 198302182008121001 Eko Prasetyo: score 100, likely; not recorded as a candidate")
        #expect(lines[5] == "KPU: 2 lists, 10 names; 3 likely matches (1 not recorded as a candidate), 0 possible, 0 dismissed")
        #expect(lines[6] == "40 officers, 5 candidates, 5 pending retirements, 7 open cases, 0 errors, 1 warning")
        // "0 errors" is not the last word while matters are critical.
        #expect(lines[7].hasPrefix("overdue cases: 4 — Bawaslu 1 (NTR-2023-001)"))
        #expect(lines[8].hasPrefix("needs action: 5 critical ("))
        #expect(lines[8].contains("1 circular with units late"))
    }

    @Test func checkSpeaksIndonesianByDefaultAndFailsOnCriticalWhenAsked() throws {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        _ = try NetraProcess.run(["demo", demo, "--write-only"])
        let check = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment])
        #expect(check.status == 0)
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("\(demo)/officers.csv:21: warning: BUP 58 tahun tercapai: TMT pensiun 2023-04-01"))
        #expect(lines[6] == "40 pegawai, 5 calon, 5 pensiun dalam proses, 7 kasus terbuka, 0 kesalahan, 1 peringatan")
        #expect(lines[8].hasPrefix("perlu tindakan: 5 kritis ("))
        let cron = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment, "--fail-on", "critical"])
        #expect(cron.status == 1)
        #expect(cron.stdout == check.stdout)
        // netra.toml's language is followed when --lang is not given.
        let settings = demo + "/netra.toml"
        let toml = try String(contentsOfFile: settings, encoding: .utf8)
        try ("language = \"en\"\n" + toml).write(toFile: settings, atomically: true, encoding: .utf8)
        let english = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment])
        #expect(english.stdout.contains("needs action: 5 critical ("), "\(english.stdout)")
    }

    @Test func demoRefusesAFolderOfOtherFilesAndKeepsEdits() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("officers.csv", "real data")
        let refused = try NetraProcess.run(["demo", tmp.path, "--write-only", "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("not Netra's demo"))
        #expect(try String(contentsOf: tmp.url.appendingPathComponent("officers.csv"), encoding: .utf8) == "real data")

        let demo = tmp.url.appendingPathComponent("demo")
        _ = try NetraProcess.run(["demo", demo.path, "--write-only", "--lang", "en"])
        try Data("edited".utf8).write(to: demo.appendingPathComponent("cases.csv"))
        let again = try NetraProcess.run(["demo", demo.path, "--write-only", "--lang", "en"])
        #expect(again.stdout.contains("Using the existing demo folder"))
        #expect(try String(contentsOf: demo.appendingPathComponent("cases.csv"), encoding: .utf8) == "edited")
        _ = try NetraProcess.run(["demo", demo.path, "--write-only", "--lang", "en", "--reset"])
        #expect(try String(contentsOf: demo.appendingPathComponent("cases.csv"), encoding: .utf8).hasPrefix("nomor;"))
    }

    @Test func dashboardWithoutATerminalRefusesAndPointsToSnapshot() throws {
        let tmp = try TemporaryFolder()
        let run = try NetraProcess.run(["demo", tmp.url.appendingPathComponent("d").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("dasbor memerlukan terminal"))   // Indonesian by default
        #expect(run.stderr.contains("netra snapshot"))
        let english = try NetraProcess.run(["demo", tmp.url.appendingPathComponent("d").path, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("the dashboard needs a terminal"))
    }

    @Test func errorsGiveFileLineAndExitOne() throws {
        let tmp = try TemporaryFolder()
        try tmp.write("officers.csv", """
        NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN
        197003141996031001;Hendra;Setda;Kabag;IV/a;"bacaleg"
        1.98505E+17;Siti;Dinkes;Perawat;III/a;-
        198101052009011001;"Irwan
        Saputra";Kec;Kasi;III/d;calon

        """)
        try tmp.write("retirements.csv", "nip,kind,filed_on,stage\n199901012020011001,early,23/05/2023,filed\n")
        try tmp.write("schedule.toml", "resignation_deadline = \"dct\"\n[[stage]]\nid = \"x\"\nstart = 2023-01-01\nend = 2023-01-02\n")
        let run = try NetraProcess.run(["check", "--lang", "en", "--data", tmp.path, "--as-of", storyMoment])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let folder = tmp.path
        #expect(lines[0].hasPrefix("\(folder)/officers.csv:3: error: NIP '1.98505E+17' was turned into a number by a spreadsheet"))
        #expect(lines[1].hasPrefix("\(folder)/officers.csv:4: error: unknown PENCALONAN 'calon'"))
        #expect(lines[2] == "\(folder)/retirements.csv:2: warning: nip 199901012020011001 is not in officers.csv")
        #expect(lines[3] == "\(folder)/cases.csv: warning: file not found: no neutrality cases")
        #expect(lines[4].hasPrefix("\(folder)/schedule.toml:1: error: resignation_deadline names stage 'dct', which is not defined; stages: x"))
        #expect(lines[lines.count - 2] == "1 officer, 1 candidate, 1 pending retirement, 0 open cases, 3 errors, 2 warnings")
    }

    @Test func usageProblemsExitTwo() throws {
        let missing = try NetraProcess.run(["check", "--lang", "en", "--data", "/nonexistent/netra"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("data folder '/nonexistent/netra' does not exist"))
        let tmp = try TemporaryFolder()
        let badTime = try NetraProcess.run(["check", "--lang", "en", "--data", tmp.path, "--as-of", "yesterday"])
        #expect(badTime.status == 2)
        #expect(badTime.stderr.contains("--as-of 'yesterday' is not a time"))
        let badFormat = try NetraProcess.run(["check", "--lang", "en", "--data", tmp.path, "--format", "xml"])
        #expect(badFormat.status == 2)
        let noTerminal = try NetraProcess.run(["dashboard", "--kiosk", "--lang", "en", "--data", tmp.path])
        #expect(noTerminal.status == 2)
        #expect(noTerminal.stderr.contains("needs a terminal"))
    }

    @Test func emptyFolderIsAnErrorNotAUsageProblem() throws {
        let tmp = try TemporaryFolder()
        let run = try NetraProcess.run(["check", "--lang", "en", "--data", tmp.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("officers.csv: error: file not found"))
    }

    @Test func jsonCarriesTheSameFacts() throws {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        _ = try NetraProcess.run(["demo", demo, "--write-only", "--lang", "en"])
        try Data("nip,name,unit,position,grade,candidacy\n123,A,U,P,III/a,\n".utf8)
            .write(to: URL(fileURLWithPath: demo + "/officers.csv"))
        // Only the roster's own problem: the demo's candidates are not on this roster.
        try FileManager.default.removeItem(atPath: demo + "/candidates.csv")
        let run = try NetraProcess.run(["check", "--lang", "en", "--data", demo, "--as-of", storyMoment, "--format", "json"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["ok"] as? Bool == false)
        #expect(json["asOf"] as? String == storyMoment)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["errors"] == 1)
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.first?["file"] as? String == "officers.csv")
        #expect(problems.first?["line"] as? Int == 2)
        #expect(problems.first?["severity"] as? String == "error")
        let deadline = try #require(json["resignationDeadline"] as? [String: Any])
        #expect(deadline["countdown"] as? String == "H-133")
        #expect(deadline["day"] as? String == "2023-10-03")
        let stages = try #require(json["stages"] as? [[String: Any]])
        #expect(stages.first { $0["phase"] as? String == "running" }?["id"] as? String == "verifikasi")
    }

    @Test func neverCrashesOnJunkFiles() throws {
        let tmp = try TemporaryFolder()
        var junk = [UInt8](repeating: 0, count: 4096)
        for i in junk.indices { junk[i] = UInt8((i * 7919 + 13) % 256) }
        try tmp.write("officers.csv", bytes: junk)
        try tmp.write("retirements.csv", bytes: [0xC3, 0x28, 0xA0, 0xA1, 0x0A, 0xFF])
        try tmp.write("cases.csv", bytes: [])
        try tmp.write("schedule.toml", bytes: Array("[[stage]\n\u{1B}[2J".utf8))
        try tmp.write("netra.toml", bytes: Array(repeating: UInt8(ascii: "x"), count: 5_000_000))
        let run = try NetraProcess.run(["check", "--lang", "en", "--data", tmp.path])
        #expect(run.status == 1)
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stdout.split(separator: "\n").count >= 5)
    }
}
