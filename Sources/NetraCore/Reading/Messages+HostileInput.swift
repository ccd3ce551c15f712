/// Sentences of the second hostile-input round (issue 24, rows 6–9): headings, dates
/// that cannot be right, loops of circulars, workbook cells. English beside
/// Indonesian like the rest of `Messages`, kept apart so Messages.swift does not grow.
extension Messages {
    // MARK: Headings

    /// A heading with a byte-order mark glued to it (`HeadingLine.withoutStrayBOMs`).
    static func strayBOM(heading: String) -> Message {
        let name = UntrustedText.quoted(heading, limit: 24)
        return Message(
            en: "heading \(name) starts with a stray byte-order mark (an invisible character left when a file is saved twice as \"UTF-8 with BOM\"): read as \(name); save the file once more as CSV UTF-8 to remove it",
            id: "judul kolom \(name) diawali tanda urutan bita (BOM) yang tersesat (karakter tak terlihat yang tertinggal bila berkas dua kali disimpan sebagai \"UTF-8 with BOM\"): dibaca sebagai \(name); simpan sekali lagi sebagai CSV UTF-8 untuk menghapusnya")
    }

    /// More second copies of known columns than are named one by one.
    static func moreDuplicateColumns(_ count: Int) -> Message {
        Message(en: "\(count) more column\(count == 1 ? "" : "s") repeat a column already read; only the first of each is read",
                id: "\(count) kolom lain mengulang kolom yang sudah dibaca; hanya yang pertama dari masing-masing yang dibaca")
    }
}
