import Foundation
import Testing

/// `--as-of` at the ends of the accepted range draws every view and kiosk page; a
/// clock outside it, an impossible date or offset, is one line naming the value and
/// exit status 2 (issue 24, rows 2 and 3).
@Suite struct ClockRangeCommandTests {
    static let ends = ["1900-01-01T00:00Z", "1900-01-01T00:00:00+14:00", "2200-12-31T23:59:59Z", "2200-12-31T23:59:59-12:00"]

    @Test func everyViewAndKioskPageIsDrawnAtTheRangeEnds() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for instant in Self.ends {
            for view in ["overview", "officers", "retirements", "schedule", "cases", "6", "7"] {
                let run = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", instant, "--view", view, "--size", "100x30"])
                #expect(run.status == 0 && !run.signalled, "\(instant) \(view): \(run.stderr)")
                #expect(run.stdout.split(separator: "\n", omittingEmptySubsequences: false).count >= 30)
                let all = try NetraProcess.run(["snapshot", "--all", "--data", demo, "--as-of", instant, "--view", view])
                #expect(all.status == 0 && !all.signalled, "\(instant) \(view) --all: \(all.stderr)")
            }
            for page in ["countdown", "overview", "officers", "retirements", "schedule", "cases"] {
                let run = try NetraProcess.run(["snapshot", "--kiosk", "--data", demo, "--as-of", instant, "--view", page])
                #expect(run.status == 0 && !run.signalled, "\(instant) kiosk \(page): \(run.stderr)")
            }
            let check = try NetraProcess.run(["check", "--data", demo, "--as-of", instant])
            #expect(!check.signalled && check.status <= 1, "\(instant) check: \(check.stderr)")
        }
    }

    @Test func aClockOutsideTheRangeOrOffTheCalendarIsOneLineNamingIt() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let cases: [(String, String)] = [
            ("2023-02-29T10:00:00+08:00", "29 February 2023 does not exist"),
            ("2023-05-23T10:00:00+25:00", "beyond ±14:00"),
            ("9999-12-31T23:59:59Z", "the year 9999 is outside 1900–2200"),
            ("0001-01-01T00:00:00Z", "the year 1 is outside 1900–2200"),
            ("1899-12-31T23:59:59Z", "the year 1899 is outside 1900–2200"),
        ]
        for (value, said) in cases {
            for command in [["snapshot"], ["check"], ["export", "--view", "officers"], ["dashboard"]] {
                let run = try NetraProcess.run(command + ["--lang", "en", "--data", demo, "--as-of", value])
                #expect(run.status == 2 && !run.signalled, "\(command) \(value)")
                #expect(run.stderr.contains("'\(value)'") && run.stderr.contains(said), "\(command) \(value): \(run.stderr)")
                #expect(run.stderr.split(separator: "\n").count == 1, "\(command) \(value): \(run.stderr)")
            }
        }
        let indonesian = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", "2023-06-31"])
        #expect(indonesian.status == 2 && indonesian.stderr.contains("31 Juni 2023 tidak ada di kalender"), "\(indonesian.stderr)")
    }
}
