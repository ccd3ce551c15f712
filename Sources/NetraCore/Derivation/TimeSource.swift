import Foundation

/// Where "now" comes from. Every derived fact takes its time from one of these, so
/// `--as-of`, the demo's story clock and tests can all choose the moment.
public protocol TimeSource: Sendable {
    func now() -> Date
}

/// The machine's clock.
public struct SystemTime: TimeSource {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock stopped at one instant (`--as-of`, tests).
public struct FrozenTime: TimeSource {
    public let instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}

/// A clock that starts at a chosen moment and then runs in real time: the demo
/// begins on 23 May 2023, 10:00 WITA, and its countdowns tick like real ones.
public struct StoryTime: TimeSource {
    public let storyStart: Date
    public let realStart: Date

    public init(startingAt storyStart: Date, realStart: Date = Date()) {
        self.storyStart = storyStart
        self.realStart = realStart
    }

    public func now() -> Date { storyStart.addingTimeInterval(Date().timeIntervalSince(realStart)) }
}

/// Reads the `--as-of` form: ISO 8601 with an offset (`2023-05-23T10:00:00+08:00`,
/// `2023-05-23T10:00+08:00`, `…Z`). A bare date is accepted too and means its
/// midnight in `zone`.
public enum InstantText {
    public static func parse(_ text: String, defaultZone zone: TimeZone) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let d = formatter.date(from: t) { return d }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = formatter.date(from: t) { return d }
        // Minutes without seconds: 2023-05-23T10:00+08:00
        if t.count >= 16, t.dropFirst(16).first.map({ "+-Z".contains($0) }) == true {
            let withSeconds = String(t.prefix(16)) + ":00" + t.dropFirst(16)
            formatter.formatOptions = [.withInternetDateTime]
            if let d = formatter.date(from: withSeconds) { return d }
        }
        if t.count == 10, case .success(let day) = DateText.parse(t) { return day.instant(in: zone) }
        return nil
    }
}
