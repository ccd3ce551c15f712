import Foundation
import NetraCore

/// Lets the model the screen no longer shows be freed on a background thread, not on
/// the terminal loop.
///
/// Why: a 100k-officer model is hundreds of thousands of objects (rows, strings, the
/// lists' orders and codes, the search index); freeing them is milliseconds of work,
/// and it fell on the keystroke drawn as a reload's model arrived. The loop keeps the
/// old model until the first frame of the new one is drawn (the last frame's layout
/// refers to it until then), then hands it here; only the box's background block holds
/// it from then on, so the last release happens there.
final class ReleaseAside<Value>: @unchecked Sendable {
    private var retiring: Value?
    private let queue = DispatchQueue(label: "netra-release", qos: .utility)

    /// Keeps `model` (the one being replaced) until `release()`.
    func keep(_ model: Value) {
        if retiring != nil { release() }
        retiring = model
    }

    /// Hands the kept model to the background queue, where it is freed, then `freed`
    /// runs there (the reload pipeline gives the freed pages back to the system).
    func release(then freed: (@Sendable () -> Void)? = nil) {
        guard retiring != nil else { return }
        let box = Box(retiring)
        retiring = nil
        queue.async {
            BackgroundPriority.run { box.value = nil }
            freed?()
        }
    }

    /// Waits until what was handed over is freed (tests).
    func flush() { queue.sync {} }

    /// The model's only holder once the loop has let go.
    private final class Box: @unchecked Sendable {
        var value: Value?
        init(_ value: Value?) { self.value = value }
    }
}
