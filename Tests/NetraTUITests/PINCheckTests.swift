import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The PIN is checked off the UI thread with a time limit: the lock waits in
/// `.checking`, swallowing keys, until the outcome comes back (issue 10, row 8).
@Suite struct DeferredPINCheckTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    func submitted(_ pin: String = "4829") -> (KioskLock, PINCheck) {
        var lock = KioskLock(unlockKey: .function(12), pinHash: "$y$hash", verify: { _, _ in
            Issue.record("a deferring lock never hashes itself")
            return true
        }, defersChecks: true)
        _ = lock.handle(.function(12), at: t0)
        for digit in pin { _ = lock.handle(.character(digit), at: t0) }
        guard case .checkPIN(let check) = lock.handle(.enter, at: t0) else {
            Issue.record("Enter asks the host to check")
            return (lock, PINCheck(ticket: 0, pin: "", hash: ""))
        }
        #expect(check.pin == pin && check.hash == "$y$hash")
        return (lock, check)
    }

    @Test func keysWhileCheckingAreSwallowedAndTheOutcomeDecides() {
        var (lock, check) = submitted()
        #expect(lock.isCheckingPIN && !lock.isEnteringPIN)
        for key in KioskLockTests.hostileKeys + [.function(12), .character("4")] {
            #expect(lock.handle(key, at: t0) == .pauseRotation, "\(key)")
            #expect(lock.isCheckingPIN)
        }
        #expect(lock.finishCheck(ticket: check.ticket + 1, outcome: .correct, at: t0) == .pauseRotation, "another check's outcome")
        #expect(lock.isCheckingPIN)
        #expect(lock.finishCheck(ticket: check.ticket, outcome: .correct, at: t0) == .unlock)
        #expect(lock.phase == .unlocked)
        #expect(lock.finishCheck(ticket: check.ticket, outcome: .correct, at: t0) == .pauseRotation, "only once")
    }

    @Test func wrongOutcomesCountTowardsTheWaitAndTimeoutsDoNot() {
        var (lock, check) = submitted()
        #expect(lock.finishCheck(ticket: check.ticket, outcome: .timedOut, at: t0) == .pauseRotation)
        #expect(lock.phase == .locked && lock.lastVerdict == .checkFailed && lock.failures == 0)
        for i in 0..<KioskLock.freeAttempts {
            _ = lock.handle(.function(12), at: t0)
            for digit in "1111" { _ = lock.handle(.character(digit), at: t0) }
            guard case .checkPIN(let next) = lock.handle(.enter, at: t0) else { Issue.record("attempt \(i)"); return }
            #expect(next.ticket != check.ticket)
            check = next
            _ = lock.finishCheck(ticket: next.ticket, outcome: .wrong, at: t0)
            #expect(lock.lastVerdict == .wrongPIN)
        }
        #expect(lock.secondsBlocked(at: t0) == Int(KioskLock.firstBlock))
    }

    @Test func aCheckThatNeverComesBackIsGivenUp() {
        var (lock, check) = submitted()
        lock.expire(at: t0.addingTimeInterval(KioskLock.checkTimeout - 1))
        #expect(lock.isCheckingPIN)
        lock.expire(at: t0.addingTimeInterval(KioskLock.checkTimeout))
        #expect(lock.phase == .locked && lock.lastVerdict == .checkFailed)
        #expect(lock.finishCheck(ticket: check.ticket, outcome: .correct, at: t0) == .pauseRotation, "too late to unlock")
        #expect(lock.phase == .locked)
    }

    @Test func theStatusLineSaysItIsChecking() {
        let (lock, _) = submitted()
        let model = demoModel()
        for language in [Language.id, .en] {
            let now = model.situation.now
            let grid = KioskRenderer(language: language).render(model, rotation: KioskRotation(startingAt: now), lock: lock,
                                                                width: 100, height: 30, now: now)
            #expect(grid.lines.last?.contains(UIText.table(for: language)(.pinChecking)) == true)
        }
    }
}

/// Waits for the verifier's mailbox to have something (or gives up after `seconds`).
func outcomes(of verifier: PINVerifier, within seconds: Int32 = 10) -> [(ticket: Int, outcome: PINCheck.Outcome)] {
    var fds = [pollfd(fd: verifier.wakeFD, events: Int16(POLLIN), revents: 0)]
    _ = poll(&fds, 1, seconds * 1000)
    return verifier.take()
}

@Suite struct PINVerifierTests {
    @Test func checksARealHashOffTheCallingThread() throws {
        let hash = try PINHash.make("482913")
        let verifier = PINVerifier()
        verifier.start(PINCheck(ticket: 1, pin: "482913", hash: hash))
        var got = outcomes(of: verifier)
        #expect(got.map(\.ticket) == [1] && got.map(\.outcome) == [.correct])
        verifier.start(PINCheck(ticket: 2, pin: "482914", hash: hash))
        got = outcomes(of: verifier)
        #expect(got.map(\.ticket) == [2] && got.map(\.outcome) == [.wrong])
    }

    @Test func aHashThatTakesTooLongTimesOutAndBlocksNoFurtherThreads() {
        let release = DispatchSemaphore(value: 0)
        let calls = Calls()
        let verifier = PINVerifier(timeout: 0.2) { _, _ in
            calls.add()
            release.wait()  // a hash that does not finish until the test says so
            return true
        }
        verifier.start(PINCheck(ticket: 1, pin: "1", hash: "h"))
        let first = outcomes(of: verifier)
        #expect(first.map(\.outcome) == [.timedOut], "the clock decides, not the hash")
        // While it still computes, another attempt does not start a second hash.
        verifier.start(PINCheck(ticket: 2, pin: "1", hash: "h"))
        #expect(outcomes(of: verifier).map(\.outcome) == [.timedOut])
        #expect(calls.count == 1)
        release.signal()
        // The late result is not delivered: ticket 1 already has its outcome.
        var fds = [pollfd(fd: verifier.wakeFD, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, 1, 300)
        #expect(verifier.take().isEmpty)
    }

    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        var count: Int { lock.lock(); defer { lock.unlock() }; return n }
        func add() { lock.lock(); n += 1; lock.unlock() }
    }
}

/// The kiosk says so on screen when it shows names, NIPs or cases in full (row 18).
@Suite struct KioskFullDetailsMarkTests {
    @Test func theStatusLineMarksAFullDisclosure() {
        let lock = KioskLock(unlockKey: .function(12), pinHash: nil)
        for (edit, marked) in [(nil, false), ("names = \"full\"", true), ("nip = \"full\"", true), ("case_details = true", true),
                               ("names = \"hidden\"", false)] as [(String?, Bool)] {
            var settings = DemoData.files[.settings]!
            // Only with people = "full" do names, NIPs and cases reach the screen at all.
            settings = settings.replacingOccurrences(of: "[kiosk]", with: "[kiosk]\npeople = \"full\"\n\(edit ?? "")\n#")
            settings = settings.replacingOccurrences(of: "names = \"initials\"", with: "")
                .replacingOccurrences(of: "nip = \"masked\"", with: "").replacingOccurrences(of: "case_details = false", with: "")
            let model = demoModel(replacing: [.settings: settings])
            for language in [Language.id, .en] {
                let now = model.situation.now
                let grid = KioskRenderer(language: language).render(model, rotation: KioskRotation(startingAt: now), lock: lock,
                                                                    width: 100, height: 30, now: now)
                #expect(grid.lines.last?.contains(UIText.table(for: language)(.fullDetailsShown)) == marked, "\(edit ?? "defaults")")
            }
        }
    }
}
