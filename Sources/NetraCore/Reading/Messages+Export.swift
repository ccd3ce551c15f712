/// The table's sentences about `netra export` and the dashboard's export (`e`),
/// English beside Indonesian like the rest of `Messages`; kept apart so Messages.swift
/// does not grow further. A view is named in each language by its command-line name
/// (`cases` / `kasus`), which `--view` accepts in either.
extension Messages {
    /// A view's command-line names, English and Indonesian.
    public struct ViewName: Sendable {
        public let en: String
        public let id: String
        public init(en: String, id: String) {
            self.en = en
            self.id = id
        }
    }

    public static func exportNotAList(_ view: ViewName, lists: [ViewName]) -> Message {
        Message(en: "the \(view.en) view is not a list; export one of: \(lists.map(\.en).joined(separator: ", "))",
                id: "tampilan \(view.id) bukan daftar; ekspor salah satu dari: \(lists.map(\.id).joined(separator: ", "))")
    }

    /// `option` is `--filter` or `--sort`; `key` is the user's text (quoted and cleaned).
    public static func exportNotAColumn(option: String, key: String, view: ViewName, columns: [String]) -> Message {
        let k = UntrustedText.quoted(key), list = columns.joined(separator: ", ")
        return Message(en: "\(option) \(k) is not a column of \(view.en): \(list)",
                       id: "\(option) \(k) bukan kolom \(view.id): \(list)")
    }

    public static func exportNotAFilter(_ filter: String, view: ViewName, filters: [String]) -> Message {
        let f = UntrustedText.quoted(filter), list = filters.joined(separator: ", ")
        return Message(en: "--filter \(f) is neither KEY=VALUE nor a filter of \(view.en): \(list)",
                       id: "--filter \(f) bukan KUNCI=NILAI dan bukan saringan \(view.id): \(list)")
    }

    /// A workbook is binary: written to a terminal it is noise, and can leave the
    /// terminal in a strange state.
    public static func exportWorkbookToTerminal(example: String) -> Message {
        Message(en: "an Excel workbook is a binary file and cannot be shown in the terminal: send it into a file, e.g. \(example)",
                id: "workbook Excel adalah berkas biner dan tidak bisa ditampilkan di terminal: arahkan ke berkas, misalnya \(example)")
    }

    public static func exportWorkbookFailed(_ reason: String) -> Message {
        let r = UntrustedText.quoted(reason, limit: 120)
        return Message(en: "the workbook could not be written: \(r)", id: "workbook tidak dapat ditulis: \(r)")
    }
}
