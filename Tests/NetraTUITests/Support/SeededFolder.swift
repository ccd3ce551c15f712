import Foundation
import NetraCore
@testable import NetraTUI

/// A seeded data folder for the consistency tests: `officers` officers over `units`
/// units, candidates for both of the demo schedule's elections (bacaleg → Pemilu,
/// bapaslon → Pilkada), resignations filed long ago and still waiting (overdue) beside
/// recent ones, neutrality cases at every stage of the chain with dates around the
/// story moment (some past their stage's date, some not), and a Wali Kota circular
/// past its due date that some units have done. The same seed gives the same folder.
struct SeededFolder {
    var officers: Int
    var units: Int = 12
    var seed: UInt64

    /// SplitMix64: small, seedable, the same on every platform.
    private struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// `dd/mm/2023`, `back` days before the story's 23 May 2023.
    private static func day(_ back: Int) -> String {
        let d = CivilDate(year: 2023, month: 5, day: 23)!.adding(days: -back)
        return String(format: "%02d/%02d/%04d", d.day, d.month, d.year)
    }

    func files() -> [DataFile: String] {
        var random = Random(state: seed)
        let unitNames = (0..<units).map { "Dinas Uji \($0 + 1)" }
        var officersCSV = "nip;nama;unit kerja;jabatan;gol;pencalonan;partai;dapil;bup;jenis pegawai\r\n"
        var requests = "nip;jenis;tanggal pengajuan;tahap;tmt;nomor sk\r\n"
        var cases = "nomor;nip;tanggal laporan;sumber;kategori;ringkasan;status;batas waktu;diteruskan ke;tanggal diteruskan;saluran;"
            + "nomor referensi;tanggal rekomendasi;nomor rekomendasi;sanksi;batas ppk;tanggal keputusan;nomor keputusan;diblokir\r\n"
        var nips: [String] = []
        for i in 0..<officers {
            let year = 1964 + random.below(36), month = 1 + random.below(12), day = 1 + random.below(28)
            let nip = String(format: "%04d%02d%02d%04d%02d1%03d", year, month, day, year + 22 + random.below(5), 1 + random.below(12), i % 1000)
            nips.append(nip)
            let candidacy = random.chance(3) ? (random.chance(30) ? "bapaslon" : "bacaleg") : ""
            let party = candidacy.isEmpty ? "" : "Partai Uji \(1 + random.below(5))"
            let dapil = candidacy == "bacaleg" ? "Balikpapan \(1 + random.below(6))" : ""
            officersCSV += "\(nip);Pegawai Uji \(i);\(unitNames[i % units]);Staf;III/b;\(candidacy);\(party);\(dapil);;PNS\r\n"
            // Requests: long-waiting ones (overdue), recent ones, decreed ones.
            if random.chance(6) {
                let (back, stage) = [(120, "diajukan"), (90, "diverifikasi"), (5, "diajukan"), (60, "SK terbit"), (40, "dikirim ke BKN")][random.below(5)]
                let kind = random.chance(50) ? "pengunduran diri" : "pensiun dini"
                requests += "\(nip);\(kind);\(Self.day(back + random.below(10)));\(stage);;\(stage == "SK terbit" ? "800/\(i)/BKPSDM" : "")\r\n"
            }
            // Cases: every stage of the chain, dates around the story moment.
            if random.chance(5) {
                let reported = 2 + random.below(150)
                let stage = random.below(7)
                let status = ["Baru", "Klarifikasi", "Klarifikasi", "Rekomendasi", "Sanksi", "Rekomendasi", "Selesai"][stage]
                var follow = Array(repeating: "", count: 11)
                if stage >= 2 && stage != 6 {
                    follow[0] = "KASN"; follow[1] = Self.day(max(1, reported - 5)); follow[2] = "SiapNet"; follow[3] = "REF-\(i)"
                }
                if stage == 3 || stage == 4 || stage == 5 { follow[4] = Self.day(max(1, reported - 10 - random.below(30))); follow[5] = "R-\(i)"; follow[6] = "ringan" }
                if stage == 4 { follow[8] = Self.day(1); follow[9] = "800/\(i)" }
                if stage == 5 { follow[10] = "ya" }
                let due = random.chance(30) ? Self.day(reported - 7) : ""
                cases += "UJI-\(i);\(nip);\(Self.day(reported));\(["Bawaslu", "KIPP", "Masyarakat", "Internal"][random.below(4)]);Media sosial;"
                    + "Laporan uji \(i);\(status);\(due);\(follow.joined(separator: ";"))\r\n"
            }
        }
        // A circular past its due date; roughly half the units have done it.
        var acknowledgements = "edaran;unit kerja;diterima;diteruskan;pakta;jumlah tanda tangan;apel;catatan\r\n"
        for unit in unitNames where random.chance(50) {
            acknowledgements += "SE-UJI-2023;\(unit);10/05/2023;11/05/2023;\(random.chance(70) ? "15/05/2023" : "");;;\r\n"
        }
        let circulars = "kode;nomor;penerbit;tanggal;perihal;menindaklanjuti;batas waktu;berlaku untuk;wajib pakta\r\n"
            + "SE-UJI-2023;100.3.4/0999/Pem;Wali Kota;09/05/2023;Netralitas ASN;;19/05/2023;;ya\r\n"
        return [.officers: officersCSV, .retirements: requests, .cases: cases, .circulars: circulars, .acknowledgements: acknowledgements]
    }

    /// The folder read from memory over the demo's settings and schedule.
    func model(at iso: String = "2023-05-23T10:00:00+08:00") -> DashboardModel { demoModel(at: iso, replacing: files()) }
}
