import Foundation

/// Finds the line of a key in TOML source text.
///
/// TOMLKit reports positions for syntax errors only; values come without them. This
/// index scans the text once and remembers where each `key =` stands, per table —
/// enough to point a clerk at the right line when a value is wrong.
struct TOMLLineIndex {
    private var keyLines: [String: Int] = [:]
    private var headerLines: [String: Int] = [:]

    init(_ text: String) {
        var context = ""
        var arrayCounts: [String: Int] = [:]
        var lineNumber = 0
        var inMultilineString = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            let quotes = line.components(separatedBy: "\"\"\"").count - 1 + line.components(separatedBy: "'''").count - 1
            if inMultilineString {
                if quotes % 2 == 1 { inMultilineString = false }
                continue
            }
            if quotes % 2 == 1 { inMultilineString = true }
            if line.hasPrefix("[[") {
                let name = Self.bare(line.dropFirst(2).prefix(while: { $0 != "]" }))
                let index = arrayCounts[name, default: 0]
                arrayCounts[name] = index + 1
                context = "\(name)#\(index)"
                headerLines[context] = lineNumber
            } else if line.hasPrefix("[") {
                context = Self.bare(line.dropFirst().prefix(while: { $0 != "]" }))
                headerLines[context] = lineNumber
            } else if let eq = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.bare(line[..<eq])
                let fullKey = context.isEmpty ? key : "\(context).\(key)"
                if keyLines[fullKey] == nil { keyLines[fullKey] = lineNumber }
            }
        }
    }

    private static func bare(_ s: Substring) -> String {
        s.trimmingCharacters(in: [" ", "\t", "\"", "'"])
    }

    /// The line of `key` in the top level (`table == nil`), in `[table]`, or in the
    /// `index`-th `[[table]]`.
    func line(of key: String, in table: String? = nil, index: Int? = nil) -> Int? {
        guard let table else { return keyLines[key] }
        let context = index.map { "\(table)#\($0)" } ?? table
        return keyLines["\(context).\(key)"] ?? headerLines[context]
    }

    /// The line of a `[table]` or the `index`-th `[[table]]` header.
    func headerLine(_ table: String, index: Int? = nil) -> Int? {
        headerLines[index.map { "\(table)#\($0)" } ?? table]
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String { String(self).trimmingCharacters(in: set) }
}
