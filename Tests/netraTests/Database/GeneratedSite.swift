import Foundation
import NetraCore

/// An office's folder made up for the province tests: `officers` officers with valid
/// NIPs (a share of them legislative candidates, some past retirement age), retirement
/// requests and integrity cases for a few of them, the demo's Pilkada schedule, and a
/// netra.toml naming the office's region and time zone. `seed` makes each office's
/// roster, candidates and deadlines differ, so sums that came out right by accident
/// would be unlikely.
enum GeneratedSite {
    static func write(at folder: URL, officers: Int, seed: Int, region: String, zone: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = ["Agus", "Ratna", "Yohanes", "Made", "Siti", "Frans", "Nur", "Dian", "Rahmat", "Maria", "Ketut", "Wayan"]
        let families = ["Tanjung", "Lubis", "Wenda", "Sinaga", "Putri", "Pattiasina", "Haryanto", "Lestari", "Rumbiak"]
        let units = (1...(6 + seed % 5)).map { "Dinas \($0) \(region)" }
        let grades = ["II/b", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
        let parties = ["Partai Nusantara Maju", "Partai Karya Rakyat", "Partai Bintang Harapan"]
        let born = CivilDate(year: 1964, month: 3, day: 1 + seed)!
        var roster = "NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN;PARTAI;DAPIL\n"
        var requests = "nip,kind,filed_on,stage,effective_on,decree_no\n"
        var cases = "id;nip;reported_on;source;category;summary;status\n"
        let candidateEvery = 12 + seed % 7
        for i in 0..<officers {
            // 37 and 9,000 share no factor: every officer of a site is born on another
            // day (1964–1988), and started work 19–30 years later (by 2018).
            let birth = born.adding(days: (i * 37 + seed * 101) % 9_000)
            let start = birth.adding(months: 12 * (19 + (i + seed) % 12))
            let nip = String(format: "%04d%02d%02d%04d%02d%d%03d", birth.year, birth.month, birth.day,
                             start.year, start.month, 1 + i % 2, 1 + seed)
            let name = "\(names[(i + seed) % names.count]) \(families[(i / 3 + seed) % families.count])"
            roster += "\(nip);\(name);\(units[i % units.count]);Pelaksana \(1 + i % 9);\(grades[(i + seed) % grades.count]);"
            roster += i % candidateEvery == 0 ? "bacaleg;\(parties[(i + seed) % parties.count]);\(region) \(1 + i % 4)\n" : "-;;\n"
            if i % (20 + seed) == 3 {
                let kind = ["pensiun dini", "pengunduran diri", "bup"][(i + seed) % 3]
                let stage = ["diajukan", "diverifikasi", "dikirim ke bkn", "sk terbit"][(i / 7 + seed) % 4]
                requests += "\(nip),\(kind),\(1 + (i + seed) % 20)/05/2023,\(stage),,\n"
            }
            if i % (45 + seed) == 5 {
                let status = ["baru", "klarifikasi", "selesai"][(i + seed) % 3]
                cases += "K-\(seed)-\(i);\(nip);\(1 + i % 20) Mei 2023;\(["Bawaslu", "KIPP", "Masyarakat"][i % 3]);Kegiatan partai;\"Laporan \(i), \(region)\";\(status)\n"
            }
        }
        try Data(roster.utf8).write(to: folder.appendingPathComponent("officers.csv"))
        try Data(requests.utf8).write(to: folder.appendingPathComponent("retirements.csv"))
        try Data(cases.utf8).write(to: folder.appendingPathComponent("cases.csv"))
        try Data((DemoData.files[.schedule] ?? "").utf8).write(to: folder.appendingPathComponent(DataFile.schedule.fileName))
        try Data("region = \"\(region)\"\ntimezone = \"\(zone)\"\n".utf8).write(to: folder.appendingPathComponent(DataFile.settings.fileName))
    }
}
