/// The language people read Netra in: Indonesian (the office's own, the default) or
/// English.
///
/// It lives in the core because the core's messages about the office's files are
/// written in both; the front ends render them in the reader's language.
public enum Language: String, CaseIterable, Sendable, Codable {
    case id, en

    /// The language to speak: `--lang` when given, else `language` in netra.toml,
    /// else Indonesian. The environment's `LANG` is deliberately not consulted: a
    /// server's `en_US.UTF-8` would otherwise turn an Indonesian office's nightly
    /// `netra check` mail English.
    public static func chosen(_ flag: Language?, settings: Settings) -> Language {
        flag ?? Language(rawValue: settings.language) ?? .id
    }
}
