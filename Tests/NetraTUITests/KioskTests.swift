import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// A verifier that counts its calls: the rate limit must refuse before hashing.
final class CountingVerifier: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var calls = 0
    let pin: String
    init(pin: String) { self.pin = pin }
    func verify(_ typed: String, _ hash: String) -> Bool {
        lock.lock()
        calls += 1
        lock.unlock()
        return typed == pin
    }
}

@Suite struct KioskLockTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    func lock(pin: String = "4829") -> (KioskLock, CountingVerifier) {
        let verifier = CountingVerifier(pin: pin)
        return (KioskLock(unlockKey: .function(12), pinHash: "$y$stand-in-hash-for-tests", verify: verifier.verify), verifier)
    }

    /// Every key a passer-by might try: none quits, suspends or unlocks.
    static let hostileKeys: [Key] = [
        .character("q"), .control("c"), .control("z"), .character("\u{1C}"), .control("d"), .control("s"), .control("q"),
        .character(":"), .character("!"), .escape, .enter, .backspace, .tab, .backTab, .character("?"), .character("/"),
        .character("r"), .control("l"), .character("e"), .character("v"), .character("x"), .character("0"),
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
    ] + (1...11).map { Key.function($0) } + (1...26).map { Key.control(Character(Unicode.Scalar(UInt8(96 + $0)))) }

    @Test func noKeyLeavesTheLock() {
        var (lock, verifier) = lock()
        for (i, key) in Self.hostileKeys.enumerated() {
            let effect = lock.handle(key, at: t0.addingTimeInterval(Double(i)))
            #expect(effect != .unlock, "\(key)")
            #expect(lock.phase == .locked, "\(key)")
        }
        #expect(verifier.calls == 0)
    }

    @Test func withoutAPINHashTheUnlockKeyDoesNothing() {
        var lock = KioskLock(unlockKey: .function(12), pinHash: nil) { _, _ in true }
        #expect(lock.handle(.function(12), at: t0) == .pauseRotation)
        #expect(lock.phase == .locked)
        for digit in "4829" { _ = lock.handle(.character(digit), at: t0) }
        #expect(lock.handle(.enter, at: t0) != .unlock)
    }

    @Test func unlockKeyThenTheRightPINUnlocks() {
        var (lock, _) = lock()
        _ = lock.handle(.function(12), at: t0)
        #expect(lock.isEnteringPIN)
        for digit in "48290" { _ = lock.handle(.character(digit), at: t0) }
        _ = lock.handle(.backspace, at: t0)
        // Ctrl-C and letters while typing neither quit nor count as digits.
        _ = lock.handle(.control("c"), at: t0)
        _ = lock.handle(.character("a"), at: t0)
        #expect(lock.typedCount == 4)
        #expect(lock.handle(.enter, at: t0) == .unlock)
        #expect(lock.phase == .unlocked)
    }

    @Test func wrongPINsAreRateLimited() {
        var (lock, verifier) = lock()
        func attempt(_ pin: String, at t: TimeInterval) -> KioskLock.Effect {
            _ = lock.handle(.function(12), at: t0.addingTimeInterval(t))
            for digit in pin { _ = lock.handle(.character(digit), at: t0.addingTimeInterval(t)) }
            return lock.handle(.enter, at: t0.addingTimeInterval(t))
        }
        for i in 0..<3 { #expect(attempt("1111", at: Double(i)) == .pauseRotation) }
        #expect(lock.lastVerdict == .wrongPIN)
        #expect(lock.secondsBlocked(at: t0.addingTimeInterval(2)) == 30)
        #expect(verifier.calls == 3)
        // Blocked: even the right PIN is refused, and not even hashed.
        #expect(attempt("4829", at: 10) == .pauseRotation)
        #expect(lock.lastVerdict == .blocked)
        #expect(verifier.calls == 3)
        // After the wait, one more wrong PIN doubles it.
        #expect(attempt("2222", at: 33) == .pauseRotation)
        #expect(lock.secondsBlocked(at: t0.addingTimeInterval(33)) == 60)
        #expect(attempt("4829", at: 90) != .unlock)
        #expect(attempt("4829", at: 94) == .unlock)
        #expect(lock.failures == 0)
        #expect(lock.blockedUntil == nil)
    }

    @Test func blocksNeverExceedFifteenMinutes() {
        var (lock, _) = lock()
        var t: TimeInterval = 0
        for _ in 0..<20 {
            t += 16 * 60
            _ = lock.handle(.function(12), at: t0.addingTimeInterval(t))
            _ = lock.handle(.character("9"), at: t0.addingTimeInterval(t))
            _ = lock.handle(.enter, at: t0.addingTimeInterval(t))
        }
        #expect(lock.secondsBlocked(at: t0.addingTimeInterval(t)) == 15 * 60)
    }

    @Test func pinEntryTimesOut() {
        var (lock, _) = lock()
        _ = lock.handle(.function(12), at: t0)
        _ = lock.handle(.character("4"), at: t0.addingTimeInterval(10))
        lock.expire(at: t0.addingTimeInterval(39))
        #expect(lock.isEnteringPIN)
        lock.expire(at: t0.addingTimeInterval(40))
        #expect(lock.phase == .locked)
        #expect(lock.lastVerdict == .timedOut)
    }

    @Test func reconfiguringKeepsTheFailureCount() {
        var (lock, _) = lock()
        for i in 0..<3 {
            _ = lock.handle(.function(12), at: t0.addingTimeInterval(Double(i)))
            _ = lock.handle(.enter, at: t0.addingTimeInterval(Double(i)))
        }
        lock.configure(unlockKey: .control("k"), pinHash: "$y$another-stand-in-hash")
        #expect(lock.failures == 3)
        #expect(lock.secondsBlocked(at: t0.addingTimeInterval(3)) != nil)
        _ = lock.handle(.function(12), at: t0.addingTimeInterval(60))
        #expect(!lock.isEnteringPIN, "F12 is no longer the unlock key")
        _ = lock.handle(.control("k"), at: t0.addingTimeInterval(60))
        #expect(lock.isEnteringPIN)
    }
}

@Suite struct KioskRotationTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)
    /// Page 1 has three screenfuls; the others one.
    let parts: (Int) -> Int = { $0 == 1 ? 3 : 1 }

    func advanced(_ r: inout KioskRotation, to seconds: TimeInterval) -> (Int, Int) {
        r.advance(to: t0.addingTimeInterval(seconds), period: 20, pageCount: 3, parts: parts)
        return (r.pageIndex, r.part)
    }

    @Test func stepsEveryPeriodThroughEveryScreenful() {
        var r = KioskRotation(startingAt: t0)
        #expect(advanced(&r, to: 19) == (0, 0))
        #expect(advanced(&r, to: 20) == (1, 0))
        #expect(advanced(&r, to: 40) == (1, 1))
        #expect(advanced(&r, to: 60) == (1, 2))
        #expect(advanced(&r, to: 80) == (2, 0))
        #expect(advanced(&r, to: 100) == (0, 0))
    }

    @Test func aKeyPausesForAMinuteThenAFullPeriod() {
        var r = KioskRotation(startingAt: t0)
        r.pause(at: t0.addingTimeInterval(15))
        #expect(r.isPaused(at: t0.addingTimeInterval(74)))
        #expect(advanced(&r, to: 74) == (0, 0))
        #expect(advanced(&r, to: 80) == (0, 0), "after the pause the page gets its whole period again")
        #expect(advanced(&r, to: 95) == (1, 0))
        #expect(r.nextChange(period: 20) == t0.addingTimeInterval(115))
    }

    @Test func aLongSleepStepsOnceNotManyTimes() {
        var r = KioskRotation(startingAt: t0)
        #expect(advanced(&r, to: 3600) == (1, 0))
        #expect(advanced(&r, to: 3619) == (1, 0))
    }

    @Test func arrowsAndTapsMoveAndPause() {
        var r = KioskRotation(startingAt: t0)
        r.show(offset: -1, at: t0, pageCount: 3, parts: parts)
        #expect((r.pageIndex, r.part) == (2, 0))
        r.show(offset: -1, at: t0, pageCount: 3, parts: parts)
        #expect((r.pageIndex, r.part) == (1, 2), "back onto the last screenful of the previous page")
        #expect(r.isPaused(at: t0.addingTimeInterval(59)))
        r.show(page: 0, at: t0.addingTimeInterval(5), pageCount: 3)
        #expect((r.pageIndex, r.part) == (0, 0))
        r.show(page: 7, at: t0, pageCount: 3)
        #expect(r.pageIndex == 0)
    }

    @Test func fewerPagesAfterAReloadStartAgainAtTheFirst() {
        var r = KioskRotation(startingAt: t0, pageIndex: 2)
        r.advance(to: t0.addingTimeInterval(1), period: 20, pageCount: 2, parts: { _ in 1 })
        #expect(r.pageIndex == 0)
    }
}

@Suite struct KioskModeTests {
    let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func anUnlockedScreenLocksItselfAfterIdleMinutes() {
        var settings = KioskSettings()
        settings.pinHash = "$y$stand-in-hash-for-tests"
        settings.relockMinutes = 2
        var mode = KioskMode(active: true, settings: settings, now: t0)
        mode.lock = KioskLock(unlockKey: .function(12), pinHash: settings.pinHash) { pin, _ in pin == "4829" }
        _ = mode.lock.handle(.function(12), at: t0)
        for d in "4829" { _ = mode.lock.handle(.character(d), at: t0) }
        #expect(mode.lock.handle(.enter, at: t0) == .unlock)
        mode.unlock(at: t0)
        #expect(mode.isUnlocked && !mode.isLocked)
        #expect(mode.relockAt == t0.addingTimeInterval(120))
        // A key keeps it open; idle time locks it.
        mode.noteActivity(at: t0.addingTimeInterval(100))
        let early = mode.relockIfIdle(at: t0.addingTimeInterval(219))
        #expect(!early)
        let due = mode.relockIfIdle(at: t0.addingTimeInterval(220))
        #expect(due)
        #expect(mode.isLocked)
        #expect(mode.relockAt == nil)
    }

    @Test func outsideKioskModeNothingIsLocked() {
        let mode = KioskMode(active: false, settings: KioskSettings(), now: t0)
        #expect(!mode.isLocked && !mode.isUnlocked)
        #expect(mode.relockAt == nil)
    }
}
