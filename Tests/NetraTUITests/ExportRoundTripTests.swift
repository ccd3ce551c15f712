import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Issue 24, row 9: an export keeps every character the data has except the terminal
/// and bidi controls `UntrustedText.exportable` names (a name with U+200B was written
/// `�`). Proven by reading the CSV and the JSON back: of the demo (every list, every
/// value as the list holds it) and of a roster whose names hold a character of every
/// Unicode general category.
@Suite struct ExportRoundTripTests {
    /// A small RFC 4180 reader for what `ListExport.csv` writes: a byte-order mark,
    /// `;`, CRLF between records, quotes doubled inside quoted fields; and the
    /// apostrophe put before a leading `=`, `+`, `-` or `@` taken off again (a
    /// spreadsheet shows the value without it).
    static func readCSV(_ bytes: [UInt8]) -> [[String]] {
        var text = String(decoding: bytes, as: UTF8.self).unicodeScalars[...]
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        var records: [[String]] = [], fields: [String] = [], field = String.UnicodeScalarView()
        var quoted = false, index = text.startIndex
        func endField() {
            var value = String(field)
            if value.count > 1, value.first == "'", "=+-@".contains(value.dropFirst().first!), Double(value.dropFirst()) == nil {
                value.removeFirst()
            }
            fields.append(value)
            field = String.UnicodeScalarView()
        }
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            if quoted {
                if c == "\"" {
                    if next < text.endIndex && text[next] == "\"" { field.append("\""); index = text.index(after: next); continue }
                    quoted = false
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == ";" {
                endField()
            } else if c == "\r", next < text.endIndex, text[next] == "\n" {
                endField()
                records.append(fields)
                fields = []
                index = text.index(after: next)
                continue
            } else {
                field.append(c)
            }
            index = next
        }
        return records
    }

    /// The export of `view` as CSV and as JSON, read back: the heading keys and the
    /// rows as `[key: value]`.
    static func readBack(_ model: DashboardModel, _ view: ViewID, filter: String) throws -> (csv: [[String: String]], json: [[String: String]]) {
        let filters = ListExporter.columns(model, view: view).filters
        var state = UIState(view: view)
        state.filter[view] = filters.firstIndex(of: filter)
        let input = ViewInput(model: model, state: state, style: FrameStyle(language: .en), now: model.situation.now)
        let keys = try #require(view.room.table(input)).fields.filter(\.exported).map(\.key)
        let csvBytes = try ListExporter.export(model, view: view, language: .en, filters: [filter], sort: nil, format: .csv)
        let jsonBytes = try ListExporter.export(model, view: view, language: .en, filters: [filter], sort: nil, format: .json)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(jsonBytes)) as? [[String: String]])
        let records = readCSV(csvBytes)
        #expect(records.first?.count == keys.count)
        let csv = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(keys, $0)) }
        return (csv, json)
    }

    /// Every list of the demo, with each of its filters: what comes back from the CSV
    /// and from the JSON is, value for value, what the list holds.
    @Test func theDemoComesBackAsTheListHoldsIt() throws {
        let model = demoModel()
        for view in ViewID.lists {
            let filters = ListExporter.columns(model, view: view).filters
            for (index, filter) in filters.enumerated() {
                var state = UIState(view: view)
                state.filter[view] = index
                let input = ViewInput(model: model, state: state, style: FrameStyle(language: .en), now: model.situation.now)
                let table = try #require(view.room.table(input))
                let fields = table.fields.indices.filter { table.fields[$0].exported }
                let expected = (0..<table.count).map { row in
                    Dictionary(uniqueKeysWithValues: fields.map { (table.fields[$0].key, table.export(row, $0)) })
                }
                let back = try Self.readBack(model, view, filter: filter)
                #expect(back.csv == expected, "\(view) \(filter) csv")
                #expect(back.json == expected, "\(view) \(filter) json")
            }
        }
    }

    /// One scalar of every general category but the surrogates (which UTF-8 cannot
    /// carry: the reader repairs such bytes to U+FFFD), the first of each in code
    /// point order, plus the characters the issue and the screen care about.
    static let samples: [Unicode.Scalar] = {
        var first: [Unicode.GeneralCategory: Unicode.Scalar] = [:]
        for value in 0x80...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), first[scalar.properties.generalCategory] == nil else { continue }
            first[scalar.properties.generalCategory] = scalar
        }
        let extra: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\t", "\u{7F}", "\u{85}", "\u{9B}", "\u{200B}", "\u{200C}", "\u{200D}",
                                       "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}",
                                       "\u{2066}", "\u{2069}", "\u{2028}", "\u{2029}", "\u{E000}", "\u{FFFD}", "\u{1F600}"]
        return first.values.sorted { $0.value < $1.value } + extra
    }()

    /// What an export should write for `text`: the terminal and bidi controls replaced
    /// (TAB, LF and the CR of a CRLF kept), nothing else touched. Written out here
    /// rather than calling `UntrustedText.exportable`, so the test states the rule.
    static func expected(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            let crlf = s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
            switch s.value {
            case 0x09, 0x0A: out.append(s)
            case 0x0D where crlf: out.append(s)
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    @Test func everyGeneralCategoryComesBackButTerminalAndBidiControls() throws {
        let categories = Set(Self.samples.map(\.properties.generalCategory))
        #expect(categories.count == 29)  // the 30 categories but `surrogate`
        #expect(!categories.contains(.surrogate))
        // One officer per sample, its name `Nama <sample> Akhir` (inside the name, as
        // the reader trims only the ends); a LF and a CRLF need quotes in the CSV file.
        var roster = "NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG\r\n"
        var names: [String: String] = [:]
        let texts = Self.samples.map { "Nama " + String($0) + " Akhir" } + ["Baris\nbaru", "Baris\r\nbaru", "Tab\tdi tengah", "Kutip \"\u{0301} bertanda; titik koma", "=SUM(A1)", "-x"]
        for (i, name) in texts.enumerated() {
            let nip = "197003141996031" + String(format: "%03d", i + 1)
            let cell = name.unicodeScalars.contains { $0 == "\n" || $0 == "\"" || $0 == ";" }
                ? "\"" + name.replacingOccurrences(of: "\"", with: "\"\"", options: .literal) + "\"" : name
            roster += "\(nip);\(cell);Dinas Kesehatan;Staf;III/a\r\n"
            names[nip] = name
        }
        let model = demoModel(replacing: [.officers: roster, .candidates: "nip;pencalonan\r\n"], removing: [.kpu])
        #expect(model.dataset.officers.count == texts.count)
        let back = try Self.readBack(model, .officers, filter: ListExporter.columns(model, view: .officers).filters[0])
        #expect(back.csv.count == texts.count && back.json.count == texts.count)
        for (csvRow, jsonRow) in zip(back.csv, back.json) {
            let nip = try #require(csvRow["nip"])
            let written = try #require(names[nip.replacingOccurrences(of: " ", with: "")])
            let expected = Self.expected(written)
            #expect(csvRow["name"] == expected, "csv \(written.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(jsonRow["name"] == expected, "json \(written.unicodeScalars.map { String($0.value, radix: 16) })")
            // What the issue found rewritten is kept; what would steer a terminal or
            // reorder the line is not.
            if written.unicodeScalars.contains("\u{200B}") { #expect(csvRow["name"] == written) }
            if written.unicodeScalars.contains("\u{202E}") { #expect(csvRow["name"]?.unicodeScalars.contains("\u{202E}") == false) }
        }
        // The CRLF inside a name is a line break, kept as written.
        #expect(back.json.contains { $0["name"] == "Baris\r\nbaru" })
        #expect(UntrustedText.exportable("a\rb") == "a\u{FFFD}b")
    }
}
