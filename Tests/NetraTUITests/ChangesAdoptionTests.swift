import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The journal's digest reaches the screen as a model made and laid out off the
/// terminal loop (`ChangesAdoption`), taken only while the model it was made from is
/// still the one shown.
@Suite struct ChangesAdoptionTests {
    static let moment = DemoData.storyMoment

    static func digest() -> ChangesDigest {
        let event = JournalEvent(at: moment, kind: .caseAdvanced, key: "case:NTR-2023-002", label: "NTR-2023-002 — Andi Baso Ridwan",
                                 from: "reported", to: "at_bawaslu")
        return ChangesDigest(since: moment.addingTimeInterval(-86_400), sinceYesterday: true, events: [event])
    }

    /// A session that has drawn one frame, wired as the dashboard wires it.
    static func drawnSession() -> (DashboardSession, FrameWarmUp) {
        let frames = FrameWarmUp()
        var options = DashboardSession.Options()
        options.frameWarmUp = frames
        var session = DashboardSession(model: demoModel(), options: options, size: Size(width: 120, height: 40), now: moment)
        _ = session.frame(at: SessionTime(moment))
        return (session, frames)
    }

    @Test func theDigestsModelIsLaidOutAsideAndSwappedInWhole() throws {
        var (session, frames) = Self.drawnSession()
        let adoption = ChangesAdoption(frames: frames, now: { Self.moment })
        adoption.showing(session.model)
        adoption.put(Self.digest())
        let ready = try #require(adoption.take())
        let prepared = try #require(ready.prepared)
        // Laid out on this (the journal's) thread, before the loop sees it.
        let warmed = prepared.model.cache.memoKeys
        #expect(warmed.contains { $0.hasPrefix("overview-plan|") })
        session.adoptChanges(ready.digest, prepared: ready.prepared, at: SessionTime(Self.moment))
        #expect(session.model.cache === prepared.model.cache)
        let frame = session.frame(at: SessionTime(Self.moment)).lines.joined(separator: "\n")
        #expect(frame.contains("Sejak kemarin: 1 kasus"))
        // The loop's frame asked for nothing the journal's thread had not made.
        #expect(prepared.model.cache.memoKeys == warmed)
        // Taken once.
        #expect(adoption.take() == nil)
    }

    @Test func aModelMadeFromOneNoLongerShownIsNotTaken() throws {
        var (session, frames) = Self.drawnSession()
        let adoption = ChangesAdoption(frames: frames, now: { Self.moment })
        adoption.showing(session.model)
        adoption.put(Self.digest())
        let ready = try #require(adoption.take())
        // A reload arrived in between: the digest applies to the new model, made here.
        session.receive(demoModel(), at: Self.moment)
        session.adoptChanges(ready.digest, prepared: ready.prepared, at: SessionTime(Self.moment))
        #expect(session.model.cache !== ready.prepared?.model.cache)
        #expect(session.model.sinceLook == ready.digest)
        #expect(session.frame(at: SessionTime(Self.moment)).lines.joined(separator: "\n").contains("Sejak kemarin: 1 kasus"))
    }

    @Test func aDigestsModelSharesWhatTheDigestDoesNotChange() {
        let model = demoModel()
        let input = ViewInput(model: model, state: UIState(view: .overview), style: FrameStyle(language: .id), now: Self.moment)
        let before = OverviewView().rows(input)
        let next = model.with(sinceLook: Self.digest())
        // The derivation's memos are the same object; the per-model rows are not.
        #expect(next.derived === model.derived)
        #expect(next.cache !== model.cache)
        let after = OverviewView().rows(ViewInput(model: next, state: UIState(view: .overview), style: FrameStyle(language: .id), now: Self.moment))
        #expect(after.count == before.count + 1)
        #expect(after.dropFirst().map(\.id) == before.map(\.id))
        // A later minute is a new derivation: nothing of it is shared.
        #expect(model.at(Self.moment.addingTimeInterval(60)).derived !== model.derived)
    }

    @Test func withoutAFrameRecipeTheDigestComesAlone() throws {
        let session = Self.drawnSession().0
        let adoption = ChangesAdoption(frames: nil, now: { Self.moment })
        adoption.showing(session.model)
        adoption.put(Self.digest())
        let ready = try #require(adoption.take())
        #expect(ready.prepared == nil)
        #expect(ready.digest == Self.digest())
    }
}
