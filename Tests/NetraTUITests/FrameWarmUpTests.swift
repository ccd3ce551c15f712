import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The reload thread lays a new model out as the screen last drew it, so the screen's
/// first frame of that model finds its per-model memos made (`FrameWarmUp`).
@Suite struct FrameWarmUpTests {
    @Test func aNewModelIsLaidOutAsTheScreenLastDrewIt() {
        let frames = FrameWarmUp()
        var options = DashboardSession.Options()
        options.frameWarmUp = frames
        let size = Size(width: 120, height: 40)
        var session = DashboardSession(model: demoModel(), options: options, size: size, now: DemoData.storyMoment)
        let next = demoModel()
        // Nothing drawn yet: nothing to lay out.
        frames.warm(next, now: DemoData.storyMoment)
        #expect(next.cache.memoKeys.isEmpty)
        _ = session.frame(at: SessionTime(DemoData.storyMoment))
        frames.warm(next, now: DemoData.storyMoment)
        let warmed = next.cache.memoKeys
        #expect(warmed.contains { $0.hasPrefix("overview-plan|") })
        // The session's own frame of that model asks for nothing the warm-up did not make.
        session.receive(next, at: DemoData.storyMoment)
        _ = session.frame(at: SessionTime(DemoData.storyMoment))
        #expect(next.cache.memoKeys == warmed)
    }

    @Test func aKioskLeavesNoRecipe() {
        let frames = FrameWarmUp()
        var options = DashboardSession.Options(kiosk: true)
        options.frameWarmUp = frames
        var session = DashboardSession(model: demoModel(), options: options, size: Size(width: 120, height: 40), now: DemoData.storyMoment)
        _ = session.frame(at: SessionTime(DemoData.storyMoment))
        let next = demoModel()
        frames.warm(next, now: DemoData.storyMoment)
        #expect(next.cache.memoKeys.isEmpty)
    }
}
