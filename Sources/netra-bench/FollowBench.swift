import Foundation
import NetraCore

/// `--follow`: what circulars and acknowledgements add to a load. 100k officers in 500
/// units (`Dinas 1` … written in officers.csv; the acknowledgements spell them
/// `Din. 1 Kota Balikpapan` now and then, so matching is exercised), 10 circulars, 5,000
/// acknowledgements. Reads the folder and derives the situation with and without the
/// two files; the difference of the medians is the cost.
func measureFollowThrough() throws {
    let folder = URL(fileURLWithPath: "bench-data/follow-100000")
    let fm = FileManager.default
    if !fm.fileExists(atPath: folder.appendingPathComponent("officers.csv").path) {
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = "NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN\n"
        let base = CivilDate(year: 1965, month: 1, day: 1)!
        for i in 0..<100_000 {
            let birth = base.adding(days: i % 12_000)
            let start = birth.adding(months: 12 * (20 + i % 12))
            let nip = String(format: "%04d%02d%02d%04d%02d%d%03d", birth.year, birth.month, birth.day, start.year, start.month, 1 + i % 2, i / 12_000 + 1)
            text += "\(nip);Pegawai \(i);Dinas \(i % 500 + 1);Staf;III/a;-\n"
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent("officers.csv"))
    }
    var circulars = "id;number;issuer;issued_on;subject;follows;due_on;applies_to;asks_pact\n"
    for c in 0..<10 {
        circulars += "SE-\(c);\(c)/SE/2023;Wali Kota;0\(1 + c % 9)/05/2023;Netralitas;\(c == 0 ? "" : "SE-\(c - 1)");19/05/2023;;ya\n"
    }
    var acks = "circular;unit;received_on;passed_on;pact_signed_on;signed_count\n"
    for a in 0..<5_000 {
        let unit = a % 7 == 0 ? "Din. \(a % 500 + 1) Kota Balikpapan" : "Dinas \(a % 500 + 1)"
        acks += "SE-\(a / 500);\(unit);10/05/2023;12/05/2023;\(a % 3 == 0 ? "" : "15/05/2023");\(a % 5 == 0 ? "200" : "")\n"
    }
    let withFiles = folder.appendingPathComponent("with")
    try? fm.createDirectory(at: withFiles, withIntermediateDirectories: true)
    try? fm.removeItem(at: withFiles.appendingPathComponent("officers.csv"))
    try fm.copyItem(at: folder.appendingPathComponent("officers.csv"), to: withFiles.appendingPathComponent("officers.csv"))
    try Data(circulars.utf8).write(to: withFiles.appendingPathComponent("circulars.csv"))
    try Data(acks.utf8).write(to: withFiles.appendingPathComponent("acknowledgements.csv"))

    func median(_ source: URL) -> (total: Double, situation: Double) {
        var totals: [Double] = [], situations: [Double] = []
        for _ in 0..<7 {
            let start = DispatchTime.now().uptimeNanoseconds
            let reading = DataFolder.read(from: FolderFiles(folder: source))
            let mid = DispatchTime.now().uptimeNanoseconds
            let s = Situation(dataset: reading.dataset, now: DemoData.storyMoment)
            let end = DispatchTime.now().uptimeNanoseconds
            precondition(s.counts.officers == 100_000)
            totals.append(Double(end - start) / 1e6)
            situations.append(Double(end - mid) / 1e6)
        }
        return (totals.sorted()[3], situations.sorted()[3])
    }
    let roster = DataFolder.read(from: FolderFiles(folder: folder)).dataset.roster
    let dirStart = DispatchTime.now().uptimeNanoseconds
    let directory = UnitDirectory(roster: roster, region: "Kota Balikpapan")
    print(String(format: "unit directory of %d units: %.1f ms", directory.units.count, Double(DispatchTime.now().uptimeNanoseconds - dirStart) / 1e6))
    let without = median(folder), with = median(withFiles)
    let ledger = Situation(dataset: DataFolder.read(from: FolderFiles(folder: withFiles)).dataset, now: DemoData.storyMoment).circulars
    print(String(format: "100k officers / 500 units: load + derive %.0f ms without circulars, %.0f ms with 10 circulars and 5,000 acknowledgements (+%.0f ms); situation %.0f → %.0f ms",
                 without.total, with.total, with.total - without.total, without.situation, with.situation))
    print("ledger: \(ledger.entries.count) circulars, \(ledger.directory.units.count) units, \(ledger.entries.map(\.done).reduce(0, +)) unit-circulars done")
}
