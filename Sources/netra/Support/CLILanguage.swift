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

    /// The language for a failure `main` reports after the command is gone (output that
    /// could not be written, an argument ArgumentParser refused): `--lang` as typed
    /// (`--lang en`, `--lang=en`), else the folder `--data` names, else as `resolve`.
    /// Read from the raw arguments because parsing may be what failed.
    static func forFailures(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Language {
        resolve(typedValue(of: "--lang", in: arguments).flatMap(Language.init(rawValue:)),
                folder: typedValue(of: "--data", in: arguments).map { URL(fileURLWithPath: $0) })
    }

    /// The value after `option` (`--x v` or `--x=v`), the last one given wins, as in parsing.
    static func typedValue(of option: String, in arguments: [String]) -> String? {
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == option, index + 1 < arguments.endIndex {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix(option + "=") {
                found = String(argument.dropFirst(option.count + 1))
            }
            index += 1
        }
        return found
    }
}
