import Foundation
import NetraCore

/// A row of the Edaran view read with its column names: the circular, the one it
/// follows, who issued it and when, units done of units due, its due date and how
/// many units are late, its subject.
extension CircularsView {
    func linearRow(_ i: Int, _ input: ViewInput, budget: Int) -> String? {
        LinearPresenter.cut(LinearCirculars.row(input, i, SpokenText(text: input.text, zone: input.situation.zone), budget: budget), to: budget)
    }
}

enum LinearCirculars {
    static func row(_ input: ViewInput, _ i: Int, _ spoken: SpokenText, budget: Int) -> String {
        let indices = CircularsView().indices(input)
        guard indices.indices.contains(i) else { return "" }
        let text = input.text, ledger = input.situation.circulars
        let e = ledger.entries[indices[i]], c = e.circular
        var parts = ["\(text(FollowWord.circular)): \(UntrustedText.sanitized(c.id))"]
        if let parent = e.parent { parts.append("\(text(FollowWord.follows)): \(UntrustedText.sanitized(ledger.entries[parent].circular.id))") }
        parts.append("\(text(FollowWord.issuer)): \(UntrustedText.sanitized(c.issuer))")
        parts.append("\(text(FollowWord.issued)): \(spoken.date(c.issuedOn))")
        parts.append("\(text(FollowWord.completion)): \(text.linearOf("\(e.done)", "\(e.due)"))")
        if let due = c.dueOn { parts.append("\(text(.due)): \(spoken.date(due)), " + spoken.plain(text.daysToDue(e.daysToDue))) }
        parts.append("\(text(FollowWord.late)): \(e.late)")
        // The subject is what gives way: cut between words to the room the rest leaves.
        let head = parts.joined(separator: "; ") + "; \(text(FollowWord.subject)): "
        let subject = LinearPresenter.cut(spoken.plain(c.subject), to: max(8, budget - head.count))
        return LinearPresenter.sentence(head + subject)
    }
}
