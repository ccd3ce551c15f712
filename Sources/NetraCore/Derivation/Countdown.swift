import Foundation

/// How far away a moment is, worded the way Indonesian offices count: `H-12` twelve
/// calendar days before, `H-0` on the day, `H+3` three days after — days counted in
/// the viewer's zone — plus an exact `2d 04:31:10` within the last 48 hours.
public struct Countdown: Sendable {
    public let target: Date
    /// Seconds from now until the target; negative once it has passed.
    public let secondsLeft: Int
    /// Calendar days from today to the target's day, both in the viewer's zone.
    public let dayOffset: Int

    /// The window in which the exact clock is shown.
    public static let exactWindow = 48 * 3600

    public init(to target: Date, from now: Date, in zone: TimeZone) {
        self.target = target
        self.secondsLeft = Int((target.timeIntervalSince(now)).rounded(.down))
        self.dayOffset = CivilDate(target, in: zone).dayNumber - CivilDate(now, in: zone).dayNumber
    }

    public var hasPassed: Bool { secondsLeft < 0 }

    /// `H-12`, `H-0`, `H+3`.
    public var dayLabel: String { dayOffset >= 0 ? "H-\(dayOffset)" : "H+\(-dayOffset)" }

    /// `2d 04:31:10` while the target is at most 48 hours ahead; otherwise `nil`.
    public var exactLabel: String? {
        guard secondsLeft >= 0 && secondsLeft <= Countdown.exactWindow else { return nil }
        let s = secondsLeft
        return String(format: "%dd %02d:%02d:%02d", s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60)
    }

    /// The exact clock when near, the day label otherwise.
    public var label: String { exactLabel ?? dayLabel }
}
