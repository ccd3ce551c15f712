import Foundation
import Testing

/// `[notify]` through `netra check --notify`, with the example script of `scripts/`.
@Suite(.serialized) struct NotifyCommandTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/notify-to-file.sh").path

    struct Folder {
        let tmp: TemporaryFolder
        let demo: String
        let environment: [String: String]
        let calls: String

        init(notify: String) throws {
            tmp = try TemporaryFolder()
            demo = try tmp.demo()
            calls = tmp.url.appendingPathComponent("calls.jsonl").path
            var env = NetraProcess.withoutLocale
            env["XDG_STATE_HOME"] = tmp.url.appendingPathComponent("state").path
            environment = env
            let settings = demo + "/netra.toml"
            let toml = try String(contentsOfFile: settings, encoding: .utf8)
            try (toml + "\n[notify]\n" + notify.replacingOccurrences(of: "CALLS", with: calls) + "\n")
                .write(toFile: settings, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: settings)
        }

        func check(day: Int) throws -> NetraProcess.Outcome {
            try NetraProcess.run(["check", "--notify", "--lang", "en", "--data", demo, "--as-of", "2023-05-\(23 + day)T10:00:00+08:00"],
                                 environment: environment)
        }

        /// Each call the script received, decoded.
        func received() throws -> [[String: Any]] {
            guard let text = try? String(contentsOfFile: calls, encoding: .utf8) else { return [] }
            return try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        }
    }

    @Test func aNewCriticalAlertIsSentOnceAndThoseOfTheStartNever() throws {
        let folder = try Folder(notify: "command = \"\(Self.script) CALLS\"")
        // The first reading: five critical alerts are there already; nobody is called.
        let first = try folder.check(day: 0)
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        #expect(try folder.received().isEmpty)
        // A week later NTR-2023-002 is past Bawaslu's date: one call, about it.
        _ = try folder.check(day: 7)
        let calls = try folder.received()
        #expect(calls.count == 1)
        let call = try #require(calls.first)
        #expect(call["kind"] as? String == "alert")
        let event = try #require((call["events"] as? [[String: Any]])?.first)
        #expect(event["key"] as? String == "alert:caseOverdue|197807192005011001|NTR-2023-002||")
        #expect(event["severity"] as? String == "critical")
        #expect((call["message"] as? String)?.hasPrefix("New alert (critical): Case NTR-2023-002 overdue by 4 days") == true)
        // The same moment read again, and the next day: no second call about it.
        _ = try folder.check(day: 7)
        _ = try folder.check(day: 8)
        #expect(try folder.received().filter { ($0["message"] as? String)?.contains("NTR-2023-002") == true }.count == 1)
    }

    @Test func pastTheDailyLimitTheAlertsGoOutAsOneDigestThenNotAtAll() throws {
        let folder = try Folder(notify: "command = \"\(Self.script) CALLS\"\ndaily_limit = 1")
        _ = try folder.check(day: 0)
        // A week later: NTR-2023-002 overdue, and an officer past retirement age joins the roster.
        let officers = folder.demo + "/officers.csv"
        let roster = try String(contentsOfFile: officers, encoding: .utf8)
        try (roster + "196001011985031001;;Rahmat Hidayat;;01-01-1960;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Pengadministrasi Umum;Dinas Kesehatan\r\n")
            .write(toFile: officers, atomically: true, encoding: .utf8)
        _ = try folder.check(day: 7)
        let calls = try folder.received()
        #expect(calls.count == 1)
        #expect(calls.first?["kind"] as? String == "digest")
        #expect(calls.first?["count"] as? Int == 2)
        #expect(calls.first?["message"] as? String == "[Netra] Kota Balikpapan: 2 new critical alerts")
        // The day's one call is spent: the next new critical alert is only in the journal.
        try (roster + "196002021985031001;;Rudi Hartono;;02-02-1960;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Pengadministrasi Umum;Dinas Kesehatan\r\n")
            .write(toFile: officers, atomically: true, encoding: .utf8)
        let late = try folder.check(day: 7)
        #expect(late.stderr.contains("the daily limit of 1 notifications is reached: 1 new critical alert not sent"), "\(late.stderr)")
        #expect(try folder.received().count == 1)
    }

    @Test func aHangingCommandIsKilledAtItsTimeout() throws {
        let folder = try Folder(notify: "command = \"/bin/sh -c 'sleep 60'\"\ntimeout_seconds = 1")
        _ = try folder.check(day: 0)
        let started = Date()
        let run = try folder.check(day: 7)
        #expect(run.status == 0)
        #expect(run.stderr.contains("the notify command '/bin/sh' did not finish within 1 s and was stopped"), "\(run.stderr)")
        // Killed with its child (its own process group), not waited for.
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aNetraTomlOthersCanWriteRunsNoCommand() throws {
        let folder = try Folder(notify: "command = \"\(Self.script) CALLS\"")
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: folder.demo + "/netra.toml")
        _ = try folder.check(day: 0)
        let run = try folder.check(day: 7)
        #expect(run.stderr.contains("[notify] not run"), "\(run.stderr)")
        #expect(try folder.received().isEmpty)
    }
}
