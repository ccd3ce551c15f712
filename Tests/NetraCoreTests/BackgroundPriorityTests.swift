import Foundation
import Testing
@testable import NetraCore

/// What a thread gave back, once it has.
private final class ThreadResult<T>: @unchecked Sendable {
    var value: T?
    let done = DispatchSemaphore(value: 0)
}

/// Background work (a reload, the journal) runs below the terminal loop's priority, and
/// the pieces of a parallel pass it starts run there too.
@Suite struct BackgroundPriorityTests {
    /// Runs `body` on a fresh thread (not the main one, not a pool thread that an earlier
    /// test may have left lowered) and returns what it gave.
    private func onNewThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ThreadResult<T>()
        let thread = Thread {
            box.value = body()
            box.done.signal()
        }
        thread.start()
        box.done.wait()
        return box.value!
    }

    @Test func backgroundWorkRunsAtTheLowerPriorityAndTheThreadIsGivenBackWhenAllowed() {
        let (before, inside, after) = onNewThread {
            let before = BackgroundPriority.current
            let inside = BackgroundPriority.run { BackgroundPriority.current }
            return (before, inside, BackgroundPriority.current)
        }
        #expect(before < BackgroundPriority.niceness)
        #expect(inside == BackgroundPriority.niceness)
        #expect(inside == min(19, getpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(getpid())) + BackgroundPriority.lowering))
        // Raising a thread's priority back needs CAP_SYS_NICE or RLIMIT_NICE: as root (CI)
        // it is restored; elsewhere it may stay lowered, never higher than it was.
        #expect(after == before || after == BackgroundPriority.niceness)
        if geteuid() == 0 { #expect(after == before) }
    }

    @Test func thePiecesOfAParallelPassStartedInTheBackgroundRunThereToo() {
        let seen = onNewThread {
            BackgroundPriority.run { Parallel.map(4) { _ in BackgroundPriority.current } }
        }
        #expect(seen == Array(repeating: BackgroundPriority.niceness, count: 4))
    }

    @Test func whileAScreenIsLiveBackgroundWorkRunsInTheIdleClassAndSoDoItsPieces() {
        let (before, inside, pieces, after) = onNewThread {
            let before = BackgroundPriority.currentPolicy
            let (inside, pieces) = BackgroundPriority.run(idle: true) {
                (BackgroundPriority.currentPolicy, Parallel.map(4) { _ in BackgroundPriority.Level.current })
            }
            return (before, inside, pieces, BackgroundPriority.currentPolicy)
        }
        #expect(before == SCHED_OTHER)
        #expect(inside == BackgroundPriority.idlePolicy)
        #expect(pieces == Array(repeating: BackgroundPriority.Level(niceness: BackgroundPriority.niceness, idle: true), count: 4))
        // Back to the normal class needs the same right as raising niceness.
        #expect(after == before || after == BackgroundPriority.idlePolicy)
        if geteuid() == 0 { #expect(after == before) }
    }

    @Test func aOneOffCommandsBackgroundWorkKeepsTheNormalClass() {
        let inside = onNewThread { BackgroundPriority.run(idle: false) { BackgroundPriority.currentPolicy } }
        #expect(inside == SCHED_OTHER)
    }

    @Test func aForegroundPassAfterAnIdleOneRunsItsPiecesAtFullPriority() {
        // An idle-class pass first (threads it makes start idle-class), then a pass from
        // a thread at full priority: none of its pieces may run in the idle class.
        _ = onNewThread { BackgroundPriority.run(idle: true) { Parallel.map(4) { _ in BackgroundPriority.currentPolicy } } }
        let before = onNewThread { BackgroundPriority.Level.current }
        let pieces = onNewThread { Parallel.map(4) { _ in BackgroundPriority.Level.current } }
        #expect(before.idle == false)
        #expect(pieces == Array(repeating: before, count: 4))
    }
}
