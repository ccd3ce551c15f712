import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// `ViewID` is the only list of views: every view has its number key, its title in
/// both languages, its name on the command line (`:`), its export name where it is a
/// list, and its line in the help — docs/adding-a-view.md's "one file + one case".
@Suite struct ViewRegistryTests {
    @Test(arguments: ViewID.allCases) func everyViewHasItsKeyTitleCommandExportAndHelp(_ view: ViewID) throws {
        // The number key shows it, and only it.
        #expect(KeyMap.action(for: .character(Character(String(view.number)))) == .showView(view))
        #expect(KeyMap.bindings.filter { $0.action == .showView(view) }.count == 1)
        // A title in each language, told apart from every other view's.
        for language in Language.allCases {
            let text = UIText.table(for: language)
            let title = try #require(text.viewNames[view], "\(view) has no \(language) title")
            #expect(!title.isEmpty)
            #expect(ViewID.allCases.filter { $0 != view }.allSatisfy { text.viewNames[$0] != title })
        }
        // Its names reach it: `--view`, and the command line in both languages.
        for name in view.names {
            #expect(ViewID.named(name) == view)
            for language in Language.allCases {
                var replay = Replay(model: view.needsProvince ? ProvinceLensTests.province().model : demoModel(), options: .init(language: language))
                replay.run(":")
                replay.type(name)
                replay.run("Enter")
                #expect(replay.session.state.view == view, "`:\(name)` in \(language) shows \(replay.session.state.view)")
            }
        }
        #expect(ViewID.named(String(view.number)) == view)
        #expect(ViewID.described().contains("\(view.names[0]) ("))
        // A list exports under its name, with every named filter `f` offers; any other view says it is not one.
        let model = demoModel()
        // The Wilayah list is a province's: `netra export` reads a folder.
        if view.isList, !view.needsProvince {
            #expect(ViewID.lists.contains(view))
            for filter in view.filterNames {
                let bytes = try ListExporter.export(model, view: view, language: .en, filters: [filter], sort: nil, format: .csv)
                #expect(!bytes.isEmpty)
            }
            let input = ViewInput(model: model, state: UIState(view: view), style: FrameStyle(language: .en), now: model.situation.now)
            #expect(view.filterNames.count == view.room.filterLabels(input).count)
        } else if !view.needsProvince {
            #expect(throws: ListExporter.Problem.self) { try ListExporter.export(model, view: view, language: .en, filters: [], sort: nil, format: .csv) }
        }
        // The help lists its key with its title, in each language.
        for language in Language.allCases {
            let shown = view.needsProvince ? ProvinceLensTests.province().model : model
            let input = FrameRenderer.input(shown, state: UIState(view: .overview), style: FrameStyle(language: language), now: shown.situation.now)
            #expect(HelpContent.lines(input).contains { $0.key == "\(view.number)" && $0.text == view.title(in: language) })
        }
    }

    @Test func viewsAreNumberedInTabOrderWithoutGaps() {
        #expect(ViewID.allCases.map(\.number) == Array(1...ViewID.allCases.count))
        let names = ViewID.allCases.flatMap(\.names)
        #expect(Set(names).count == names.count, "a name shared by two views")
    }
}
