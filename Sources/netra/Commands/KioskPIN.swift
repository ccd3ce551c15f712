import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

/// `netra kiosk-pin`: makes the `pin_hash` line for netra.toml; the PIN itself is
/// stored nowhere. At a terminal it asks in the interface language and asks again
/// (up to `attempts` times) when a PIN is refused or the two PINs differ.
struct KioskPIN: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-pin",
        abstract: "Make the pin_hash line for [kiosk] in netra.toml from a PIN you type.",
        discussion: """
        Asks for the PIN twice without showing it, again when the two differ (or reads \
        one line from standard input when that is not a terminal), and prints \
        `pin_hash = "…"`: a salted yescrypt hash. Put that line under [kiosk] in \
        netra.toml; the PIN itself is stored nowhere. A PIN is 4 to 12 digits; longer is \
        safer, as everyone who can read netra.toml can try to guess it offline. The \
        questions are in the interface language: --lang, else the language of the \
        folder's netra.toml (--data, $NETRA_DATA), else Indonesian.
        """
    )

    @Option(help: ArgumentHelp("Interface language: id or en (default: netra.toml, else the locale LC_ALL/LC_MESSAGES/LANG, else id).", valueName: "id|en")) var lang: Language?
    @Option(name: .customLong("data"), help: ArgumentHelp("The data folder whose netra.toml sets the language (default: $NETRA_DATA).",
                                                          valueName: "DIR"), completion: .directory)
    var data: String?

    /// How often a terminal user may try before the command gives up.
    static let attempts = 5

    func run() throws {
        let language = CLILanguage.resolve(lang)
        let pin: String
        if isatty(STDIN_FILENO) != 0 {
            let words = CLIMessages.PIN(language: language)
            guard let typed = Self.askTwice(words) else { throw UsageFailure(words.gaveUp) }
            pin = typed
        } else {
            pin = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
        }
        let hash: String
        do { hash = try PINHash.make(pin) } catch { throw UsageFailure(error.message.text(language)) }
        try Output.write(CLIMessages.pinHashLine(hash))
        Output.error(CLIMessages.PIN(language: language).hint(unlockKey: "\(KioskSettings().unlockKey)"))
    }

    /// `--lang`, else the folder's netra.toml (`--data`, `NETRA_DATA`), else the
    /// locale, else Indonesian.
    private var language: Language {
        if let lang { return lang }
        let folder = data ?? ProcessInfo.processInfo.environment["NETRA_DATA"]
        if let folder, !folder.isEmpty,
           case .settings(let settings)? = DataFolder.read(.settings, from: FolderFiles(folder: URL(fileURLWithPath: folder))).records {
            return CLILanguage.chosen(nil, settings: settings)
        }
        return Language.chosen(nil, configured: "", environment: ProcessInfo.processInfo.environment)
    }

    /// Asks for a PIN and for it again until both agree and it is a valid PIN; `nil`
    /// after `attempts` tries or when the terminal gives nothing (end of input).
    private static func askTwice(_ words: CLIMessages.PIN) -> String? {
        for _ in 0..<attempts {
            guard let first = ask(words.prompt) else { return nil }
            do { try PINHash.validate(first) } catch {
                Output.error(words.refused(first))
                continue
            }
            guard let second = ask(words.again) else { return nil }
            if second == first { return first }
            Output.error(words.differ)
        }
        return nil
    }

    /// Reads a line from the terminal with echo off (libc's getpass), then wipes its
    /// buffer; `nil` at the end of input.
    private static func ask(_ prompt: String) -> String? {
        guard let buffer = getpass(prompt) else { return nil }
        defer { memset(buffer, 0, strlen(buffer)) }
        return String(cString: buffer)
    }
}
