/// A row's first date (a filing, a report) more than a year before the row's other
/// dates: most likely its year typed wrong, and every deadline counted from it is then
/// a year early. Known when the row is read, so the message names the columns as the
/// file heads them.
enum DatePlausibility {
    /// The warning for `first` when it lies more than a year before the earliest of
    /// `others` (the dates of the same row that are given), else `nil`.
    static func longBefore<C: ColumnName>(_ first: (column: C, date: CivilDate), others: [(column: C, date: CivilDate?)],
                                          table: CSVTable<C>, countsFrom: Bool) -> Message? {
        let given = others.compactMap { other in other.date.map { (column: other.column, date: $0) } }
        guard let nearest = given.min(by: { $0.date < $1.date }), first.date.adding(months: 12) < nearest.date else { return nil }
        return Messages.longBefore(table.written(first.column), first.date, table.written(nearest.column), nearest.date,
                                   countsFrom: countsFrom)
    }
}
