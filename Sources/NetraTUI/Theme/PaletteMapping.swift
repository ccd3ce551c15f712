/// A colour as ncurses is given it: the terminal's own (default) colour, or a number
/// `init_extended_pair` takes — a palette index, or on a direct-colour terminal 0–7
/// (ANSI) or `0xRRGGBB`.
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case number(Int)
}

/// A text colour on a terminal, with the attribute that stands in for what the palette
/// lacks: bold for a bright colour on 8 colours, dim for grey.
public struct MappedText: Equatable, Sendable {
    public var color: TerminalColor
    public var bold = false
    public var dim = false

    public init(_ color: TerminalColor, bold: Bool = false, dim: Bool = false) {
        self.color = color
        self.bold = bold
        self.dim = dim
    }
}

/// Theme colours onto terminal colours: the pure mapping, one palette at a time.
///
/// Two rules keep text readable whatever the palette:
/// - **Black, white and grey text on the terminal's own background is drawn in the
///   terminal's own text colour** (bold for bright white, dim for grey on 8 colours,
///   where there is no grey: `grey` used to become black, invisible on the usual black
///   background). Whether that background is black (the Linux console, PuTTY, many
///   xterms) or white (xterm as installed) is unknown, and only the terminal's own text
///   colour is sure to differ from it.
/// - On 8 colours, bright colours become their base colour drawn bold (which most
///   terminals show bright), a colour keeps a hue rather than turning grey, and grey
///   text on a theme's own background becomes black or white, whichever stands out more.
///
/// Whatever still lands on its background's colour (a theme's own choice of two
/// colours the palette cannot tell apart) is caught by `PaletteFit`.
extension TerminalPalette {
    /// The terminal colour for `color` used as a background.
    public func background(_ color: ThemeColor) -> TerminalColor {
        guard self != .monochrome, let rgb = color.rgb else { return .terminalDefault }
        switch self {
        case .eight:
            if case .indexed(let i) = color, i < 16, i != 8 { return .number(i % 8) }
            // A grey is black or white here (by distance, grey was nearer cyan).
            if rgb.isAchromatic { return .number((Int(rgb.r) + Int(rgb.g) + Int(rgb.b)) / 3 >= 96 ? 7 : 0) }
            return .number(XtermPalette.nearest(rgb, among: 0..<8))
        case .sixteen, .eightyEight, .twoFiftySix, .direct:
            return .number(number(color, rgb))
        case .monochrome:
            return .terminalDefault
        }
    }

    /// The terminal colour and attribute for `color` used as text over `back` (the
    /// background already mapped with `background(_:)`).
    public func text(_ color: ThemeColor, over back: TerminalColor) -> MappedText {
        guard self != .monochrome, let rgb = color.rgb else { return MappedText(.terminalDefault) }
        if back == .terminalDefault, rgb.isAchromatic {
            let darkest = min(rgb.r, rgb.g, rgb.b), lightest = max(rgb.r, rgb.g, rgb.b)
            if darkest >= 0xC0 { return MappedText(.terminalDefault, bold: darkest >= 0xF0) }
            if lightest <= 0x30 { return MappedText(.terminalDefault) }
        }
        guard self == .eight else { return MappedText(.number(number(color, rgb))) }
        // A colour keeps a hue: teal (#005f87) is nearer grey than blue, but grey has
        // none to give.
        let n = rgb.isAchromatic ? color.nearestSystem : XtermPalette.nearest(rgb, among: Array(0..<8) + Array(9..<16))
        if n == 8 {
            // No grey among 8 colours.
            return back == .terminalDefault ? MappedText(.terminalDefault, dim: true) : MappedText(contrasting(back))
        }
        return n < 8 ? MappedText(.number(n)) : MappedText(.number(n - 8), bold: true)
    }

    /// Black or white, whichever stands out more against `back` on this palette.
    public func contrasting(_ back: TerminalColor) -> TerminalColor {
        let (black, white): (Int, Int)
        switch self {
        case .monochrome: return .terminalDefault
        case .eight, .sixteen: (black, white) = (0, 7)
        // The cube's corners: a terminal's colour scheme may redefine 0–15, not these.
        case .eightyEight: (black, white) = (16, 79)
        case .twoFiftySix: (black, white) = (16, 231)
        case .direct: (black, white) = (0, 0xFF_FFFF)
        }
        guard case .number(let b) = back else { return .terminalDefault }
        let behind = rgb(of: b)
        return behind.contrast(with: rgb(of: black)) >= behind.contrast(with: rgb(of: white)) ? .number(black) : .number(white)
    }

    /// The palette number for a colour on 16 colours and more.
    private func number(_ color: ThemeColor, _ rgb: RGB) -> Int {
        var index: Int?
        if case .indexed(let i) = color { index = i }
        switch self {
        case .sixteen:
            return color.nearestSystem
        case .eightyEight:
            if let index, index < 16 { return index }
            return XtermPalette.nearest(rgb, among: 16..<88, table: XtermPalette.rgb88)
        case .direct:
            if let index, index < 8 { return index }
            // 0–7 mean the ANSI colours there: a near-black that packs below 8 is black.
            let packed = Int(rgb.r) << 16 | Int(rgb.g) << 8 | Int(rgb.b)
            return packed < 8 ? 0 : packed
        case .monochrome, .eight, .twoFiftySix:
            return index ?? XtermPalette.nearest(rgb, among: 16..<256)
        }
    }
}

extension ThemeColor {
    /// The colour as xterm draws it; `nil` for the terminal's default.
    var rgb: RGB? {
        switch self {
        case .terminalDefault: nil
        case .indexed(let i): XtermPalette.rgb256(i)
        case .rgb(let r, let g, let b): RGB(r, g, b)
        }
    }

    /// The nearest of the 16 system colours (itself when it is one).
    var nearestSystem: Int {
        if case .indexed(let i) = self, i < 16 { return i }
        return XtermPalette.nearest(rgb ?? RGB(0, 0, 0), among: 0..<16)
    }
}
