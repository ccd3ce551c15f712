import Foundation
import Testing

/// `[notify] mail` through a stand-in `sendmail` first on `PATH` (no mail server is
/// installed here): a script that keeps each call's arguments and message in files.
/// And the rule that `[notify]` is only acted on in a `netra.toml` only its owner can
/// change.
@Suite(.serialized) struct NotifyMailTests {
    /// A demo folder with `[notify]` lines, a state directory, and a folder holding the
    /// stand-in `sendmail` (its `body` after the shebang), put first on `PATH`.
    struct Folder {
        let tmp: TemporaryFolder
        let demo: String
        let mails: URL
        let environment: [String: String]

        init(notify: String, sendmail body: String = Folder.recorder) throws {
            tmp = try TemporaryFolder()
            demo = try tmp.demo()
            mails = tmp.url.appendingPathComponent("mails")
            try FileManager.default.createDirectory(at: mails, withIntermediateDirectories: true)
            let bin = tmp.url.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            let sendmail = bin.appendingPathComponent("sendmail").path
            try ("#!/bin/sh\n" + body.replacingOccurrences(of: "MAILS", with: mails.path)).write(toFile: sendmail, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
            var env = NetraProcess.withoutLocale
            env["XDG_STATE_HOME"] = tmp.url.appendingPathComponent("state").path
            env["PATH"] = bin.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
            environment = env
            let settings = demo + "/netra.toml"
            let toml = try String(contentsOfFile: settings, encoding: .utf8)
            try (toml + "\n[notify]\n" + notify + "\n").write(toFile: settings, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: settings)
        }

        /// Records each call: `N.argv` (one argument a line) and `N.mail` (standard input).
        static let recorder = """
            n=$(ls MAILS | grep -c argv)
            printf '%s\\n' "$@" > MAILS/$n.argv
            cat > MAILS/$n.mail
            """

        func check(day: Int, _ extra: [String] = []) throws -> NetraProcess.Outcome {
            try NetraProcess.run(["check", "--notify", "--data", demo, "--as-of", "2023-05-\(23 + day)T10:00:00+08:00"] + extra,
                                 environment: environment)
        }

        /// Each call's arguments and message, in order.
        func sent() throws -> [(argv: [String], mail: Mail)] {
            let count = try FileManager.default.contentsOfDirectory(atPath: mails.path).filter { $0.hasSuffix(".argv") }.count
            return try (0..<count).map { n in
                let argv = try String(contentsOf: mails.appendingPathComponent("\(n).argv"), encoding: .utf8).split(separator: "\n").map(String.init)
                return (argv, Mail(try String(contentsOf: mails.appendingPathComponent("\(n).mail"), encoding: .utf8)))
            }
        }
    }

    /// A message as sendmail received it: its headers and body.
    struct Mail {
        var headers: [String: String] = [:]
        var body: [String] = []

        init(_ text: String) {
            let parts = text.components(separatedBy: "\n\n")
            for line in parts[0].split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            body = parts.dropFirst().joined(separator: "\n\n").split(separator: "\n").map(String.init)
        }

        /// The subject, RFC 2047 `=?UTF-8?B?…?=` decoded.
        var subject: String? {
            guard let raw = headers["Subject"], raw.hasPrefix("=?UTF-8?B?"), raw.hasSuffix("?=") else { return headers["Subject"] }
            return Data(base64Encoded: String(raw.dropFirst(10).dropLast(2))).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test func aNewCriticalAlertIsMailedOnceInTheUsersLanguage() throws {
        let folder = try Folder(notify: "mail = [\"sekda@balikpapan.go.id\", \"asisten1@balikpapan.go.id\"]")
        // The first reading: the alerts already there are mailed to nobody.
        let first = try folder.check(day: 0, ["--lang", "en"])
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        #expect(try folder.sent().isEmpty)
        // A week later NTR-2023-002 is past Bawaslu's date: one mail, about it.
        let week = try folder.check(day: 7, ["--lang", "en"])
        #expect(week.status == 0)
        #expect(week.stderr.isEmpty, "\(week.stderr)")
        let mails = try folder.sent()
        #expect(mails.count == 1)
        let (argv, mail) = try #require(mails.first)
        // No shell: the addresses are arguments after `--`; `-i`: a lone dot ends nothing.
        #expect(argv == ["-i", "--", "sekda@balikpapan.go.id", "asisten1@balikpapan.go.id"])
        #expect(mail.headers["To"] == "sekda@balikpapan.go.id, asisten1@balikpapan.go.id")
        #expect(mail.subject == "[Netra] Kota Balikpapan: 1 new critical alert")
        #expect(mail.headers["Content-Type"] == "text/plain; charset=UTF-8")
        #expect(mail.headers["MIME-Version"] == "1.0")
        #expect(mail.body.count == 1)
        #expect(mail.body.first?.hasPrefix("New alert (critical): Case NTR-2023-002 overdue by 4 days") == true, "\(mail.body)")
        // Read again at the same moment and the next day: no second mail about it.
        _ = try folder.check(day: 7, ["--lang", "en"])
        _ = try folder.check(day: 8, ["--lang", "en"])
        #expect(try folder.sent().filter { $0.mail.body.joined().contains("NTR-2023-002") }.count == 1)
    }

    @Test func theMailIsInIndonesianByDefault() throws {
        let folder = try Folder(notify: "mail = [\"sekda@balikpapan.go.id\"]")
        _ = try folder.check(day: 0)
        _ = try folder.check(day: 7)
        let mail = try #require(try folder.sent().first?.mail)
        #expect(mail.subject == "[Netra] Kota Balikpapan: 1 peringatan kritis baru")
        #expect(mail.body.first?.hasPrefix("Peringatan baru (kritis): Kasus NTR-2023-002") == true, "\(mail.body)")
    }

    @Test func pastTheDailyLimitOneDigestMailThenNone() throws {
        let folder = try Folder(notify: "mail = [\"sekda@balikpapan.go.id\"]\ndaily_limit = 1")
        _ = try folder.check(day: 0, ["--lang", "en"])
        let officers = folder.demo + "/officers.csv"
        let roster = try String(contentsOfFile: officers, encoding: .utf8)
        try (roster + "196001011985031001;;Rahmat Hidayat;;01-01-1960;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Pengadministrasi Umum;Dinas Kesehatan\r\n")
            .write(toFile: officers, atomically: true, encoding: .utf8)
        _ = try folder.check(day: 7, ["--lang", "en"])
        let mails = try folder.sent()
        #expect(mails.count == 1)
        let digest = try #require(mails.first?.mail)
        #expect(digest.subject == "[Netra] Kota Balikpapan: 2 new critical alerts")
        #expect(digest.body.count == 2)
        #expect(digest.body.allSatisfy { $0.hasPrefix("New alert (critical): ") }, "\(digest.body)")
        // The day's one call is spent: the next new critical alert is not mailed.
        try (roster + "196002021985031001;;Rudi Hartono;;02-02-1960;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Pengadministrasi Umum;Dinas Kesehatan\r\n")
            .write(toFile: officers, atomically: true, encoding: .utf8)
        let late = try folder.check(day: 7, ["--lang", "en"])
        #expect(late.stderr.contains("the daily limit of 1 notifications is reached: 1 new critical alert not sent"), "\(late.stderr)")
        #expect(try folder.sent().count == 1)
    }

    @Test func aFailingSendmailIsSaidAndTheCheckGoesOn() throws {
        let folder = try Folder(notify: "mail = [\"sekda@balikpapan.go.id\"]", sendmail: "cat > /dev/null\necho 'no route to relay' >&2\nexit 1")
        _ = try folder.check(day: 0, ["--lang", "en"])
        let run = try folder.check(day: 7, ["--lang", "en"])
        #expect(run.status == 0)
        let sendmail = folder.tmp.url.appendingPathComponent("bin/sendmail").path
        #expect(run.stderr.contains("warning: the notify command '\(sendmail)' failed: 'exit status 1'"), "\(run.stderr)")
        // Its own words reach standard error too (never standard output).
        #expect(run.stderr.contains("no route to relay"))
        #expect(!run.stdout.contains("no route to relay"))
    }

    @Test func aHangingSendmailIsStoppedAtTheTimeout() throws {
        let folder = try Folder(notify: "mail = [\"sekda@balikpapan.go.id\"]\ntimeout_seconds = 1", sendmail: "sleep 60")
        _ = try folder.check(day: 0)
        let started = Date()
        let run = try folder.check(day: 7)
        #expect(run.status == 0)
        let sendmail = folder.tmp.url.appendingPathComponent("bin/sendmail").path
        #expect(run.stderr.contains("warning: perintah notify '\(sendmail)' tidak selesai dalam 1 detik dan dihentikan"), "\(run.stderr)")
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func withoutAnySendmailTheMailIsRefusedWithAWarning() throws {
        // Only meaningful where the system has no sendmail of its own (no MTA here).
        guard !["/usr/sbin/sendmail", "/usr/lib/sendmail"].contains(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return }
        var folder = try Folder(notify: "mail = [\"sekda@balikpapan.go.id\"]")
        var environment = folder.environment
        environment["PATH"] = "/usr/bin:/bin"
        folder = Folder(copy: folder, environment: environment)
        _ = try folder.check(day: 0, ["--lang", "en"])
        let run = try folder.check(day: 7, ["--lang", "en"])
        #expect(run.stderr.contains("[notify] mail needs sendmail (on PATH, /usr/sbin/sendmail or /usr/lib/sendmail), which is not installed"),
                "\(run.stderr)")
    }

    // MARK: - Who may choose what runs

    @Test func aNetraTomlOthersCanWriteIsRefusedNamingTheFileAndWhy() throws {
        let folder = try Folder(notify: "mail = [\"sekda@balikpapan.go.id\"]")
        let toml = folder.demo + "/netra.toml"
        _ = try folder.check(day: 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o664], ofItemAtPath: toml)
        let indonesian = try folder.check(day: 7)
        #expect(indonesian.stderr.contains("warning: [notify] tidak dijalankan: '\(toml)' dapat diubah pengguna lain (mode 664)"),
                "\(indonesian.stderr)")
        let english = try folder.check(day: 7, ["--lang", "en"])
        #expect(english.stderr.contains("warning: [notify] not run: '\(toml)' can be changed by other users (mode 664)"), "\(english.stderr)")
        #expect(try folder.sent().isEmpty)
        // Made writable by its owner only, it is acted on: the queued alert goes out.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: toml)
        let trusted = try folder.check(day: 7, ["--lang", "en"])
        #expect(trusted.stderr.isEmpty, "\(trusted.stderr)")
        #expect(try folder.sent().count == 1)
    }

    @Test func aNetraTomlOfAnotherUserIsRefusedNamingTheOwner() throws {
        // Giving a file away needs root (CI containers are root); elsewhere nothing to test.
        guard geteuid() == 0, let nobody = getpwnam("nobody") else { return }
        let folder = try Folder(notify: "mail = [\"sekda@balikpapan.go.id\"]")
        let toml = folder.demo + "/netra.toml"
        _ = try folder.check(day: 0)
        #expect(chown(toml, nobody.pointee.pw_uid, nobody.pointee.pw_gid) == 0)
        let english = try folder.check(day: 7, ["--lang", "en"])
        #expect(english.stderr.contains("warning: [notify] not run: '\(toml)' belongs to user 'nobody', not to you or root"),
                "\(english.stderr)")
        let indonesian = try folder.check(day: 7)
        #expect(indonesian.stderr.contains("warning: [notify] tidak dijalankan: '\(toml)' milik pengguna 'nobody', bukan milik Anda atau root"),
                "\(indonesian.stderr)")
        #expect(try folder.sent().isEmpty)
    }
}

extension NotifyMailTests.Folder {
    /// The same folder run with another environment.
    init(copy: Self, environment: [String: String]) {
        tmp = copy.tmp
        demo = copy.demo
        mails = copy.mails
        self.environment = environment
    }
}
