import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The kiosk's headline is its biggest figure (issue 23, item 6): the countdown's
/// digits are at least as tall as any other page's, measured on the rendered frames;
/// and a wrong PIN leaves the public status line after ten seconds or at the next page.
@Suite struct KioskHeadlineTests {
    /// The roles block digits are drawn in (bars and month columns use others).
    static let digitRoles: Set<StyleRole> = [.countdown, .ok, .alertWarning, .alertCritical]

    /// The height of the tallest block of digits in a frame: the longest run of
    /// consecutive lines that each hold a full block in a digit's role (every pixel
    /// row of a digit has one; a bar is one line high).
    static func digitHeight(_ grid: CellGrid) -> Int {
        var tallest = 0, run = 0
        for y in 0..<grid.height {
            let hasDigit = (0..<grid.width).contains { x in grid[x, y].character == "█" && digitRoles.contains(grid[x, y].role) }
            run = hasDigit ? run + 1 : 0
            tallest = max(tallest, run)
        }
        return tallest
    }

    static let initials = demoModel(replacing: [.settings: DemoData.files[.settings]!
            .replacingOccurrences(of: "[kiosk]", with: "[kiosk]\npeople = \"initials\"\nmin_group = 1\n#")])

    static let models: [(name: String, model: DashboardModel)] = [
        ("demo", demoModel()), ("demo, initials", initials), ("city of 5,000", GoldenFrameTests.city),
    ]

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)], [Language.id, .en])
    func theCountdownsDigitsAreTheTallestOfAnyPage(_ size: Size, _ language: Language) {
        for (name, model) in Self.models {
            let heights = Dictionary(uniqueKeysWithValues: KioskPage.allCases.map { page in
                (page, Self.digitHeight(GoldenFrameTests.kioskFrame(model, page: page, language: language, width: size.width, height: size.height)))
            })
            let countdown = heights[.countdown] ?? 0
            #expect(countdown >= 5, "\(name) \(size): no block digits on the countdown")
            for (page, height) in heights where page != .countdown {
                #expect(countdown >= height, "\(name) \(size) \(language): countdown \(countdown) rows, \(page) \(height)")
            }
        }
    }

    /// The measured heights at the three sizes the issue names, as they are now: the
    /// countdown grows with the screen instead of staying at 5 rows (it was 5 at
    /// 120×40 while the other pages drew 10).
    @Test func theCountdownGrowsWithTheScreen() {
        let model = demoModel()
        func height(_ page: KioskPage, _ w: Int, _ h: Int) -> Int {
            Self.digitHeight(GoldenFrameTests.kioskFrame(model, page: page, language: .id, width: w, height: h))
        }
        #expect(height(.countdown, 80, 24) == 5)
        #expect(height(.countdown, 120, 40) == 10 && height(.cases, 120, 40) == 10)
        #expect(height(.countdown, 200, 60) == 20 && height(.cases, 200, 60) == 15)
    }

    /// Every size from 80×24 up, sampled: the countdown is never shorter.
    @Test func atEverySizeTheCountdownIsNeverShorter() {
        let model = demoModel()
        for width in [80, 97, 120, 143, 180, 230, 300] {
            for height in [24, 27, 33, 40, 48, 60, 75, 100] {
                let countdown = Self.digitHeight(GoldenFrameTests.kioskFrame(model, page: .countdown, language: .id, width: width, height: height))
                for page in KioskPage.allCases where page != .countdown {
                    let other = Self.digitHeight(GoldenFrameTests.kioskFrame(model, page: page, language: .id, width: width, height: height))
                    #expect(countdown >= other, "\(width)×\(height): countdown \(countdown), \(page) \(other)")
                }
            }
        }
    }

    /// Centred in the room between the page names and the running stages: the blank
    /// lines above and below the block differ by one at most.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func theCountdownIsCentredInTheFreeSpace(_ size: Size) throws {
        let lines = GoldenFrameTests.kioskFrame(demoModel(), page: .countdown, language: .id, width: size.width, height: size.height).lines
        let running = try #require(lines.firstIndex { $0.contains("Berjalan:") })
        let body = Array(lines[3..<running])
        let first = try #require(body.firstIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        let last = try #require(body.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        let above = first, below = body.count - 1 - last
        #expect(abs(above - below) <= 1, "\(size): \(above) blank lines above, \(below) below")
    }

    @Test func theTwoLineFormIsChosenOnlyWhenItIsTaller() {
        // 80×24: one line of 1×1 pixels is all that fits.
        #expect(CountdownDigits.best(days: "133", clock: "04:59:00", width: 76, height: 12, minimumScaleY: 1)
                == CountdownDigits(arrangement: .oneLine, scale: (1, 1)))
        // 120×40: days over the clock, square pixels, ten rows a line.
        #expect(CountdownDigits.best(days: "133", clock: "04:59:00", width: 116, height: 28, minimumScaleY: 2)
                == CountdownDigits(arrangement: .twoLines, scale: (4, 2)))
        // Wide and low (200×40): one line, as tall as the figures may be.
        #expect(CountdownDigits.best(days: "133", clock: "04:59:00", width: 196, height: 26, minimumScaleY: 2)
                == CountdownDigits(arrangement: .oneLine, scale: (4, 2)))
        // Narrow and tall (80×60): pixels taller than wide rather than shorter digits.
        let narrow = CountdownDigits.best(days: "133", clock: "04:59:00", width: 76, height: 46, minimumScaleY: 3)
        #expect(narrow.map { $0.scale.y >= 3 } == true)
        #expect(CountdownDigits.best(days: "133", clock: "04:59:00", width: 30, height: 4, minimumScaleY: 1) == nil)
    }

    // MARK: The wrong PIN's verdict

    static func lockedKiosk(pages: String? = nil) throws -> Replay {
        let hash = try PINHash.make("4829")
        var settings = DemoData.files[.settings]!.replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"")
        if let pages {
            settings = settings.replacingOccurrences(of: "views = [\"countdown\", \"overview\", \"retirements\", \"schedule\", \"cases\"]",
                                                     with: "views = \(pages)")
        }
        return Replay(model: demoModel(replacing: [.settings: settings]), options: .init(kiosk: true), size: Size(width: 120, height: 40))
    }

    @Test func aWrongPINLeavesTheStatusLineAfterTenSeconds() throws {
        var replay = try Self.lockedKiosk(pages: "[\"overview\"]")
        replay.run("F12 1 1 1 1 Enter")
        #expect(replay.frame().lines.last!.contains("PIN salah."))
        // A single page without seconds sleeps a minute; the verdict wakes it sooner.
        #expect(replay.session.secondsToWait(from: replay.time) <= 10)
        replay.run("+9s")
        #expect(replay.frame().lines.last!.contains("PIN salah."))
        replay.run("+1s")
        #expect(!replay.frame().lines.last!.contains("PIN salah."))
        #expect(replay.session.isKioskLocked)
    }

    @Test func aBlockIsSaidUntilTheNextPageAndAgainOnTheUnlockKey() throws {
        var replay = try Self.lockedKiosk()
        replay.run("F12 1 1 1 1 Enter F12 2 2 2 2 Enter F12 3 3 3 3 Enter")
        #expect(replay.frame().lines.last!.contains("coba lagi dalam 30 dtk"))
        let page = replay.frame().lines[1]
        replay.run("Right")
        #expect(replay.frame().lines[1] != page)
        #expect(!replay.frame().lines.last!.contains("coba lagi"), "the next page's readers are not told")
        replay.run("F12")
        #expect(replay.frame().lines.last!.contains("coba lagi dalam"))
        replay.run("+10s")
        #expect(!replay.frame().lines.last!.contains("coba lagi"))
    }
}
