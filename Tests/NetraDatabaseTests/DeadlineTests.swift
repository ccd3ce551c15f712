import Foundation
@testable import NetraDatabase
import Testing

/// The feed's stall watch: a refresh that keeps reporting rows is never cut off, however
/// long it takes; one that stops is; a connection that is gone ends the wait without
/// waiting out the limit. Nothing here measures time: the limits are far from the
/// steps, and each case is decided by what came back (a value or `Stalled`), not by how
/// fast.
@Suite struct DeadlineTests {
    struct Finished: Error {}

    @Test func aReadThatKeepsMovingOutlastsTheLimit() async throws {
        // Forty rows 50 ms apart: four times the limit in all, never a second quiet.
        let value = try await Deadline.run(0.5, on: FeedExecutor()) { progress in
            for _ in 0..<40 {
                try await Task.sleep(nanoseconds: 50_000_000)
                progress.beat()
            }
            return 40
        }
        #expect(value == 40)
    }

    @Test func aSilentQueryIsGivenUp() async {
        await #expect(throws: Stalled.self) {
            try await Deadline.run(0.2, on: FeedExecutor()) { _ in
                // Never a row: the answer would come after a minute.
                try? await Task.sleep(nanoseconds: 60_000_000_000)
                return 0
            }
        }
    }

    @Test func aClosedConnectionEndsTheWaitBeforeTheLimit() async {
        // Without `gone` this would return 0 after a minute, well inside the hour.
        await #expect(throws: Stalled.self) {
            try await Deadline.run(3600, on: FeedExecutor(), gone: { true }) { _ in
                try? await Task.sleep(nanoseconds: 60_000_000_000)
                return 0
            }
        }
    }
}
