import NetraCore
import Testing
@testable import NetraTUI

@Suite struct UIStateTests {
    let rows = UIState.Rows(ids: ["a", "b", "c", "d", "e", "f", "g"].map(RowID.unit), pageSize: 3)

    func apply(_ actions: [Action], to state: inout UIState, rows: UIState.Rows? = nil) -> UIState.Effect {
        var effect = UIState.Effect.none
        for a in actions { effect = state.apply(a, rows: rows ?? self.rows, filterCount: 3, sortCount: 2) }
        return effect
    }

    @Test func movementKeepsSelectionInBoundsAndOnScreen() {
        var s = UIState(view: .officers)
        _ = apply([.moveDown, .moveDown], to: &s)
        #expect(s.selection[.officers] == .unit("c"))
        _ = apply([.moveDown], to: &s)
        #expect(s.scroll[.officers] == 1)
        _ = apply([.bottom], to: &s)
        #expect(s.selection[.officers] == .unit("g"))
        #expect(s.scroll[.officers] == 4)
        _ = apply([.moveDown], to: &s)
        #expect(s.selection[.officers] == .unit("g"))
        _ = apply([.pageUp], to: &s)
        #expect(s.selection[.officers] == .unit("d"))
        _ = apply([.top, .moveUp], to: &s)
        #expect(s.selection[.officers] == .unit("a"))
        #expect(s.scroll[.officers] == 0)
    }

    @Test func selectionIsKeptByIdentityAcrossResorting() {
        var s = UIState(view: .officers)
        _ = apply([.moveDown, .moveDown], to: &s)  // "c"
        let resorted = UIState.Rows(ids: ["g", "f", "e", "d", "c", "b", "a"].map(RowID.unit), pageSize: 3)
        #expect(s.selectedIndex(in: resorted) == 4)
        _ = apply([.moveDown], to: &s, rows: resorted)
        #expect(s.selection[.officers] == .unit("b"))
    }

    @Test func reloadThatRemovesTheSelectionPicksTheNeighbourAndSaysSo() {
        var s = UIState(view: .cases)
        s.selection[.cases] = .unit("c")
        s.reconcile(previous: rows, rows: UIState.Rows(ids: ["a", "b", "d", "e"].map(RowID.unit), pageSize: 3))
        #expect(s.selection[.cases] == .unit("d"))
        #expect(s.notice == .selectionGone)
        s.selection[.cases] = .unit("e")
        s.reconcile(previous: UIState.Rows(ids: ["a", "b", "d", "e"].map(RowID.unit), pageSize: 3), rows: UIState.Rows(ids: ["a", "b"].map(RowID.unit), pageSize: 3))
        #expect(s.selection[.cases] == .unit("b"))
    }

    @Test func viewsSwitchByNumberTabAndWrapAround() {
        var s = UIState()
        _ = apply([.showView(.circulars), .nextView], to: &s)
        #expect(s.view == .overview)
        _ = apply([.previousView], to: &s)
        #expect(s.view == .circulars)
    }

    @Test func filterAndSortCycleAndEffectsReachTheHost() {
        var s = UIState(view: .officers)
        _ = apply([.cycleFilter, .cycleFilter, .cycleFilter, .cycleSort], to: &s)
        #expect(s.filter[.officers] == 0)
        #expect(s.sort[.officers] == 1)
        #expect(apply([.reload], to: &s) == .reload)
        #expect(apply([.quit], to: &s) == .quit)
    }

    @Test func searchIsIncrementalAndEscapeClears() {
        var s = UIState(view: .officers)
        _ = apply([.startSearch], to: &s)
        #expect(s.isSearching)
        for c in "andi" { s.applySearch(.character(c)) }
        s.applySearch(.backspace)
        #expect(s.query == "and")
        s.applySearch(.enter)
        #expect(!s.isSearching && s.query == "and")
        _ = apply([.back], to: &s)
        #expect(s.query == "")
    }

    @Test func helpAndDetailCloseWithEscape() {
        var s = UIState()
        _ = apply([.toggleHelp], to: &s)
        #expect(s.showsHelp)
        _ = apply([.back], to: &s)
        #expect(!s.showsHelp)
        _ = apply([.open], to: &s)
        #expect(s.showsDetail)
        _ = apply([.back], to: &s)
        #expect(!s.showsDetail)
    }

    @Test func keyTableHasNoConflicts() {
        var seen: [Key: Action] = [:]
        for binding in KeyMap.bindings {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) is bound twice")
                seen[key] = binding.action
            }
            #expect(binding.help[.id] != nil && binding.help[.en] != nil)
        }
        #expect(KeyMap.action(for: .character("j")) == .moveDown)
        #expect(KeyMap.action(for: .character("q")) == .quit)
        #expect(KeyMap.action(for: .control("c")) == .quitNow)
    }

    @Test func bothLanguagesDefineEveryWord() {
        for language in Language.allCases {
            let table = UIText.table(for: language)
            let missing = UIText.Word.allCases.filter { table.words[$0] == nil }
            #expect(missing.isEmpty, "\(language) lacks \(missing)")
            #expect(ViewID.allCases.allSatisfy { table.viewNames[$0] != nil })
            let model = demoModel()
            for view in ViewID.allCases {
                let input = ViewInput(model: model, state: UIState(view: view), style: FrameStyle(language: language), now: model.situation.now)
                let labels = view.room.filterLabels(input) + view.room.sortLabels(input)
                #expect(!labels.isEmpty && labels.allSatisfy { !$0.isEmpty && !$0.contains("%") }, "\(view) \(labels)")
            }
        }
    }

    @Test func searchIndexMatchesWithinItemsOnly() {
        let index = SearchIndex(["ab", "cd", "", "José Rizal", "aaab"])
        #expect(index.filter([0, 1, 2, 3, 4], query: "bc") == [])         // never across two items
        #expect(index.filter([0, 1, 2, 3, 4], query: "b") == [0, 4])
        #expect(index.filter([0, 1, 2, 3, 4], query: "cd") == [1])        // at the very end of the blob
        #expect(index.filter([0, 1, 2, 3, 4], query: "JOSE") == [3])      // case and accents folded
        #expect(index.filter([0, 1, 2, 3, 4], query: "aab") == [4])       // after a false start
        #expect(index.filter([4, 0], query: "ab") == [4, 0])              // keeps the given order
        #expect(index.filter([0, 1], query: "abcdef") == [])              // longer than any item
        #expect(index.filter([0, 1], query: "") == [0, 1])
    }

    @Test func searchOverDemoOfficersIsAccentAndCaseInsensitive() {
        let model = demoModel()
        var s = UIState(view: .officers)
        s.search[.officers] = "SAPUTRA"
        func officers() -> [Int] {
            OfficersView().indices(ViewInput(model: model, state: s, style: FrameStyle(language: .id), now: model.situation.now))
        }
        #expect(officers().map { model.dataset.officers[$0].name } == ["Irwan Saputra"])
        s.search[.officers] = "kécamatan balikpapan utara"
        #expect(officers().count == 1)
        s.search[.officers] = "198101052009011001"
        #expect(officers().count == 1)
        s.search[.officers] = nil
        s.filter[.officers] = OfficersView.Filter.candidates.rawValue
        #expect(officers().count == 5)  // four bacaleg and a Pilkada hopeful
    }
}
