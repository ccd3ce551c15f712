/// What `DataFolder.assemble` derived from the roster last time, kept for the next
/// assembly of a live folder: when `officers.csv` and `candidates.csv` are the same
/// reads as before (`FileOutcome.generation`), the merged roster, its facts, its units
/// and its KPU cross-check are taken as they are.
///
/// Why: a reload of `cases.csv` beside 100k officers used to merge the candidates into
/// the roster again, rebuild the unit directory and match KPU's lists again — all of
/// it work on files that had not changed. Now a reload costs what its file touches.
///
/// Confined to one thread (the live folder's reload thread); a one-off read passes no
/// cache and derives everything.
public final class AssemblyCache: @unchecked Sendable {
    /// The reads the roster came from; unnumbered reads (0) never match.
    struct RosterKey: Equatable {
        var officers: UInt64
        var candidates: UInt64
        var isNumbered: Bool { officers != 0 }
    }

    /// The roster after merging `candidates.csv`, and what the merge said.
    struct Merged {
        var key: RosterKey
        var roster: OfficerRoster
        /// The roster's own diagnostics, with skipped candidates' rows marked.
        var rosterDiagnostics: [Diagnostic]
        var mergeFindings: [Diagnostic]
        var facts: RosterFacts
    }

    /// A part derived from the roster and some other reads (settings, `kpu/`, …).
    struct Derived<Value> {
        var key: RosterKey
        var others: [UInt64]
        var value: Value
    }

    var merged: Merged?
    var units: Derived<UnitDirectory>?
    var kpuCheck: Derived<KPUCrossCheck>?

    public init() {}

    /// The cached part for this roster and these other reads, if any.
    static func hit<Value>(_ entry: Derived<Value>?, _ key: RosterKey, _ others: [UInt64]) -> Value? {
        guard key.isNumbered, !others.contains(0), let entry, entry.key == key, entry.others == others else { return nil }
        return entry.value
    }
}
