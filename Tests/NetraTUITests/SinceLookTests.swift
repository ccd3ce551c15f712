import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The overview's *Sejak kemarin* line, its list (Enter) and the marks on rows changed
/// since the last look, replayed through the session.
@Suite struct SinceLookTests {
    static let moment = InstantText.parse("2023-05-23T09:00:00+08:00", defaultZone: TimeZone(identifier: "UTC")!)!

    /// The demo with a digest of three changes: a case advanced, a request filed, an alert.
    func model() -> DashboardModel {
        var model = demoModel()
        let events = [
            JournalEvent(at: Self.moment, kind: .caseAdvanced, key: "case:NTR-2023-002", label: "NTR-2023-002 — Andi Baso Ridwan",
                         from: "reported", to: "at_bawaslu"),
            JournalEvent(at: Self.moment, kind: .requestFiled, key: "request:197807192005011001:resignation:2023-05-22",
                         label: "Andi Baso Ridwan", to: "filed", nip: "197807192005011001"),
            JournalEvent(at: Self.moment, kind: .alertRaised, key: "alert:caseOverdue|||x|", label: "x", to: "critical", severity: "critical"),
        ]
        model.sinceLook = ChangesDigest(since: Self.moment.addingTimeInterval(-86_400), sinceYesterday: true, events: events)
        return model
    }

    @Test func theLineCountsWhatChangedAndEnterListsIt() {
        var replay = Replay(model: model())
        let frame = replay.frame().lines.joined(separator: "\n")
        #expect(frame.contains("BARU"))
        #expect(frame.contains("+ BARU         Sejak kemarin: 1 pensiun · 1 kasus · 1 peringatan"))
        // It is the first line of the list, selected first; Enter opens the list.
        replay.run("g Enter")
        let detail = replay.frame().lines.joined(separator: "\n")
        #expect(detail.contains("Sejak kemarin"))
        #expect(detail.contains("23 Mei 09:00"))
        #expect(detail.contains("23 Mei 09:00  Kasus NTR-2023-002 — Andi Baso Ridwan: dilaporkan → di"))
        #expect(detail.contains("Permohonan diajukan: pengunduran diri, Andi"))
    }

    @Test func listsMarkTheRowsChangedSinceTheLastLook() {
        var replay = Replay(model: model())
        replay.run("5")
        let cases = replay.frame().lines
        #expect(cases.contains { $0.contains("NTR-2023-002") && $0.hasPrefix(" +") })
        #expect(cases.contains { $0.contains("NTR-2023-001") && !$0.hasPrefix(" +") })
        replay.run("2")
        #expect(replay.frame().lines.contains { $0.contains("Andi Baso Ridwan") && $0.dropFirst().hasPrefix("+") })
    }

    @Test func withoutADigestTheOverviewIsUnchanged() {
        var model = model()
        model.sinceLook = nil
        var replay = Replay(model: model)
        #expect(!replay.frame().lines.joined().contains("Sejak kemarin"))
    }
}
