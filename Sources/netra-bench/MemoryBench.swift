// `netra-bench --memory [N]`: what each part of the dashboard's model holds at N
// officers (1M by default), as resident memory after each step with the free heap
// pages handed back (so a figure is what stays, not what a step touched on the way).
// The peak a user sees is higher: the steps overlap on the reload and journal threads.
import Foundation
import NetraCore
import NetraTUI

func measureMemory(officers count: Int, folder: URL) {
    func settled() -> Double {
        HeapTrim.releaseFreeMemory()
        return residentMB()
    }
    var last = settled()
    func step(_ name: String, _ body: () -> Void) {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let now = settled()
        let label = name.count < 46 ? name + String(repeating: " ", count: 46 - name.count) : name
        print(label + String(format: "%+6.0f MB  (resident %5.0f MB, peak %5.0f MB, %6.0f ms)", now - last, now, peakMemoryMB(), ms))
        last = now
    }
    print("\(count) officers; the process before reading: \(Int(last)) MB")
    var reading: FolderReading!
    step("reading (roster, requests, cases, …)") { reading = DataFolder.read(from: FolderFiles(folder: folder)) }
    var model: DashboardModel!
    step("situation (derived figures and alerts)") { model = DashboardModel(reading: reading, now: DemoData.storyMoment) }
    let renderer = FrameRenderer(language: .id)
    step("first overview frame 120x40") { _ = renderer.render(model, state: UIState(view: .overview), width: 120, height: 40) }
    // The journal's digest gives the screen a model of the same data with fresh row
    // caches (`with(sinceLook:)`); both models' memos live until the old one is freed.
    var digestModel: DashboardModel!
    step("the digest's model, first overview frame (both held)") {
        let event = JournalEvent(at: DemoData.storyMoment, kind: .caseAdvanced, key: "case:X", label: "X", from: "reported", to: "at_bawaslu")
        digestModel = model.with(sinceLook: ChangesDigest(since: DemoData.storyMoment, sinceYesterday: true, events: [event]))
        _ = renderer.render(digestModel, state: UIState(view: .overview), width: 120, height: 40)
    }
    step("the replaced model's memos freed") { model = digestModel; digestModel = nil }
    step("Pegawai list's first frame (preset, name order)") { model.prepareLists(language: .id, everyColumn: false) }
    step("Pegawai list, every column's codes and ranks") { model.prepareLists(language: .id, everyColumn: true) }
    step("search indexes (officers, cases)") { model.prepareSearch() }
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("netra-memory-\(getpid())")
    defer { try? FileManager.default.removeItem(at: state) }
    let environment = ["XDG_STATE_HOME": state.path]
    step("journal, first record (summary + officers)") {
        Journal.record(reading, situation: model.situation, folder: folder, wording: UIText.alertWording(reading.dataset.roster), environment: environment)
    }
    step("journal, unchanged reading") {
        Journal.record(reading, situation: model.situation, folder: folder, wording: UIText.alertWording(reading.dataset.roster), environment: environment)
    }
    withExtendedLifetime((reading, model)) {}
}
