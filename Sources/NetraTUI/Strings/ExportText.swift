import NetraCore

/// Words of the export picker (`e`), per language. Kept beside `UIText`'s main table
/// so the export stays one concept; `ListExportTests` checks both languages
/// define every word.
enum ExportWord: CaseIterable {
    case exportAs, excel, excelHint, csv, csvHint
}

extension UIText {
    func callAsFunction(_ word: ExportWord) -> String { Self.exportWords[language]?[word] ?? "\(word)" }

    static let exportWords: [Language: [ExportWord: String]] = [
        .id: [.exportAs: "Ekspor daftar ini sebagai", .excel: "Excel (.xlsx)", .excelHint: "untuk dibuka di spreadsheet",
              .csv: "CSV (.csv)", .csvHint: "untuk skrip"],
        .en: [.exportAs: "Export this list as", .excel: "Excel (.xlsx)", .excelHint: "to open in a spreadsheet",
              .csv: "CSV (.csv)", .csvHint: "for scripts"],
    ]
}
