/// One column of a table: a title, a minimum width, how much spare room it takes, and
/// how early it is dropped when the screen is narrow (higher drops first).
struct Column {
    let title: String
    let width: Int
    var flex: Int = 0
    var dropOrder: Int = 0
    var alignRight = false

    /// Widths for `columns` in `total` columns (one space between columns); 0 = hidden.
    static func layout(_ columns: [Column], in total: Int) -> [Int] {
        var shown = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            let visible = columns.indices.filter { shown[$0] }
            return visible.reduce(0) { $0 + columns[$1].width } + max(0, visible.count - 1)
        }
        while needed() > total, let drop = columns.indices.filter({ shown[$0] && columns[$0].dropOrder > 0 })
            .max(by: { columns[$0].dropOrder < columns[$1].dropOrder }) {
            shown[drop] = false
        }
        var widths = columns.indices.map { shown[$0] ? columns[$0].width : 0 }
        let spare = total - needed()
        let flexTotal = columns.indices.filter { shown[$0] }.reduce(0) { $0 + columns[$1].flex }
        if spare > 0 && flexTotal > 0 {
            var given = 0
            let flexible = columns.indices.filter { shown[$0] && columns[$0].flex > 0 }
            for (n, i) in flexible.enumerated() {
                let share = n == flexible.count - 1 ? spare - given : spare * columns[i].flex / flexTotal
                widths[i] += share
                given += share
            }
        }
        return widths
    }
}
