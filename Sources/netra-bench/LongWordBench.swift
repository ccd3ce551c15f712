import Foundation
import NetraCore
import NetraTUI

/// `netra-bench --long-word [MB]`: the frame time of the officers list and of the
/// detail pane when an officer's name and position hold one word of MB megabytes
/// without a space (issue 24, row 1: it was minutes per frame). The folder is read
/// once, outside the measurement; each figure is the median of 15 frames.
func measureLongWord(megabytes: Int) {
    let word = String(repeating: "QmFzZTY0", count: megabytes * 131_072)
    let officers = DemoData.files[.officers]!.replacingOccurrences(
        of: "Irwan Saputra;Kecamatan Balikpapan Utara;Kepala Seksi Pemerintahan",
        with: "Irwan Saputra \(word);Kecamatan Balikpapan Utara;Kepala Seksi \(word)")
    struct Memory: FileSource {
        let files: [DataFile: String]
        func contents(of file: DataFile) throws -> [UInt8]? { files[file].map { Array($0.utf8) } }
    }
    let files = DemoData.files.merging([.officers: officers]) { _, new in new }
    let now = InstantText.parse("2023-05-23T10:00:00+08:00", defaultZone: TimeZone(identifier: "UTC")!)!
    let model = DashboardModel(reading: DataFolder.read(from: Memory(files: files)), now: now)
    func median(_ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<15 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[times.count / 2]
    }
    var replay = Replay(model: model, size: Size(width: 120, height: 40))
    replay.run("2")
    let plain = median { _ = replay.frame() }
    replay.run("/ \"saputra\" Enter")
    let list = median { _ = replay.frame() }
    replay.run("Enter")
    let detail = median { _ = replay.frame() }
    print(String(format: "long word %d MB: officers list frame %.2f ms (searched: %.2f ms), detail pane frame %.2f ms (median of 15, 120x40)",
                 megabytes, plain, list, detail))
}
