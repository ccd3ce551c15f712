import Foundation
import NetraCore
import Testing
@testable import NetraTUI

@Suite struct GridTests {
    @Test func untrustedTextNeverReachesTheGridRaw() {
        var g = CellGrid(width: 30, height: 1)
        g.put("a\u{1B}[2Jb\u{9B}c\u{202E}d\r\ne", x: 0, y: 0, role: .text)
        let line = g.lines[0]
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(line.hasPrefix("a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\u{FFFD}\u{FFFD}e"))
    }

    @Test func wideAndCombiningCharactersAreMeasuredByDisplayWidth() {
        #expect(DisplayWidth.of("José") == 4)
        #expect(DisplayWidth.of("Jose\u{301}") == 4)   // combining acute
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("🙂") == 2)
        var g = CellGrid(width: 6, height: 1)
        #expect(g.put("漢字漢字", x: 0, y: 0, role: .text) == 5)  // two wide characters and the ellipsis
        #expect(g.lines[0] == "漢字…")
    }

    @Test func truncationNeverSplitsACharacter() {
        #expect(DisplayWidth.fit("Balikpapan", to: 6) == "Balik…")
        #expect(DisplayWidth.fit("漢字漢", to: 4) == "漢…")
        #expect(DisplayWidth.fit("Jose\u{301} Rizal", to: 5) == "Jose\u{301}…")
        #expect(DisplayWidth.pad("ab", to: 4, alignRight: true) == "  ab")
    }

    @Test func columnsDropInOrderAndFlexTakesTheRest() {
        let columns = [Column(title: "a", width: 10), Column(title: "b", width: 10, flex: 1),
                       Column(title: "c", width: 10, dropOrder: 2), Column(title: "d", width: 10, dropOrder: 1)]
        #expect(Column.layout(columns, in: 43) == [10, 10, 10, 10])
        #expect(Column.layout(columns, in: 44) == [10, 11, 10, 10])
        #expect(Column.layout(columns, in: 35) == [10, 13, 0, 10])
        #expect(Column.layout(columns, in: 21) == [10, 10, 0, 0])
    }

    @Test func wrapBreaksAtSpacesAndCutsLongWords() {
        #expect(wrap("satu dua tiga empat", width: 9) == ["satu dua", "tiga", "empat"])
        #expect(wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path

    @Test func everyShippedThemeIsCompleteAndClean() throws {
        let names = ThemeFiles.all(searchPath: [Self.themesFolder]).map(\.name)
        #expect(Set(names).isSuperset(of: ["default", "light", "high-contrast", "mono", "kiosk", "merah-putih", "colorblind"]))
        for name in names {
            let (theme, problems) = ThemeFiles.load(name, searchPath: [Self.themesFolder])
            #expect(problems.isEmpty, "\(name): \(problems)")
            #expect(theme.name == name)
            #expect(theme.styles.count == StyleRole.allCases.count)
        }
        // The shipped default file and the built-in fallback agree.
        #expect(ThemeFiles.load("default", searchPath: [Self.themesFolder]).0.styles == Theme.builtInDefault.styles)
    }

    @Test func brokenThemesAreReportedWithLineAndFallBack() {
        let text = """
        name = "mine"
        [styles]
        text = { fg = "chartreuse" }
        "alert.critical" = { fg = "#ff0000", blink = true }
        sparkle = { fg = "red" }
        """
        let (theme, problems) = ThemeFiles.parse(text, path: "mine.toml", name: "mine")
        let lines = problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix("mine.toml:3: warning: 'chartreuse' is not a colour") })
        #expect(lines.contains { $0.hasPrefix("mine.toml:4: warning: unknown style key 'blink'") })
        #expect(lines.contains { $0.hasPrefix("mine.toml:5: warning: unknown role 'sparkle'") })
        #expect(lines.contains { $0.contains("using the default theme's") })
        #expect(theme.style(.alertCritical).foreground == .rgb(255, 0, 0))
        #expect(theme.style(.header) == Theme.builtInDefault.style(.header))
        let (_, syntax) = ThemeFiles.parse("[styles\n", path: "bad.toml", name: "bad")
        #expect(syntax.first?.line == 1)
        let (fallback, missing) = ThemeFiles.load("no-such-theme", searchPath: [Self.themesFolder])
        #expect(fallback == Theme.builtInDefault)
        #expect(missing.first?.message.hasPrefix("theme 'no-such-theme' not found") == true)
    }
}
