import Foundation
import NetraCore

/// A colour as a theme file writes it: a name, a 0–255 index, `#rrggbb`, or the
/// terminal's default.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan", "bright-white"]

    /// Parses `"red"`, `"bright-blue"`, `"grey"`, `"default"`, `"#ff8700"` or an index.
    public static func parse(_ node: TOML.Node) -> ThemeColor? {
        if let n = node.integer { return (0...255).contains(n) ? .indexed(n) : nil }
        guard let s = node.string?.lowercased().trimmingCharacters(in: .whitespaces) else { return nil }
        if s == "default" || s == "none" { return .terminalDefault }
        if s == "gray" || s == "grey" { return .indexed(8) }
        if let i = names.firstIndex(of: s.replacingOccurrences(of: "_", with: "-")) { return .indexed(i) }
        if s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        return nil
    }

    /// The nearest colour a terminal with `depth` colours can show.
    public func index(forDepth depth: ColorDepth) -> Int? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let i):
            switch depth {
            case .none: return nil
            case .eight: return i < 8 ? i : (i < 16 ? i - 8 : Self.nearest(Self.rgbOfIndex(i), among: 0..<8))
            case .sixteen: return i < 16 ? i : Self.nearest(Self.rgbOfIndex(i), among: 0..<16)
            case .indexed256, .truecolor: return i
            }
        case .rgb(let r, let g, let b):
            switch depth {
            case .none: return nil
            case .eight: return Self.nearest((r, g, b), among: 0..<8)
            case .sixteen: return Self.nearest((r, g, b), among: 0..<16)
            case .indexed256, .truecolor: return Self.nearest((r, g, b), among: 16..<256)
            }
        }
    }

    /// The usual xterm palette: 16 system colours, a 6×6×6 cube, 24 greys.
    static func rgbOfIndex(_ i: Int) -> (UInt8, UInt8, UInt8) {
        let system: [(UInt8, UInt8, UInt8)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                                               (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        if i < 16 { return system[max(0, i)] }
        if i < 232 {
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let c = i - 16
            return (levels[c / 36], levels[c / 6 % 6], levels[c % 6])
        }
        let grey = UInt8(8 + (i - 232) * 10)
        return (grey, grey, grey)
    }

    static func nearest(_ rgb: (UInt8, UInt8, UInt8), among range: Range<Int>) -> Int {
        func distance(_ i: Int) -> Int {
            let c = rgbOfIndex(i)
            let dr = Int(c.0) - Int(rgb.0), dg = Int(c.1) - Int(rgb.1), db = Int(c.2) - Int(rgb.2)
            return 2 * dr * dr + 4 * dg * dg + 3 * db * db
        }
        return range.min { distance($0) < distance($1) }!
    }
}

/// How many colours the terminal can show.
public enum ColorDepth: String, Sendable {
    case none, eight = "8", sixteen = "16", indexed256 = "256", truecolor

    /// Decides from the environment and the terminal's colour count: `NO_COLOR` (any
    /// value) turns colour off; `COLORTERM=truecolor|24bit` reports truecolor (drawn
    /// through the 256-colour palette, which is what ncurses pairs offer).
    public static func detect(environment: [String: String], terminalColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if terminalColors < 8 { return .none }
        if terminalColors < 16 { return .eight }
        if terminalColors < 256 { return .sixteen }
        let colorterm = environment["COLORTERM"]?.lowercased() ?? ""
        return colorterm == "truecolor" || colorterm == "24bit" ? .truecolor : .indexed256
    }
}

/// How one role looks.
public struct Style: Equatable, Sendable {
    public var foreground: ThemeColor = .terminalDefault
    public var background: ThemeColor = .terminalDefault
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}

/// A colour theme: a style for every role.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var description: String
    public var styles: [StyleRole: Style]

    public func style(_ role: StyleRole) -> Style { styles[role] ?? Theme.builtInDefault.styles[role] ?? Style() }

    /// The theme compiled into the binary: used when no theme file can be found, and
    /// to fill roles a theme file leaves out. Matches `themes/default.toml`.
    public static let builtInDefault = Theme(name: "default", description: "dark, for everyday use", styles: [
        .background: Style(), .text: Style(), .muted: Style(foreground: .indexed(8)),
        .border: Style(foreground: .indexed(8)), .header: Style(foreground: .indexed(15), background: .indexed(4), bold: true),
        .title: Style(bold: true), .selection: Style(reverse: true), .tab: Style(foreground: .indexed(7)),
        .tabActive: Style(foreground: .indexed(15), bold: true, underline: true),
        .alertCritical: Style(foreground: .indexed(9), bold: true), .alertWarning: Style(foreground: .indexed(11)),
        .alertInfo: Style(foreground: .indexed(14)), .ok: Style(foreground: .indexed(10)),
        .countdown: Style(foreground: .indexed(13), bold: true), .progress: Style(foreground: .indexed(10)),
        .banner: Style(foreground: .indexed(0), background: .indexed(11)), .demo: Style(foreground: .indexed(0), background: .indexed(11), bold: true),
        .match: Style(foreground: .indexed(11), bold: true),
    ])

    /// Attributes only: what `NO_COLOR` and monochrome terminals get.
    public static let monochrome = Theme(name: "mono", description: "no colour, attributes only", styles: [
        .background: Style(), .text: Style(), .muted: Style(dim: true), .border: Style(dim: true), .header: Style(bold: true, reverse: true),
        .title: Style(bold: true), .selection: Style(reverse: true), .tab: Style(), .tabActive: Style(bold: true, underline: true),
        .alertCritical: Style(bold: true, underline: true), .alertWarning: Style(bold: true), .alertInfo: Style(),
        .ok: Style(), .countdown: Style(bold: true), .progress: Style(bold: true), .banner: Style(reverse: true),
        .demo: Style(bold: true, reverse: true), .match: Style(underline: true),
    ])
}
