/// Who reported a suspected neutrality violation.
public enum CaseSource: SpokenValue {
    case bawaslu, kipp, `public`, `internal`
    public var spellings: [String] {
        switch self {
        case .bawaslu: ["bawaslu", "panwaslu"]
        case .kipp: ["kipp", "komite independen pemantau pemilu"]
        case .public: ["public", "masyarakat", "warga", "umum"]
        case .internal: ["internal", "inspektorat", "bkpsdm"]
        }
    }
}

/// Where a neutrality case stands.
public enum CaseStatus: SpokenValue {
    case new, review, recommended, sanctioned, closed, dismissed
    public var spellings: [String] {
        switch self {
        case .new: ["new", "baru"]
        case .review: ["review", "klarifikasi", "kajian", "pemeriksaan"]
        case .recommended: ["recommended", "rekomendasi"]
        case .sanctioned: ["sanctioned", "sanksi", "dijatuhi sanksi"]
        case .closed: ["closed", "selesai"]
        case .dismissed: ["dismissed", "ditolak", "tidak terbukti", "dihentikan"]
        }
    }

    /// Still needs someone to act.
    public var isOpen: Bool { self == .new || self == .review || self == .recommended }
}

/// One row of `cases.csv`: a report that an officer took part in party politics.
public struct NeutralityCase: Sendable {
    public var id: String
    /// Empty when the reporter could not identify the officer.
    public var nip: NIP?
    public var reportedOn: CivilDate
    public var source: CaseSource
    public var category: String
    public var summary: String
    public var status: CaseStatus
    /// When absent, the settings' default follow-up period applies.
    public var dueOn: CivilDate?
    /// After Bawaslu: forwarding, recommendation, the PPK's decision, a data block.
    public var followUp = CaseFollowUp()
    public var line: Int

    public init(id: String, nip: NIP?, reportedOn: CivilDate, source: CaseSource, category: String = "",
                summary: String = "", status: CaseStatus, dueOn: CivilDate? = nil, line: Int = 0) {
        self.id = id
        self.nip = nip
        self.reportedOn = reportedOn
        self.source = source
        self.category = category
        self.summary = summary
        self.status = status
        self.dueOn = dueOn
        self.line = line
    }
}
