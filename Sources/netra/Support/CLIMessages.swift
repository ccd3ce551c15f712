import NetraCore

/// Every sentence the command line says in its own words (help texts live with
/// their options, as ArgumentParser wants them). The command line speaks English,
/// like `netra check`'s diagnostics. Values from the user or the environment arrive
/// here raw and leave sanitised.
enum CLIMessages {
    static func outputFailed(_ reason: String) -> String {
        "cannot write the output: \(reason)"
    }

    static func notATime(_ text: String) -> String {
        "--as-of '\(UntrustedText.sanitized(text))' is not a time: use ISO 8601 with an offset, e.g. 2023-05-23T10:00:00+08:00"
    }

    static let pollRange = "--poll must be a number of seconds above 0 and at most 3600 (e.g. 0.5, 2, 60)"

    static func notAView(_ text: String) -> String {
        "--view '\(UntrustedText.sanitized(text))' is not a view: overview, officers, retirements, schedule, cases"
    }

    static func notAKioskPage(_ text: String, pages: [String]) -> String {
        "--view '\(UntrustedText.sanitized(text))' is not a kiosk page: \(pages.joined(separator: ", "))"
    }

    static func demoWritten(_ folder: String) -> String {
        "Demo data written to \(UntrustedText.sanitized(folder))/\n"
    }

    static func demoKept(_ folder: String) -> String {
        "Using the existing demo folder \(UntrustedText.sanitized(folder))/ (--reset writes it afresh)\n"
    }

    static func demoUnwritable(_ folder: String, _ reason: String) -> String {
        "cannot write the demo folder '\(UntrustedText.sanitized(folder))': \(UntrustedText.sanitized(reason))"
    }

    static let pinsDiffer = "the two PINs differ; nothing was made"
    static let pinPrompt = "New kiosk PIN (4–12 digits): "
    static let pinPromptAgain = "The same PIN again: "

    static func pinHashLine(_ hash: String) -> String { "pin_hash = \"\(hash)\"\n" }

    static func pinHashHint(unlockKey: String) -> String {
        "put this line under [kiosk] in netra.toml; at the screen, press the unlock key "
            + "([kiosk] unlock_key, default \(unlockKey)), the PIN, then Enter"
    }

    static func noThemes(searchPath: [String]) -> String {
        "No theme files found (looked in \(shown(searchPath))); the built-in default is used.\n"
    }

    static func themeSearchPath(_ searchPath: [String]) -> String {
        "Search path: \(shown(searchPath))\n"
    }

    /// A search path as printed: each folder sanitised (they come from the environment).
    private static func shown(_ folders: [String]) -> String {
        folders.map(UntrustedText.sanitized).joined(separator: ", ")
    }
}
