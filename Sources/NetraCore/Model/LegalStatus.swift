/// An officer's legal standing (SIASN's *kedudukan hukum*), grouped into what matters
/// to Netra. The exact words of the file are kept beside it (`Officer.statusText`).
public enum LegalStatus: String, Sendable, CaseIterable {
    /// Aktif.
    case active
    /// CLTN (*cuti di luar tanggungan negara*, unpaid leave): still an officer, away.
    case unpaidLeave
    /// Tugas belajar (study leave): still an officer, away.
    case studyLeave
    /// Masa Persiapan Pensiun.
    case preRetirement
    /// Pemberhentian sementara (suspended, e.g. while detained).
    case suspended
    /// Pemblokiran Data PNS: BKN blocked the record (often a dismissal under way).
    case blocked
    /// Diberhentikan, pemberhentian (dengan / tidak dengan hormat).
    case dismissed
    /// Pensiun, purna tugas.
    case retired
    /// Meninggal dunia.
    case deceased
    /// Any other word: kept as written, treated as still in service.
    case other

    /// Reads SIASN's wording (and the plain English names), compared like headings.
    /// Never fails: an unfamiliar status is `.other`, not an error, because SIASN adds
    /// statuses over time and the officer is still on the roster.
    public static func classify(_ text: String) -> LegalStatus {
        let k = Vocabulary.key(text)
        if let exact = LegalStatus(rawValue: text.lowercased()) { return exact }
        if k == "aktif" { return .active }
        if k.hasPrefix("cltn") || k.contains("cutidiluartanggungan") || k == "unpaidleave" { return .unpaidLeave }
        if k.contains("tugasbelajar") || k == "studyleave" { return .studyLeave }
        if k.contains("masapersiapanpensiun") || k == "mpp" || k == "preretirement" { return .preRetirement }
        if k.contains("sementara") { return .suspended }
        if k.contains("blokir") { return .blocked }
        if k.contains("diberhentikan") || k.contains("pemberhentian") || k.hasPrefix("berhenti") { return .dismissed }
        if k.contains("meninggal") || k.contains("wafat") { return .deceased }
        if k.hasPrefix("pensiun") || k.contains("purna") { return .retired }
        return .other
    }

    /// Still an officer: dismissed, retired and deceased officers are not (no
    /// resignation to chase, no retirement by age to come).
    public var isInService: Bool { self != .dismissed && self != .retired && self != .deceased }
}
