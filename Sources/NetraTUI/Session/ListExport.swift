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
}

/// A list's rows with every column, as a file: the same rows and order the screen
/// shows (filter, conditions, search, sort), full names and NIPs, plain values
/// (`diverifikasi`, not `██░░ diverifikasi`; dates as `2023-05-23`).
enum ListExport {
    static func bytes(_ table: Table, format: ExportFormat) -> [UInt8] {
        format == .csv ? csv(table) : json(table)
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
    /// gets an apostrophe so a spreadsheet never runs a cell as a formula.
    static func csvField(_ raw: String) -> String {
        var value = UntrustedText.sanitized(raw)
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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

    static func jsonString(_ raw: String) -> String {
        var out = "\""
        for scalar in UntrustedText.sanitized(raw).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
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
    /// Why an export cannot be made as asked (a usage problem).
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// The rows of `view` with every column: filtered by a named filter and by
    /// column values (`key=value`), sorted by `sort` (`key` or `-key`).
    public static func export(_ model: DashboardModel, view: ViewID, language: Language, filters: [String], sort: String?,
                              format: ExportFormat) throws(Problem) -> [UInt8] {
        var state = UIState(view: view)
        let style = FrameStyle(language: language)
        let room = view.room
        let probe = ViewInput(model: model, state: state, style: style, now: model.situation.now)
        guard view.isList, let table = room.table(probe) else {
            throw Problem(description: "the \(view.names[0]) view is not a list; export one of: \(ViewID.lists.map { $0.names[0] }.joined(separator: ", "))")
        }
        let keys = table.fields.filter(\.exported).map(\.key)
        let presets = view.filterNames
        for filter in filters {
            if let eq = filter.firstIndex(of: "=") {
                let key = String(filter[..<eq]).trimmingCharacters(in: .whitespaces)
                guard keys.contains(key) else {
                    throw Problem(description: "--filter '\(UntrustedText.sanitized(key))' is not a column of \(view.names[0]): \(keys.joined(separator: ", "))")
                }
                state.conditions[view, default: []].append(FieldCondition(key: key, value: String(filter[filter.index(after: eq)...])))
            } else if let preset = presets.firstIndex(where: { $0.lowercased() == filter.lowercased() }) {
                state.filter[view] = preset
            } else {
                throw Problem(description: "--filter '\(UntrustedText.sanitized(filter))' is neither KEY=VALUE nor a filter of \(view.names[0]): \(presets.joined(separator: ", "))")
            }
        }
        if let sort {
            let descending = sort.hasPrefix("-") || sort.hasSuffix(":desc")
            let key = sort.replacingOccurrences(of: ":desc", with: "").replacingOccurrences(of: ":asc", with: "")
                .trimmingCharacters(in: CharacterSet(charactersIn: "-+"))
            guard keys.contains(key) else {
                throw Problem(description: "--sort '\(UntrustedText.sanitized(sort))' is not a column of \(view.names[0]): \(keys.joined(separator: ", "))")
            }
            state.sortColumn[view] = ColumnSort(key: key, descending: descending)
        }
        let input = ViewInput(model: model, state: state, style: style, now: model.situation.now)
        return ListExport.bytes(room.table(input)!, format: format)
    }

    /// The columns and named filters of a view, for help texts and messages.
    public static func columns(_ model: DashboardModel, view: ViewID) -> (columns: [String], filters: [String]) {
        let input = ViewInput(model: model, state: UIState(view: view), style: FrameStyle(language: .en), now: model.situation.now)
        let keys = view.room.table(input)?.fields.filter(\.exported).map(\.key) ?? []
        return (keys, view.isList ? view.filterNames : [])
    }
}
