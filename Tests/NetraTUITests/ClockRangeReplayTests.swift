import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// A kiosk left running at the ends of the clock range rotates through every page, the
/// overview's retirement chart included, without a trap (issue 24, row 2).
@Suite struct ClockRangeReplayTests {
    @Test func aKioskRotatesThroughEveryPageAtTheRangeEnds() {
        for instant in ["1900-01-01T00:00:00Z", "1900-01-01T00:00:00+14:00", "2200-12-31T23:59:59Z", "2200-12-31T23:59:59-12:00"] {
            var replay = Replay(model: demoModel(at: instant), options: .init(kiosk: true))
            var seen = Set<String>()
            for _ in 0..<12 {
                seen.insert(replay.frame().lines[1])
                replay.run("+21s")
            }
            // The demo's kiosk shows several pages; each was drawn at least once.
            #expect(seen.count >= 2, "\(instant)")
            #expect(seen.contains { $0.contains("● Ringkasan") }, "\(instant)")
        }
    }

    @Test func everyDashboardViewDrawsAtTheRangeEnds() {
        for instant in ["1900-01-01T00:00:00Z", "2200-12-31T23:59:59Z"] {
            var replay = Replay(model: demoModel(at: instant))
            for key in ["1", "2", "3", "4", "5", "6", "7"] {
                replay.run(key)
                #expect(replay.frame().lines.count == 40, "\(instant) view \(key)")
            }
        }
    }
}
