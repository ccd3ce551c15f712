import NetraCore

/// Wrapping text into lines, in time linear in what is laid out.
///
/// The wrap this replaces measured the remaining word again for every line it cut
/// and copied the rest each time, so a 1 MB word without spaces (a pasted URL, a
/// base64 blob) took minutes per frame (issue 24, row 1). Here each character is
/// measured once, and with `maxLines` only the prefix that can fill those lines is
/// read at all: the cost of a frame does not grow with the cell behind it.
enum TextWrap {
    /// The lines, and whether they hold all of `text` (`false`: cut at `maxLines`).
    static func lines(_ text: String, width: Int, maxLines: Int = .max) -> (lines: [String], complete: Bool) {
        guard width > 0, maxLines > 0 else { return ([], text.isEmpty) }
        // At most `scalarsPerCell` scalars per column, plus a separator per line.
        let budget = maxLines == .max ? Int.max : maxLines.multipliedReportingOverflow(by: (width + 1) * DisplayWidth.scalarsPerCell).partialValue + 1
        let (head, cut) = DisplayWidth.head(text, scalars: budget)
        let safe = UntrustedText.sanitized(head.replacingOccurrences(of: "\n", with: " "))
        var lines: [String] = []
        var current = "", currentWidth = 0
        func push(_ line: String) -> Bool {
            lines.append(line)
            return lines.count < maxLines
        }
        for wordSlice in safe.split(separator: " ") {
            let word = String(wordSlice)
            let wordWidth = DisplayWidth.of(word)
            if wordWidth <= width {
                if current.isEmpty {
                    current = word; currentWidth = wordWidth
                } else if currentWidth + 1 + wordWidth <= width {
                    current += " " + word; currentWidth += 1 + wordWidth
                } else {
                    guard push(current) else { return (lines, false) }
                    current = word; currentWidth = wordWidth
                }
                continue
            }
            // Longer than a line: cut it into line-long pieces, the last one carried on.
            if !current.isEmpty {
                guard push(current) else { return (lines, false) }
                current = ""; currentWidth = 0
            }
            for character in word {
                let w = DisplayWidth.of(character)
                if w > width { return (lines, false) }  // a single character wider than the line
                if currentWidth + w > width {
                    guard push(current) else { return (lines, false) }
                    current = ""; currentWidth = 0
                }
                current.append(character)
                currentWidth += w
            }
        }
        if !current.isEmpty {
            guard lines.count < maxLines else { return (lines, false) }
            lines.append(current)
        }
        return (lines, !cut)
    }
}

/// Wraps text into lines of at most `width` columns, at spaces where possible; a word
/// longer than a line is cut.
func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
    TextWrap.lines(text, width: width, maxLines: maxLines).lines
}
