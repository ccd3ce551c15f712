import Foundation
import NetraCore
@testable import NetraTUI

/// The demo folder read from memory and frozen at the story's moment; `replacing`
/// swaps in other contents for some files.
func demoModel(at iso: String = "2023-05-23T10:00:00+08:00", replacing: [DataFile: String] = [:]) -> DashboardModel {
    struct Memory: FileSource {
        let files: [DataFile: String]
        func contents(of file: DataFile) throws -> [UInt8]? { files[file].map { Array($0.utf8) } }
    }
    let now = InstantText.parse(iso, defaultZone: TimeZone(identifier: "UTC")!)!
    let files = DemoData.files.merging(replacing) { _, new in new }
    return DashboardModel(reading: DataFolder.read(from: Memory(files: files)), now: now)
}

/// The demo with `extra` more bacaleg officers (so lists and alerts run over several
/// screenfuls).
func crowdedDemoModel(extra: Int = 60, at iso: String = "2023-05-23T10:00:00+08:00", settings: String? = nil) -> DashboardModel {
    let first = ["Bagus", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Intan", "Joko", "Kartika"]
    let last = ["Prasetyo", "Lestari", "Kurniawan", "Wulandari", "Santoso", "Pratama", "Hidayat", "Siregar", "Nugroho", "Rahayu"]
    var officers = DemoData.files[.officers]!
    for i in 0..<extra {
        let nip = "197501012000011" + String(format: "%03d", 100 + i)
        officers += "\(nip);\(first[i % 10]) \(last[(i / 10) % 10]);Dinas Kesehatan;Staf;III/a;bacaleg;Partai Nusantara Maju;Balikpapan 3;;PNS\r\n"
    }
    var files: [DataFile: String] = [.officers: officers]
    if let settings { files[.settings] = settings }
    return demoModel(at: iso, replacing: files)
}
