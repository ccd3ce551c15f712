/// Text that came from a data file and must be made safe before anyone prints it.
///
/// Data files are edited by hand and exported by other systems; a cell can hold an
/// escape sequence, a carriage return or a bidi override that would rewrite the
/// terminal or reorder a line. Every such character is replaced by a visible stand-in,
/// so the reader still sees that *something* was there.
public enum UntrustedText {
    /// The stand-in for a removed character.
    public static let replacement: Character = "\u{FFFD}"

    /// Returns `text` with C0/C1 controls (including ESC, CR, LF, TAB and DEL), bidi
    /// marks/embeddings/overrides/isolates (U+061C, U+200E/F, U+202A–E, U+2066–9) and
    /// other invisible format characters replaced
    /// by `replacement`. Ordinary letters, marks and emoji pass unchanged.
    public static func sanitized(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ !isUnsafe($0) }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// Shortens `text` to at most `limit` characters, marking the cut with `…`.
    public static func clipped(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// Sanitised and clipped: the form used inside diagnostic messages.
    public static func quoted(_ text: String, limit: Int = 40) -> String {
        "'" + clipped(sanitized(text), to: limit) + "'"
    }

    /// Returns `text` as a file Netra writes (an export: CSV, JSON, a workbook) keeps
    /// it: every character of the data except the ones that act on a terminal or
    /// reorder a line, each replaced by `replacement`. Replaced: C0 controls other than
    /// TAB and LF (a CR only when it is not the CR of a CRLF line break), DEL, C1, and
    /// the bidi controls — U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069.
    /// Kept: everything else, the invisible format characters the screen shows as
    /// `�` included (U+200B zero-width space, U+200C/D joiners, U+2060, U+FEFF), since
    /// a name written with them is the name the office has (issue 24, row 9).
    public static func exportable(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { isUnsafeInExport($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let lineBreak = scalar == "\r" && next < scalars.endIndex && scalars[next] == "\n"
            out.append(isUnsafeInExport(scalar) && !lineBreak ? "\u{FFFD}" : scalar)
            index = next
        }
        return String(out)
    }

    /// Whether an export replaces `s` (a CR is judged with what follows it, above).
    static func isUnsafeInExport(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A: return false                          // TAB, LF: data
        case 0x00...0x1F, 0x7F...0x9F: return true            // C0 (CR included), DEL, C1
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls
        default: return false
        }
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true           // C0, DEL, C1
        case 0x061C, 0x180E: return true                      // Arabic letter mark (bidi), Mongolian vowel separator
        case 0x200B, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x206F: return true  // zero-width space, marks, separators, bidi
        case 0xFEFF, 0xFFF9...0xFFFB: return true             // stray BOM, annotation controls
        default: return false
        }
    }
}
