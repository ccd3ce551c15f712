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
            #expect(run.stderr == "netra: --size '\(bad)' tidak diterima; yang diterima: COLSxROWS, 1–2000 × 1–1000 (120x40)\n", "\(bad)")
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
            #expect(run.stderr == "netra: --lang 'fr' tidak diterima; yang diterima: id, en\n", "\(command[0])")
        }
    }

    @Test func anUnknownViewIsAUsageProblemEverywhere() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for command in [["snapshot", "--data", demo], ["dashboard", "--data", demo], ["demo", demo]] {
            let run = try NetraProcess.run(command + ["--view", "weather"])
            #expect(run.status == 2)
            #expect(run.stderr == "netra: --view 'weather' tidak diterima; yang diterima: overview, officers, retirements, schedule, cases, units, circulars, 1–7\n",
                    "\(command[0])")
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

    /// Issue 24, row 11: every refusal of the parser is one line in the user's
    /// language naming the option and what it accepts; exit status 2.
    @Test func everyArgumentErrorIsOneLineInTheUsersLanguage() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let cases: [([String], String, String)] = [
            (["snapshot", "--kiosk", "--view", "foo"], "--view 'foo' is not accepted; accepted: countdown, overview, officers, retirements, schedule, cases",
             "--view 'foo' tidak diterima; yang diterima: countdown, overview"),
            (["check", "--format", "xml"], "--format 'xml' is not accepted; accepted: text, json", "--format 'xml' tidak diterima; yang diterima: text, json"),
            (["export", "--format", "xml", "--view", "cases"], "accepted: csv, json, xlsx", "yang diterima: csv, json, xlsx"),
            (["export"], "--view is required; accepted: officers, retirements, schedule, cases", "--view wajib diisi"),
            (["snapshot", "--size"], "--size needs a value", "--size memerlukan nilai"),
            (["snapshot", "--bogus"], "unknown option '--bogus'", "opsi '--bogus' tidak dikenal"),
            (["snapshot", "extra"], "unexpected argument 'extra'", "argumen 'extra' tidak diharapkan"),
            (["export", "--view", "officers", "--filter", "zzz"], "--filter 'zzz' is neither KEY=VALUE nor a filter of officers", "--filter 'zzz' bukan KUNCI=NILAI"),
        ]
        for (arguments, english, indonesian) in cases {
            for (language, said) in [("en", english), ("id", indonesian)] {
                let run = try NetraProcess.run(arguments + ["--data", demo, "--lang", language])
                #expect(run.status == 2 && !run.signalled, "\(arguments)")
                #expect(run.stderr.hasPrefix("netra: ") && run.stderr.contains(said), "\(arguments) \(language): \(run.stderr)")
                #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
            }
        }
        // Without --lang: the folder's netra.toml, then the locale.
        let english = try NetraProcess.run(["snapshot", "--view", "foo", "--data", demo], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stderr.contains("is not accepted"), "\(english.stderr)")
    }

    @Test func snapshotViewCompletesViewsAndKioskPages() throws {
        let run = try NetraProcess.run(["--generate-completion-script", "bash"])
        let script = run.stdout
        #expect(script.contains("'overview'$'\\n''officers'$'\\n''retirements'$'\\n''schedule'$'\\n''cases'$'\\n''units'$'\\n''circulars'$'\\n''countdown'"))
    }
}
