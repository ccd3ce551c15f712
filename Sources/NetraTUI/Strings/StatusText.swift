import NetraCore

/// Words for an officer's legal standing (SIASN's *kedudukan hukum*), per language.
///
/// Netra groups SIASN's many spellings (`Diberhentikan Dengan Hormat`, `PTDH`…) into a
/// few standings and names each in the reader's language; a word it does not know is
/// shown as the file wrote it, cleaned of control characters. The detail pane adds the
/// file's own words when they say more than the group's name.
extension UIText {
    /// The column's heading in the Pegawai list and the detail's label.
    public var legalStatusTitle: String { Message(en: "Status", id: "Kedudukan").text(language) }

    /// Heading of the Kasus list's mark for an officer whose personnel data BKN blocked.
    public var blockedTitle: String { "SIASN" }

    /// The mark itself, under that heading: short, because the Kasus list is crowded.
    public var blockedMark: String { Message(en: "blocked", id: "diblokir").text(language) }

    /// The standing as the lists show it; empty when the roster has no status.
    public func legalStatus(_ o: Officer) -> String {
        guard let status = o.status else { return "" }
        return legalStatus(status) ?? UntrustedText.sanitized(o.statusText)
    }

    /// The group's name; `nil` for `.other`, which has none but the file's words.
    public func legalStatus(_ s: LegalStatus) -> String? {
        switch (s, language) {
        case (.active, .id): "aktif"
        case (.unpaidLeave, .id): "CLTN"
        case (.studyLeave, .id): "tugas belajar"
        case (.preRetirement, .id): "MPP"
        case (.suspended, .id): "diberhentikan sementara"
        case (.blocked, .id): "data diblokir"
        case (.dismissed, .id): "diberhentikan"
        case (.retired, .id): "pensiun"
        case (.deceased, .id): "meninggal"
        case (.active, .en): "active"
        case (.unpaidLeave, .en): "unpaid leave"
        case (.studyLeave, .en): "study leave"
        case (.preRetirement, .en): "pre-retirement"
        case (.suspended, .en): "suspended"
        case (.blocked, .en): "data blocked"
        case (.dismissed, .en): "dismissed"
        case (.retired, .en): "retired"
        case (.deceased, .en): "deceased"
        case (.other, _): nil
        }
    }

    /// The detail pane's line: the group's name, then the file's words when they say
    /// more than the group's name in either language (`diberhentikan — Diberhentikan
    /// Tidak Dengan Hormat`, but not `active — Aktif`).
    public func legalStatusDetail(_ o: Officer) -> String {
        let shown = legalStatus(o)
        let written = UntrustedText.sanitized(o.statusText)
        let names = Language.allCases.compactMap { language in o.status.flatMap { UIText.table(for: language).legalStatus($0) } }
        guard !written.isEmpty, !(names + [shown]).contains(where: { Vocabulary.key($0) == Vocabulary.key(written) }) else { return shown }
        return "\(shown) — \(written)"
    }
}
