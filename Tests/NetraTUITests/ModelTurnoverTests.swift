import Foundation
import Testing
import NetraCore
@testable import NetraTUI

/// How models come and go under a busy share: what a reload marks as changed, what a
/// locked kiosk does with a new model, and when the session says an old derivation is
/// garbage (the host then hands its memory back).
@Suite struct ModelTurnoverTests {
    /// The demo with one more officer, born 20 Mar 1965: past the TMT (1 Apr 2023) with no request.
    func demoWithRetiredOfficer() -> DashboardModel {
        let officers = LegacyDemo.officers + "196503201990032001;Baru Pensiun;Sekretariat Daerah;Staf;III/a;;;;;PNS;\r\n"
        return demoModel(replacing: [.officers: officers])
    }

    @Test func aReloadMarksOnlyTheAlertsThatAreNew() {
        let before = demoModel()
        var after = demoWithRetiredOfficer()
        #expect(after.dataset.officers.count == before.dataset.officers.count + 1)
        after.markChanges(since: before, files: [.officers], at: before.situation.now)
        let new = after.situation.alerts.filter { $0.kind == .pastRetirementAge && $0.nip?.description == "196503201990032001" }
        #expect(new.count == 1)
        #expect(after.changedRows.contains(.alert(AlertSubject(new[0]))))
        #expect(after.changedRows.contains(.officer("196503201990032001")))
        let old = before.situation.alerts.map { RowID.alert(AlertSubject($0)) }
        #expect(!old.isEmpty)
        #expect(old.allSatisfy { !after.changedRows.contains($0) })
        // The other way round nothing is new: the officer and their alert went away.
        var back = demoModel()
        back.markChanges(since: after, files: [.officers], at: before.situation.now)
        #expect(back.changedRows.isEmpty)
        #expect(back.changedAt == nil)
    }

    @Test func aReloadMarksTheOfficersEditedOrAddedWhereverTheirRowsMoved() throws {
        let before = demoModel()
        var lines = LegacyDemo.officers.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let heading = lines.removeFirst()
        #expect(lines.count > 6)
        let removed = lines.remove(at: 2)
        // A row edited in place (its unit), a row added at the top, the rows reversed
        // below the middle: each row's place changes, its fields do not.
        var edited = lines[0].components(separatedBy: ";")
        edited[2] = "Unit Lain"
        lines[0] = edited.joined(separator: ";")
        let middle = lines.count / 2
        lines = Array(lines[..<middle]) + lines[middle...].reversed()
        lines.insert("196503201990032001;Baru Masuk;Sekretariat Daerah;Staf;III/a;;;;;PNS;", at: 0)
        var after = demoModel(replacing: [.officers: ([heading] + lines).joined(separator: "\r\n") + "\r\n"])
        after.markChanges(since: before, files: [.officers], at: before.situation.now)
        let marked = Set(after.dataset.officers.map(\.nip).filter { after.changedRows.contains(.officer($0)) }.map(\.description))
        #expect(marked == ["196503201990032001", String(edited[0])])
        #expect(!after.changedRows.contains(.officer(NIP(value: try #require(UInt64(removed.prefix(18)))))))
    }

    @Test func aLockedKioskTakesANewModelAndUnlocksOnAFreshOverview() throws {
        let hash = try PINHash.make("4829")
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"")
        var replay = Replay(model: demoModel(replacing: [.settings: settings]), options: .init(kiosk: true))
        #expect(replay.session.isKioskLocked)
        let shown = replay.session.model.dataset.officers.count
        let officers = LegacyDemo.officers + "196503201990032001;Baru Pensiun;Sekretariat Daerah;Staf;III/a;;;;;PNS;\r\n"
        let next = demoModel(replacing: [.settings: settings, .officers: officers])
        replay.receive(next)
        #expect(replay.session.model.dataset.officers.count == shown + 1)
        #expect(replay.session.isKioskLocked)
        replay.run("F12 4 8 2 9 Enter")
        #expect(!replay.session.isKioskLocked)
        #expect(replay.session.state.view == .overview)
        #expect(replay.session.model.situation.alerts.contains { $0.nip?.description == "196503201990032001" })
    }

    @Test func theSessionSaysWhenTheMinuteReDerivedItsModel() {
        var session = DashboardSession(model: demoModel(), options: .init(), size: Size(width: 120, height: 40),
                                       now: demoModel().situation.now)
        let start = session.model.situation.now
        var said: [Bool] = []
        for seconds in [0.0, 1, 61] {
            _ = session.frame(at: start.addingTimeInterval(seconds))
            said.append(session.takeRederived())
        }
        said.append(session.takeRederived())
        #expect(said == [false, false, true, false])
        #expect(session.model.situation.now == start.addingTimeInterval(61))
    }

    /// The terminal loop derives a new minute aside: the frame keeps the last
    /// derivation, the session says a minute began, takes the one derived from its own
    /// model, and refuses one that a reload made stale.
    @Test func aMinuteDerivedAsideIsTakenAndAStaleOneIsRefused() {
        var options = DashboardSession.Options()
        options.derivesMinutesAside = true
        let first = demoModel()
        let start = first.situation.now
        var session = DashboardSession(model: first, options: options, size: Size(width: 120, height: 40), now: start)
        let later = start.addingTimeInterval(61)
        _ = session.frame(at: later)
        #expect(session.model.situation.now == start)
        #expect(session.rederivationWanted(at: later))
        let saidBefore = session.takeRederived()
        #expect(!saidBefore)

        let aside = session.model.at(later)
        // A reload arrives before the derivation is handed in: it is someone else's data.
        let reloaded = demoWithRetiredOfficer()
        var other = session
        other.receive(reloaded, at: later)
        let otherTook = other.adoptRederived(aside)
        #expect(!otherTook)
        #expect(other.model.dataset.officers.count == reloaded.dataset.officers.count)

        let took = session.adoptRederived(aside)
        #expect(took)
        #expect(session.model.situation.now == later)
        #expect(!session.rederivationWanted(at: later))
        let said = session.takeRederived()
        #expect(said)
        // The same derivation twice is not newer.
        let again = session.adoptRederived(aside)
        #expect(!again)
    }
}
