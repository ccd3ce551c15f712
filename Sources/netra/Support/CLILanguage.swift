import Foundation
import NetraCore

/// The language a command speaks: `--lang`, else `language` in the data folder's
/// netra.toml, else Indonesian (`Language.chosen`). Commands without a data folder
/// of their own (`kiosk-pin`, `themes`) look at `$NETRA_DATA`, else the current
/// folder, where `netra` would look too.
enum CLILanguage {
    static func resolve(_ flag: Language?, folder: URL? = nil) -> Language {
        if let flag { return flag }
        let folder = folder ?? defaultFolder
        guard case .settings(let settings)? = DataFolder.read(.settings, from: FolderFiles(folder: folder)).records else { return .id }
        return Language.chosen(nil, settings: settings)
    }

    private static var defaultFolder: URL {
        let env = ProcessInfo.processInfo.environment["NETRA_DATA"] ?? ""
        return URL(fileURLWithPath: env.isEmpty ? "." : env)
    }
}
