import Foundation
import NetraCore
import Testing

/// A week of the office's edits to the demo folder, replayed day by day with
/// `--as-of`: each day's `netra check` records what changed, and `netra changes` lists
/// it in both languages.
@Suite(.serialized) struct ChangesCommandTests {
    /// 10:00 WITA on 23 + `day` May 2023.
    static func day(_ n: Int) -> String { "2023-05-\(23 + n)T10:00:00+08:00" }

    struct Week {
        let tmp: TemporaryFolder
        let demo: String
        let environment: [String: String]

        init() throws {
            tmp = try TemporaryFolder()
            demo = try tmp.demo()
            var env = NetraProcess.withoutLocale
            env["XDG_STATE_HOME"] = tmp.url.appendingPathComponent("state").path
            environment = env
        }

        func check(_ n: Int, _ extra: [String] = []) throws -> NetraProcess.Outcome {
            try NetraProcess.run(["check", "--data", demo, "--as-of", ChangesCommandTests.day(n)] + extra, environment: environment)
        }

        func changes(_ n: Int, _ extra: [String] = []) throws -> String {
            let run = try NetraProcess.run(["changes", "--data", demo, "--as-of", ChangesCommandTests.day(n)] + extra, environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout
        }

        /// The kinds and keys `changes --format json` lists for the last 24 hours.
        func kinds(_ n: Int) throws -> [String] {
            let json = try changes(n, ["--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            return (object["events"] as! [[String: Any]]).map { "\($0["kind"]!) \($0["key"]!)" }
        }

        func edit(_ file: String, _ change: (String) -> String) throws {
            let path = demo + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(file) changed nothing")
            try changed.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test func aWeekOfEditsIsJournaledDayByDay() throws {
        let week = try Week()
        // Before any reading: no journal yet.
        #expect(try week.changes(0).hasPrefix("Belum ada jurnal"))
        // Day 0: the first reading is the starting point, not a flood of "new" rows.
        #expect(try week.check(0).status == 0)
        #expect(try week.kinds(0).isEmpty)
        #expect(try week.changes(0) == "Tidak ada perubahan tercatat sejak Sen 22 Mei 2023 10:00.\n")

        // Day 1: the KIPP report goes to Bawaslu's review.
        try week.edit("cases.csv") { $0.replacingOccurrences(of: "status kepegawaiannya.\";Baru;", with: "status kepegawaiannya.\";Klarifikasi;") }
        _ = try week.check(1)
        #expect(try week.kinds(1) == ["caseAdvanced case:NTR-2023-002"])
        #expect(try week.changes(1) == """
            Perubahan sejak Sel 23 Mei 2023 10:00: 1
            Rab 24 Mei 2023 10:00  Kasus NTR-2023-002 — Andi Baso Ridwan: dilaporkan → di Bawaslu

            """)
        #expect(try week.changes(1, ["--lang", "en"]) == """
            Changes since Tue 23 May 2023 10:00: 1
            Wed 24 May 2023 10:00  Case NTR-2023-002 — Andi Baso Ridwan: reported → at Bawaslu

            """)

        // Day 2: Yuliana's early retirement is verified; Andi Baso Ridwan files his resignation.
        try week.edit("retirements.csv") {
            $0.replacingOccurrences(of: "12 Mei 2023,diajukan", with: "12 Mei 2023,diverifikasi")
                + "197807192005011001,pengunduran diri,25/05/2023,diajukan,,\n"
        }
        _ = try week.check(2)
        let day2 = try week.kinds(2)
        #expect(day2.contains("requestFiled request:197807192005011001:resignation:2023-05-25"))
        #expect(day2.contains("requestAdvanced request:197608222003122001:early:2023-05-12"))
        // His "no request yet" alert is gone, a "waiting for the decree" one came.
        #expect(day2.contains("alertCleared alert:candidateWithoutRequest|197807192005011001|||pileg-2024"))
        #expect(day2.contains("alertRaised alert:candidateRequestPending|197807192005011001|||pileg-2024"))

        // Day 3: Dinas Koperasi dan UMKM acknowledges the mayor's circular.
        try week.edit("acknowledgements.csv") { $0 + "SE-WALIKOTA-2023;Dinas Koperasi dan UMKM;26/05/2023;;;;;\n" }
        _ = try week.check(3)
        #expect(try week.kinds(3).contains("circularAcknowledged circular:SE-WALIKOTA-2023|Dinas Koperasi dan UMKM"))

        // Day 4: Irwan Saputra withdraws his candidacy.
        try week.edit("candidates.csv") {
            $0.replacingOccurrences(of: "198101052009011001;Irwan Saputra;bacaleg;", with: "198101052009011001;Irwan Saputra;mundur;")
        }
        _ = try week.check(4)
        #expect(try week.kinds(4).contains("candidacyChanged officer:198101052009011001"))
        #expect(try week.changes(4).contains("Pencalonan Irwan Saputra: bacaleg → mundur"))

        // Day 5: a new officer in SIASN's monthly download (CRLF, as SIASN writes it).
        try week.edit("officers.csv") {
            $0 + "199001012015031001;;Rina Marlina;S.E.;01-01-1990;Wanita;PNS Daerah Kab./Kota;Aktif;III/a;Pengelola Keuangan;Dinas Kesehatan\r\n"
        }
        _ = try week.check(5)
        // (and, as every day, what the clock alone changed: alerts nearing their dates)
        let day5 = try week.kinds(5)
        #expect(day5.filter { !$0.hasPrefix("alert") } == ["officerAdded officer:199001012015031001"])

        // Day 6: a new report; the PPK decides NTR-2023-006.
        try week.edit("cases.csv") {
            $0 + "NTR-2023-010;199001012015031001;28 Mei 2023;Masyarakat;Media sosial;\"Unggahan dukungan.\";Baru;;;;;;;;;;;;\n"
        }
        _ = try week.check(6)
        #expect(try week.kinds(6).contains("caseOpened case:NTR-2023-010"))

        // Day 7: nothing edited, yet time passed: an overdue case turns critical.
        _ = try week.check(7)
        let day7 = try week.kinds(7)
        #expect(day7.contains { $0.hasPrefix("alertRaised alert:caseOverdue|") })

        // The whole week, oldest first, in both languages.
        let all = try week.changes(7, ["--since", "2023-05-23"])
        #expect(all.hasPrefix("Perubahan sejak Sel 23 Mei 2023 00:00: "))
        #expect(all.contains("Rab 24 Mei 2023 10:00  Kasus NTR-2023-002 — Andi Baso Ridwan: dilaporkan → di Bawaslu"))
        #expect(all.contains("Permohonan diajukan: pengunduran diri, Andi Baso Ridwan"))
        #expect(all.contains("Edaran SE-WALIKOTA-2023 · Dinas Koperasi dan UMKM: diterima"))
        #expect(all.contains("Pegawai baru di daftar: Rina Marlina"))
        let english = try week.changes(7, ["--since", "7d", "--lang", "en"])
        #expect(english.contains("Request filed: resignation, Andi Baso Ridwan"))
        #expect(english.contains("New officer in the roster: Rina Marlina"))
        #expect(english.contains("New case NTR-2023-010 — Rina Marlina (reported)"))
        // The overview's "Sejak kemarin" counts (no last look: the last 24 hours) are
        // those of `changes` for the same day, family by family.
        let now = InstantText.parse(Self.day(7), defaultZone: TimeZone(identifier: "UTC")!)!
        let digest = ChangesDigest.of(folder: URL(fileURLWithPath: week.demo), lastLook: nil, now: now, environment: week.environment)
        var byFamily: [JournalEvent.Family: Int] = [:]
        for line in day7 { byFamily[JournalEvent.Kind(rawValue: String(line.prefix { $0 != " " }))!.family, default: 0] += 1 }
        #expect(digest.sinceYesterday && !digest.isEmpty)
        #expect(digest.counts == byFamily)
        // A replay sees only what was recorded up to its moment.
        #expect(!(try week.changes(3, ["--since", "7d"])).contains("Rina Marlina"))
    }

    @Test func aWriterKilledMidLineLeavesAJournalTheNextRunReads() throws {
        let week = try Week()
        _ = try week.check(0)
        try week.edit("cases.csv") { $0.replacingOccurrences(of: "status kepegawaiannya.\";Baru;", with: "status kepegawaiannya.\";Klarifikasi;") }
        _ = try week.check(1)
        // A writer killed in the middle of its line: the journal ends without a line break.
        let state = week.tmp.url.appendingPathComponent("state/netra")
        let folderID = try FileManager.default.contentsOfDirectory(atPath: state.path).first!
        let journal = state.appendingPathComponent(folderID + "/journal")
        let handle = try FileHandle(forWritingTo: journal)
        handle.seekToEndOfFile()
        handle.write(Data("{\"at\":\"2023-05-24T03:00:00Z\",\"kind\":\"caseOp".utf8))
        try handle.close()
        // The next reading appends on a line of its own; the torn line is skipped with a warning.
        try week.edit("acknowledgements.csv") { $0 + "SE-WALIKOTA-2023;Dinas Koperasi dan UMKM;24/05/2023;;;;;\n" }
        _ = try week.check(2)
        let run = try NetraProcess.run(["changes", "--data", week.demo, "--as-of", Self.day(2), "--since", "7d", "--lang", "en"],
                                       environment: week.environment)
        #expect(run.status == 0)
        #expect(run.stderr.contains("1 line of the journal"))
        #expect(run.stdout.contains("Case NTR-2023-002 — Andi Baso Ridwan: reported → at Bawaslu"))
        #expect(run.stdout.contains("Circular SE-WALIKOTA-2023 · Dinas Koperasi dan UMKM: received"))
    }

    @Test func sinceMustBeADurationOrADate() throws {
        let week = try Week()
        let run = try NetraProcess.run(["changes", "--data", week.demo, "--since", "kemarin"], environment: week.environment)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--since 'kemarin' bukan durasi atau tanggal"))
    }
}
