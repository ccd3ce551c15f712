/// A theme role's style as the terminal draws it: colours the palette has, and the
/// attributes (the theme's, and those the mapping adds).
public struct TerminalStyle: Equatable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The colour the letters are seen in: the background's under `reverse`.
    public var visibleText: TerminalColor {
        get { reverse ? background : foreground }
        set { if reverse { background = newValue } else { foreground = newValue } }
    }

    /// The colour seen behind the letters.
    public var visibleBack: TerminalColor { reverse ? foreground : background }
}

extension TerminalPalette {
    /// A theme style on this palette. Under `reverse` the theme's background colour is
    /// what the letters are seen in, so the text rules (`text(_:over:)`) are applied to
    /// it, over the foreground colour.
    public func style(_ style: Style) -> TerminalStyle {
        var out = TerminalStyle(bold: style.bold, underline: style.underline, reverse: style.reverse, dim: style.dim)
        guard self != .monochrome else { return out }
        let letters = style.reverse ? style.background : style.foreground
        let behind = background(style.reverse ? style.foreground : style.background)
        let text = text(letters, over: behind)
        out.foreground = style.reverse ? behind : text.color
        out.background = style.reverse ? text.color : behind
        // Bold and dim change the foreground colour, which under reverse is behind
        // the letters: there they would change the wrong colour.
        if !style.reverse {
            out.bold = out.bold || text.bold
            out.dim = out.dim || text.dim
        }
        return out
    }
}
