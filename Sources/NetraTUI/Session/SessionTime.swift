import Foundation
import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// The two clocks a session runs on. `data` decides what the screen says (H-N,
/// countdowns, the header's date) and is frozen by `--as-of`; `running` is a monotonic
/// clock that only ever moves forward at the real pace, for everything that must
/// happen in real time whatever the data clock says: the kiosk's rotation, its pause,
/// PIN entry timeouts, the rate limit and the relock.
///
/// `running` is carried as a `Date` so the kiosk's state machines keep their types;
/// only differences between two `running` instants mean anything.
public struct SessionTime: Sendable, Equatable {
    public var data: Date
    public var running: Date

    public init(data: Date, running: Date) {
        self.data = data
        self.running = running
    }

    /// One instant for both clocks: a clock that runs (the tests' and the demo's).
    public init(_ both: Date) {
        data = both
        running = both
    }
}

/// The host's clocks: the data clock it was given, and the system's monotonic clock
/// (`CLOCK_MONOTONIC`: no jumps when the wall clock is set, NTP steps or `--as-of`).
public struct HostClock: Sendable {
    public let data: TimeSource

    public init(data: TimeSource) { self.data = data }

    public func now() -> SessionTime { SessionTime(data: data.now(), running: Self.monotonic()) }

    /// Seconds of the monotonic clock, as a `Date` (only differences matter).
    public static func monotonic() -> Date {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Date(timeIntervalSince1970: TimeInterval(spec.tv_sec) + TimeInterval(spec.tv_nsec) / 1e9)
    }
}
