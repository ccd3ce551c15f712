import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Colours for everyone (issue 27, item 3): every shipped theme's letters stand out
/// from what is behind them by WCAG's 4.5:1, the colour-blind theme's severities stay
/// apart for the red-green blind, and no severity is said by colour alone.
@Suite struct ThemeContrastTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    static var shipped: [(file: String, theme: Theme)] {
        ((try? FileManager.default.contentsOfDirectory(atPath: themes.path)) ?? []).filter { $0.hasSuffix(".toml") }.sorted().map { file in
            (file, ThemeFiles.load(file: themes.appendingPathComponent(file).path).0)
        }
    }

    /// A theme colour as xterm draws it; the terminal's own colour where the theme leaves it.
    static func rgb(_ color: ThemeColor, or fallback: RGB) -> RGB {
        switch color {
        case .terminalDefault: fallback
        case .indexed(let n): XtermPalette.rgb256(n)
        case .rgb(let r, let g, let b): RGB(r, g, b)
        }
    }

    /// The letters and what is behind them for `role`. Where a theme leaves a colour to
    /// the terminal, the terminal's own pair is counted as the usual console's (light
    /// grey on black, `DefaultColours.dark`): the themes that leave colours open are the
    /// dark ones; `light` and `merah-putih` set both colours of every role.
    static func pair(_ style: Style) -> (letters: RGB, behind: RGB) {
        let defaults = DefaultColours.dark
        let fg = rgb(style.foreground, or: defaults.text), bg = rgb(style.background, or: defaults.back)
        return style.reverse ? (bg, fg) : (fg, bg)
    }

    @Test func everyShippedThemeHasFourAndAHalfToOne() {
        let themes = Self.shipped
        #expect(themes.count >= 7)
        for (file, theme) in themes {
            // `background` fills; every other role draws letters (the border's lines too,
            // held to the same ratio: its corners carry panel titles' legends).
            for role in StyleRole.allCases where role != .background {
                let (letters, behind) = Self.pair(theme.style(role))
                let ratio = letters.contrast(with: behind)
                #expect(ratio >= 4.5, "\(file) \(role.rawValue): \(letters) on \(behind) is \(String(format: "%.2f", ratio)):1")
            }
        }
    }

    // MARK: Colour blindness

    /// Machado, Oliveira & Fernandes (2009), "A physiologically-based model for
    /// simulation of color vision deficiency", severity 1.0: applied to linear RGB.
    static let protanopia: [[Double]] = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    static let deuteranopia: [[Double]] = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]

    static func linear(_ c: UInt8) -> Double {
        let v = Double(c) / 255
        return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
    }

    /// CIELAB (D65) of a linear RGB colour.
    static func lab(_ rgb: [Double]) -> [Double] {
        let (r, g, b) = (rgb[0], rgb[1], rgb[2])
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    /// How a colour looks to someone with the deficiency `matrix` simulates.
    static func simulated(_ c: RGB, _ matrix: [[Double]]) -> [Double] {
        let v = [linear(c.r), linear(c.g), linear(c.b)]
        return matrix.map { row in min(1, max(0, zip(row, v).map(*).reduce(0, +))) }
    }

    /// CIE76 colour difference: about 2 is just noticeable; 20 tells categories apart at a glance.
    static func difference(_ a: [Double], _ b: [Double]) -> Double {
        sqrt(zip(lab(a), lab(b)).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }

    @Test func colourBlindThemeKeepsSeveritiesApart() throws {
        let theme = try #require(Self.shipped.first { $0.file == "colorblind.toml" }?.theme)
        let severities: [StyleRole] = [.alertCritical, .alertWarning, .alertInfo]
        for (name, matrix) in [("protanopia", Self.protanopia), ("deuteranopia", Self.deuteranopia)] {
            for (i, a) in severities.enumerated() {
                for b in severities.dropFirst(i + 1) {
                    let ca = Self.pair(theme.style(a)).letters, cb = Self.pair(theme.style(b)).letters
                    let d = Self.difference(Self.simulated(ca, matrix), Self.simulated(cb, matrix))
                    #expect(d >= 20, "\(name): \(a.rawValue) \(ca) and \(b.rawValue) \(cb) differ by ΔE \(String(format: "%.1f", d))")
                }
            }
        }
        // The simulation is not the identity: red and green, apart for most, merge.
        let red = Self.simulated(RGB(205, 0, 0), Self.deuteranopia), green = Self.simulated(RGB(0, 205, 0), Self.deuteranopia)
        #expect(Self.difference(red, green) < Self.difference([Self.linear(205), 0, 0], [0, Self.linear(205), 0]) / 2)
    }

    // MARK: Never by colour alone

    static let severityRoles: Set<StyleRole> = [.alertCritical, .alertWarning, .alertInfo]

    /// Every run of cells in a severity colour, in every view of the demo and the seeds'
    /// city, in both languages, with the Unicode and the ASCII glyphs:
    /// - a severity glyph (`‼ ! i`) has its severity word (`KRITIS`, `AWAS`, `INFO`) beside it;
    /// - a run of blanks (a colour with nothing written) stands on a line that says its
    ///   severity in a glyph or word;
    /// - anything else says itself: letters (`LEWAT +1`, `belum diajukan 2`), a number
    ///   under its column's heading, or a mark whose shape the legend explains
    ///   (`◆ batas SK` in the box's border, `★` in the `?` legend).
    /// A bare colour, or a glyph without its word, would carry meaning by colour alone.
    @Test func everySeverityColourHasWordsOrGlyphsBesideIt() {
        var failures: [String] = []
        var glyphRuns = 0
        for model in [demoModel(), GoldenFrameTests.seed] {
            for language in Language.allCases {
                for glyphs in [Glyphs.unicode, .ascii] {
                    let renderer = FrameRenderer(language: language, glyphs: glyphs)
                    let text = UIText.table(for: language)
                    let words = Set(Alert.Severity.allCases.map { text.severity($0) })
                    let severityGlyphs = Set([glyphs.critical, glyphs.warning, glyphs.info])
                    for view in ViewID.allCases {
                        let grid = renderer.render(model, state: UIState(view: view), width: 120, height: 40)
                        for (line, run, runText) in Self.severityRuns(grid) {
                            let chars = Array(grid.lines[line])
                            let lo = min(run.upperBound, chars.count), hi = min(chars.count, run.upperBound + 12)
                            let after = String(chars[lo..<hi]).split(separator: " ").map(String.init)
                            let tokens = grid.lines[line].split(separator: " ").map(String.init)
                            let ok: Bool
                            if severityGlyphs.contains(runText) {
                                glyphRuns += 1
                                ok = after.contains { words.contains($0) }
                            } else if runText.isEmpty {
                                ok = tokens.contains { words.contains($0) || severityGlyphs.contains($0) }
                            } else {
                                ok = true
                            }
                            if !ok { failures.append("\(view) \(language) \(glyphs.critical): line \(line) `\(runText)` in `\(grid.lines[line])`") }
                        }
                    }
                }
            }
        }
        // The alerts of the overview, in every language and glyph set, were looked at.
        #expect(glyphRuns > 40)
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }

    /// The runs of cells in a severity colour: line, columns, text.
    static func severityRuns(_ grid: CellGrid) -> [(Int, Range<Int>, String)] {
        var runs: [(Int, Range<Int>, String)] = []
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let role = grid[x, y].role
                guard severityRoles.contains(role) else { x += 1; continue }
                var end = x, text = ""
                while end < grid.width, grid[end, y].role == role {
                    if !grid[end, y].isContinuation { text.append(grid[end, y].character) }
                    end += 1
                }
                runs.append((y, x..<end, text.trimmingCharacters(in: .whitespaces)))
                x = end
            }
        }
        return runs
    }
}
