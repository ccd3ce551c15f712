import Testing
@testable import NetraCore

/// Which language Netra speaks: `--lang`, then netra.toml's `language`, then the
/// locale variables, then Indonesian.
@Suite struct LanguageChoiceTests {
    @Test(arguments: [
        (["LANG": "id_ID.UTF-8"], Language?.some(.id)),
        (["LANG": "id"], .id),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "en_GB"], .en),
        (["LANG": "en"], .en),
        (["LANG": "en_US.UTF-8@euro"], .en),
        (["LANG": "EN_us.utf8"], .en),
        (["LANG": "C"], nil),
        (["LANG": "C.UTF-8"], nil),
        (["LANG": "POSIX"], nil),
        (["LANG": ""], nil),
        (["LANG": "de_DE.UTF-8"], nil),
        (["LANG": "ms_MY.UTF-8"], nil),
        (["LANG": "english"], nil),
        ([:], nil),
        // The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty decides alone.
        (["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8", "LANG": "id_ID.UTF-8"], .en),
        (["LC_MESSAGES": "id_ID.UTF-8", "LANG": "en_US.UTF-8"], .id),
        (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"], .en),
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], nil),
        (["LC_MESSAGES": "POSIX", "LANG": "id_ID.UTF-8"], nil),
        // Other categories say nothing about messages.
        (["LC_TIME": "en_US.UTF-8", "LC_CTYPE": "en_US.UTF-8"], nil),
    ] as [([String: String], Language?)])
    func theLocaleVariables(_ environment: [String: String], _ expected: Language?) {
        #expect(Language.of(environment: environment) == expected)
    }

    @Test func precedence() {
        var english = Settings(), unset = Settings(), indonesian = Settings()
        english.language = "en"
        indonesian.language = "id"
        let envEN = ["LANG": "en_US.UTF-8"], envID = ["LANG": "id_ID.UTF-8"], none: [String: String] = [:]
        // --lang over everything.
        #expect(Language.chosen(.id, settings: english, environment: envEN) == .id)
        #expect(Language.chosen(.en, settings: indonesian, environment: envID) == .en)
        // netra.toml over the environment, both ways.
        #expect(Language.chosen(nil, settings: indonesian, environment: envEN) == .id)
        #expect(Language.chosen(nil, settings: english, environment: envID) == .en)
        // The environment when netra.toml says nothing.
        #expect(Language.chosen(nil, settings: unset, environment: envEN) == .en)
        #expect(Language.chosen(nil, settings: unset, environment: envID) == .id)
        // Indonesian when nobody has an opinion.
        #expect(Language.chosen(nil, settings: unset, environment: none) == .id)
        #expect(Language.chosen(nil, settings: unset, environment: ["LANG": "C.UTF-8"]) == .id)
        #expect(Language.chosen(nil, configured: "", environment: ["LANG": "fr_FR.UTF-8"]) == .id)
        #expect(Settings().language.isEmpty)
    }

    @Test func netraTomlWithoutLanguageLeavesItToTheEnvironment() throws {
        let without = TOMLFiles.settings(Array("region = \"Kota Contoh\"\n".utf8)).value
        #expect(without?.language == "")
        let with = TOMLFiles.settings(Array("language = \"id\"\n".utf8)).value
        #expect(with?.language == "id")
    }
}
