import Foundation

/// Runs independent pieces of work on the machine's cores at once.
///
/// Why a wrapper: a thread wants a `@Sendable` closure, and the work here (reading a
/// piece of a file into its own accumulator, deriving one part of a situation) captures
/// buffers and closures that are not `Sendable` by type. They are safe by construction:
/// each iteration reads shared input that nobody writes while the work runs, and writes
/// only its own slot of the result. The wrapper states that once, here, instead of at
/// every call.
enum Parallel {
    /// `body(0) … body(count - 1)` at once (on the calling thread when `count` is 1);
    /// returns when all are done. `body` must write only what belongs to its index.
    ///
    /// The pieces beyond the first run on threads of their own, made by the caller, not
    /// on the dispatch pool. Why: Linux gives a new thread its maker's niceness and
    /// scheduling class, so the pieces run at the caller's priority by construction —
    /// a reload's at background priority (`BackgroundPriority`), the terminal loop's or
    /// the first reading's at full priority. Pool threads are shared and keep whatever
    /// priority the last work, or the thread that made them, left on them: a pool
    /// worker made by an idle-class reload thread is idle-class for good, and a
    /// foreground pass that borrowed it would wait for idle time. A thread costs tens of
    /// microseconds; a piece here is milliseconds to seconds of work.
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            // The threads reach `body` through a box emptied once they are done: a
            // thread object may outlive its block's last line for a moment, and
            // `body` must not (`withoutActuallyEscaping` checks).
            let work = WorkBox(body: body)
            let done = DispatchGroup()
            for k in 1..<count {
                done.enter()
                Thread {
                    work.body!(k)
                    done.leave()
                }.start()
            }
            body(0)
            done.wait()
            work.body = nil
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

    private final class WorkBox: @unchecked Sendable {
        var body: ((Int) -> Void)?
        init(body: @escaping (Int) -> Void) { self.body = body }
    }

    private struct UncheckedSlots<T>: @unchecked Sendable {
        let base: UnsafeMutableBufferPointer<T?>
    }
}
