/// Sentences about which sheet of a workbook was read and about the shape of a sheet
/// (repeated rows, cells outside the heading), kept apart from Messages+Workbook.swift.
extension Messages {
    /// `name` is already quoted by the caller.
    static func onlyHiddenSheets(_ name: String) -> Message {
        Message(en: "\(name) shows no sheet: every sheet is hidden. Unhide the sheet that holds the table (right-click a sheet tab, Unhide)",
                id: "\(name) tidak menampilkan sheet apa pun: semua sheet tersembunyi. Tampilkan sheet yang berisi tabel (klik kanan tab sheet, Unhide/Tampilkan)")
    }

    /// Which sheet was read when the workbook has more than one, and why.
    static func sheetChosen(_ sheet: String, _ choice: SheetChoice, tableNames: [String]) -> Message {
        let name = UntrustedText.quoted(sheet, limit: 40)
        let why: Message = switch choice.reason {
        case .named: Message(en: "it is named like the table", id: "namanya sesuai tabel")
        case .active: Message(en: "it is the sheet the workbook opens on", id: "sheet itu yang terbuka saat workbook dibuka")
        case .first: Message(en: "it is the first visible sheet", id: "sheet itu yang pertama terlihat")
        }
        let hint = tableNames.prefix(2).map { "'\($0)'" }.joined(separator: " / ")
        let n = choice.visible, h = choice.hidden
        let read = Message(en: "read sheet \(name) of \(n) visible sheet\(n == 1 ? "" : "s") because ",
                           id: "dibaca sheet \(name) dari \(n) sheet yang terlihat, karena ")
        let hidden = h == 0 ? Message(en: "", id: "")
            : Message(en: "; \(h) hidden sheet\(h == 1 ? " is" : "s are") never read", id: "; \(h) sheet tersembunyi tidak pernah dibaca")
        let rename = choice.reason == .named ? Message(en: "", id: "")
            : Message(en: "; to have another sheet read, name it \(hint)", id: "; agar sheet lain yang dibaca, beri nama \(hint)")
        return read + why + hidden + rename
    }

    /// A row the file repeats (LibreOffice saves identical rows that way): read once.
    static func rowRepeated(_ times: Int, first: Int) -> Message {
        let last = first + times - 1
        return Message(en: "this row is repeated \(times) times in the file (rows \(first)–\(last)); it is read once, the copies are left out",
                       id: "baris ini diulang \(times) kali di berkas (baris \(first)–\(last)); dibaca sekali, salinannya tidak dihitung")
    }

    /// Cells to the right of the heading row's last heading: no column to put them in.
    static func cellsOutsideHeading(_ count: Int) -> Message {
        Message(en: "\(count) cell\(count == 1 ? "" : "s") to the right of the last heading \(count == 1 ? "is" : "are") ignored (the first is here): give the column a heading if it belongs to the table",
                id: "\(count) sel di sebelah kanan judul kolom terakhir diabaikan (yang pertama di sini): beri judul kolomnya jika termasuk tabel")
    }
}
