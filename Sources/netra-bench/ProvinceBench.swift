import Foundation
import NetraCore
import NetraDatabase
import PostgresNIO

// `--province --to URL [--sites N] [--officers TOTAL]`: a province in PostgreSQL.
// The goal at full scale (514 sites, 4.3 million officers): first screen of the
// national view ≤ 10 s, reload after one site's push ≤ 1 s. Every site is the same
// generated folder (TOTAL / N officers) under its own netra.toml zone, pushed once.
// Measures: one site's push, the national first read (every site's current snapshot
// read and derived, a `SiteSummary` each), the reload after one site pushes again
// (generations asked, that site read and derived), and the peak RSS.
func measureProvince(_ arguments: [String]) throws {
    func value(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } }
    guard let url = value("--to") else { print("netra-bench --province --to postgresql://… [--sites N] [--officers TOTAL]"); exit(2) }
    let sites = Int(value("--sites") ?? "") ?? 514
    let total = Int(value("--officers") ?? "") ?? 4_300_000
    let perSite = max(1, total / sites)
    let target = try ConnectionTarget.resolve(url)
    let folderURL = URL(fileURLWithPath: "bench-data").appendingPathComponent("\(perSite)")
    try generateFolder(officers: perSite, at: folderURL)
    let base = StoredFolder.collect(from: FolderFiles(folder: folderURL))
    let zones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
    @Sendable func folder(for index: Int) -> StoredFolder {
        var files = base.sortedFiles.filter { $0.name != DataFile.settings.fileName }
        let toml = "region = \"Daerah \(index)\"\ntimezone = \"\(zones[index % zones.count])\"\n"
        files.append(StoredFile(name: DataFile.settings.fileName, bytes: Array(toml.utf8)))
        return StoredFolder(files: files)
    }
    @Sendable func seconds(_ start: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
    let now = DemoData.storyMoment

    let report = try Blocking.run { () -> String in
        let c = try await DatabaseSession.connect(target)
        do {
            _ = try await Schema.migrate(c)
            var pushTimes: [Double] = []
            let ids = (0..<sites).map { String(format: "bench-%03d", $0) }
            for (index, site) in ids.enumerated() {
                try await Schema.grant(c, role: target.user, site: site, push: true)
                let started = DispatchTime.now()
                _ = try await SnapshotPush.push(c, site: site, folder: folder(for: index), errors: 0, keep: 2, role: target.user)
                pushTimes.append(seconds(started))
            }
            // The national view's first screen: every site read and derived.
            let firstStart = DispatchTime.now()
            let province = Province(sites: try await ProvinceReader.read(c))
            let summaries = province.sites.map { SiteSummary($0, now: now) }
            let first = seconds(firstStart)
            // One site pushes again; a screen asks what moved and reads that site only.
            let known = province.generations
            _ = try await SnapshotPush.push(c, site: ids[0], folder: folder(for: 0), errors: 0, keep: 2, role: target.user)
            let reloadStart = DispatchTime.now()
            let moved = try await ProvinceReader.generations(c).filter { known[$0.key] != $0.value }.map(\.key)
            let fresh = try await ProvinceReader.read(c, sites: moved)
            let next = province.updated(with: fresh, visible: Set(known.keys))
            _ = fresh.map { SiteSummary($0, now: now) }
            let reload = seconds(reloadStart)
            try? await c.close()
            let officers = summaries.reduce(0) { $0 + $1.officers }
            let medianPush = pushTimes.sorted()[pushTimes.count / 2]
            return String(format: "province: %d sites × %d officers = %d officers read back (%d sites after reload)\n", sites, perSite, officers, next.sites.count)
                + String(format: "push of one %d-officer site: median %.3f s, max %.3f s\n", perSite, medianPush, pushTimes.max() ?? 0)
                + String(format: "national first screen (read + derive every site): %.2f s\n", first)
                + String(format: "reload after one site's push (%d moved): %.3f s\n", moved.count, reload)
        } catch {
            try? await c.close()
            throw error
        }
    }
    print(report + String(format: "peak RSS %.0f MB", peakMemoryMB()))
}
