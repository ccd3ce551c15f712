import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The export is the list, whole: every column of every list (the case summary and
/// the officer's unit included), one date format throughout, and the unit filter on
/// Pensiun the same on screen (`F`) as in the file.
@Suite struct ListExportTests {
    /// Every list that exports, with every named filter.
    static let lists: [ViewID] = ViewID.lists

    @Test func everyColumnOfEveryListIsInTheCSVAndTheJSON() throws {
        let model = demoModel()
        #expect(Set(Self.lists) == [.officers, .retirements, .schedule, .cases])
        for view in Self.lists {
            let filters = ListExporter.columns(model, view: view).filters
            for filter in filters {
                var state = UIState(view: view)
                state.filter[view] = filters.firstIndex(of: filter)
                let input = ViewInput(model: model, state: state, style: FrameStyle(language: .en), now: model.situation.now)
                let table = try #require(view.room.table(input))
                let keys = table.fields.filter(\.exported).map(\.key)
                // Only the mark column is left out (it is the candidate star).
                #expect(table.fields.map(\.key).filter { $0 != "mark" } == keys, "\(view) \(filter)")
                let json = try ListExporter.export(model, view: view, language: .en, filters: [filter], sort: nil, format: .json)
                let rows = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [[String: String]])
                #expect(rows.count == table.count, "\(view) \(filter)")
                #expect(rows.allSatisfy { Set($0.keys) == Set(keys) }, "\(view) \(filter)")
                let csv = String(decoding: try ListExporter.export(model, view: view, language: .en, filters: [filter], sort: nil, format: .csv), as: UTF8.self)
                #expect(csv.dropFirst().prefix { $0 != "\r\n" } == table.fields.filter(\.exported).map(\.title).joined(separator: ";"))
            }
        }
        // What issue 20 found missing: the summary of a case, the unit beside a case
        // and a retirement.
        #expect(ListExporter.columns(model, view: .cases).columns.contains("summary"))
        #expect(ListExporter.columns(model, view: .cases).columns.contains("unit"))
        #expect(ListExporter.columns(model, view: .retirements).columns.contains("unit"))
        let cases = try JSONSerialization.jsonObject(with: Data(try ListExporter.export(model, view: .cases, language: .id, filters: ["all"], sort: nil, format: .json))) as? [[String: String]]
        let first = try #require(cases?.first { $0["id"] == "NTR-2023-001" })
        #expect(first["summary"]?.hasPrefix("Patroli pengawasan") == true)
        #expect(first["unit"] == "Kecamatan Balikpapan Utara")
    }

    @Test func everyDateOfEveryExportIsISOInBothLanguages() throws {
        let model = demoModel()
        let day = /^\d{4}-\d{2}-\d{2}$/, minute = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/
        // `1 Okt 2023`, `15 Mei 2023`, `1 Oct 2023`: the screen's dates, never the file's.
        let written = /\b\d{1,2} (Jan|Feb|Mar|Apr|Mei|May|Jun|Jul|Agu|Aug|Sep|Okt|Oct|Nov|Des|Dec) \d{4}\b/
        var dates = 0
        for language in Language.allCases {
            for view in Self.lists {
                let filters = ListExporter.columns(model, view: view).filters
                for filter in filters {
                    var state = UIState(view: view)
                    state.filter[view] = filters.firstIndex(of: filter)
                    let input = ViewInput(model: model, state: state, style: FrameStyle(language: language), now: model.situation.now)
                    let table = try #require(view.room.table(input))
                    for field in table.fields.indices where table.fields[field].exported {
                        for row in 0..<table.count {
                            let value = table.export(row, field)
                            // A summary is the reporter's own words, dates as they wrote them.
                            if table.fields[field].key != "summary" {
                                #expect(value.firstMatch(of: written) == nil, "\(view) \(table.fields[field].key): \(value)")
                            }
                            guard !value.isEmpty else { continue }
                            switch table.fields[field].cell {
                            case .date: #expect(value.wholeMatch(of: day) != nil, "\(view) \(table.fields[field].key): \(value)"); dates += 1
                            case .dateTime: #expect(value.wholeMatch(of: minute) != nil, "\(view) \(table.fields[field].key): \(value)"); dates += 1
                            case .number: #expect(Int(value) != nil, "\(view) \(table.fields[field].key): \(value)")
                            case .text: break
                            }
                        }
                    }
                }
            }
        }
        #expect(dates > 100)
        // The retirement that mixed the two formats in one file (issue 20).
        let csv = String(decoding: try ListExporter.export(model, view: .retirements, language: .id, filters: ["everything"], sort: nil, format: .csv), as: UTF8.self)
        #expect(csv.contains("Ir. Bambang Sutrisno, M.T.;196309041987031001;Dinas Lingkungan Hidup;BUP;2023-05-15;diajukan;2023-10-01;"))
    }

    @Test func pensiunFiltersByUnitOnScreenAndTheExportIsThatList() throws {
        var replay = Replay(model: demoModel(), options: .init(language: .id), size: Size(width: 120, height: 40))
        replay.run("3 f f f f f F")   // Pensiun, every row (the sixth filter), filter by a column
        let picker = replay.frame().text
        #expect(picker.contains("Unit kerja"), "\(picker)")
        replay.type("unit")
        replay.run("Enter")
        replay.type("sekretariat")
        #expect(replay.frame().text.contains("Sekretariat Daerah"))
        replay.run("Enter")
        #expect(replay.session.state.conditions[.retirements] == [FieldCondition(key: "unit", value: "Sekretariat Daerah")])
        let frame = replay.frame()
        #expect(frame.lines[2].contains(" 1/1 "), "\(frame.lines[2])")
        #expect(frame.text.contains("Hendra Wijaya") && !frame.text.contains("Syamsul Bahri"))
        #expect(frame.lines.last!.contains("Unit kerja = Sekretariat Daerah"))
        // `e` offers Excel first, then CSV; the CSV is the filtered list.
        replay.run("e")
        let offer = replay.frame().text
        #expect(offer.contains("Ekspor daftar ini sebagai") && offer.contains("Excel (.xlsx)") && offer.contains("untuk skrip"))
        replay.run("Down Enter")
        guard case .export(let csv)? = replay.effects.last else { Issue.record("no CSV export"); return }
        #expect(csv.name == "netra-pensiun-2023-05-23-100000.csv")
        let lines = String(decoding: csv.bytes, as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 2 && lines[1].hasPrefix("Hendra Wijaya, S.IP., M.AP.;197003141996031001;Sekretariat Daerah;"))
        // And the workbook of the same list, under the name CSV exports get, in .xlsx.
        replay.run("e Enter")
        guard case .export(let workbook)? = replay.effects.last else { Issue.record("no workbook export"); return }
        #expect(workbook.name == "netra-pensiun-2023-05-23-100000.xlsx")
        #expect(Array(workbook.bytes.prefix(2)) == Array("PK".utf8))
        let sheet = try Workbook.sheet(workbook.bytes)
        #expect(sheet.name == "Pensiun")
        #expect(sheet.rows.count == 2)
        #expect(sheet.rows[1].denseCells[1] == .text("197003141996031001"))
        #expect(sheet.rows[1].denseCells.contains(.date(CivilDate(year: 2023, month: 7, day: 1)!)))
        // Esc closes the offer without writing anything.
        func exports() -> Int { replay.effects.filter { if case .export = $0 { true } else { false } }.count }
        let before = exports()
        replay.run("e Esc")
        #expect(exports() == before)
        #expect(replay.session.state.picker == nil)
    }

    @Test func theExportWordsExistInBothLanguages() {
        for language in Language.allCases {
            for word in ExportWord.allCases {
                #expect(UIText.exportWords[language]?[word]?.isEmpty == false, "\(language) \(word)")
            }
        }
    }
}
