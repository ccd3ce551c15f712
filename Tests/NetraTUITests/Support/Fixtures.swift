import Foundation
import NetraCore
@testable import NetraTUI

/// The demo folder read from memory and frozen at the story's moment; `replacing`
/// swaps in other contents for some files.
func demoModel(at iso: String = "2023-05-23T10:00:00+08:00", replacing: [DataFile: String] = [:],
               removing: Set<DataFile> = []) -> DashboardModel {
    struct Memory: FileSource {
        let files: [DataFile: String]
        func contents(of file: DataFile) throws -> [UInt8]? { files[file].map { Array($0.utf8) } }
    }
    let now = InstantText.parse(iso, defaultZone: TimeZone(identifier: "UTC")!)!
    let files = DemoData.files.merging(replacing) { _, new in new }.filter { !removing.contains($0.key) }
    return DashboardModel(reading: DataFolder.read(from: Memory(files: files)), now: now)
}

/// The demo with `extra` more bacaleg officers (so lists and alerts run over several
/// screenfuls).
func crowdedDemoModel(extra: Int = 60, at iso: String = "2023-05-23T10:00:00+08:00", settings: String? = nil) -> DashboardModel {
    let first = ["Bagus", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Intan", "Joko", "Kartika"]
    let last = ["Prasetyo", "Lestari", "Kurniawan", "Wulandari", "Santoso", "Pratama", "Hidayat", "Siregar", "Nugroho", "Rahayu"]
    var officers = LegacyDemo.officers
    for i in 0..<extra {
        let nip = "197501012000011" + String(format: "%03d", 100 + i)
        officers += "\(nip);\(first[i % 10]) \(last[(i / 10) % 10]);Dinas Kesehatan;Staf;III/a;bacaleg;Partai Nusantara Maju;Balikpapan 3;;PNS\r\n"
    }
    var files: [DataFile: String] = [.officers: officers]
    if let settings { files[.settings] = settings }
    return demoModel(at: iso, replacing: files)
}

/// A generated city: `count` officers over twenty units, one in 40 a candidate (both
/// elections), one in 30 with a request, one in 60 reported in a case; with the demo's
/// settings and schedule. Deterministic, so its frames can be golden.
func generatedCityModel(officers count: Int, at iso: String = "2023-05-23T10:00:00+08:00") -> DashboardModel {
    let units = ["Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan", "Dinas Perhubungan", "Dinas Sosial", "Dinas Lingkungan Hidup",
                 "Badan Pendapatan Daerah", "Badan Kepegawaian dan Pengembangan SDM", "Sekretariat Daerah", "Sekretariat DPRD",
                 "Inspektorat", "Satuan Polisi Pamong Praja", "Kecamatan Balikpapan Kota", "Kecamatan Balikpapan Selatan",
                 "Kecamatan Balikpapan Tengah", "Kecamatan Balikpapan Utara", "Kecamatan Balikpapan Timur", "Kecamatan Balikpapan Barat",
                 "RSUD Beriman", "Dinas Pekerjaan Umum", "Dinas Pemuda dan Olahraga"]
    let first = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gunawan", "Hesti", "Iwan", "Joko", "Kartini", "Lestari", "Made", "Nur"]
    let last = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Lestari", "Pratama", "Siregar", "Nugroho", "Rahman", "Kusuma", "Halim"]
    var officers = "nip;nama;unit kerja;jabatan;gol;pencalonan;partai;dapil;bup;jenis pegawai\r\n"
    var requests = "nip;jenis;tanggal pengajuan;tahap;tmt;nomor sk\r\n"
    var cases = "id;nip;tanggal laporan;sumber;kategori;ringkasan;status;batas waktu\r\n"
    for i in 0..<count {
        let year = 1965 + i % 31, month = 1 + (i / 7) % 12, day = 1 + i % 28
        let nip = String(format: "%04d%02d%02d%04d%02d1%03d", year, month, day, year + 24, month, 1 + i % 999)
        let candidacy = i % 41 == 7 ? (i % 3 == 0 ? "bapaslon" : "bacaleg") : ""
        let party = candidacy == "bacaleg" ? "Partai Nusantara Maju" : ""
        let dapil = candidacy == "bacaleg" ? "Balikpapan \(1 + i % 6)" : ""
        officers += "\(nip);\(first[i % first.count]) \(last[(i / first.count) % last.count]);\(units[(i / 3) % units.count]);Staf;III/b;\(candidacy);\(party);\(dapil);;PNS\r\n"
        if i % 30 == 11 {
            let stage = ["diajukan", "diverifikasi", "dikirim ke BKN", "SK terbit"][i % 4]
            requests += "\(nip);\(i % 2 == 0 ? "pensiun dini" : "pengunduran diri");\(1 + i % 28)/0\(1 + i % 5)/2023;\(stage);;\(stage == "SK terbit" ? "800/\(i)/BKPSDM" : "")\r\n"
        }
        if i % 60 == 13 {
            cases += "GEN-\(i);\(nip);\(1 + i % 28)/0\(1 + i % 5)/2023;\(["Bawaslu", "KIPP", "Masyarakat", "Internal"][(i / 60) % 4]);Media sosial;Laporan;\(["Baru", "Klarifikasi", "Rekomendasi", "Selesai"][(i / 120) % 4]);\r\n"
        }
    }
    // The demo's acknowledgements name the demo's units: keep only the heading line.
    let acknowledgements = String(DemoData.files[.acknowledgements]!.prefix { $0 != "\n" }) + "\n"
    // Its roster says who runs (the older layout): the demo's candidates.csv is not for it.
    return demoModel(at: iso, replacing: [.officers: officers, .retirements: requests, .cases: cases, .acknowledgements: acknowledgements],
                     removing: [.candidates])
}

/// How many rows the demo's files hold (counted from the files, so a growing demo
/// does not break tests that only need "all of them").
enum DemoCounts {
    static let cases = DemoData.files[.cases]!.split(whereSeparator: \.isNewline).dropFirst().filter { !$0.isEmpty }.count
}

extension RowID {
    /// An officer's row by the NIP as written (tests read like the screen).
    static func officer(_ nip: String) -> RowID { .officer(NIP(value: UInt64(nip)!)) }

    /// The overview's line for a group of `kind` alerts.
    var isGroup: (Alert.Kind) -> Bool {
        { kind in if case .alertGroup(let g) = self { g.kind == kind } else { false } }
    }
}
