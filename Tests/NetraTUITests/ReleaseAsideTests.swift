import Foundation
import Testing
@testable import NetraTUI

/// The model the screen let go of is freed on the release queue, never on the thread
/// that hands it over (the terminal loop).
@Suite struct ReleaseAsideTests {
    /// Records the thread its last release ran on.
    final class Probe: @unchecked Sendable {
        let freedOn: UnsafeMutablePointer<pthread_t?>
        init(_ freedOn: UnsafeMutablePointer<pthread_t?>) { self.freedOn = freedOn }
        deinit { freedOn.pointee = pthread_self() }
    }

    @Test func theLastReleaseHappensOffTheCallersThread() {
        let freedOn = UnsafeMutablePointer<pthread_t?>.allocate(capacity: 1)
        freedOn.initialize(to: nil)
        defer { freedOn.deallocate() }
        let aside = ReleaseAside<Probe>()
        aside.keep(Probe(freedOn))
        // Kept until released: the loop's last frame may still refer to it.
        #expect(freedOn.pointee == nil)
        aside.release()
        aside.flush()
        let freed = freedOn.pointee
        #expect(freed != nil)
        #expect(freed.map { pthread_equal($0, pthread_self()) == 0 } == true)
    }

    @Test func keepingAnotherReleasesTheFirst() {
        let first = UnsafeMutablePointer<pthread_t?>.allocate(capacity: 1), second = UnsafeMutablePointer<pthread_t?>.allocate(capacity: 1)
        first.initialize(to: nil)
        second.initialize(to: nil)
        defer { first.deallocate(); second.deallocate() }
        let aside = ReleaseAside<Probe>()
        aside.keep(Probe(first))
        aside.keep(Probe(second))
        aside.flush()
        #expect(first.pointee != nil)
        #expect(second.pointee == nil)
    }
}
