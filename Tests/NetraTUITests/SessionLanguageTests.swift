import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The dashboard's language: `--lang`, then netra.toml (even one edited while it
/// runs), then the locale the host read, then Indonesian.
@Suite struct SessionLanguageTests {
    static let englishToml = "language = \"en\"\n" + DemoData.files[.settings]!
    static let indonesianToml = "language = \"id\"\n" + DemoData.files[.settings]!

    func language(flag: Language?, locale: Language?, toml: String? = nil) -> Language {
        var options = DashboardSession.Options(language: flag)
        options.environmentLanguage = locale
        let model = toml.map { demoModel(replacing: [.settings: $0]) } ?? demoModel()
        let replay = Replay(model: model, options: options)
        return replay.session.language
    }

    @Test func precedence() {
        #expect(language(flag: nil, locale: nil) == .id)
        #expect(language(flag: nil, locale: .en) == .en)
        #expect(language(flag: nil, locale: .en, toml: Self.indonesianToml) == .id)
        #expect(language(flag: nil, locale: .id, toml: Self.englishToml) == .en)
        #expect(language(flag: .id, locale: .en, toml: Self.englishToml) == .id)
        #expect(language(flag: .en, locale: .id, toml: Self.indonesianToml) == .en)
    }

    @Test func theLocalesLanguageOnScreenUntilNetraTomlSaysOtherwise() {
        var options = DashboardSession.Options()
        options.environmentLanguage = .en
        var replay = Replay(model: demoModel(), options: options)
        #expect(replay.frame().text.contains("1 Overview"))
        replay.receive(demoModel(replacing: [.settings: Self.indonesianToml]))
        #expect(replay.frame().text.contains("1 Ringkasan"))
    }
}
