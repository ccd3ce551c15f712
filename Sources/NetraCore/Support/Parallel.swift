import Foundation

/// Runs independent pieces of work on the machine's cores at once.
///
/// Why a wrapper: `DispatchQueue.concurrentPerform` wants a `@Sendable` closure, and the
/// work here (reading a piece of a file into its own accumulator, deriving one part of
/// a situation) captures buffers and closures that are not `Sendable` by type. They are
/// safe by construction: each iteration reads shared input that nobody writes while
/// the work runs, and writes only its own slot of the result. The wrapper states that
/// once, here, instead of at every call.
enum Parallel {
    /// `body(0) … body(count - 1)` at once (on the calling thread when `count` is 1);
    /// returns when all are done. `body` must write only what belongs to its index.
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        // The pieces run at the caller's priority: a reload's pieces must not take the
        // cores from the terminal loop its own thread yields to (`BackgroundPriority`).
        let level = BackgroundPriority.Level.current
        withoutActuallyEscaping(body) { body in
            let work = UncheckedWork(body: body)
            DispatchQueue.concurrentPerform(iterations: count) { k in BackgroundPriority.inherit(level) { work.body(k) } }
        }
    }

    /// `count` results computed at once, in index order.
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            let out = UncheckedSlots(base: slots)
            forEach(count) { out.base[$0] = body($0) }
        }
        return results.map { $0! }
    }

    private struct UncheckedWork: @unchecked Sendable {
        let body: (Int) -> Void
    }

    private struct UncheckedSlots<T>: @unchecked Sendable {
        let base: UnsafeMutableBufferPointer<T?>
    }
}
