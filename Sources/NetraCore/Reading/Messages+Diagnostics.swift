/// Sentences that used to reach a `Diagnostic` as plain English: each is a table
/// entry in both languages now. Part of the one message table (`Messages`).
extension Messages {
    /// After the first 20 rows with too many fields, the rest are counted in one line.
    static func moreRowsWithTooManyFields(_ count: Int) -> Message {
        Message(en: "\(count) more row\(count == 1 ? " has" : "s have") more fields than the heading",
                id: "\(count) baris lain berisi lebih banyak kolom daripada baris judul")
    }
}
