import Foundation
import NetraCore

/// The journal's newest digest of what changed since the last look, handed to the
/// terminal loop through a pipe together with the model that shows it, already made
/// and laid out on the journal's thread.
///
/// Why: a digest gives the screen a new model of the same data (the overview gains its
/// *Sejak kemarin* row, changed rows their marks). Made on the terminal loop, its first
/// layout (the overview's panel plan, its alert groups, the unit tally) took 7–18 ms at
/// 100k officers, a few hundred milliseconds after every reload, and a keystroke that
/// came then waited for it: the slowest keystrokes of the end-to-end benchmark (loop
/// traced in session 6). Here the model is made from the one on screen and laid out as
/// the screen last drew (`FrameWarmUp`), so the loop only swaps it in. When the screen
/// has moved on meanwhile (a reload, a new minute), the loop makes it as before.
final class ChangesAdoption: @unchecked Sendable {
    /// A digest and, when it could be made, its model with what it was made from.
    struct Ready {
        let digest: ChangesDigest
        let prepared: DashboardSession.PreparedChanges?
    }

    private let lock = NSLock()
    private var shown: DashboardModel?
    private var ready: Ready?
    private let wake = WakePipe()
    private let frames: FrameWarmUp?
    private let now: @Sendable () -> Date

    /// `frames`: where the screen leaves its last frame's recipe (`nil`: the digest is
    /// handed over alone, as a kiosk does not show it anyway); `now`: the data clock.
    init(frames: FrameWarmUp?, now: @escaping @Sendable () -> Date) {
        self.frames = frames
        self.now = now
    }

    var wakeFD: Int32 { wake.fileDescriptor }

    /// The loop's model changed: a digest arriving from now on is made from this one.
    /// Called while the replaced model is still held by the loop, so the reference let
    /// go of here is never the last one (that belongs to `ReleaseAside`).
    func showing(_ model: DashboardModel) {
        lock.withLock { shown = model }
    }

    /// From the journal's thread.
    func put(_ digest: ChangesDigest) {
        let base = lock.withLock { shown }
        var prepared: DashboardSession.PreparedChanges?
        if let frames, let base, base.sinceLook != digest {
            let model = base.with(sinceLook: digest)
            BackgroundPriority.run { frames.warm(model, now: now()) }
            prepared = DashboardSession.PreparedChanges(model: model, madeFrom: base)
        }
        lock.withLock { ready = Ready(digest: digest, prepared: prepared) }
        wake.signal()
    }

    /// The newest digest, if one arrived since the last call.
    func take() -> Ready? {
        wake.drain()
        return lock.withLock {
            defer { ready = nil }
            return ready
        }
    }
}
