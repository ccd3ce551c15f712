import Foundation
import Testing

/// The help texts name every view and every list's named filters: they are written
/// from `ViewID`, so a view added there shows here without editing the help.
@Suite struct ViewHelpTests {
    @Test func snapshotHelpNamesEveryViewAndExportHelpEveryList() throws {
        let snapshot = try NetraProcess.run(["snapshot", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        for name in ["overview", "officers", "retirements", "schedule", "cases", "units", "circulars", "1–7"] {
            #expect(snapshot.contains(name), "snapshot --help lacks \(name)")
        }
        let export = try NetraProcess.run(["export", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        for name in ["officers: all,", "retirements: inProcess", "schedule: all, notDone", "cases: open", "cases (kasus)"] {
            #expect(export.contains(name), "export --help lacks \(name)")
        }
        // Not a list: the overview is refused with the lists named.
        let tmp = try TemporaryFolder()
        let overview = try NetraProcess.run(["export", "--view", "overview", "--data", try tmp.demo(), "--as-of", storyMoment])
        #expect(overview.status != 0 && overview.stderr.contains("pegawai, pensiun, tahapan, kasus"))
    }
}
