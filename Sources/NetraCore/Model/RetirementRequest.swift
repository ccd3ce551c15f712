/// What an officer asked for.
public enum RequestKind: SpokenValue {
    /// Pensiun dini: early retirement (a form of resignation at one's own request).
    case early
    /// Pengunduran diri / APS: resignation.
    case resignation
    /// Batas usia pensiun: ordinary retirement by age.
    case age

    public var spellings: [String] {
        switch self {
        case .early: ["early", "pensiun dini", "dini"]
        case .resignation: ["resignation", "pengunduran diri", "mengundurkan diri", "aps", "berhenti atas permintaan sendiri"]
        case .age: ["age", "bup", "batas usia pensiun", "pensiun bup"]
        }
    }

    /// Counts as the resignation a candidate must file.
    public var endsServiceForCandidacy: Bool { self == .early || self == .resignation }
}

/// Processing stage of a request: filed → verified → sent to BKN → decree issued, or
/// rejected.
public enum RequestStage: SpokenValue, Comparable {
    case filed, verified, sent, decreed, rejected

    public var spellings: [String] {
        switch self {
        case .filed: ["filed", "diajukan", "pengajuan"]
        case .verified: ["verified", "diverifikasi", "verifikasi"]
        case .sent: ["sent", "dikirim ke bkn", "dikirim", "sent to bkn", "di bkn"]
        case .decreed: ["decreed", "sk terbit", "selesai sk", "sk"]
        case .rejected: ["rejected", "ditolak"]
        }
    }

    /// Still being processed.
    public var isPending: Bool { self != .decreed && self != .rejected }
}

/// One row of `retirements.csv`.
public struct RetirementRequest: Sendable {
    public var nip: NIP
    public var kind: RequestKind
    public var filedOn: CivilDate
    public var stage: RequestStage
    /// TMT: when the retirement or resignation takes effect.
    public var effectiveOn: CivilDate?
    public var decreeNumber: String
    public var line: Int

    public init(nip: NIP, kind: RequestKind, filedOn: CivilDate, stage: RequestStage,
                effectiveOn: CivilDate? = nil, decreeNumber: String = "", line: Int = 0) {
        self.nip = nip
        self.kind = kind
        self.filedOn = filedOn
        self.stage = stage
        self.effectiveOn = effectiveOn
        self.decreeNumber = decreeNumber
        self.line = line
    }
}
