import Foundation
import NetraCore

/// A file the dashboard asks its host to write: its name (in the working folder) and bytes.
public struct ExportFile: Equatable, Sendable {
    public let name: String
    public let bytes: [UInt8]
}

/// The formats a list is exported in.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// UTF-8 with a byte-order mark, `;` between fields, CRLF: what Excel in an
    /// Indonesian locale opens cleanly by double-click.
    case csv
    /// An array of objects keyed by column key (`nip`, `name`…), for other tools.
    case json
    /// An Excel workbook: NIPs as text, dates as dates, the heading bold and frozen,
    /// an autofilter. What a clerk opens; CSV is for scripts.
    case xlsx
}

/// A list's rows with every column, as a file: the same rows and order the screen
/// shows (filter, conditions, search, sort), full names and NIPs, plain values
/// (`diverifikasi`, not `██░░ diverifikasi`; dates as `2023-05-23`).
enum ListExport {
    /// `sheet` names the workbook's sheet (the view's title); CSV and JSON ignore it.
    static func bytes(_ table: Table, format: ExportFormat, sheet: String) throws(XLSXWorkbook.Failure) -> [UInt8] {
        switch format {
        case .csv: csv(table)
        case .json: json(table)
        case .xlsx: try xlsx(table, sheet: sheet)
        }
    }

    static func exportedFields(_ table: Table) -> [Int] { table.fields.indices.filter { table.fields[$0].exported } }

    static func csv(_ table: Table) -> [UInt8] {
        let fields = exportedFields(table)
        var out = "\u{FEFF}" + fields.map { csvField(table.fields[$0].title) }.joined(separator: ";") + "\r\n"
        for row in 0..<table.count {
            out += fields.map { csvField(table.export(row, $0)) }.joined(separator: ";") + "\r\n"
        }
        return Array(out.utf8)
    }

    /// Quoted when it holds `;`, `"` or a line break; a leading `=`, `+`, `-` or `@`
    /// gets an apostrophe so a spreadsheet never runs a cell as a formula. Every
    /// character of the data stays but terminal and bidi controls
    /// (`UntrustedText.exportable`).
    /// All by scalar: a CRLF inside a value is one Character, equal to neither "\r" nor
    /// "\n", and a quote with a combining mark on it is no `"` Character either (nor
    /// would `replacingOccurrences` double it): the file would break at it.
    static func csvField(_ raw: String) -> String {
        var value = UntrustedText.exportable(raw)
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(value) == nil { value = "'" + value }
        guard value.unicodeScalars.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    static func xlsx(_ table: Table, sheet: String) throws(XLSXWorkbook.Failure) -> [UInt8] {
        let fields = exportedFields(table)
        let rows = (0..<table.count).map { row in fields.map { cell(table.export(row, $0), as: table.fields[$0].cell) } }
        return try XLSXWorkbook.bytes(sheet: sheet, headings: fields.map { table.fields[$0].title }, rows: rows)
    }

    /// A typed cell from the exported text; a value that does not read as its column's
    /// kind stays text rather than being lost.
    static func cell(_ value: String, as kind: ExportCell) -> XLSXCell {
        if value.isEmpty { return .empty }
        switch kind {
        case .text: return .text(value)
        case .number: return Int(value).map(XLSXCell.number) ?? .text(value)
        case .date: return isoDay(Substring(value)).map(XLSXCell.date) ?? .text(value)
        case .dateTime:
            let parts = value.split(separator: " ")
            guard parts.count == 2, let day = isoDay(parts[0]) else { return .text(value) }
            let clock = parts[1].split(separator: ":").compactMap { Int($0) }
            guard clock.count == 2, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]) else { return .text(value) }
            return .dateTime(day, minuteOfDay: clock[0] * 60 + clock[1])
        }
    }

    /// `2023-05-23` exactly (the export's own format).
    static func isoDay(_ text: Substring) -> CivilDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// `2023-05-23 10:00` on the city's clock: one format for every time an export holds.
    static func isoMinute(_ date: Date, zone: TimeZone) -> String {
        let day = CivilDate(date, in: zone)
        let seconds = Int(date.timeIntervalSince(day.instant(in: zone)))
        return day.description + String(format: " %02d:%02d", seconds / 3600, seconds / 60 % 60)
    }

    static func json(_ table: Table) -> [UInt8] {
        let fields = exportedFields(table)
        var out = "[\n"
        for row in 0..<table.count {
            let pairs = fields.map { "\(jsonString(table.fields[$0].key)): \(jsonString(table.export(row, $0)))" }
            out += "  {" + pairs.joined(separator: ", ") + "}" + (row == table.count - 1 ? "\n" : ",\n")
        }
        return Array((out + "]\n").utf8)
    }

    /// A JSON string of the value as `UntrustedText.exportable` keeps it; the line
    /// breaks and tabs it keeps are escaped, as JSON requires of every C0 character.
    static func jsonString(_ raw: String) -> String {
        var out = "\""
        for scalar in UntrustedText.exportable(raw).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `netra-pegawai-2023-05-23-1000.csv`: the view's name in the interface
    /// language and the local time, so exports sort by when they were made.
    static func fileName(view: ViewID, at now: Date, zone: TimeZone, language: Language, format: ExportFormat = .csv) -> String {
        let time = TimeText(zone: zone, text: UIText.table(for: language))
        let (day, seconds) = time.parts(now)
        let name = view.title(UIText.table(for: language)).lowercased()
        return String(format: "netra-%@-%@-%02d%02d%02d.%@", name, day.description, seconds / 3600, seconds / 60 % 60, seconds % 60, format.rawValue)
    }
}

/// Lists out of a data folder without a screen: `netra export`.
public enum ListExporter {
    /// Why an export cannot be made as asked (a usage problem), in both languages.
    public struct Problem: Error, CustomStringConvertible {
        public let message: Message
        public var description: String { message.english }
    }

    /// The rows of `view` with every column: filtered by a named filter and by
    /// column values (`key=value`), sorted by `sort` (`key` or `-key`).
    public static func export(_ model: DashboardModel, view: ViewID, language: Language, filters: [String], sort: String?,
                              format: ExportFormat) throws(Problem) -> [UInt8] {
        var state = UIState(view: view)
        let style = FrameStyle(language: language)
        // A province's list is read through its lens, as on screen.
        func input(_ state: UIState) -> ViewInput {
            ViewInput(model: model, state: state, style: style, now: model.situation.now, province: model.province)
        }
        let probe = input(state)
        // A province's list is every site's rows with the Wilayah column, as on screen.
        let room = view.room(for: probe)
        let name = viewName(view)
        guard view.isList, let table = room.table(probe) else {
            throw Problem(message: Messages.exportNotAList(name, lists: ViewID.lists.map(viewName)))
        }
        let keys = table.fields.filter(\.exported).map(\.key)
        let presets = view.filterNames
        for filter in filters {
            if let eq = filter.firstIndex(of: "=") {
                let key = String(filter[..<eq]).trimmingCharacters(in: .whitespaces)
                guard keys.contains(key) else {
                    throw Problem(message: Messages.exportNotAColumn(option: "--filter", key: key, view: name, columns: keys))
                }
                state.conditions[view, default: []].append(FieldCondition(key: key, value: String(filter[filter.index(after: eq)...])))
            } else if let preset = presets.firstIndex(where: { $0.lowercased() == filter.lowercased() }) {
                state.filter[view] = preset
            } else {
                throw Problem(message: Messages.exportNotAFilter(filter, view: name, filters: presets))
            }
        }
        if let sort {
            let descending = sort.hasPrefix("-") || sort.hasSuffix(":desc")
            let key = sort.replacingOccurrences(of: ":desc", with: "").replacingOccurrences(of: ":asc", with: "")
                .trimmingCharacters(in: CharacterSet(charactersIn: "-+"))
            guard keys.contains(key) else {
                throw Problem(message: Messages.exportNotAColumn(option: "--sort", key: sort, view: name, columns: keys))
            }
            state.sortColumn[view] = ColumnSort(key: key, descending: descending)
        }
        state.conditions[view] = asShown(state.conditions[view] ?? [], room: room, input(state))
        do {
            return try ListExport.bytes(room.table(input(state))!, format: format, sheet: view.title(UIText.table(for: language)))
        } catch {
            throw Problem(message: Messages.exportWorkbookFailed(String(describing: error)))
        }
    }

    /// Each `KEY=VALUE` with its value spelled as the list shows it: a command line
    /// typed `unit=dinas perhubungan` means `Dinas Perhubungan`, as the search and the
    /// pickers fold case and accents. A value no row shows is kept (no rows, as on screen).
    static func asShown(_ conditions: [FieldCondition], room: any ViewRoom, _ input: ViewInput) -> [FieldCondition] {
        guard let table = room.table(input) else { return conditions }
        return conditions.map { condition in
            let folded = SearchIndex.fold(condition.value)
            guard let shown = table.values(condition.key).first(where: { SearchIndex.fold($0.value) == folded }) else { return condition }
            return FieldCondition(key: condition.key, value: shown.value)
        }
    }

    /// The view's command-line names, for messages in either language.
    static func viewName(_ view: ViewID) -> Messages.ViewName {
        Messages.ViewName(en: view.names[0], id: view.names.count > 1 ? view.names[1] : view.names[0])
    }

    /// The columns and named filters of a view, for help texts and messages.
    public static func columns(_ model: DashboardModel, view: ViewID) -> (columns: [String], filters: [String]) {
        let input = ViewInput(model: model, state: UIState(view: view), style: FrameStyle(language: .en), now: model.situation.now)
        let keys = view.room.table(input)?.fields.filter(\.exported).map(\.key) ?? []
        return (keys, view.isList ? view.filterNames : [])
    }
}
