import Foundation
import NetraCore

/// A list view's row read with its column names (`Nama: Hendra Saputra; Unit: …`):
/// every column the export writes, in the screen's order, with the value a file
/// would get (whole names, no bars) — dates as the screen words them, then spoken.
enum LinearTable {
    static func row(_ table: Table, _ i: Int, _ text: UIText, _ spoken: SpokenText, budget: Int) -> String {
        guard i < table.count else { return "" }
        var parts: [(priority: Int, text: String)] = []
        for (f, spec) in table.fields.enumerated() {
            // Marks (the candidate star) are said by the columns beside them.
            guard spec.exported else { continue }
            // A date's export is `2023-10-03`; the screen's `3 Okt 2023` is spoken whole.
            let raw = spec.cell == .date || spec.cell == .dateTime ? table.text(i, f) : table.export(i, f)
            let value = spoken.plain(raw)
            guard !value.isEmpty, value != "—", value != "·" else { continue }
            let title = spec.title.isEmpty ? text.linearUnnamedField() : spoken.plain(spec.title)
            parts.append((spec.priority, "\(title): \(value)"))
        }
        // One row, one line: the columns a narrow screen drops first give way first
        // (the detail, `Enter`, reads them all).
        func joined() -> String { parts.map(\.text).joined(separator: "; ") + "." }
        while joined().count > budget, parts.count > 1, let worst = parts.indices.max(by: { parts[$0].priority <= parts[$1].priority }) {
            parts.remove(at: worst)
        }
        return LinearPresenter.cut(joined(), to: budget)
    }
}
