import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// What every frame must keep however narrow it is (issue 23): no number cut, no two
/// names or units that read alike, space given to what has more to show.
@Suite struct LayoutFrameTests {
    typealias City = GoldenFrameTests.City

    /// Every dashboard frame the golden references keep, with its model.
    static var dashboardFrames: [(name: String, model: DashboardModel, view: ViewID, language: Language, width: Int, height: Int)] {
        let demo = demoModel()
        return GoldenFrameTests.cases.map { ("\($0.view)-\($0.language.rawValue)-\($0.width)x\($0.height)", demo, $0.view, $0.language, $0.width, $0.height) }
            + GoldenFrameTests.overviewCases.map { ($0.city.reference(.overview, $0.language, $0.width, $0.height), $0.city.model, .overview, $0.language, $0.width, $0.height) }
            + GoldenFrameTests.seedListCases.map { (City.seed.reference($0.view, $0.language, $0.width, $0.height), GoldenFrameTests.seed, $0.view, $0.language, $0.width, $0.height) }
    }

    /// `…` right after a digit: a number, a date or an H-N was cut.
    static func numberCuts(_ lines: [String]) -> [String] {
        lines.filter { line in
            var previous: Character = " "
            for ch in line {
                if ch == "…" && previous.isNumber { return true }
                previous = ch
            }
            return false
        }
    }

    @Test func noGoldenFrameCutsANumber() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: GoldenFrameTests.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 40)
        for file in files {
            let text = try String(contentsOf: GoldenFrameTests.folder.appendingPathComponent(file), encoding: .utf8)
            let cut = Self.numberCuts(text.components(separatedBy: "\n"))
            #expect(cut.isEmpty, "\(file): a number is cut in \(cut)")
        }
    }

    @Test func noTwoNamesOrUnitsReadAlikeInAFrame() {
        var checked = 0
        for f in Self.dashboardFrames {
            let renderer = FrameRenderer(language: f.language)
            let drawn = renderer.drawn(renderer.layout(f.model, state: UIState(view: f.view), size: Size(width: f.width, height: f.height)))
            var owner: [String: String] = [:]
            for entry in drawn.names.entries {
                let identity = entry.kind.identity(entry.value)
                if let other = owner[entry.shown] {
                    #expect(other == identity, "\(f.name): '\(entry.shown)' stands for both '\(other)' and '\(entry.value)'")
                } else {
                    owner[entry.shown] = identity
                }
                checked += 1
            }
            // What was recorded is what the frame shows.
            let text = drawn.grid.text
            for entry in drawn.names.entries { #expect(text.contains(entry.shown) || entry.shown.isEmpty, "\(f.name): '\(entry.shown)' not drawn") }
        }
        #expect(checked > 200)
    }

    /// The overview's panels with their rows: how many lines each would fill, and how
    /// many of its inside rows the frame leaves blank.
    static func panelRows(_ model: DashboardModel, _ language: Language, _ width: Int, _ height: Int)
        -> (grid: CellGrid, panels: [(panel: OverviewLayout.Panel, inside: Rect, want: Int, blank: Int)]) {
        let renderer = FrameRenderer(language: language)
        let layout = renderer.layout(model, state: UIState(view: .overview), size: Size(width: width, height: height))
        let grid = renderer.render(layout)
        let plan = layout.list.placement.panels!
        var panels: [(OverviewLayout.Panel, Rect, Int, Int)] = []
        for (panel, rect) in plan.rects.sorted(by: { $0.key < $1.key }) where panel.isBoxed {
            let inside = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
            let blank = (inside.y..<inside.maxY).filter { y in (inside.x..<inside.maxX).allSatisfy { grid[$0, y].character == " " } }.count
            panels.append((panel, inside, plan.wants[panel]! - 2, blank))
        }
        return (grid, panels)
    }

    @Test(arguments: GoldenFrameTests.overviewCases.indices)
    func blankRowsStayUnderFifteenPercentWhileThereIsMoreToShow(_ index: Int) {
        let c = GoldenFrameTests.overviewCases[index]
        let (_, panels) = Self.panelRows(c.city.model, c.language, c.width, c.height)
        let hidden = panels.filter { $0.want > $0.inside.height }
        guard !hidden.isEmpty else { return }
        let rows = panels.map(\.inside.height).reduce(0, +), blank = panels.map(\.blank).reduce(0, +)
        #expect(blank * 100 < rows * 15, "\(c.city) \(c.width)x\(c.height): \(blank) of \(rows) panel rows blank while \(hidden.map(\.panel)) has more")
    }

    @Test(arguments: [City.demo, .seed], Language.allCases)
    func atTwoHundredColumnsNoAlertOrUnitLineIsCut(_ city: City, _ language: Language) {
        let (grid, panels) = Self.panelRows(city.model, language, 200, 60)
        for p in panels where p.panel == .alerts || p.panel == .units {
            #expect(p.want <= p.inside.height, "\(city): the \(p.panel) panel hides lines")
            for y in p.inside.y..<p.inside.maxY {
                let line = String((p.inside.x..<p.inside.maxX).map { grid[$0, y].character })
                #expect(!line.contains("…"), "\(city) \(language): cut in the \(p.panel) panel: \(line)")
            }
        }
    }

    @Test(arguments: City.allCases, Language.allCases)
    func aSmallScreenKeepsTheCircularAndTheNextRetirement(_ city: City, _ language: Language) {
        let model = city.model
        let text = FrameRenderer(language: language).render(model, state: UIState(view: .overview), width: 80, height: 24).lines
        let words = UIText.table(for: language)
        if let circular = model.situation.figures.circular {
            #expect(text.contains { $0.contains(words.circularDoneWord()) && $0.contains("\(circular.done)/\(circular.due)") })
        }
        #expect(text.contains { $0.hasPrefix(" " + words.leavingLineHead()) })
        // The candidates' counts whole, and their bar explained under it.
        #expect(text.contains { $0.contains(words.legend(.notFiled)) && $0.hasPrefix("└") })
    }

    @Test func theMonthAxisNeverRepeatsALetter() {
        for language in Language.allCases {
            let words = UIText.table(for: language)
            #expect(Set(words.twoLetterMonths).count == 12)
            #expect(words.twoLetterMonths.allSatisfy { $0.count == 2 })
        }
        // At 120 columns the chart's cells are narrow: two letters, never `M J J A`.
        let frame = FrameRenderer(language: .id).render(demoModel(), state: UIState(view: .overview), width: 120, height: 40).text
        #expect(frame.contains("Me Jn Jl Ag Se Ok No De Ja Fe Mr Ap"))
        let wide = FrameRenderer(language: .en).render(demoModel(), state: UIState(view: .overview), width: 200, height: 60).text
        #expect(wide.contains("May") && wide.contains("Jun") && wide.contains("Jul"))
    }

    @Test func theUnitsPanelSaysItsColumnsInWordsAndKeepsUnitlessMattersApart() {
        for language in Language.allCases {
            let words = UIText.table(for: language)
            let frame = FrameRenderer(language: language).render(demoModel(), state: UIState(view: .overview), width: 200, height: 60).lines
            #expect(!frame.contains { $0.contains("lewat hk") })
            #expect(frame.contains { $0.contains(words.unitColumnHeadings()[1][0]) })
            // The case about nobody known: under its own name, never as `—`, not ranked.
            #expect(frame.contains { $0.contains(words.noUnitName()) })
            #expect(!frame.contains { $0.contains("│ — ") })
        }
        #expect(OverviewFigures(demoModel().situation).units.allSatisfy { !$0.unit.isEmpty })
    }
}
