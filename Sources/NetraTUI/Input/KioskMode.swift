import Foundation
import NetraCore

/// Kiosk mode's state in the running dashboard: locked (rotating, masked) or unlocked
/// by the PIN until it sits idle or the operator locks it. Inactive outside `--kiosk`.
/// Every instant here is the session's monotonic `running` clock, never the data clock.
struct KioskMode {
    let active: Bool
    var lock: KioskLock
    var rotation: KioskRotation
    private var relockSeconds: TimeInterval
    private(set) var lastActivity: Date?

    /// The privacy the running kiosk shows with: the start's, only ever tightened by a
    /// settings change (a loosening waits for the next start).
    private(set) var privacy: Privacy

    init(active: Bool, settings: KioskSettings, now: Date) {
        self.active = active
        // The PIN hash runs off the UI thread: the lock hands out a `PINCheck`.
        lock = KioskLock(unlockKey: settings.unlockKey, pinHash: settings.pinHash, defersChecks: true)
        privacy = settings.privacy
        rotation = KioskRotation(startingAt: now)
        relockSeconds = TimeInterval(settings.relockMinutes * 60)
    }

    var isLocked: Bool { active && lock.phase != .unlocked }
    var isUnlocked: Bool { active && lock.phase == .unlocked }
    /// When an unlocked screen locks itself again.
    var relockAt: Date? { isUnlocked ? lastActivity?.addingTimeInterval(relockSeconds) : nil }

    /// Follows `netra.toml` as it changes (new PIN hash, rotation, relock time).
    mutating func update(settings: KioskSettings, at now: Date) {
        guard active else { return }
        lock.configure(unlockKey: settings.unlockKey, pinHash: settings.pinHash)
        lock.expire(at: now)
        privacy = privacy.tightened(by: settings.privacy)
        relockSeconds = TimeInterval(settings.relockMinutes * 60)
    }

    mutating func unlock(at now: Date) { lastActivity = now }
    mutating func noteActivity(at now: Date) { if isUnlocked { lastActivity = now } }

    /// Locks an unlocked screen that sat idle; true when it did.
    mutating func relockIfIdle(at now: Date) -> Bool {
        guard let relockAt, now >= relockAt else { return false }
        relock(at: now)
        return true
    }

    /// Locks again at once (the operator's key, or the idle time ran out): the
    /// rotation starts over from its first page.
    mutating func relock(at now: Date) {
        lock.relock()
        rotation = KioskRotation(startingAt: now)
        lastActivity = nil
    }
}
