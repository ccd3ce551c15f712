import Foundation
import NetraCore

/// The language a command speaks: `--lang`, else `language` in the data folder's
/// netra.toml, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else Indonesian
/// (`Language.chosen`). Commands without a data folder of their own (`kiosk-pin`,
/// `themes`) look at `$NETRA_DATA`, else the current folder, where `netra` would look too.
enum CLILanguage {
    static func resolve(_ flag: Language?, folder: URL? = nil) -> Language {
        if let flag { return flag }
        let folder = folder ?? defaultFolder
        guard case .settings(let settings)? = DataFolder.read(.settings, from: FolderFiles(folder: folder)).records else {
            return Language.chosen(nil, configured: "", environment: environment)
        }
        return chosen(nil, settings: settings)
    }

    /// For a command that has read netra.toml already.
    static func chosen(_ flag: Language?, settings: Settings) -> Language {
        Language.chosen(flag, settings: settings, environment: environment)
    }

    /// What the environment's locale says, or `nil`: for the dashboard, which follows a
    /// netra.toml edited while it runs and so decides later.
    static var environmentLanguage: Language? { Language.of(environment: environment) }

    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    private static var defaultFolder: URL {
        let env = ProcessInfo.processInfo.environment["NETRA_DATA"] ?? ""
        return URL(fileURLWithPath: env.isEmpty ? "." : env)
    }
}
