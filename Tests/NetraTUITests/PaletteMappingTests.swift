import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Theme colours onto each palette size: `TerminalPalette.text(_:over:)`,
/// `background(_:)` and `detect`. Issue 23 item 5: on 8 colours `grey` was drawn
/// black, invisible on a black background.
@Suite struct PaletteMappingTests {
    let grey = ThemeColor.indexed(8), black = ThemeColor.indexed(0), white = ThemeColor.indexed(7)
    let brightWhite = ThemeColor.indexed(15), brightRed = ThemeColor.indexed(9), red = ThemeColor.indexed(1)

    @Test func theTerminalsPaletteIsReadFromItsColourCountAndRGBFlag() {
        #expect(TerminalPalette.detect(environment: [:], colors: 0, rgb: false) == .monochrome)
        #expect(TerminalPalette.detect(environment: [:], colors: 2, rgb: false) == .monochrome)
        #expect(TerminalPalette.detect(environment: [:], colors: 8, rgb: false) == .eight)
        #expect(TerminalPalette.detect(environment: [:], colors: 16, rgb: false) == .sixteen)
        #expect(TerminalPalette.detect(environment: [:], colors: 88, rgb: false) == .eightyEight)
        #expect(TerminalPalette.detect(environment: [:], colors: 256, rgb: false) == .twoFiftySix)
        #expect(TerminalPalette.detect(environment: [:], colors: 0x100_0000, rgb: false) == .direct)
        #expect(TerminalPalette.detect(environment: [:], colors: 256, rgb: true) == .direct)
        #expect(TerminalPalette.detect(environment: ["NO_COLOR": "1"], colors: 256, rgb: false) == .monochrome)
        #expect(TerminalPalette.detect(environment: ["NO_COLOR": ""], colors: 8, rgb: false) == .eight)
        // COLORTERM cannot make ncurses send what terminfo does not describe.
        #expect(TerminalPalette.detect(environment: ["COLORTERM": "truecolor"], colors: 256, rgb: false) == .twoFiftySix)
    }

    @Test func onEightColoursGreyIsTheTerminalsOwnTextDimmedNeverBlack() {
        let p = TerminalPalette.eight
        #expect(p.text(grey, over: .terminalDefault) == MappedText(.terminalDefault, dim: true))
        #expect(p.text(.rgb(0x8a, 0x8a, 0x8a), over: .terminalDefault) == MappedText(.terminalDefault, dim: true))
        // Black and white text over the terminal's own background, whichever it is.
        #expect(p.text(black, over: .terminalDefault) == MappedText(.terminalDefault))
        #expect(p.text(white, over: .terminalDefault) == MappedText(.terminalDefault))
        #expect(p.text(brightWhite, over: .terminalDefault) == MappedText(.terminalDefault, bold: true))
        // Bright colours: the base colour, bold.
        #expect(p.text(brightRed, over: .terminalDefault) == MappedText(.number(1), bold: true))
        #expect(p.text(red, over: .terminalDefault) == MappedText(.number(1)))
        #expect(p.text(.rgb(255, 135, 0), over: .terminalDefault) == MappedText(.number(3)))
        // Grey over a theme's own background: black on light, white on dark.
        #expect(p.text(grey, over: .number(7)) == MappedText(.number(0)))
        #expect(p.text(grey, over: .number(4)) == MappedText(.number(7)))
        #expect(p.text(black, over: .number(3)) == MappedText(.number(0)))
        // Backgrounds: the 8 base colours only, no attribute to help.
        #expect(p.background(.indexed(11)) == .number(3))
        #expect(p.background(grey) == .number(7))
        #expect(p.background(.rgb(0xee, 0xee, 0xee)) == .number(7))
        #expect(p.background(.rgb(0, 0x5f, 0x87)) == .number(6))
        #expect(p.background(.terminalDefault) == .terminalDefault)
    }

    @Test func onSixteenColoursGreyAndBrightColoursAreThemselves() {
        let p = TerminalPalette.sixteen
        #expect(p.text(grey, over: .terminalDefault) == MappedText(.number(8)))
        #expect(p.text(brightRed, over: .terminalDefault) == MappedText(.number(9)))
        #expect(p.text(.rgb(255, 0, 0), over: .terminalDefault) == MappedText(.number(9)))
        #expect(p.text(brightWhite, over: .terminalDefault) == MappedText(.terminalDefault, bold: true))
        #expect(p.text(brightWhite, over: .number(4)) == MappedText(.number(15)))
        #expect(p.background(.rgb(0xee, 0xee, 0xee)) == .number(7))
    }

    @Test func on88ColoursTheCubeHasFourLevels() {
        let p = TerminalPalette.eightyEight
        #expect(p.text(brightRed, over: .terminalDefault) == MappedText(.number(9)))
        #expect(p.text(.rgb(255, 0, 0), over: .terminalDefault) == MappedText(.number(64)))
        guard case .number(let n) = p.text(.rgb(0x8a, 0x8a, 0x8a), over: .terminalDefault).color else {
            Issue.record("a mid grey is a colour on 88 colours")
            return
        }
        #expect((16..<88).contains(n) && XtermPalette.rgb88(n) == RGB(139, 139, 139))
        #expect(p.background(.indexed(196)) == .number(64))
        #expect(XtermPalette.rgb88(87) == RGB(231, 231, 231))
    }

    @Test func on256ColoursIndexesStayAndHexGoesToTheCube() {
        let p = TerminalPalette.twoFiftySix
        #expect(p.text(grey, over: .terminalDefault) == MappedText(.number(8)))
        #expect(p.text(.indexed(208), over: .terminalDefault) == MappedText(.number(208)))
        #expect(p.text(.rgb(255, 0, 0), over: .terminalDefault) == MappedText(.number(196)))
        #expect(p.text(.rgb(255, 255, 255), over: .terminalDefault) == MappedText(.terminalDefault, bold: true))
        #expect(p.text(.rgb(255, 255, 255), over: .number(4)) == MappedText(.number(231)))
        #expect(p.background(.rgb(0xee, 0xee, 0xee)) == .number(255))
    }

    @Test func onDirectColourHexIsSentAsItIs() {
        let p = TerminalPalette.direct
        #expect(p.text(red, over: .terminalDefault) == MappedText(.number(1)))
        #expect(p.text(brightRed, over: .terminalDefault) == MappedText(.number(0xFF_0000)))
        #expect(p.text(.rgb(0xff, 0x87, 0x00), over: .terminalDefault) == MappedText(.number(0xFF_8700)))
        #expect(p.text(grey, over: .terminalDefault) == MappedText(.number(0x7F_7F7F)))
        // Numbers below 8 are the ANSI colours: a blue that packs to 5 is not magenta.
        #expect(p.background(.rgb(0, 0, 5)) == .number(0))
        #expect(p.rgb(of: 0x12_3456) == RGB(0x12, 0x34, 0x56))
    }

    @Test func monochromeHasNoColourAtAll() {
        let p = TerminalPalette.monochrome
        #expect(p.text(.rgb(255, 0, 0), over: .terminalDefault) == MappedText(.terminalDefault))
        #expect(p.background(.indexed(4)) == .terminalDefault)
        #expect(p.style(Style(foreground: .indexed(1), background: .indexed(4), bold: true))
            == TerminalStyle(bold: true))
    }

    @Test func reversedStylesApplyTheTextRulesToTheLettersColour() {
        // Letters in the background colour: grey letters on a white block.
        let style = Style(foreground: .indexed(7), background: .indexed(8), reverse: true)
        let drawn = TerminalPalette.eight.style(style)
        #expect(drawn.reverse)
        #expect(drawn.foreground == .number(7))
        #expect(drawn.background == .number(0))
        #expect(drawn.visibleText == .number(0) && drawn.visibleBack == .number(7))
    }
}

extension PaletteMappingTests {
    @Test func onEightColoursAColourKeepsAHueRatherThanTurningGrey() {
        // Teal is nearer grey than any of the 8 colours; it stays a blue.
        #expect(TerminalPalette.eight.text(.rgb(0, 0x5f, 0x87), over: .number(7)) == MappedText(.number(4), bold: true))
        #expect(TerminalPalette.eight.text(.rgb(0x44, 0x44, 0x44), over: .number(7)) == MappedText(.number(0)))
    }
}
