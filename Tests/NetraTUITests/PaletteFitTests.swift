import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The check a theme gets against the terminal's palette when the screen opens
/// (`PaletteFit`): text that would take its background's colour falls back to black
/// or white, and the note names the roles.
@Suite struct PaletteFitTests {
    static let colourPalettes: [TerminalPalette] = [.eight, .sixteen, .eightyEight, .twoFiftySix, .direct]

    func theme(_ styles: [StyleRole: Style]) -> Theme {
        var theme = Theme.builtInDefault
        theme.name = "mine"
        for (role, style) in styles { theme.styles[role] = style }
        return theme
    }

    @Test(arguments: TerminalPalette.allCases)
    func everyShippedThemeFitsEveryPaletteWithoutFallingBack(_ palette: TerminalPalette) {
        for entry in ThemeFiles.all(searchPath: [ThemeTests.themesFolder]) {
            let fit = PaletteFit(theme: ThemeFiles.load(file: entry.path).0, palette: palette)
            #expect(fit.fallbacks.isEmpty, "\(entry.name) on \(palette): \(fit.fallbacks)")
            for role in StyleRole.allCases {
                #expect(!palette.collapses(fit.style(role)), "\(entry.name) \(role) on \(palette)")
            }
        }
    }

    @Test func theDefaultThemesGreyIsVisibleOnEightColours() {
        let fit = PaletteFit(theme: .builtInDefault, palette: .eight)
        for role in [StyleRole.muted, .border] {
            #expect(fit.style(role) == TerminalStyle(dim: true), "\(role)")
        }
        #expect(fit.style(.alertCritical) == TerminalStyle(foreground: .number(1), bold: true))
        #expect(fit.style(.banner) == TerminalStyle(foreground: .number(0), background: .number(3)))
        #expect(fit.fallbacks.isEmpty)
    }

    @Test func whatTheCheckCallsInvisible() {
        let p = TerminalPalette.eight
        #expect(p.collapses(TerminalStyle(foreground: .number(0), background: .number(0))))
        // Black on the terminal's own background: black on the Linux console and PuTTY.
        #expect(p.collapses(TerminalStyle(foreground: .number(0))))
        // Its own text colour on white: the Linux console's and PuTTY's text is white.
        #expect(p.collapses(TerminalStyle(background: .number(7))))
        // White text on the terminal's own background: xterm as installed is white.
        #expect(TerminalPalette.sixteen.collapses(TerminalStyle(foreground: .number(15))))
        #expect(!p.collapses(TerminalStyle()))
        // Bright yellow on the terminal's own background is a dark theme's choice.
        #expect(!TerminalPalette.sixteen.collapses(TerminalStyle(foreground: .number(11))))
        // The terminal's own (black) text on a black background: xterm as installed.
        #expect(TerminalPalette.twoFiftySix.collapses(TerminalStyle(background: .number(16))))
        #expect(!p.collapses(TerminalStyle(reverse: true)))
        #expect(!p.collapses(TerminalStyle(foreground: .number(0), background: .number(3))))
        #expect(p.collapses(TerminalStyle(foreground: .number(4), background: .number(4), reverse: true)))
        #expect(TerminalPalette.twoFiftySix.collapses(TerminalStyle(foreground: .number(16), background: .number(0))))
        #expect(TerminalPalette.twoFiftySix.collapses(TerminalStyle(foreground: .number(232), background: .number(16))))
        #expect(!TerminalPalette.twoFiftySix.collapses(TerminalStyle(foreground: .number(196), background: .number(160))))
        #expect(!TerminalPalette.monochrome.collapses(TerminalStyle(foreground: .number(0), background: .number(0))))
    }

    @Test(arguments: colourPalettes)
    func textInItsBackgroundsColourFallsBackToBlackOrWhite(_ palette: TerminalPalette) {
        let mine = theme([
            .text: Style(foreground: .indexed(4), background: .indexed(4)),
            .selection: Style(background: .indexed(7)),
            .header: Style(foreground: .rgb(0xee, 0xee, 0xee), background: .rgb(0xee, 0xee, 0xee), bold: true),
        ])
        let fit = PaletteFit(theme: mine, palette: palette)
        #expect(fit.fallbacks == [.text, .header, .selection], "\(palette)")
        for role in StyleRole.allCases { #expect(!palette.collapses(fit.style(role)), "\(role) on \(palette)") }
        // The background stays; the letters turn to whichever of black and white stands out.
        #expect(fit.style(.text).background == palette.background(.indexed(4)))
        #expect(fit.style(.text).foreground == palette.contrasting(palette.background(.indexed(4))))
        #expect(fit.style(.header).bold)
        #expect(fit.style(.header).foreground != fit.style(.header).background)
    }

    @Test func coloursThatOnlyEightColoursConfuseFallBackOnlyThere() {
        let mine = theme([.alertCritical: Style(foreground: .rgb(255, 0, 0), background: .rgb(0xcc, 0, 0))])
        #expect(PaletteFit(theme: mine, palette: .eight).fallbacks == [.alertCritical])
        #expect(PaletteFit(theme: mine, palette: .eight).style(.alertCritical) == TerminalStyle(foreground: .number(7), background: .number(1), bold: true))
        #expect(PaletteFit(theme: mine, palette: .twoFiftySix).fallbacks.isEmpty)
        #expect(PaletteFit(theme: mine, palette: .monochrome).fallbacks.isEmpty)
    }

    @Test func theNoteNamesTheThemeTheTerminalAndTheRolesInBothLanguages() {
        let roles: [StyleRole] = [.border, .alertCritical]
        let id = UIText.table(for: .id).paletteNote(theme: "light", palette: .eight, term: "xterm", roles: roles)
        let en = UIText.table(for: .en).paletteNote(theme: "light", palette: .eight, term: "xterm", roles: roles)
        #expect(id.hasPrefix("tema 'light': dengan 8 warna terminal ini (TERM='xterm'), teks border, alert.critical akan sewarna dengan latarnya"))
        #expect(en.hasPrefix("theme 'light': with the 8 colours of this terminal (TERM='xterm'), the text of border, alert.critical would take"))
        let hostile = UIText.table(for: .en).paletteNote(theme: "x\u{1B}[2J", palette: .direct, term: "\u{1B}]0;t\u{7}", roles: roles)
        #expect(!hostile.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(hostile.contains("this terminal's colours"))
    }

    @Test func theDashboardAddsTheNoteOnlyWhenARoleFellBack() {
        let clean = PaletteFit(theme: .builtInDefault, palette: .eight)
        #expect(DashboardApp.paletteNotes(clean, theme: .builtInDefault, language: .en, environment: ["TERM": "xterm"]).isEmpty)
        let mine = theme([.tab: Style(foreground: .indexed(4), background: .indexed(12))])
        let notes = DashboardApp.paletteNotes(PaletteFit(theme: mine, palette: .eight), theme: mine, language: .en,
                                              environment: ["TERM": "linux"])
        #expect(notes.count == 1 && notes[0].contains("'mine'") && notes[0].contains("TERM='linux'") && notes[0].contains(" tab "))
    }
}
