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
