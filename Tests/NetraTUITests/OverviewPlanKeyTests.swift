import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The overview's panel plan is remembered under a key spelled out field by field: it
/// must still tell apart every input the plan depends on.
@Suite struct OverviewPlanKeyTests {
    func key(glyphs: Glyphs = .unicode, privacy: Privacy = .full, language: Language = .id, expanded: Set<AlertGroup.Key> = [],
             body: Rect = Rect(x: 0, y: 3, width: 120, height: 35)) -> String {
        var state = UIState(view: .overview)
        state.expanded = expanded
        let input = ViewInput(model: demoModel(), state: state, style: FrameStyle(language: language, glyphs: glyphs, privacy: privacy),
                              now: DemoData.storyMoment)
        return OverviewView.planKey(body, input)
    }

    @Test func everyInputOfThePlanChangesItsKey() {
        let base = key()
        #expect(key() == base)
        #expect(key(glyphs: .ascii) != base)
        #expect(key(language: .en) != base)
        #expect(key(body: Rect(x: 0, y: 3, width: 100, height: 35)) != base)
        var masked = Privacy.full
        masked.nips = .masked
        #expect(key(privacy: masked) != base)
        var fewer = Privacy.full
        fewer.minGroup += 1
        #expect(key(privacy: fewer) != base)
        let one = AlertGroup.Key(kind: .caseOverdue, severity: .critical)
        let other = AlertGroup.Key(kind: .caseOverdue, severity: .critical, election: "pileg-2024")
        #expect(key(expanded: [one]) != base)
        #expect(key(expanded: [one]) != key(expanded: [other]))
        // Nothing in it is a reflected description of a struct.
        #expect(!base.contains("Glyphs(") && !base.contains("Privacy("))
    }
}
