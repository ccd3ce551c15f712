import Foundation
import Testing
@testable import NetraCore

/// A reading's events come in `Kind`'s order, then by key, ties as given: the order
/// the journal and `netra changes` show, whichever part of the diff found them.
@Suite struct JournalOrderTests {
    /// The comparison the events were once sorted by, element by element.
    private func byComparison(_ events: [JournalEvent]) -> [JournalEvent] {
        let order = JournalEvent.Kind.allCases
        return events.sorted {
            let a = order.firstIndex(of: $0.kind)!, b = order.firstIndex(of: $1.kind)!
            return a != b ? a < b : $0.key < $1.key
        }
    }

    @Test func positionsSortedGiveTheOrderTheEventsSortedGave() {
        var generator = SystemRandomNumberGenerator()
        let keys = ["officer:196501011985011001", "case:NTR-2023-001", "case:NTR-2023-010", "alert:b", "alert:a", "Ünit", "unit", "é", "e\u{301}"]
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        for _ in 0..<20 {
            let events = (0..<300).map { k in
                JournalEvent(at: at, kind: JournalEvent.Kind.allCases.randomElement(using: &generator)!,
                             key: keys.randomElement(using: &generator)!, label: "event \(k)")
            }
            #expect(JournalDiff.ordered(events) == byComparison(events))
        }
    }

    @Test func tiesKeepTheOrderGiven() {
        let at = Date(timeIntervalSince1970: 0)
        let events = [JournalEvent(at: at, kind: .alertRaised, key: "k", label: "first"),
                      JournalEvent(at: at, kind: .officerAdded, key: "z", label: "officer"),
                      JournalEvent(at: at, kind: .alertRaised, key: "k", label: "second")]
        #expect(JournalDiff.ordered(events).map(\.label) == ["officer", "first", "second"])
    }
}
