import Foundation
import Testing

/// `--lang`, `--view` and `--size` are read by their types: every accepted spelling
/// gives the same frame, anything else is a usage problem (status 2) with one message.
@Suite struct ArgumentValueTests {
    func snapshot(_ demo: String, _ extra: [String]) throws -> NetraProcess.Outcome {
        try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment] + extra)
    }

    @Test func aViewByNameIndonesianAliasOrNumber() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let byName = try snapshot(demo, ["--view", "retirements"])
        #expect(byName.status == 0)
        #expect(byName.stdout.contains("[3 "))
        for spelling in ["pensiun", "3", "Retirements"] {
            let run = try snapshot(demo, ["--view", spelling])
            #expect(run.status == 0)
            #expect(run.stdout == byName.stdout, "\(spelling)")
        }
        #expect(try snapshot(demo, []).stdout == snapshot(demo, ["--view", "ringkasan"]).stdout)
        #expect(try snapshot(demo, ["--kiosk", "--view", "kasus"]).stdout == snapshot(demo, ["--kiosk", "--view", "cases"]).stdout)
    }

    @Test func aFrameSizeGivesThatManyRowsAndColumns() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for size in ["80x24", "80X24"] {
            let run = try snapshot(demo, ["--size", size])
            #expect(run.status == 0)
            let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= 80 })
        }
        for bad in ["10", "0x24", "2001x10", "80x1001", "axb", "80x24x2"] {
            let run = try snapshot(demo, ["--size", bad])
            #expect(run.status == 2, "\(bad)")
            #expect(run.stderr.contains("The value '\(bad)' is invalid for '--size <COLSxROWS>'"), "\(bad)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func theLanguageIsIdOrEn() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        #expect(try snapshot(demo, ["--lang", "en"]).stdout.contains("Overview"))
        #expect(try snapshot(demo, ["--lang", "id"]).stdout.contains("Ringkasan"))
        // The same type, the same message, for every command that takes --lang.
        for command in [["snapshot", "--data", demo], ["dashboard", "--data", demo], ["demo", tmp.url.appendingPathComponent("d").path]] {
            let run = try NetraProcess.run(command + ["--lang", "fr"])
            #expect(run.status == 2)
            #expect(run.stderr.contains("The value 'fr' is invalid for '--lang <id|en>'"), "\(command[0])")
        }
    }

    @Test func anUnknownViewIsAUsageProblemEverywhere() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for command in [["snapshot", "--data", demo], ["dashboard", "--data", demo], ["demo", demo]] {
            let run = try NetraProcess.run(command + ["--view", "weather"])
            #expect(run.status == 2)
            #expect(run.stderr.contains("The value 'weather' is invalid for '--view <NAME>'"), "\(command[0])")
        }
        // The kiosk's own page is no dashboard view.
        let countdown = try snapshot(demo, ["--view", "countdown", "--lang", "en"])
        #expect(countdown.status == 2)
        #expect(countdown.stderr.contains("--view 'countdown' is not a view"))
        #expect(try snapshot(demo, ["--view", "countdown"]).stderr.contains("--view 'countdown' bukan tampilan"))
    }

    @Test func helpTextsKeepTheirWording() throws {
        let dashboard = try NetraProcess.run(["dashboard", "--help"])
        #expect(dashboard.status == 0)
        #expect(dashboard.stdout.contains("View to open (name or 1–7). (default: overview)"))
        let snapshot = try NetraProcess.run(["snapshot", "--help"])
        #expect(snapshot.stdout.contains("Frame size. (default: 120x40)"))
        // No "(values: …)" lists beside the options' own words.
        #expect(!dashboard.stdout.contains("(values:") && !snapshot.stdout.contains("(values:"))
    }
}
