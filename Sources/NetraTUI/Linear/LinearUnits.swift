import Foundation
import NetraCore

/// A row of the Unit view read with its column names: the unit's whole name, its
/// counts (zero said as zero, where the screen shows `·`), and its state with each
/// current circular.
extension UnitsView {
    func linearRow(_ i: Int, _ input: ViewInput, budget: Int) -> String? {
        LinearPresenter.cut(LinearUnits.row(input, i, SpokenText(text: input.text, zone: input.situation.zone)), to: budget)
    }
}

enum LinearUnits {
    static func row(_ input: ViewInput, _ i: Int, _ spoken: SpokenText) -> String {
        let r = UnitsView().rows(input)
        guard r.order.indices.contains(i) else { return "" }
        let text = input.text, s = r.summaries[r.order[i]]
        var parts = ["\(text(.unit)): \(UntrustedText.sanitized(s.name))"]
        let counts: [(String, Int)] = [
            (text(FollowWord.headcount), s.headcount), (text(.candidates), s.candidates), (text(FollowWord.withoutDecree), s.candidatesWithoutDecree),
            (text(.pendingRetirements), s.pendingRetirements), (text(FollowWord.overdueRequestsShort), s.overdueRequests), (text(.openCases), s.openCases),
        ]
        parts += counts.map { "\($0.0): \($0.1)" }
        for (c, entry) in r.current.enumerated() {
            guard let state = r.state(c, unit: s.unit) else { continue }
            let word = text.unitProgress(state.progress, done: " ")
            parts.append("\(UntrustedText.sanitized(entry.circular.id)): " + spoken.plain(state.isLate ? "\(text(FollowWord.late)), \(word)" : word))
        }
        return parts.joined(separator: "; ") + "."
    }
}
