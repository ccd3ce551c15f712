import Foundation
import Testing

extension DatabaseCommandTests {
    /// `snapshot --source` prints what the province's dashboard shows: with several
    /// sites the province's frame (its sums; the Wilayah view names every site), with
    /// `--site` exactly that site's folder's frame.
    @Test func aSnapshotOfTheProvinceIsTheProvincesFrame() throws {
        guard let (cluster, folders, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        for (site, folder) in folders.sorted(by: { $0.key < $1.key }) {
            #expect(try Self.push(site, folder: folder, cluster: cluster).status == 0)
        }
        let source = ["--source", cluster.url(user: "kaltim"), "--as-of", storyMoment, "--lang", "en", "--size", "120x40"]
        var officers = 0
        for folder in folders.values {
            let check = try NetraProcess.run(["check", "--data", folder, "--format", "json", "--as-of", storyMoment])
            let object = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any] ?? [:]
            officers += (object["summary"] as? [String: Int])?["officers"] ?? 0
        }
        let overview = try NetraProcess.run(["snapshot"] + source)
        #expect(overview.status == 0, "\(overview.stderr)")
        let lines = overview.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("Province · 3 regions") == true, "\(overview.stdout)")
        // The province's officers are the three folders' officers.
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Officers") && $0.hasSuffix(" \(officers)") }, "\(overview.stdout)")
        let wilayah = try NetraProcess.run(["snapshot", "--view", "sites"] + source)
        for region in ["Kota Balikpapan", "Kota Samarinda", "Kota Jayapura"] { #expect(wilayah.stdout.contains(region), "\(region)") }
        // One site: its folder's own frame, line for line under the title.
        let one = try NetraProcess.run(["snapshot", "--site", "samarinda"] + source)
        let own = try NetraProcess.run(["snapshot", "--data", folders["samarinda"]!, "--as-of", storyMoment, "--lang", "en", "--size", "120x40"])
        let body = { (text: String) in text.split(separator: "\n").dropFirst().filter { !$0.contains("read ") }.map(String.init) }
        #expect(body(one.stdout) == body(own.stdout))
    }

    /// `export --source` writes the rows the province's lists show: every site's, each
    /// under its region in the Wilayah column; with `--site`, exactly that folder's rows.
    @Test func anExportOfTheProvinceHoldsEverySitesRows() throws {
        guard let (cluster, folders, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        for (site, folder) in folders.sorted(by: { $0.key < $1.key }) {
            #expect(try Self.push(site, folder: folder, cluster: cluster).status == 0)
        }
        let common = ["--view", "officers", "--format", "json", "--as-of", storyMoment, "--lang", "en"]
        func rows(_ arguments: [String]) throws -> [[String: Any]] {
            let run = try NetraProcess.run(["export"] + arguments + common)
            #expect(run.status == 0, "\(run.stderr)")
            return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        }
        let province = try rows(["--source", cluster.url(user: "kaltim")])
        var expected = 0
        for (site, folder) in folders {
            let own = try rows(["--data", folder])
            expected += own.count
            let region = "Kota " + site.capitalized
            let theirs = province.filter { ($0.values.compactMap { $0 as? String }).contains(region) }
            #expect(theirs.count == own.count, "\(region)")
            // One site through the database: its folder's rows, field for field.
            let one = try rows(["--source", cluster.url(user: "kaltim"), "--site", site])
            #expect(NSArray(array: one).isEqual(to: own), "\(site)")
        }
        #expect(province.count == expected)
    }
}
