import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The demo folder with its `kpu/` lists, read from memory (the dictionary source of
/// `demoModel` knows no `kpu/`).
func demoModelWithKPU(review: String? = nil) -> DashboardModel {
    struct Memory: FileSource {
        let files: [DataFile: String]
        func contents(of file: DataFile) throws -> [UInt8]? { files[file].map { Array($0.utf8) } }
        func kpuListing() -> KPUFolderListing { .files(DemoKPU.lists.keys.sorted()) }
        func contents(ofKPUFile name: String) throws -> [UInt8]? { DemoKPU.lists[name].map { Array($0.utf8) } }
    }
    var files = DemoData.files
    if let review { files[.kpuReview] = review }
    let now = InstantText.parse("2023-05-23T10:00:00+08:00", defaultZone: TimeZone(identifier: "UTC")!)!
    return DashboardModel(reading: DataFolder.read(from: Memory(files: files)), now: now)
}

/// The KPU entry an officer matched, in the Pegawai detail pane (Enter on the officer).
@Suite struct KPUDetailTests {
    @Test func enterOnTheOfficerShowsTheListEntry() throws {
        var replay = Replay(model: demoModelWithKPU(), size: Size(width: 160, height: 50))
        replay.run("2 / \"prasetyo\" Enter Enter")
        let frame = replay.frame()
        #expect(replay.session.state.showsDetail)
        let at = try #require(frame.lines.firstIndex { $0.contains("Daftar KPU") })
        #expect(frame.lines[at].contains("Daftar KPU         DCS Partai Bintang Harapan Dapil Balikpapan 5 no. 3 "))
        #expect(frame.lines[at + 1].contains("                   EKO PRASETYO, S.Kom. · skor 100 (kemungkinan besar) "))
        #expect(frame.lines[at + 2].contains("                   kpu/DCS-Partai-Bintang-Harapan-Dapil-Balikpapan-5.csv "))
        // The alert itself is among the officer's own lines.
        #expect(frame.text.contains("ASN Eko Prasetyo kemungkinan ada di DCS Partai Bintang Harapan"))
    }

    @Test func englishAndAConfirmedVerdict() {
        let review = "nip;daftar;nomor urut;putusan\n198302182008121001;DCS-Partai-Bintang-Harapan-Dapil-Balikpapan-5.csv;3;sama\n"
        var replay = Replay(model: demoModelWithKPU(review: review), options: .init(language: .en), size: Size(width: 160, height: 50))
        replay.run("2 / \"prasetyo\" Enter Enter")
        let frame = replay.frame()
        #expect(frame.lines.contains { $0.contains("KPU list") && $0.contains(" DCS Partai Bintang Harapan Dapil Balikpapan 5 no. 3 ") })
        #expect(frame.lines.contains { $0.contains("EKO PRASETYO, S.Kom. · score 100 (confirmed same) ") })
        #expect(frame.text.contains("confirmed in kpu-review.csv"))
    }

    @Test func anOfficerOnNoListShowsNoKPULine() {
        var replay = Replay(model: demoModelWithKPU())
        replay.run("2 / \"yuliana\" Enter Enter")
        #expect(replay.session.state.showsDetail)
        #expect(!replay.frame().text.contains("Daftar KPU"))
    }
}
