import CNcursesw
import NetraCore

/// How many terminal columns text occupies — by the same source ncurses positions
/// the cursor with: the C library's `wcwidth` in a UTF-8 locale.
///
/// A hand-written table drifts from the C library (it missed U+2329, U+FE10–FE19,
/// Hangul Jamo extensions, Tangut, Kana supplements…) and every disagreement shifts a
/// row on screen, wraps it or overruns the detail box; `snapshot` used to disagree
/// with the terminal the same way. So the table is read from `wcwidth` once, for
/// every code point, whatever the process's own locale is (`snapshot` never sets one).
///
/// A grapheme cluster is as wide as its scalars together, and on a terminal it is
/// drawn as `cells(of:)`: each spacing scalar with the zero-width ones (combining
/// marks, joiners, variation selectors) that follow it. 👨‍👩‍👧 is then three wide
/// cells and क्ष two narrow ones — no letter is lost, and `snapshot` counts the
/// same columns the terminal moves. A scalar the C library cannot print counts one
/// column and is drawn as U+FFFD.
public enum DisplayWidth {
    /// The columns of one scalar: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        let w = table.width(v)
        return w < 0 ? 1 : Int(w)
    }

    /// Whether the terminal can print `scalar` (the C library gives it a width).
    public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x20 && v < 0x7F) || table.width(v) >= 0
    }

    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first { return of(only) }
        var total = 0
        for s in scalars { total += of(s) }
        return total
    }

    public static func of(_ text: String) -> Int {
        var total = 0
        for ch in text { total += of(ch) }
        return total
    }

    /// The columns of `text`, counted only up to `limit` (beyond it, `limit + 1`): a
    /// column's natural width need not read a megabyte to learn that it is wide.
    public static func of(_ text: String, atMost limit: Int) -> Int {
        var total = 0
        for ch in text {
            total += of(ch)
            if total > limit { return limit + 1 }
        }
        return total
    }

    /// The prefix of a cell worth shortening for `width` columns: every ordinary cell
    /// whole (so a middle cut still shows its end), a megabyte only in part.
    public static func cellHead(_ text: String, columns width: Int) -> String {
        head(text, scalars: 64 * max(width, 1) + 1024).text
    }

    /// Most scalars one terminal cell holds (ncurses' CCHARW_MAX): a spacing one and
    /// four zero-width ones; more marks than that are dropped.
    static let scalarsPerCell = 5

    /// The terminal cells of a character, left to right, with their widths: each
    /// spacing scalar (unprintable ones as U+FFFD) with the zero-width scalars after
    /// it. Zero-width scalars before the first spacing one have no cell of their own.
    public static func cells(of character: Character) -> [(character: Character, width: Int)] {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first {
            return [(isPrintable(only) ? character : UntrustedText.replacement, of(only))]
        }
        var cells: [(character: Character, width: Int)] = []
        var unit = String.UnicodeScalarView()
        var width = 0
        func finish() {
            // A unit is one grapheme cluster unless a zero-width scalar does not join
            // (rare: it is invisible anyway, so only the first cluster is kept).
            if width > 0, let first = String(unit).first { cells.append((first, width)) }
            unit = String.UnicodeScalarView()
            width = 0
        }
        for s in scalars {
            let w = of(s)
            if w > 0 {
                finish()
                unit.append(isPrintable(s) ? s : "\u{FFFD}")
                width = w
            } else if width > 0, unit.count < scalarsPerCell {
                unit.append(s)
            }
        }
        finish()
        return cells
    }

    /// The first `scalars` scalars of `text`, and whether that cut anything. Reads only
    /// those: a frame lays out what fits on it, whatever the length of the cell.
    public static func head(_ text: String, scalars: Int) -> (text: String, cut: Bool) {
        if text.utf8.count <= scalars { return (text, false) }
        let view = text.unicodeScalars
        guard let end = view.index(view.startIndex, offsetBy: scalars, limitedBy: view.endIndex), end < view.endIndex else {
            return (text, false)
        }
        return (String(view[..<end]), true)
    }

    /// The most scalars `width` columns can show (each cell holds `scalarsPerCell`),
    /// and one more so that a longer text is known to be cut.
    static func scalarBudget(columns width: Int) -> Int { width * scalarsPerCell + 1 }

    /// `text` cut to at most `width` columns; a cut is marked with `…` and never
    /// splits a character. Linear in `width`, not in the text's length. `cut` says
    /// that `text` is already a prefix of something longer (so it ends in `…`).
    public static func fit(_ text: String, to width: Int, cut: Bool = false) -> String {
        guard width > 0 else { return "" }
        let (text, headCut) = head(text, scalars: scalarBudget(columns: width))
        let cut = cut || headCut
        if !cut, text.utf8.count <= width && text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        if !cut, of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        // A number is never cut (`1 Apr 202…` misleads): the cut moves before it, with
        // the separators inside it (`00:59`, `3.5`, `12/05`).
        if out.last?.isNumber == true {
            while let last = out.last, last.isNumber || (":./,-".contains(last) && out.dropLast().last?.isNumber == true) { out.removeLast() }
            while out.last == " " { out.removeLast() }
        }
        return out + "…"
    }

    /// `text` fitted and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let fitted = fit(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - of(fitted)))
        return alignRight ? gap + fitted : fitted + gap
    }

    // MARK: - The table

    /// Read from the C library on first use (about 1.1 million `wcwidth` calls, 7 ms
    /// in a debug build), kept as runs of equal width.
    static let table = WidthTable.fromCLibrary() ?? WidthTable.fallback

    /// Widths of all code points as runs: `starts[i]` begins a run of `widths[i]`.
    struct WidthTable: Sendable {
        let starts: [UInt32]
        let widths: [Int8]

        func width(_ v: UInt32) -> Int8 {
            var low = 0, high = starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= v { low = mid } else { high = mid - 1 }
            }
            return widths[low]
        }

        static let codeSpace = 0x110000

        static func fromCLibrary() -> WidthTable? {
            // About 2,000 runs with glibc 2.39; room for many more.
            let capacity = 65_536
            var starts = [UInt32](repeating: 0, count: capacity)
            var widths = [CChar](repeating: 0, count: capacity)
            let count = Int(netra_utf8_width_runs(&starts, &widths, UInt32(capacity)))
            guard count > 0 else { return nil }
            return WidthTable(starts: Array(starts.prefix(count)), widths: widths.prefix(count).map { Int8($0) })
        }

        /// Without any UTF-8 locale (never on a current glibc): East Asian wide and
        /// emoji ranges as 2, marks as 0, everything else 1.
        static var fallback: WidthTable {
            runs(codeSpace) { v in
                guard let s = Unicode.Scalar(UInt32(v)) else { return -1 }
                if v < 0x20 || (v >= 0x7F && v < 0xA0) { return -1 }
                switch s.properties.generalCategory {
                case .nonspacingMark, .enclosingMark, .format: return 0
                case .unassigned, .surrogate: return -1
                default: break
                }
                switch v {
                case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                     0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                     0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                    return 2
                default:
                    return s.properties.isEmojiPresentation ? 2 : 1
                }
            }
        }

        private static func runs(_ count: Int, _ width: (Int) -> Int8) -> WidthTable {
            var starts: [UInt32] = [], widths: [Int8] = []
            for v in 0..<count {
                let w = width(v)
                if widths.last != w {
                    starts.append(UInt32(v))
                    widths.append(w)
                }
            }
            return WidthTable(starts: starts, widths: widths)
        }
    }
}
