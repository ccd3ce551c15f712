/// What a terminal's own colours (the "default" foreground and background) may really
/// be. Neither is known to Netra, so a style must stay readable under both.
public enum DefaultColours: CaseIterable, Sendable {
    /// Light text on black: the Linux console, PuTTY, and xterm as many run it.
    case dark
    /// Black text on white: xterm as installed.
    case light

    var text: RGB { self == .dark ? XtermPalette.system[7] : XtermPalette.system[0] }
    var back: RGB { self == .dark ? XtermPalette.system[0] : XtermPalette.system[15] }
}

extension TerminalPalette {
    /// Below this contrast ratio letters count as drawn in their background's colour
    /// (1 is the very same colour; `#0a0a0a` on black is 1.06).
    public static let collapseContrast = 1.15

    /// Whether the letters of `style` would take the colour behind them on a terminal
    /// with this palette. The terminal's own colours count as light text on black (the
    /// usual console, PuTTY); as black text on white (xterm as installed) too, but
    /// there only against black, white or grey: a theme for dark terminals may use
    /// bright yellow, which a white terminal all but hides — that is the theme's choice,
    /// and `light` is the theme for such terminals.
    public func collapses(_ style: TerminalStyle) -> Bool {
        guard self != .monochrome else { return false }
        return DefaultColours.allCases.contains { defaults in
            let fg = resolve(style.foreground, or: defaults.text), bg = resolve(style.background, or: defaults.back)
            if defaults == .light {
                let involvesDefault = style.foreground == .terminalDefault || style.background == .terminalDefault
                guard involvesDefault, fg.isAchromatic, bg.isAchromatic else { return false }
            }
            let (letters, behind) = style.reverse ? (bg, fg) : (fg, bg)
            return letters.contrast(with: behind) < Self.collapseContrast
        }
    }

    private func resolve(_ color: TerminalColor, or fallback: RGB) -> RGB {
        guard case .number(let n) = color else { return fallback }
        return rgb(of: n)
    }
}

/// A theme on one terminal: every role's style as drawn, after the check made at load
/// (`NcursesScreen`): a role whose letters would take their background's colour on
/// this palette keeps its background and gets black or white letters instead (or
/// the terminal's own colours), and is listed in `fallbacks` for the note that says so.
public struct PaletteFit: Sendable {
    public let palette: TerminalPalette
    public let styles: [StyleRole: TerminalStyle]
    /// The roles that fell back, in `StyleRole` order.
    public let fallbacks: [StyleRole]

    public init(theme: Theme, palette: TerminalPalette) {
        var styles: [StyleRole: TerminalStyle] = [:]
        var fallbacks: [StyleRole] = []
        for role in StyleRole.allCases {
            var style = palette.style(theme.style(role))
            if palette.collapses(style) {
                fallbacks.append(role)
                style.visibleText = palette.contrasting(style.visibleBack)
                style.dim = false
                if palette.collapses(style) {
                    style = TerminalStyle(bold: style.bold, underline: style.underline, reverse: style.reverse)
                }
            }
            styles[role] = style
        }
        self.palette = palette
        self.styles = styles
        self.fallbacks = fallbacks
    }

    /// The style of `role` on the terminal.
    public func style(_ role: StyleRole) -> TerminalStyle { styles[role] ?? TerminalStyle() }
}
