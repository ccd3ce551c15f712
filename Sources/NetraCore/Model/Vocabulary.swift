/// How headings and enumerated values are compared: case-insensitively, ignoring
/// spaces, `_`, `-` and `/` — so `GOL/RUANG`, `gol ruang` and `golruang` are one word,
/// and `SK Terbit`, `sk_terbit` and `SK-TERBIT` one value.
public enum Vocabulary {
    /// The comparison key of a heading or value. A stray byte-order mark (U+FEFF, left
    /// at the start of a heading by a file saved twice with one) is ignored like a space.
    public static func key(_ text: String) -> String { key(text, limit: .max)! }

    /// The key, or `nil` as soon as it is longer than `limit` UTF-8 bytes: a text that
    /// cannot be any spelling (`SpokenTable` knows the longest) costs no more than that
    /// to rule out, whatever its length — a heading line of 100,000 long headings.
    static func key(_ text: String, limit: Int) -> String? {
        // Every heading and value Netra knows is ASCII: byte by byte, no Characters.
        var text = text
        let ascii: String?? = text.withUTF8 { bytes in
            var out = [UInt8]()
            out.reserveCapacity(min(bytes.count, limit < Int.max ? limit + 1 : bytes.count))
            for byte in bytes {
                switch byte {
                case 0x80...: return .none  // not ASCII: the Character path below
                case 0x41...0x5A: out.append(byte + 0x20)
                case 0x09...0x0D, 0x20, 0x5F, 0x2D, 0x2F: continue  // ASCII white space, `_`, `-`, `/`
                default: out.append(byte)
                }
                if out.count > limit { return .some(nil) }
            }
            return .some(String(decoding: out, as: UTF8.self))
        }
        if let ascii { return ascii }
        var out = ""
        out.reserveCapacity(min(text.utf8.count, limit < Int.max ? limit + 1 : text.utf8.count))
        for ch in text.lowercased() where !ignored.contains(ch) && !ch.isWhitespace {
            out.append(ch)
            if out.utf8.count > limit { return nil }
        }
        return out
    }

    static let ignored: Set<Character> = ["_", "-", "/", "\u{FEFF}"]
}

/// An enumeration spelled in data files, with its accepted words.
///
/// Each case lists its canonical English name first, then the Indonesian and
/// spreadsheet aliases. Matching goes through `Vocabulary.key`.
public protocol SpokenValue: CaseIterable, Hashable, Sendable {
    /// Accepted spellings; the first is the canonical one shown in messages.
    var spellings: [String] { get }
    /// Spellings that give way, without a warning, to another spelling of the same
    /// value in the same heading line (columns only; empty for other values).
    var fallbackSpellings: [String] { get }
}

extension SpokenValue {
    /// The canonical spelling, e.g. `dct`.
    public var canonicalName: String { spellings[0] }

    public var fallbackSpellings: [String] { [] }

    /// Parses a value; `nil` when no spelling matches. One key and one hash lookup
    /// (`SpokenTable`), however many spellings the type has.
    public static func parse(_ text: String) -> Self? { spokenTable.value(text) }

    /// Every spelling of the type by comparison key, built on first use.
    public static var spokenTable: SpokenTable<Self> { SpokenIndex.table(Self.self) }

    /// Every accepted spelling, canonical names first: for "expected one of …".
    public static var acceptedList: String { acceptedList(.en) }

    /// The same in `language` (only the word "or" differs).
    public static func acceptedList(_ language: Language) -> String {
        let canonical = allCases.map(\.canonicalName)
        let aliases = allCases.flatMap { $0.spellings.dropFirst() }
        let or = Messages.or.text(language)
        return canonical.joined(separator: ", ") + (aliases.isEmpty ? "" : " (\(or) " + aliases.joined(separator: ", ") + ")")
    }
}

/// A column of a CSV file: its canonical heading and the aliases real exports use.
/// The integer raw value indexes per-row lookups (no hashing in the row loop).
/// Its `fallbackSpellings` (see `SpokenValue`) give way to another spelling of the
/// same column in one heading line: SIASN's `NAMA UNOR` to `UNOR INDUK`.
public protocol ColumnName: SpokenValue, RawRepresentable<Int> {
    /// A file without this column is unusable.
    var isRequired: Bool { get }
}

extension ColumnName {
    /// The heading a clerk would type in Indonesian: the first spelling after the
    /// canonical one (`tanggal laporan` for `reported_on`); `nip` is the same in both
    /// (its second spelling, `nip baru`, is SIASN's).
    var indonesianHeading: String { canonicalName == "nip" || spellings.count < 2 ? canonicalName : spellings[1] }

    /// Whether a line of texts names at least one required column: a heading line, not
    /// the title an office puts above it.
    static func namesRequiredColumn(_ texts: [String]) -> Bool {
        let table = spokenTable
        return texts.contains { text in !text.isEmpty && table.value(text)?.isRequired == true }
    }

    /// Whether `heading` is one of the spellings that give way to another.
    func isFallback(_ heading: String) -> Bool {
        guard let entry = Self.spokenTable.entry(heading) else { return false }
        return entry.value == self && entry.isFallback
    }
}
