import Foundation
import NetraCore
import NetraDatabase
import NetraTUI

// `--province --to URL [--sites N] [--officers TOTAL] [--connections C] [--skip-push]`: a province in
// PostgreSQL. The goal at full scale (514 sites, 4.3 million officers): first screen of
// the national view ≤ 10 s, reload after one site's push ≤ 1 s. Every site is the same
// generated folder (TOTAL / N officers) under its own netra.toml region and zone.
// Measures: each site's push (median, max), the national first read (every site's
// current snapshot read and derived, a `SiteSummary` each), a dashboard's first frame on
// one site (read that site, the model, a 120×40 overview frame), the push of a 10,000-
// officer folder as one site, the reload after it (generations asked, that site read
// and derived), and the peak RSS. `--skip-push`: the sites are there from an earlier
// run (the 514 pushes take minutes); only the reading is measured again. `--connections`:
// how many connections the national read uses at once (default 4, as `check --source`).
func measureProvince(_ arguments: [String]) throws {
    func value(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } }
    guard let url = value("--to") else { print("netra-bench --province --to postgresql://… [--sites N] [--officers TOTAL] [--connections C] [--skip-push]"); exit(2) }
    let sites = Int(value("--sites") ?? "") ?? 514
    let total = Int(value("--officers") ?? "") ?? 4_300_000
    let skipPush = arguments.contains("--skip-push")
    let connections = Int(value("--connections") ?? "") ?? 4
    let perSite = max(1, total / sites)
    let target = try ConnectionTarget.resolve(url)
    let zones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
    func stored(officers: Int) throws -> StoredFolder {
        let folderURL = URL(fileURLWithPath: "bench-data").appendingPathComponent("\(officers)")
        try generateFolder(officers: officers, at: folderURL)
        return StoredFolder.collect(from: FolderFiles(folder: folderURL))
    }
    let base = try stored(officers: perSite), tenThousand = try stored(officers: 10_000)
    @Sendable func folder(_ base: StoredFolder, for index: Int) -> StoredFolder {
        var files = base.sortedFiles.filter { $0.name != DataFile.settings.fileName }
        let toml = "region = \"Daerah \(index)\"\ntimezone = \"\(zones[index % zones.count])\"\n"
        files.append(StoredFile(name: DataFile.settings.fileName, bytes: Array(toml.utf8)))
        return StoredFolder(files: files)
    }
    @Sendable func seconds(_ start: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
    let now = DemoData.storyMoment
    let ids = (0..<sites).map { String(format: "bench-%03d", $0) }

    var lines: [String] = []
    if !skipPush {
        let pushTimes = try DatabaseSession.with(target) { c -> [Double] in
            _ = try Schema.migrate(c)
            var times: [Double] = []
            for (index, site) in ids.enumerated() {
                try Schema.grant(c, role: target.user, site: site, push: true)
                let started = DispatchTime.now()
                _ = try SnapshotPush.push(c, site: site, folder: folder(base, for: index), errors: 0, keep: 2, role: target.user)
                times.append(seconds(started))
            }
            return times
        }
        lines.append(String(format: "push of one %d-officer site (each of %d): median %.3f s, max %.3f s",
                            perSite, sites, pushTimes.sorted()[pushTimes.count / 2], pushTimes.max() ?? 0))
    }

    let report = try DatabaseSession.with(target) { c -> [String] in
        // The national view's first screen: every site read and derived.
        let firstStart = DispatchTime.now()
        let province = Province(sites: try ProvinceReader.read(c, target: target, connections: connections))
        let read = seconds(firstStart)
        // Derived side by side on every core, as `check --source` does.
        let sitesRead = province.sites
        let derived = SummarySlots(count: sitesRead.count)
        DispatchQueue.concurrentPerform(iterations: sitesRead.count) { derived.set($0, SiteSummary(sitesRead[$0], now: now)) }
        let summaries = derived.values
        let first = seconds(firstStart)
        let officers = summaries.reduce(0) { $0 + $1.officers }
        // A dashboard on one site: its snapshot read, the model, the first frame.
        let frameStart = DispatchTime.now()
        let one = try ProvinceReader.read(c, sites: [ids[sites / 2]])
        let model = DashboardModel(reading: one[0].reading, now: now)
        _ = FrameRenderer(language: .id).render(model, state: UIState(), width: 120, height: 40)
        let frame = seconds(frameStart)
        // A 10,000-officer folder pushed as one site; a screen asks what moved and
        // reads that site only.
        let known = province.generations
        let pushStart = DispatchTime.now()
        _ = try SnapshotPush.push(c, site: ids[0], folder: folder(tenThousand, for: 0), errors: 0, keep: 2, role: target.user)
        let push = seconds(pushStart)
        let reloadStart = DispatchTime.now()
        let moved = try ProvinceReader.generations(c).filter { known[$0.key] != $0.value }.map(\.key)
        let fresh = try ProvinceReader.read(c, sites: moved)
        let next = province.updated(with: fresh, visible: Set(known.keys))
        _ = fresh.map { SiteSummary($0, now: now) }
        let reload = seconds(reloadStart)
        return [
            String(format: "province: %d sites × %d officers = %d officers read back (%d sites after reload)", province.sites.count, perSite, officers, next.sites.count),
            String(format: "national first screen (read over %d connections + derive every site, a summary each): %.2f s (read %.2f s)", connections, first, read),
            String(format: "dashboard on one site, first frame (read the site, model, 120×40 overview): %.3f s", frame),
            String(format: "push of one 10,000-officer site: %.3f s", push),
            String(format: "reload after that push (%d moved: generations, read, derive): %.3f s", moved.count, reload),
        ]
    }
    // What a screen that follows the whole province gets: `ProvinceFeed`'s first
    // province (on the feed's own thread; the refresh's stall watch counts from the
    // last byte, so a read this long is not cut off).
    let arrived = DispatchSemaphore(value: 0)
    let feedStart = DispatchTime.now()
    let feed = ProvinceFeed(target: target, pollInterval: 3600) { event in
        if case .province = event { arrived.signal() }
    }
    feed.start()
    let feedFirst = arrived.wait(timeout: .now() + 120) == .success ? String(format: "%.2f s", seconds(feedStart)) : "none within 120 s"
    feed.stop()
    // The national view's first frames, as the dashboard makes them from that province:
    // every site's model derived in its own zone, the province's situation, then the
    // overview (the sums and the worst site) and the Wilayah list, 120×40.
    var national = "national view: no province read"
    if let province = feed.last {
        let modelStart = DispatchTime.now()
        let model = DashboardModel(province: province, now: now)
        let derived = seconds(modelStart)
        let renderer = FrameRenderer(language: .id)
        let overviewStart = DispatchTime.now()
        _ = renderer.render(model, state: UIState(view: .overview), width: 120, height: 40)
        let overview = seconds(overviewStart)
        let sitesStart = DispatchTime.now()
        _ = renderer.render(model, state: UIState(view: .sites), width: 120, height: 40)
        let wilayah = seconds(sitesStart)
        national = String(format: "national view after the read: %d sites derived %.2f s, first overview frame %.3f s, Wilayah frame %.3f s",
                          province.sites.count, derived, overview, wilayah)
    }
    print((lines + report + ["national first read through ProvinceFeed (as a live screen would): \(feedFirst)", national]).joined(separator: "\n")
          + String(format: "\npeak RSS %.0f MB", peakMemoryMB()))
}

/// Summaries written by index from `concurrentPerform`'s threads.
private final class SummarySlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [SiteSummary?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: SiteSummary) { lock.withLock { slots[index] = value } }
    var values: [SiteSummary] { lock.withLock { slots.map { $0! } } }
}
