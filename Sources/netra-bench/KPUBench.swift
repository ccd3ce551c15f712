import Foundation
import NetraCore

/// `--kpu [L] [N]`: L listed names (10,000) in `kpu/` matched against a roster of N
/// officers (100,000). A third of the listed names are officers' own, written as KPU
/// writes them (capitals, titles, `M.` for Muhammad, spacing); the rest are strangers
/// from the same vocabulary, so the word index meets common words. Prints the time to
/// read the lists and to match them (index built included), median of 5.
func measureKPU(listed: Int, officers count: Int) throws {
    let folder = URL(fileURLWithPath: "bench-data/kpu-\(listed)-\(count)")
    let fm = FileManager.default
    let first = ["Agus", "Budi", "Siti", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Lina", "Rudi", "Sri", "Wahyu", "Yuli", "Andi",
                 "Nurul", "Muhammad", "Ahmad", "Rina", "Dian", "Arif", "Bayu", "Citra", "Dimas", "Fajar", "Galih", "Hadi", "Irfan", "Krisna",
                 "Lukman", "Maya", "Novi", "Putri", "Rizky", "Sandi", "Taufik", "Umar", "Wawan", "Yoga", "Zainal"]
    let middle = ["", "Nur", "Adi", "Dwi", "Tri", "Eka", "Putra", "Sari", "Kurnia", "Rahmat", "Hadi", "Indra", "Bagus", "Ayu", "Intan"]
    let last = ["Santoso", "Wijaya", "Rahmawati", "Saputra", "Lestari", "Hidayat", "Kurniawan", "Handayani", "Pratama", "Sari", "Nugroho",
                "Wulandari", "Setiawan", "Permana", "Gunadi", "Susanto", "Hakim", "Ramadhan", "Siregar", "Nasution", "Harahap", "Lubis",
                "Simanjuntak", "Pangaribuan", "Tanjung", "Rangkuti", "Daulay", "Ginting", "Sembiring", "Tarigan", "Purba", "Manurung",
                "Sitompul", "Hutapea", "Panjaitan", "Sinaga", "Situmorang", "Silalahi", "Hasibuan", "Pohan"]
    func name(_ i: Int) -> String {
        let m = middle[(i / 40) % middle.count]
        return first[i % first.count] + (m.isEmpty ? "" : " " + m) + " " + last[(i / 600) % last.count] + (i % 24_000 >= 12_000 ? " \(["Putra", "Jaya", "Utama"][i % 3])" : "")
    }
    if !fm.fileExists(atPath: folder.appendingPathComponent("officers.csv").path) {
        try fm.createDirectory(at: folder.appendingPathComponent("kpu"), withIntermediateDirectories: true)
        var text = "NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN;PARTAI;DAPIL\n"
        text.reserveCapacity(count * 110)
        let base = CivilDate(year: 1965, month: 1, day: 1)!
        var sexes: [Int] = []
        for i in 0..<count {
            let birth = base.adding(days: i % 12_000)
            let start = birth.adding(months: 12 * (20 + i % 12))
            let sex = 1 + (i / 7) % 2
            sexes.append(sex)
            let nip = String(format: "%04d%02d%02d%04d%02d%d%03d", birth.year, birth.month, birth.day, start.year, start.month, sex, i / 12_000 + 1)
            text += "\(nip);\(name(i));Unit \(i % 60);Staf;III/a;\(i % 40 == 0 ? "bacaleg;Partai \(i % 18)" : "-;");Dapil \(1 + i % 6)\n"
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent("officers.csv"))
        try Data("region = \"Kota Balikpapan\"\n".utf8).write(to: folder.appendingPathComponent("netra.toml"))
        // One file per party and dapil, as offices save them: 18 parties × 6 dapils.
        var files: [String: String] = [:]
        let titlesBefore = ["", "", "Dr. ", "H. ", "Hj. ", "Drs. ", "Ir. "], titlesAfter = ["", ", S.Pd.", ", S.E., M.M.", ", S.T.", ", M.Si.", ""]
        for e in 0..<listed {
            let party = e % 18, dapil = 1 + (e / 18) % 6
            let key = "DCS-Partai-\(party)-Dapil-\(dapil).csv"
            let officer = e % 3 == 0 ? (e * 7919) % count : nil
            var listedName: String
            let sex: Int
            if let officer {
                listedName = name(officer)
                if listedName.hasPrefix("Muhammad ") && e % 2 == 0 { listedName = "M. " + listedName.dropFirst(9) }
                listedName = e % 5 == 0 ? listedName.uppercased() : listedName.replacingOccurrences(of: " ", with: "  ")
                sex = sexes[officer]
            } else {
                listedName = name(count + e * 31)
                sex = 1 + e % 2
            }
            listedName = titlesBefore[e % titlesBefore.count] + listedName + titlesAfter[e % titlesAfter.count]
            files[key, default: "NOMOR URUT;NAMA LENGKAP;JENIS KELAMIN;KABUPATEN/KOTA TEMPAT TINGGAL\n"]
                += "\(e / 108 + 1);\"\(listedName)\";\(sex == 1 ? "L" : "P");KOTA BALIKPAPAN\n"
        }
        for (key, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent("kpu").appendingPathComponent(key)) }
    }
    let source = FolderFiles(folder: folder)
    var reading = DataFolder.read(from: source)
    func ms(_ body: () -> Void) -> Double { let s = DispatchTime.now().uptimeNanoseconds; body(); return Double(DispatchTime.now().uptimeNanoseconds - s) / 1e6 }
    var reads: [Double] = [], matches: [Double] = []
    var check: KPUCrossCheck?
    for _ in 0..<5 {
        reads.append(ms { _ = DataFolder.read(.kpu, from: source) })
        matches.append(ms { check = KPUCrossCheck(dataset: reading.dataset) })
    }
    reading.dataset.roster = reading.dataset.roster  // keep `reading` mutable for the compiler
    let c = check!
    let likely = c.matches.filter { $0.score.isLikely }.count
    func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }
    print(String(format: "kpu: %d listed names in %d files × %d officers: read lists %.0f ms, match %.0f ms (index included); %d matches, %d likely, %d unlisted candidates",
                 c.entryCount, c.listCount, reading.dataset.officers.count, median(reads), median(matches), c.matches.count, likely, c.unlisted.count))
}
