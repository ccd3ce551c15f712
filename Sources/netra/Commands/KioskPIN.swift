import ArgumentParser
import Foundation
import NetraCore

/// `netra kiosk-pin`: makes the `pin_hash` line for netra.toml; the PIN is stored nowhere.
struct KioskPIN: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-pin",
        abstract: "Make the pin_hash line for [kiosk] in netra.toml from a PIN you type.",
        discussion: """
        Asks for the PIN twice without showing it (or reads one line from standard input \
        when that is not a terminal) and prints `pin_hash = "…"`: a salted yescrypt hash. \
        Put that line under [kiosk] in netra.toml; the PIN itself is stored nowhere. A PIN \
        is 4 to 12 digits; longer is safer, as everyone who can read netra.toml can try \
        to guess it offline.
        """
    )

    @Option(help: ArgumentHelp("Language of the prompts: id or en (default: netra.toml in $NETRA_DATA or here, else id).", valueName: "id|en"))
    var lang: Language?

    func run() throws {
        let language = CLILanguage.resolve(lang)
        let pin: String
        if isatty(STDIN_FILENO) != 0 {
            let first = Self.ask(CLIMessages.pinPrompt.text(language))
            do { try PINHash.validate(first) } catch { throw UsageFailure(error.message.text(language)) }
            guard Self.ask(CLIMessages.pinPromptAgain.text(language)) == first else { throw UsageFailure(CLIMessages.pinsDiffer.text(language)) }
            pin = first
        } else {
            pin = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
        }
        let hash: String
        do { hash = try PINHash.make(pin) } catch { throw UsageFailure(error.message.text(language)) }
        try Output.write(CLIMessages.pinHashLine(hash))
        Output.error(CLIMessages.pinHashHint(unlockKey: "\(KioskSettings().unlockKey)").text(language))
    }

    /// Reads a line from the terminal with echo off (libc's getpass), then wipes its buffer.
    private static func ask(_ prompt: String) -> String {
        guard let buffer = getpass(prompt) else { return "" }
        defer { memset(buffer, 0, strlen(buffer)) }
        return String(cString: buffer)
    }
}
