import Foundation
import Testing
@testable import NetraCore

/// The alerts' order made in two runs and merged (`AlertOrder.swift`) is the order of
/// sorting all of them at once, equal ones as they came.
@Suite struct AlertOrderTests {
    /// Alerts with few distinct keys, so that exact ties are common; each carries its
    /// place in the whole as `days`, to tell equal alerts apart.
    static func alerts(_ count: Int, seed: UInt64) -> [Alert] {
        var random = SplitMix(state: seed)
        let kinds = Array(Alert.Kind.allCases.prefix(4))
        let severities: [Alert.Severity] = [.info, .warning, .critical]
        return (0..<count).map { i in
            Alert(kind: kinds[Int(random.next() % 4)], severity: severities[Int(random.next() % 3)],
                  nip: NIP(value: 196_501_011_985_011_001 + random.next() % 5), days: i, date: nil)
        }
    }

    @Test(arguments: [0, 1, 17, 500]) func twoSortedRunsMergeIntoTheOrderOfOneSort(split: Int) {
        let all = Self.alerts(500, seed: UInt64(split) + 7)
        // The reference: one sort of everything, ties by place.
        let reference = all.indices.sorted { a, b in
            Alert.mostUrgentFirst(all[a], all[b]) || (!Alert.mostUrgentFirst(all[b], all[a]) && a < b)
        }.map { all[$0].days! }
        var first = Array(all[..<split]), second = Array(all[split...])
        let firstKeys = Alert.sortByUrgency(&first), secondKeys = Alert.sortByUrgency(&second)
        let merged = Alert.mergedByUrgency(first, firstKeys, second, secondKeys)
        #expect(merged.map { $0.days! } == reference)
    }

    @Test func theSituationListsEveryRulesAlertsInTheOrderOfOneSort() throws {
        let dataset = DataFolder.read(from: MemoryFiles(DemoData.files)).dataset
        for moment in [DemoData.storyMoment, DemoData.storyMoment.addingTimeInterval(150 * 86_400)] {
            let situation = Situation(dataset: dataset, now: moment)
            // As the alerts were gathered before the sides sorted their own: every
            // family's in a row, then one stable sort.
            let c = DerivationContext(dataset: dataset, now: moment)
            let deadlines = StageRules.elections(c)
            let ledger = CircularLedger(dataset, today: c.today)
            let kpu = dataset.kpuCheck ?? KPUCrossCheck(dataset: dataset)
            let gathered = CandidateRules(c, elections: deadlines).alerts + RequestRules(c, elections: deadlines).alerts
                + CaseRules(c).alerts + CircularRules.alerts(ledger) + KPUAlerts.alerts(kpu, dataset: dataset)
            let reference = gathered.indices.sorted { a, b in
                Alert.mostUrgentFirst(gathered[a], gathered[b]) || (!Alert.mostUrgentFirst(gathered[b], gathered[a]) && a < b)
            }.map { gathered[$0] }
            func describe(_ a: Alert) -> String { "\(a.kind) \(a.severity) \(String(describing: a.nip)) \(a.caseID ?? a.circularID ?? "")" }
            #expect(situation.alerts.count > 10)
            #expect(situation.alerts.map(describe) == reference.map(describe))
        }
    }
}
