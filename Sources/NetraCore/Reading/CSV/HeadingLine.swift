/// What is done to a heading line before its headings are matched to columns.
enum HeadingLine {
    /// The headings without byte-order marks (U+FEFF), and the field of the first that
    /// had one. A file saved twice as "UTF-8 with BOM" starts with two marks: the
    /// scanner drops the first as the file's own, and the second stays glued to the
    /// first heading, invisible in every editor (`'\u{FEFF}NIP'` read as an unknown
    /// column, the roster refused for want of `nip`). It is read as the heading it
    /// hides and named in a warning.
    static func withoutStrayBOMs(_ headings: [String]) -> (headings: [String], firstStray: Int?) {
        var firstStray: Int?
        var cleaned = headings
        for (index, heading) in headings.enumerated() where heading.unicodeScalars.contains("\u{FEFF}") {
            if firstStray == nil { firstStray = index }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: heading.unicodeScalars.lazy.filter { $0 != "\u{FEFF}" })
            cleaned[index] = String(scalars).trimmingSpaces()
        }
        return (cleaned, firstStray)
    }
}

private extension String {
    /// Without the spaces and tabs the CSV reader trims from a field (a mark between
    /// them and the text kept them from being trimmed).
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
