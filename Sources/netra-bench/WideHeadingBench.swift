import Foundation
import NetraCore

/// `netra-bench --wide-heading [COLUMNS] [SHEET-COLUMNS]`: a read of `officers.csv`
/// whose heading line has COLUMNS columns (100,000 by default) and of `officers.xlsx`
/// whose heading row fills every column a sheet has (16,384), the five known columns
/// first and the rest unknown (`KOLOM 6`, `KOLOM 7` …), three officers under them
/// (issue 24, row 7: 5.7 s and 2.8 s per read, every reload). Each folder is read
/// through `DataFolder.read`, as the dashboard reads it; the median of five reads.
func measureWideHeading(csvColumns: Int, sheetColumns: Int) throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("netra-wide-heading-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    let known = ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL/RUANG"]
    let officers = [["197003141996031001", "Hendra Wijaya", "Sekretariat Daerah", "Kepala Bagian", "IV/a"],
                    ["196309041987031001", "Bambang Sutrisno", "Dinas Lingkungan Hidup", "Kepala Dinas", "IV/c"],
                    ["198101052009011001", "Aditya Nugraha", "Kecamatan Balikpapan Barat", "Pengelola Data", "II/a"]]
    func headings(_ count: Int) -> [String] { known + (known.count..<count).map { "KOLOM \($0 + 1)" } }

    let csvFolder = work.appendingPathComponent("csv")
    try FileManager.default.createDirectory(at: csvFolder, withIntermediateDirectories: true)
    var text = headings(csvColumns).joined(separator: ";") + "\n"
    for row in officers { text += row.joined(separator: ";") + "\n" }
    try Data(text.utf8).write(to: csvFolder.appendingPathComponent("officers.csv"))

    let sheetFolder = work.appendingPathComponent("xlsx")
    try FileManager.default.createDirectory(at: sheetFolder, withIntermediateDirectories: true)
    let rows = officers.map { $0.map(XLSXCell.text) }
    try Data(try XLSXWorkbook.bytes(sheet: "Pegawai", headings: headings(sheetColumns), rows: rows))
        .write(to: sheetFolder.appendingPathComponent("officers.xlsx"))

    for (label, folder, columns) in [("officers.csv", csvFolder, csvColumns), ("officers.xlsx", sheetFolder, sheetColumns)] {
        var times: [Double] = []
        var summary = ""
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            let reading = DataFolder.read(from: FolderFiles(folder: folder))
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            summary = "\(reading.dataset.officers.count) officers, \(reading.diagnostics.errorCount) errors"
            precondition(reading.dataset.officers.count == officers.count, "the roster did not load: \(reading.diagnostics.prefix(3))")
        }
        times.sort()
        print(String(format: "%@ with a %d-column heading: read median %.3f s (min %.3f, max %.3f, 5 runs), %.2f µs per column — %@",
                     label, columns, times[2], times[0], times[4], times[2] / Double(columns) * 1e6, summary))
    }
}
