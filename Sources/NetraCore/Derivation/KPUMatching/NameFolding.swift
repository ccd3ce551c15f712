/// Names folded for matching a KPU list against the roster: what a clerk's eye ignores
/// when reading `Dra. Hj. SITI  AMINAH, M.Si.` against `Siti Aminah`.
///
/// 1. Case, spacing and punctuation: letters and digits only, lower case, Latin
///    accents dropped (`é` → `e`); text in parentheses (a nickname) is left out.
/// 2. Titles: academic and religious titles before the name (`Dr.`, `Drs.`, `Dra.`,
///    `Ir.`, `Prof.`, `H.`, `Hj.`, `KH.`) and after it (`S.Pd.`, `S.T.`, `M.Si.`, `S.E.`,
///    `M.M.`, `A.Md.`, and any `S.x`/`M.x` with a dot) are dropped, wherever they stand.
/// 3. Spelling variants: a table of the usual ones (`Muhammad`, `Muhamad`, `Mohammad`,
///    `Moh.`, `Muh.`, `Mhd.`, `M.` → `muhammad`; `Achmad`/`Akhmad` → `ahmad`; `Abd.` →
///    `abdul`), then the old spelling (`oe` → `u`, `dj` → `j`, `tj` → `c`), a final `y`
///    as `i`, and doubled letters once (`Sitti` → `siti`, `Muhammad` → `muhamad`).
///
/// The result is the name's words; `key` joins them, so `Nur Hayati` and `Nurhayati`
/// fold alike. Works on bytes: 100,000 names fold in a fraction of a second.
public enum NameFolding {
    /// The folded words of `name`.
    public static func words(_ name: String) -> [String] {
        var words: [String] = []
        var afterComma = false
        var depth = 0
        var raw: [UInt8] = []        // the token as written, lower case (dots kept)
        var compact: [UInt8] = []    // letters and digits only
        raw.reserveCapacity(24)
        compact.reserveCapacity(24)

        func flush() {
            defer { raw.removeAll(keepingCapacity: true); compact.removeAll(keepingCapacity: true) }
            guard !compact.isEmpty else { return }
            if isTitle(raw: raw, compact: compact, afterComma: afterComma) { return }
            let word = fold(compact)
            if !word.isEmpty { words.append(word) }
        }

        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v == 0x28 { flush(); depth += 1; continue }                       // (
            if v == 0x29 { flush(); depth = max(0, depth - 1); continue }        // )
            if depth > 0 { continue }
            if v == 0x2C || v == 0x3B { flush(); afterComma = true; continue }   // , ;
            if v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x2F || v == 0x2D || v == 0x5F { flush(); continue }
            if v == 0x2E || v == 0x27 || v == 0x60 || v == 0x2019 {             // . ' ` ’
                if v == 0x2E { raw.append(0x2E) }
                continue
            }
            guard let letter = asciiLetter(scalar) else { continue }
            raw.append(letter)
            compact.append(letter)
        }
        flush()
        return words
    }

    /// The comparison key: the folded words joined (`nurhayati`).
    public static func key(_ name: String) -> String { words(name).joined() }

    /// Lower-case ASCII letter or digit for a scalar, accents dropped; `nil` otherwise.
    @inline(__always)
    static func asciiLetter(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        switch v {
        case 0x61...0x7A, 0x30...0x39: return UInt8(v)
        case 0x41...0x5A: return UInt8(v + 0x20)
        case 0xC0...0xFF:
            let lower = v >= 0xE0 ? v - 0x20 : v
            let index = Int(lower - 0xC0)
            guard index < latin1.count, latin1[index] != 0 else { return nil }
            return latin1[index]
        default: return nil
        }
    }

    /// À…ß (and à…ÿ less 0x20) without accents; 0 for × and ÷.
    private static let latin1: [UInt8] = Array("aaaaaaaceeeeiiiidnooooo\u{0}ouuuuyts".utf8)

    /// Titles written without dots as well as with them. Two-letter degrees that are
    /// also names (`Ma`, `Ba`) are left out: written with dots they are caught by the
    /// `S.`/`M.` rule of `isTitle`.
    static let titles: Set<[UInt8]> = Set([
        "dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "hc", "ns", "apt", "drg", "dkk",
        "spd", "st", "msi", "se", "mm", "sh", "mh", "ssos", "skom", "sag", "mpd", "mag", "ssi", "skm", "sked", "sip",
        "spdi", "spdsd", "sthi", "sikom", "mhum", "spsi", "mpsi", "mkes", "mt", "mkom", "msc", "mba", "bsc",
        "phd", "amd", "amdkeb", "amdkep", "sfarm", "shi", "sei", "stp", "spt", "shut", "sp", "skep", "ssy", "sap",
        "map", "mak", "mes", "mtr", "mkn", "mpdi", "sak", "mikom", "lc",
    ].map { Array($0.utf8) })

    /// Whether a token is a title: in the table, or an abbreviation with a dot that
    /// begins like a degree (`s.`, `m.`, `a.md`) and is longer than an initial.
    static func isTitle(raw: [UInt8], compact: [UInt8], afterComma: Bool) -> Bool {
        if compact.count == 1 && compact[0] == UInt8(ascii: "m") { return false }   // M. = Muhammad
        if titles.contains(compact) { return true }
        let hasDot = raw.contains(0x2E)
        if hasDot && raw.count >= 3 && raw[1] == 0x2E && (raw[0] == UInt8(ascii: "s") || raw[0] == UInt8(ascii: "m")) && compact.count >= 2 {
            return true
        }
        if compact.count >= 3 && compact.starts(with: Array("amd".utf8)) { return true }
        // After the comma only titles follow; a dotted abbreviation there is one.
        return afterComma && hasDot
    }

    /// Known spellings of the same name (compared before the phonetic folding).
    static let variants: [String: String] = {
        var table: [String: String] = [:]
        for v in ["muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad", "muchammad", "muchamad",
                  "mukhammad", "mukhamad", "muhammed", "mohammed", "mohamed", "moehammad", "moh", "muh", "mhd", "moch", "much", "m", "md"] {
            table[v] = "muhammad"
        }
        for v in ["ahmad", "achmad", "akhmad", "ahmat", "achmat", "akhmat", "ahmed"] { table[v] = "ahmad" }
        for v in ["abd", "abdul", "abdoel"] { table[v] = "abdul" }
        for v in ["nur", "noor", "nour"] { table[v] = "nur" }
        for v in ["yusuf", "yusup", "jusuf", "joesoef", "yusup"] { table[v] = "yusuf" }
        for v in ["siti", "sitti"] { table[v] = "siti" }
        return table
    }()

    /// A word's variant spelling unified, then the old spelling and doubled letters.
    static func fold(_ compact: [UInt8]) -> String {
        var text = String(decoding: compact, as: UTF8.self)
        if let canonical = variants[text] { text = canonical }
        var bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i], next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
            switch (b, next) {
            case (UInt8(ascii: "o"), UInt8(ascii: "e")): out.append(UInt8(ascii: "u")); i += 2; continue
            case (UInt8(ascii: "d"), UInt8(ascii: "j")): out.append(UInt8(ascii: "j")); i += 2; continue
            case (UInt8(ascii: "t"), UInt8(ascii: "j")): out.append(UInt8(ascii: "c")); i += 2; continue
            default: break
            }
            if out.last != b { out.append(b) }
            i += 1
        }
        if out.count > 2, out.last == UInt8(ascii: "y") { out[out.count - 1] = UInt8(ascii: "i") }
        bytes = out
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A place or party name folded for comparison: its words, without the words that
    /// only say what kind it is (`Kota`, `Kabupaten`, `Kab.`, `Partai`).
    public static func placeKey(_ text: String) -> String {
        let generic: Set<String> = ["kota", "kabupaten", "kab", "partai", "kotamadya", "adm", "administrasi"]
        var out = ""
        var word: [UInt8] = []
        func flush() {
            if !word.isEmpty, !generic.contains(String(decoding: word, as: UTF8.self)) { out += String(decoding: word, as: UTF8.self) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if let letter = asciiLetter(scalar) { word.append(letter) } else { flush() }
        }
        flush()
        return out
    }
}
