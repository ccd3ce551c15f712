import Foundation
import Testing

/// Every command that speaks follows `--lang`, then netra.toml's `language`, then the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), then Indonesian — run as a user would.
@Suite struct LanguageEnvironmentTests {
    static func environment(_ locale: [String: String]) -> [String: String] {
        NetraProcess.withoutLocale.merging(locale) { $1 }
    }

    static let english = ["LANG": "en_US.UTF-8"]
    static let indonesian = ["LANG": "id_ID.UTF-8"]

    @Test func everyCommandFollowsTheLocaleWhenNothingElseSays() throws {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        let written = try NetraProcess.run(["demo", demo, "--write-only"], environment: Self.environment(Self.english))
        #expect(written.stdout.hasPrefix("Demo data written to"), "\(written.stdout)")
        let en = Self.environment(Self.english)
        let check = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment], environment: en)
        #expect(check.stdout.contains("needs action: 5 critical ("), "\(check.stdout)")
        let snapshot = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment, "--size", "120x30"], environment: en)
        #expect(snapshot.stdout.contains("1 Overview"))
        let export = try NetraProcess.run(["export", "--data", demo, "--as-of", storyMoment, "--view", "cases"], environment: en)
        #expect(export.stdout.hasPrefix("\u{FEFF}ID;Reported;Source"))
        let themes = try NetraProcess.run(["themes"], in: URL(fileURLWithPath: demo), environment: en)
        #expect(themes.stdout.contains("Search path:"))
        // The same commands with an Indonesian or no opinion from the locale.
        for locale in [Self.indonesian, ["LANG": "C.UTF-8"], ["LANG": "POSIX"], ["LANG": "fr_FR.UTF-8"], [:]] {
            let env = Self.environment(locale)
            let check = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment], environment: env)
            #expect(check.stdout.contains("perlu tindakan: 5 kritis ("), "\(locale)")
            let themes = try NetraProcess.run(["themes"], in: URL(fileURLWithPath: demo), environment: env)
            #expect(themes.stdout.contains("Lokasi pencarian:"), "\(locale)")
        }
        // LC_ALL decides alone, even when it says nothing.
        let cLocale = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment],
                                           environment: Self.environment(["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
        #expect(cLocale.stdout.contains("perlu tindakan"))
        let messages = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment],
                                            environment: Self.environment(["LC_MESSAGES": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"]))
        #expect(messages.stdout.contains("needs action"))
    }

    @Test func netraTomlAndTheFlagWinOverTheLocale() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let settings = demo + "/netra.toml"
        let toml = try String(contentsOfFile: settings, encoding: .utf8)
        try ("language = \"id\"\n" + toml).write(toFile: settings, atomically: true, encoding: .utf8)
        let en = Self.environment(Self.english)
        let check = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment], environment: en)
        #expect(check.stdout.contains("perlu tindakan"), "\(check.stdout)")
        let export = try NetraProcess.run(["export", "--data", demo, "--as-of", storyMoment, "--view", "cases"], environment: en)
        #expect(export.stdout.hasPrefix("\u{FEFF}ID;Dilaporkan"), "\(export.stdout.prefix(80))")
        let flagged = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment, "--lang", "en"],
                                           environment: Self.environment(Self.indonesian))
        #expect(flagged.stdout.contains("needs action"))
        try ("language = \"en\"\n" + toml).write(toFile: settings, atomically: true, encoding: .utf8)
        let fromToml = try NetraProcess.run(["check", "--data", demo, "--as-of", storyMoment], environment: Self.environment(Self.indonesian))
        #expect(fromToml.stdout.contains("needs action"))
        // Without a terminal the dashboard refuses, in the locale's language.
        let refused = try NetraProcess.run(["dashboard", "--data", tmp.url.path], environment: en)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("the dashboard needs a terminal"), "\(refused.stderr)")
    }
}
