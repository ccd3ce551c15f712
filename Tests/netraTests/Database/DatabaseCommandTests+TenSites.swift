import Foundation
import NetraCore
import Testing

/// A province of ten offices: the demo and nine generated folders in WIB, WITA and WIT,
/// each pushed as its own site. What the province's reader gets from the database must
/// be what the ten folders say of themselves: every site's figures are its folder's,
/// and the province's sums are the sums of the ten folders' `check --format json`. The
/// sites are pushed once (`tenSitesPushed`) for this `check --source` test and for the
/// dashboard's (`+TenSitesDashboard.swift`).
extension DatabaseCommandTests {
    /// The ten sites: id, region, zone, and officers (nil: the demo folder).
    static let tenSites: [(site: String, region: String, zone: String, officers: Int?)] = [
        ("balikpapan-demo", "Kota Balikpapan", "Asia/Makassar", nil),
        ("kab-paser", "Kabupaten Paser", "Asia/Makassar", 240),
        ("kab-berau", "Kabupaten Berau", "Asia/Makassar", 310),
        ("kota-bontang", "Kota Bontang", "Asia/Makassar", 205),
        ("kab-sleman", "Kabupaten Sleman", "Asia/Jakarta", 420),
        ("kota-medan", "Kota Medan", "Asia/Jakarta", 480),
        ("kota-pontianak", "Kota Pontianak", "Asia/Pontianak", 260),
        ("kab-merauke", "Kabupaten Merauke", "Asia/Jayapura", 330),
        ("kota-ambon", "Kota Ambon", "Asia/Jayapura", 275),
        ("kab-manokwari", "Kabupaten Manokwari", "Asia/Jayapura", 390),
    ]

    /// The figures a folder's report gives for each of the province's sums.
    static func sums(_ report: [String: Any]) -> [String: Int] {
        let summary = report["summary"] as? [String: Int] ?? [:]
        let figures = report["figures"] as? [String: Any] ?? [:]
        let alerts = report["alertCounts"] as? [String: Int] ?? [:]
        return [
            "officers": summary["officers"] ?? -1, "candidates": summary["candidates"] ?? -1,
            "pendingRetirements": figures["pendingRetirements"] as? Int ?? -1, "openCases": figures["openCases"] as? Int ?? -1,
            "overdueCases": (figures["overdueCases"] as? [String: Any])?["total"] as? Int ?? -1,
            "overdueRequests": figures["overdueRequests"] as? Int ?? -1, "pastRetirementAge": figures["pastRetirementAge"] as? Int ?? -1,
            "candidatesWithoutDecree": figures["candidatesWithoutDecree"] as? Int ?? -1,
            "errors": summary["errors"] ?? -1, "warnings": summary["warnings"] ?? -1,
            "critical": alerts["critical"] ?? -1, "warning": alerts["warning"] ?? -1, "info": alerts["info"] ?? -1,
        ]
    }

    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// The ten sites, written, granted to the reader role `province10` and pushed once
    /// for the suite (the `check` and the dashboard tests read the same province), with
    /// each folder's own `check --format json`.
    struct TenSites: Sendable {
        /// Site id → its folder.
        var folders: [String: String] = [:]
        /// Site id → its folder's `check --format json --lang en --as-of storyMoment`.
        var reports: [String: String] = [:]
        /// What went wrong while making them (a failed grant, push or check).
        var problems: [String] = []
    }

    static let tenSitesPushed: TenSites? = {
        guard let (cluster, _, holder) = prepared else { return nil }
        var ten = TenSites()
        do {
            try cluster.psql("CREATE ROLE province10 LOGIN")
            for (index, entry) in tenSites.enumerated() {
                let folder: String
                if let officers = entry.officers {
                    let url = holder.url.appendingPathComponent("ten-" + entry.site)
                    try GeneratedSite.write(at: url, officers: officers, seed: index, region: entry.region, zone: entry.zone)
                    folder = url.path
                } else {
                    folder = try holder.demo("ten-" + entry.site)
                }
                ten.folders[entry.site] = folder
                let granted = try NetraProcess.run(["db", "grant", "--to", cluster.url(), "--role", "province10", "--site", entry.site])
                if granted.status != 0 { ten.problems.append("grant \(entry.site): \(granted.stderr)") }
                // The administrator (the tables' owner) pushes here; the offices' own roles
                // are the other tests' business.
                let pushed = try push(entry.site, folder: folder, cluster: cluster, as: cluster.admin)
                if pushed.status != 0 { ten.problems.append("push \(entry.site): \(pushed.stderr)") }
                let own = try NetraProcess.run(["check", "--data", folder, "--format", "json", "--lang", "en", "--as-of", storyMoment])
                if own.status != 0 { ten.problems.append("check \(entry.site): \(own.stderr)") }
                ten.reports[entry.site] = own.stdout
            }
        } catch {
            ten.problems.append("\(error)")
        }
        return ten
    }()

    @Test func tenSitesInThreeZonesSumToTheirFolders() throws {
        guard let (cluster, _, _) = Self.prepared, let ten = Self.tenSitesPushed else {
            print(TestCluster.skipReason ?? "database cluster did not start"); return
        }
        #expect(ten.problems.isEmpty, "\(ten.problems)")
        // Each folder's own report, and its sums.
        var expected: [String: Int] = [:]
        var folderReports: [String: [String: String]] = [:]
        var zones: Set<String> = []
        for entry in Self.tenSites {
            let own = ten.reports[entry.site] ?? ""
            let report = Self.json(own)
            let sums = Self.sums(report)
            #expect(sums["officers"] == entry.officers ?? 40, "\(entry.site)")
            #expect(sums["errors"] == 0, "\(entry.site)")
            for (key, value) in sums { expected[key, default: 0] += value }
            folderReports[entry.site] = try Self.figures(own)
            zones.insert(report["timezone"] as? String ?? "")
            // `--site`: that site alone, exactly as its folder.
            let one = try NetraProcess.run(["check", "--source", cluster.url(user: "province10"), "--site", entry.site,
                                            "--format", "json", "--lang", "en", "--as-of", storyMoment])
            #expect(one.status == 0, "\(entry.site): \(one.stderr)")
            let got = try Self.figures(one.stdout)
            for key in folderReports[entry.site]!.keys.sorted() { #expect(got[key] == folderReports[entry.site]![key], "\(entry.site) \(key)") }
            #expect(Self.sums(Self.json(one.stdout)) == sums, "\(entry.site)")
        }
        #expect(zones.count >= 3, "\(zones)")
        // The whole province, as its reader sees it.
        let province = try NetraProcess.run(["check", "--source", cluster.url(user: "province10"), "--format", "json",
                                             "--lang", "en", "--as-of", storyMoment])
        #expect(province.status == 0, "\(province.stderr)")
        let object = Self.json(province.stdout)
        let sites = object["sites"] as? [[String: Any]] ?? []
        #expect(sites.map { $0["site"] as? String ?? "" } == Self.tenSites.map(\.site).sorted())
        for site in sites {
            let id = site["site"] as? String ?? ""
            let data = try JSONSerialization.data(withJSONObject: site["report"] ?? [:])
            let got = try Self.figures(String(decoding: data, as: UTF8.self))
            for key in (folderReports[id] ?? [:]).keys.sorted() { #expect(got[key] == folderReports[id]?[key], "\(id) \(key) in the province") }
        }
        let total = object["total"] as? [String: Int] ?? [:]
        for (key, value) in expected.sorted(by: { $0.key < $1.key }) { #expect(total[key] == value, "total \(key)") }
        #expect(total["officers"] == 40 + Self.tenSites.compactMap(\.officers).reduce(0, +))
        // Pushed just now, read "as of" 2023: no site counts as silent.
        #expect(total["silentSites"] == 0)
        #expect((expected["candidatesWithoutDecree"] ?? 0) > 10 && (expected["openCases"] ?? 0) > 10, "\(expected)")
    }
}
