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

