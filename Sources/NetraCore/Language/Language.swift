/// The language people read Netra in: Indonesian (the office's own, the default) or
/// English.
///
/// It lives in the core because the core's messages about the office's files are
/// written in both; the front ends render them in the reader's language.
public enum Language: String, CaseIterable, Sendable, Codable {
    case id, en

    /// The language to speak: `--lang` when given, else `language` in netra.toml, else
    /// what the environment's locale says (`Language.of(environment:)`), else
    /// Indonesian. netra.toml sits above the environment because it is the office's
    /// own choice for everyone who reads the folder, while a server's or a login's
    /// locale is often an accident of installation.
    public static func chosen(_ flag: Language?, settings: Settings, environment: [String: String]) -> Language {
        chosen(flag, configured: settings.language, environment: environment)
    }

    /// As `chosen(_:settings:environment:)`, for callers that hold only netra.toml's
    /// `language` value (empty when it says nothing).
    public static func chosen(_ flag: Language?, configured: String, environment: [String: String]) -> Language {
        flag ?? Language(rawValue: configured) ?? of(environment: environment) ?? .id
    }

    /// The language the locale variables ask for, or `nil` when they have no opinion.
    ///
    /// As the C library does for messages, the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty decides alone: `LC_ALL=C` with `LANG=en_US`
    /// means the C locale, not English. Its language part (before `_`, `.` and `@`)
    /// picks: `id` (`id_ID.UTF-8`) Indonesian, `en` (`en_US.UTF-8`, `en`) English;
    /// `C`, `POSIX` and every other language say nothing, so the default holds.
    public static func of(environment: [String: String]) -> Language? {
        guard let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else {
            return nil
        }
        let code = value.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }.lowercased()
        switch code {
        case "id": return .id
        case "en": return .en
        default: return nil
        }
    }
}
