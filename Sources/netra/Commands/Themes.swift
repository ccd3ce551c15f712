import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

/// `netra themes`: the themes on the search path, each with a one-line preview.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the colour themes Netra can find, with a one-line preview.",
        discussion: "Search order: --theme FILE, then $XDG_CONFIG_HOME/netra/themes (~/.config/netra/themes), then the themes/ folder shipped with Netra. Copy a file from there, edit it, and use it with --theme NAME."
    )

    @Option(help: ArgumentHelp("Language: id or en (default: netra.toml in $NETRA_DATA or here, else the locale LC_ALL/LC_MESSAGES/LANG, else id).", valueName: "id|en"))
    var lang: Language?

    func run() throws {
        let language = CLILanguage.resolve(lang)
        let path = ThemeSearch.path
        let found = ThemeFiles.all(searchPath: path)
        let colour = isatty(STDOUT_FILENO) != 0 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if found.isEmpty { try Output.write(CLIMessages.noThemes(searchPath: path).text(language)) }
        // Names come from file names and the paths from the environment: both sanitised.
        let names = found.map { UntrustedText.sanitized($0.name) }
        let nameWidth = names.map(\.count).max() ?? 8
        for (name, (_, file)) in zip(names, found) {
            let (theme, problems) = ThemeFiles.load(file: file)
            let padded = name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            try Output.write("\(padded)  \(ThemePreview.line(theme, colour: colour))  \(UntrustedText.sanitized(theme.description))\n")
            for problem in problems { try Output.write("    \(problem.formatted(language: language))\n") }
        }
        try Output.write(CLIMessages.themeSearchPath(path).text(language))
    }
}
