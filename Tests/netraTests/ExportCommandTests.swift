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
        // Every column of the list, the officer's unit and the case summary (uraian) included.
        let expected = "\u{FEFF}ID;Reported;Source;Status;Due;OVERDUE;Officer;SIASN;NIP;Unit;Category;Summary\r\n"
            + "NTR-2023-003;2023-05-22;public;new;2023-05-29;;;;;;Media sosial;\"Akun media sosial yang diduga milik pegawai kelurahan membagikan konten kampanye bakal calon; identitas pegawai belum diketahui.\"\r\n"
            + "NTR-2023-009;2023-04-10;public;review;2023-05-28;;Eko Prasetyo;;198302182008121001;Dinas Komunikasi dan Informatika;Media sosial;Aduan warga lewat SP4N-LAPOR!: komentar mendukung bakal calon di akun resmi dinas.\r\n"
            + "NTR-2023-002;2023-05-19;KIPP;new;2023-05-26;;Andi Baso Ridwan;;197807192005011001;Dinas Perhubungan;Terdaftar sebagai bacaleg;\"KIPP melaporkan ASN aktif yang terdaftar sebagai bakal calon dan hadir pada kegiatan politik; meminta kejelasan status kepegawaiannya.\"\r\n"
            + "NTR-2023-001;2023-05-15;Bawaslu;review;2023-05-22;1;Irwan Saputra;;198101052009011001;Kecamatan Balikpapan Utara;Menghadiri kegiatan partai;Patroli pengawasan: hadir dan berfoto dengan atribut partai pada acara deklarasi bakal calon, Sabtu 13 Mei 2023.\r\n"
            + "NTR-2023-006;2023-01-20;public;recommended;2023-05-19;4;Agus Setiawan;;198609092011041001;Dinas Pemadam Kebakaran;Kegiatan partai;\"Hadir berseragam pada pertemuan pengurus partai; KASN merekomendasikan hukuman disiplin sedang.\"\r\n"
            + "NTR-2023-005;2023-02-06;Bawaslu;review;2023-03-15;69;Dedi Firmansyah;;198411272010031001;Kelurahan Damai;Media sosial;\"Mengunggah foto bersama pengurus partai dengan simbol partai; diteruskan Bawaslu ke KASN.\"\r\n"
            + "NTR-2022-017;2022-10-03;KIPP;recommended;2022-12-19;155;Gunawan Effendi;blocked;197109231997111001;Dinas Perumahan dan Permukiman;Kegiatan partai;\"Menjadi pengurus ranting partai; rekomendasi KASN tidak ditindaklanjuti, data kepegawaian diblokir BKN.\"\r\n"
            + "NTR-2022-014;2022-11-14;Bawaslu;sanctioned;;;Ratih Kusumawati;;197701162002022001;Dinas Perdagangan;Media sosial;\"Membagikan konten bakal calon di grup percakapan pedagang pasar; sanksi moral pernyataan terbuka.\"\r\n"
            + "NTR-2023-004;2023-04-03;internal;sanctioned;;;Wahyu Nugroho;;197503032001111001;Satuan Polisi Pamong Praja;Media sosial;\"Memberi tanda suka dan komentar pada unggahan partai politik; sanksi moral pernyataan tertutup.\"\r\n"
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
        let bad = try NetraProcess.run(["export", "--data", demo, "--view", "cases", "--filter", "colour=red", "--lang", "en"])
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
