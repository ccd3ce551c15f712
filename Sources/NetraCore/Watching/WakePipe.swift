import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pipe whose only message is "look": another thread signals it, the owner's event
/// loop polls its `fileDescriptor` beside the terminal and drains it after waking.
///
/// Both ends are non-blocking: a full pipe already says "look", so a signal never
/// blocks the signalling thread however long the owner sleeps.
public final class WakePipe: @unchecked Sendable {
    private var fds: [Int32] = [-1, -1]

    public init() {
        _ = pipe(&fds)
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
    }

    deinit {
        close(fds[0])
        close(fds[1])
    }

    /// The end to poll for `POLLIN`.
    public var fileDescriptor: Int32 { fds[0] }

    /// The end `signal` writes to, for a signal handler (which may call `write(2)` and
    /// little else, not a Swift method).
    public var writeEnd: Int32 { fds[1] }

    /// Wakes the owner. Safe from any thread.
    public func signal() {
        var byte: UInt8 = 1
        _ = write(fds[1], &byte, 1)
    }

    /// Empties the pipe, so the next poll sleeps until the next signal.
    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(fds[0], &buffer, buffer.count) > 0 {}
    }
}
