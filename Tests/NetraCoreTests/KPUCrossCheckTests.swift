import Foundation
import Testing
@testable import NetraCore

/// KPU's lists in `kpu/` matched against the roster (issue 21, part 3).
@Suite struct KPUCrossCheckTests {
    static let moment = at("2023-08-21T10:00:00+08:00")

    /// Reads the fixture folder (with `review` as kpu-review.csv) from disk.
    static func read(review: String? = nil) throws -> (FolderReading, Situation) {
        let folder = try KPUFixture.write(to: KPUFixture.temporaryFolder(), review: review)
        defer { try? FileManager.default.removeItem(at: folder) }
        let reading = DataFolder.read(from: FolderFiles(folder: folder))
        return (reading, Situation(dataset: reading.dataset, now: moment))
    }

    static func kpuAlerts(_ s: Situation) -> [String] {
        s.alerts.filter { $0.kind == .kpuListedNotRecorded || $0.kind == .kpuCandidateNotListed }.map { a in
            "\(a.kind.rawValue) \(a.severity.name) \(a.nip!) \(a.kpu?.entry.map { "\($0.file)#\($0.number)" } ?? "-") \(a.kpu?.score ?? a.kpu?.listsChecked ?? -1)"
        }
    }

    @Test func folding() {
        #expect(NameFolding.words("Dra. Hj. SITI  AMINAH, M.Si.") == ["siti", "aminah"])
        #expect(NameFolding.words("Dr. H. ACHMAD FAUZAN, S.Sos., M.Si.") == NameFolding.words("Ahmad Fauzan"))
        #expect(NameFolding.key("M. RIZAL, S.E.") == NameFolding.key("Muhammad Rizal"))
        #expect(NameFolding.key("Moh. Rizal") == NameFolding.key("Mohammad Rizal"))
        #expect(NameFolding.key("Muhamad Rizal") == NameFolding.key("MUHAMMAD RIZAL"))
        #expect(NameFolding.key("NUR HAYATI, S.Pd.") == NameFolding.key("Nurhayati"))
        #expect(NameFolding.key("Ir. Soekarno") == NameFolding.key("Sukarno"))
        #expect(NameFolding.key("Andi Saputra ST") == NameFolding.key("andi saputra"))
        #expect(NameFolding.key("Andi Saputra, S.Kep., Ns.") == NameFolding.key("Andi Saputra"))
        #expect(NameFolding.key("Budi (Ucok) Santoso") == NameFolding.key("Budi Santoso"))
        #expect(NameFolding.key("José Sitti") == NameFolding.key("Jose Siti"))
        // Not everything folds together.
        #expect(NameFolding.key("Siti Aminah") != NameFolding.key("Siti Amanah"))
        #expect(NameFolding.key("Ahmad Fauzan") != NameFolding.key("Ahmad Fauzi"))
        #expect(NameFolding.placeKey("KOTA BALIKPAPAN") == NameFolding.placeKey("Balikpapan"))
        #expect(NameFolding.placeKey("Kab. Paser") != NameFolding.placeKey("Balikpapan"))
    }

    @Test func fileNames() {
        let a = KPUFileName("DCS-Partai-Nusantara-Maju-Dapil-2.csv")
        #expect(a == KPUFileName(kindParty: .dcs, "Partai Nusantara Maju", "Dapil 2"))
        #expect(KPUFileName("DCT_PKB_dapil_3.xlsx") == KPUFileName(kindParty: .dct, "PKB", "dapil 3"))
        #expect(KPUFileName("Paslon-Walikota-2024.ods") == KPUFileName(kindParty: .paslon, "", ""))
        #expect(KPUFileName("daftar.csv").kind == nil)
        #expect(KPUFileName("DCS-Partai-Bintang-Harapan-Dapil-Balikpapan-5.csv") == KPUFileName(kindParty: .dcs, "Partai Bintang Harapan", "Dapil Balikpapan 5"))
        #expect(KPUFileName("dct dapil III PKB 2024.xlsx") == KPUFileName(kindParty: .dct, "PKB", "dapil III"))
    }

    @Test func theFixtureGivesExactlyTheExpectedAlerts() throws {
        let (reading, s) = try Self.read()
        #expect(reading.dataset.kpuLists.entries.count == 60)
        #expect(reading.dataset.kpuLists.files.count == 3)
        #expect(Set(reading.dataset.kpuLists.entries.map(\.district)).count == 4)  // Dapil 1, Dapil 2, BALIKPAPAN 2, BALIKPAPAN 3
        #expect(Set(reading.dataset.kpuLists.entries.map { NameFolding.placeKey($0.party) }) == ["nusantaramaju", "rakyatsejahtera"])
        #expect(lines(reading.diagnostics.filter { $0.file == .kpu || $0.file == .kpuReview }) == [
            "kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv:1: warning: line 1 above the column headings skipped (a title, not data)",
        ])
        #expect(Self.kpuAlerts(s) == [
            "kpuListedNotRecorded warning \(KPUFixture.siti) kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv#4 100",
            "kpuCandidateNotListed info \(KPUFixture.budi) - 3",
        ])
        // The recorded candidates are found under KPU's spelling of their names.
        for nip in [KPUFixture.ahmad, KPUFixture.rizal, KPUFixture.nurhayati] {
            let best = try #require(s.kpu.matches(for: NetraCore.NIP(value: UInt64(nip)!)).first)
            #expect(best.recorded && best.score.value == 100 && best.score.isLikely, "\(nip)")
        }
        // Namesakes of the other sex are no match at all; a partial name is only possible.
        #expect(s.kpu.matches(for: nip(KPUFixture.rizky)).isEmpty)
        #expect(s.kpu.matches(for: nip(KPUFixture.dwi)).isEmpty)
        let dewi = s.kpu.matches(for: nip(KPUFixture.dewi))
        #expect(dewi.map(\.score.value) == [70])
        #expect(dewi.first?.score.name == .contained)
        #expect(s.kpu.matches.count == 5)
        // The sentence the screen and the check show.
        let alert = try #require(s.alerts.first { $0.kind == .kpuListedNotRecorded })
        #expect(Messages.kpuAlert(alert, who: "Siti Aminah").text(.id)
            == "ASN Siti Aminah kemungkinan ada di DCS Partai Nusantara Maju Dapil 2, belum tercatat sebagai calon (no. 4, skor 100)")
        #expect(Messages.kpuAlert(alert, who: "Siti Aminah").text(.en)
            == "Officer Siti Aminah is likely on the DCS Partai Nusantara Maju Dapil 2, not recorded as a candidate (no. 4, score 100)")
    }

    @Test func aBukanVerdictSilencesThePair() throws {
        let review = "nip;daftar;nomor urut;nama;putusan\n\(KPUFixture.siti);DCS-Partai-Nusantara-Maju-Dapil-2.csv;4;;bukan\n"
        let (reading, s) = try Self.read(review: review)
        #expect(lines(reading.diagnostics.filter { $0.file == .kpuReview }) == [])
        #expect(Self.kpuAlerts(s) == ["kpuCandidateNotListed info \(KPUFixture.budi) - 3"])
        #expect(s.kpu.matches(for: nip(KPUFixture.siti)).map(\.verdict) == [.notSame])
    }

    @Test func aSamaVerdictConfirmsAndTurnsCritical() throws {
        // By name as listed (any spelling), file without its extension; and a `sama`
        // for a pair the scoring rejected (another sex on the list) still counts.
        let review = """
        NIP,DAFTAR,NAMA,PUTUSAN,CATATAN
        \(KPUFixture.siti),kpu/DCS-Partai-Nusantara-Maju-Dapil-2,siti aminah,sama,dicek ke KPU
        \(KPUFixture.dwi),DCS-Partai-Nusantara-Maju-Dapil-2.csv,Dwi Lestari,Sama,jenis kelamin salah ketik di DCS
        \(KPUFixture.budi),DCS-Partai-Nusantara-Maju-Dapil-9.csv,Budi Santoso,bukan,
        199901012020011099,DCS-Partai-Nusantara-Maju-Dapil-2.csv,Siti Aminah,sama,
        """
        let (reading, s) = try Self.read(review: review)
        #expect(lines(reading.diagnostics.filter { $0.file == .kpuReview }) == [
            "kpu-review.csv:4: warning: no entry 'Budi Santoso' in the list 'DCS-Partai-Nusantara-Maju-Dapil-9.csv' of kpu/: the verdict is not applied",
            "kpu-review.csv:5: warning: nip 199901012020011099 is not in officers.csv",
        ])
        #expect(Self.kpuAlerts(s) == [
            "kpuListedNotRecorded critical \(KPUFixture.siti) kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv#4 100",
            "kpuListedNotRecorded critical \(KPUFixture.dwi) kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv#1 0",
            "kpuCandidateNotListed info \(KPUFixture.budi) - 3",
        ])
        let alert = try #require(s.alerts.first { $0.nip == nip(KPUFixture.siti) })
        #expect(Messages.kpuAlert(alert, who: "Siti Aminah").text(.id)
            == "ASN Siti Aminah ada di DCS Partai Nusantara Maju Dapil 2 (no. 4, dikonfirmasi di kpu-review.csv), belum tercatat sebagai calon")
    }

    @Test func checkPrintsTheMatchesWithTheirScore() throws {
        let folder = try KPUFixture.write(to: KPUFixture.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = CheckReport(folder: ".", reading: DataFolder.read(from: FolderFiles(folder: folder)), now: Self.moment)
        let kpuLines = report.text(.en).split(separator: "\n").filter { $0.contains(": match: ") || $0.hasPrefix("KPU:") }
        #expect(kpuLines == [
            "kpu/DCS Partai Rakyat Sejahtera.csv:2: match: DCS PARTAI RAKYAT SEJAHTERA dapil BALIKPAPAN 2 no. 1 'NUR HAYATI, S.Pd.' ~ \(KPUFixture.nurhayati) Nurhayati: score 100, likely; recorded as a candidate",
            "kpu/DCS Partai Rakyat Sejahtera.csv:3: match: DCS PARTAI RAKYAT SEJAHTERA dapil BALIKPAPAN 3 no. 1 'M. RIZAL, S.E.' ~ \(KPUFixture.rizal) Muhammad Rizal: score 100, likely; recorded as a candidate",
            "kpu/DCS-Partai-Nusantara-Maju-Dapil-1.csv:2: match: DCS Partai Nusantara Maju Dapil 1 no. 1 'Dr. H. ACHMAD FAUZAN, S.Sos., M.Si.' ~ \(KPUFixture.ahmad) Ahmad Fauzan: score 100, likely; recorded as a candidate",
            "kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv:5: match: DCS Partai Nusantara Maju Dapil 2 no. 2 'DEWI KARTIKA' ~ \(KPUFixture.dewi) Dewi Kartika Sari: score 70, possible; not recorded as a candidate",
            "kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv:7: match: DCS Partai Nusantara Maju Dapil 2 no. 4 'Dra. Hj. SITI  AMINAH, M.Si.' ~ \(KPUFixture.siti) Siti Aminah: score 100, likely; not recorded as a candidate",
            "KPU: 3 lists, 60 names; 4 likely matches (1 not recorded as a candidate), 1 possible, 0 dismissed",
        ])
        let idLine = report.text(.id).split(separator: "\n").first { $0.contains("SITI") }
        #expect(idLine?.hasSuffix("Siti Aminah: skor 100, kemungkinan besar; belum tercatat sebagai calon") == true)

        let json = try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as! [String: Any]
        let kpu = try #require(json["kpu"] as? [String: Any])
        #expect(kpu["entries"] as? Int == 60)
        #expect((kpu["lists"] as? [String])?.count == 3)
        let matches = try #require(kpu["matches"] as? [[String: Any]])
        let siti = try #require(matches.first { $0["nip"] as? String == KPUFixture.siti })
        #expect(siti["score"] as? Int == 100)
        #expect(siti["level"] as? String == "likely")
        #expect(siti["nameAgreement"] as? String == "same")
        #expect(siti["sexAgrees"] as? Bool == true)
        #expect(siti["domicileAgrees"] as? Bool == true)
        #expect(siti["recordedCandidate"] as? Bool == false)
        #expect(siti["list"] as? String == "dcs")
        #expect(siti["number"] as? String == "4")
        #expect(siti["verdict"] == nil)
        let alerts = try #require(json["alerts"] as? [[String: Any]])
        let alert = try #require(alerts.first { $0["kind"] as? String == "kpuListedNotRecorded" })
        let facts = try #require(alert["kpu"] as? [String: Any])
        #expect(facts["file"] as? String == "kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv")
        #expect(facts["score"] as? Int == 100)
        #expect(facts["confirmed"] as? Bool == false)
    }

    @Test func aFolderWithoutKPUListsSaysNothing() throws {
        let folder = try KPUFixture.write(to: KPUFixture.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("kpu"))
        let report = CheckReport(folder: ".", reading: DataFolder.read(from: FolderFiles(folder: folder)), now: Self.moment)
        #expect(!report.text.contains("KPU"))
        #expect(!report.json.contains("\"kpu\""))
        #expect(report.situation.alerts.allSatisfy { $0.kpu == nil })
    }
}

extension KPUFileName {
    init(kindParty kind: KPUListKind, _ party: String, _ district: String) {
        self.init("")
        self.kind = kind
        self.party = party
        self.district = district
    }
}
