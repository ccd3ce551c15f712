import Foundation
import NetraCore

/// What the screen drew last (its style, state and size), kept where the reload thread
/// can read it, so a new model is laid out there once before it is handed over.
///
/// Why: the first frame of a new model computes everything a view memoises per model
/// (the overview's panel plan, its alert groups, the unit tally, the problem list).
/// At 100k officers that is 12–40 ms (`netra-bench --reload-parts`: a fresh model's
/// first overview frame), and it fell on the terminal loop exactly when a reload's
/// model arrived. Laid out on the reload thread, the screen's first frame of the new
/// model finds those memos ready (`FrameWarmUpTests`). A state changed in between only
/// costs the memos it no longer matches; nothing else depends on it.
///
/// Measured after it (session 5, end-to-end benchmark at 100k): keystrokes during a
/// reload kept a 99th percentile of 22–24 ms (median 4–5 ms), as before, so the slow
/// keystroke is not this layout alone; the reload was shown in 190–216 ms (before:
/// 210–314 ms), so laying out here did not delay it measurably.
public final class FrameWarmUp: @unchecked Sendable {
    private struct Recipe {
        let style: FrameStyle
        let state: UIState
        let size: Size
    }

    private let lock = NSLock()
    private var recipe: Recipe?

    public init() {}

    /// Called by the session for each frame it lays out.
    func remember(style: FrameStyle, state: UIState, size: Size) {
        lock.withLock { recipe = Recipe(style: style, state: state, size: size) }
    }

    /// Lays `model` out as the screen last drew, on the caller's thread (nothing yet
    /// drawn: nothing to do).
    public func warm(_ model: DashboardModel, now: Date) {
        guard let recipe = lock.withLock({ recipe }) else { return }
        _ = FrameRenderer(style: recipe.style).layout(model, state: recipe.state, size: recipe.size, now: now)
    }
}
