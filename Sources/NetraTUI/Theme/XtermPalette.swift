import Foundation

/// A colour as red, green and blue levels.
public struct RGB: Hashable, Sendable, CustomStringConvertible {
    public let r: UInt8, g: UInt8, b: UInt8

    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Relative luminance (WCAG), 0 for black to 1 for white.
    public var luminance: Double {
        func linear(_ c: UInt8) -> Double {
            let v = Double(c) / 255
            return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// WCAG contrast ratio between two colours: 1 (the same) to 21 (black on white).
    public func contrast(with other: RGB) -> Double {
        let a = luminance, b = other.luminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// A grey (no channel more than 16 levels from another).
    var isAchromatic: Bool { max(r, g, b) - min(r, g, b) <= 16 }

    public var description: String { String(format: "#%02x%02x%02x", r, g, b) }
}

/// The colours behind palette numbers as xterm draws them by default: what "the
/// nearest colour" and "the same colour" are measured against. Other terminals differ
/// a little in the 16 system colours (PuTTY's white is 187, the Linux console's 170),
/// never in which of them is light or dark.
public enum XtermPalette {
    /// The 16 system colours: black, red, green, yellow, blue, magenta, cyan, white,
    /// then their bright variants (index 8, bright black, is the theme files' `grey`).
    public static let system: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0), RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0), RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// Index `i` of the 256-colour palette: 16 system colours, a 6×6×6 cube, 24 greys.
    public static func rgb256(_ i: Int) -> RGB {
        if i < 16 { return system[max(0, i)] }
        if i < 232 {
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let c = i - 16
            return RGB(levels[c / 36], levels[c / 6 % 6], levels[c % 6])
        }
        let grey = UInt8(8 + (min(i, 255) - 232) * 10)
        return RGB(grey, grey, grey)
    }

    /// Index `i` of the 88-colour palette: 16 system colours, a 4×4×4 cube, 8 greys.
    public static func rgb88(_ i: Int) -> RGB {
        if i < 16 { return system[max(0, i)] }
        if i < 80 {
            let levels: [UInt8] = [0, 139, 205, 255]
            let c = i - 16
            return RGB(levels[c / 16], levels[c / 4 % 4], levels[c % 4])
        }
        let greys: [UInt8] = [46, 92, 115, 139, 162, 185, 208, 231]
        let grey = greys[min(i, 87) - 80]
        return RGB(grey, grey, grey)
    }

    /// The index in `candidates` whose colour (by `table`) is nearest to `rgb`, with
    /// the eye's greater sensitivity to green weighed in.
    static func nearest(_ rgb: RGB, among candidates: some Collection<Int>, table: (Int) -> RGB = rgb256) -> Int {
        func distance(_ i: Int) -> Int {
            let c = table(i)
            let dr = Int(c.r) - Int(rgb.r), dg = Int(c.g) - Int(rgb.g), db = Int(c.b) - Int(rgb.b)
            return 2 * dr * dr + 4 * dg * dg + 3 * db * db
        }
        return candidates.min { distance($0) < distance($1) }!
    }
}
