/// How headings and enumerated values are compared: case-insensitively, ignoring
/// spaces, `_`, `-` and `/` — so `GOL/RUANG`, `gol ruang` and `golruang` are one word,
/// and `SK Terbit`, `sk_terbit` and `SK-TERBIT` one value.
public enum Vocabulary {
    /// The comparison key of a heading or value.
    public static func key(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.lowercased() where !ignored.contains(ch) && !ch.isWhitespace {
            out.append(ch)
        }
        return out
    }

    static let ignored: Set<Character> = ["_", "-", "/"]
}

/// An enumeration spelled in data files, with its accepted words.
///
/// Each case lists its canonical English name first, then the Indonesian and
/// spreadsheet aliases. Matching goes through `Vocabulary.key`.
public protocol SpokenValue: CaseIterable, Hashable, Sendable {
    /// Accepted spellings; the first is the canonical one shown in messages.
    var spellings: [String] { get }
}

extension SpokenValue {
    /// The canonical spelling, e.g. `dct`.
    public var canonicalName: String { spellings[0] }

    /// Parses a value; `nil` when no spelling matches.
    public static func parse(_ text: String) -> Self? {
        let k = Vocabulary.key(text)
        for value in allCases where value.spellings.contains(where: { Vocabulary.key($0) == k }) {
            return value
        }
        return nil
    }

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
public protocol ColumnName: SpokenValue, RawRepresentable<Int> {
    /// A file without this column is unusable.
    var isRequired: Bool { get }
    /// Spellings that give way, without a warning, to another spelling of the same
    /// column in the same heading line.
    var fallbackSpellings: [String] { get }
}

extension ColumnName {
    public var fallbackSpellings: [String] { [] }

    /// The heading a clerk would type in Indonesian: the first spelling after the
    /// canonical one (`tanggal laporan` for `reported_on`); `nip` is the same in both
    /// (its second spelling, `nip baru`, is SIASN's).
    var indonesianHeading: String { canonicalName == "nip" || spellings.count < 2 ? canonicalName : spellings[1] }

    /// Whether a line of texts names at least one required column: a heading line, not
    /// the title an office puts above it.
    static func namesRequiredColumn(_ texts: [String]) -> Bool {
        texts.contains { text in !text.isEmpty && parse(text)?.isRequired == true }
    }

    /// Whether `heading` is one of the spellings that give way to another.
    func isFallback(_ heading: String) -> Bool {
        let k = Vocabulary.key(heading)
        return fallbackSpellings.contains { Vocabulary.key($0) == k }
    }
}
