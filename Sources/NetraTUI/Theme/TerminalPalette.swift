/// The colours a terminal can show, as its terminfo description says: what a theme's
/// colours are mapped onto (`PaletteMapping`) and checked against (`PaletteFit`).
public enum TerminalPalette: String, CaseIterable, Sendable {
    /// No colour (`vt220`, `NO_COLOR`): attributes only.
    case monochrome
    /// The 8 ANSI colours (`xterm`, `linux`, `screen`, PuTTY's default `xterm`).
    case eight
    /// 8 colours and their bright variants (`xterm-16color`).
    case sixteen
    /// 16 system colours, a 4×4×4 cube and 8 greys (`xterm-88color`).
    case eightyEight
    /// 16 system colours, a 6×6×6 cube and 24 greys (`xterm-256color`).
    case twoFiftySix
    /// Any 24-bit colour (`xterm-direct`): numbers 0–7 are the ANSI colours, larger
    /// ones are `0xRRGGBB`.
    case direct

    /// Decides from the environment and terminfo: `NO_COLOR` (any non-empty value)
    /// turns colour off; `colors` is ncurses' `COLORS` after `start_color`, `rgb`
    /// terminfo's `RGB` flag (direct colour). `COLORTERM=truecolor` alone changes
    /// nothing: ncurses can only send what the terminal's description knows, so a
    /// true-colour terminal is used as such under `TERM=xterm-direct` (or the like).
    public static func detect(environment: [String: String], colors: Int, rgb: Bool) -> TerminalPalette {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        if colors < 8 { return .monochrome }
        if rgb || colors >= 0x100_0000 { return .direct }
        if colors < 16 { return .eight }
        if colors < 88 { return .sixteen }
        if colors < 256 { return .eightyEight }
        return .twoFiftySix
    }

    /// How many colours, as a note says it (`8`, `256`; `nil` for direct colour and none).
    public var count: Int? {
        switch self {
        case .monochrome, .direct: nil
        case .eight: 8
        case .sixteen: 16
        case .eightyEight: 88
        case .twoFiftySix: 256
        }
    }

    /// The colour a palette number stands for, as xterm draws it.
    public func rgb(of number: Int) -> RGB {
        switch self {
        case .monochrome, .eight, .sixteen: XtermPalette.system[min(max(0, number), 15)]
        case .eightyEight: XtermPalette.rgb88(number)
        case .twoFiftySix: XtermPalette.rgb256(number)
        case .direct:
            number < 8 ? XtermPalette.system[max(0, number)]
                : RGB(UInt8(number >> 16 & 0xFF), UInt8(number >> 8 & 0xFF), UInt8(number & 0xFF))
        }
    }
}
