import Foundation

/// How far away a moment is, worded the way Indonesian offices count: `H-12` twelve
/// calendar days before, `H-0` on the day, `H+3` three days after — plus an exact
/// `2d 04:31:10` within the last 48 hours.
///
/// Days are counted in the zone the moment was written in: KPU's "3 Oktober 2023
/// pukul 23.59 WIB" is `H-0` on 3 October in Balikpapan too, although it is already
/// 00:59 on the 4th there. Whether it has passed is the same everywhere.
public struct Countdown: Sendable, Equatable {
    public let target: Date
    /// Seconds from now until the target; negative once it has passed.
    public let secondsLeft: Int
    /// Calendar days from today to the target's day, both in `zone`.
    public let dayOffset: Int
    /// The zone days are counted in.
    public let zone: TimeZone

    /// The window in which the exact clock is shown.
    public static let exactWindow = 48 * 3600

    public init(to target: Date, from now: Date, in zone: TimeZone) {
        self.target = target
        self.zone = zone
        self.secondsLeft = Int((target.timeIntervalSince(now)).rounded(.down))
        self.dayOffset = CivilDate(target, in: zone).dayNumber - CivilDate(now, in: zone).dayNumber
    }

    /// The same target seen at another moment (a frame drawn between derivations).
    public func at(_ now: Date) -> Countdown { Countdown(to: target, from: now, in: zone) }

    public var hasPassed: Bool { secondsLeft < 0 }

    /// The target's calendar date in its own zone (the date KPU published).
    public var day: CivilDate { CivilDate(target, in: zone) }

    /// The zone the target was written in, as an Indonesian office names it: `WIB`,
    /// `WITA`, `WIT`; `UTC+h` elsewhere.
    public var zoneName: String {
        switch zone.secondsFromGMT(for: target) {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        case let s: "UTC" + (s >= 0 ? "+" : "-") + String(abs(s) / 3600)
        }
    }

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
