import Foundation
import NetraCore

/// Derives the dashboard's model for a new minute on a background thread, at the
/// reload's lower priority, and wakes the terminal loop through a pipe when it is
/// ready (see `DashboardSession.adoptRederived`). One derivation at a time: a request
/// while one runs is dropped, and the loop asks again at its next turn.
final class MinuteDeriver: @unchecked Sendable {
    private let queue = DispatchQueue(label: "netra-minute")
    private let lock = NSLock()
    private var busy = false
    private var ready: DashboardModel?
    private let wake = WakePipe()

    var wakeFD: Int32 { wake.fileDescriptor }

    /// Starts deriving `model` at `now`, unless a derivation runs or waits to be taken.
    func derive(_ model: DashboardModel, at now: Date) {
        let start = lock.withLock {
            guard !busy && ready == nil else { return false }
            busy = true
            return true
        }
        guard start else { return }
        queue.async { [self] in
            let next = BackgroundPriority.run { model.at(now) }
            lock.withLock {
                ready = next
                busy = false
            }
            wake.signal()
        }
    }

    /// The derived model, once.
    func take() -> DashboardModel? {
        wake.drain()
        return lock.withLock {
            defer { ready = nil }
            return ready
        }
    }
}
