import NetraTUI

/// A one-line sample of a theme for `netra themes`: a few roles drawn with ANSI
/// colours (or as plain words when the output is not a terminal).
enum ThemePreview {
    static func line(_ theme: Theme, colour: Bool) -> String {
        let samples: [(StyleRole, String)] = [(.header, " NETRA "), (.alertCritical, " KRITIS "), (.alertWarning, " AWAS "),
                                              (.alertInfo, " INFO "), (.countdown, " H-12 "), (.selection, " ▶ pilih ")]
        guard colour else { return samples.map(\.1).joined() }
        return samples.map { role, text in sgr(theme.style(role)) + text + "\u{1B}[0m" }.joined()
    }

    /// The SGR sequence for a style in 256 colours (mapped as the dashboard maps it).
    static func sgr(_ theme: Style) -> String {
        let style = TerminalPalette.twoFiftySix.style(theme)
        var codes: [String] = []
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if case .number(let fg) = style.foreground { codes.append("38;5;\(fg)") }
        if case .number(let bg) = style.background { codes.append("48;5;\(bg)") }
        return "\u{1B}[" + (codes.isEmpty ? "0" : codes.joined(separator: ";")) + "m"
    }
}
