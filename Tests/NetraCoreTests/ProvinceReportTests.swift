import Foundation
@testable import NetraCore
import Testing

/// A province's JSON written site by site (`writeJSON`, what `check --source` uses so a
/// national province never sits in memory whole) is exactly the document one encoder
/// writes (`json`), and its sums are the sites' sums.
@Suite struct ProvinceReportTests {
    /// `count` sites, each the demo under its own zone, with one pushed a week before the
    /// story's moment (silent) and the others never pushed.
    func province(_ count: Int) -> ProvinceReport {
        let zones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
        let entries = (0..<count).map { index -> ProvinceReport.Entry in
            var files = DemoData.files
            files[.settings] = (files[.settings] ?? "").replacingOccurrences(of: "Asia/Makassar", with: zones[index % zones.count])
            if index == 1 { files[.cases] = nil }
            let site = SiteReading(site: "site-\(index)", generation: Int64(index + 1),
                                   pushedAt: index == 0 ? DemoData.storyMoment.addingTimeInterval(-7 * 86_400) : nil,
                                   reading: DataFolder.read(from: MemoryFiles(files)))
            return ProvinceReport.Entry(site: site, report: CheckReport(folder: site.site, reading: site.reading, now: DemoData.storyMoment))
        }
        return ProvinceReport(entries: entries)
    }

    @Test(arguments: [1, 2, 7, 9]) func thePiecesAreTheOneEncodersDocument(_ count: Int) throws {
        let report = province(count)
        for language in [Language.id, .en] {
            var pieces: [String] = []
            report.writeJSON(language) { (text: String) in pieces.append(text) }
            #expect(pieces.joined() == report.json(language))
            // Written in pieces: the opening, a piece per site, the sums.
            #expect(pieces.count == count + 2)
        }
        let object = try JSONSerialization.jsonObject(with: Data(report.json(.en).utf8)) as? [String: Any] ?? [:]
        #expect((object["sites"] as? [Any])?.count == count)
        let total = object["total"] as? [String: Int] ?? [:]
        #expect(total["officers"] == report.entries.reduce(0) { $0 + $1.report.situation.counts.officers })
        #expect(total["silentSites"] == count)
    }
}
