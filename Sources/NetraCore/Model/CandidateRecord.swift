/// One row of `candidates.csv`: an officer's candidacy as the office recorded it,
/// kept apart from the roster so that a fresh SIASN download loses nothing.
///
/// Keyed by NIP. When the roster also says something about the candidacy, this row
/// wins (`CandidateMerge`); the officer's `candidacy`, `election`, `party` and
/// `district` are filled from it at read time, so everything derived from an
/// officer reads them as before.
public struct CandidateRecord: Sendable, Equatable {
    public var nip: NIP
    public var candidacy: Candidacy
    /// As the `election` cell of the roster: an election id or kind, or empty.
    public var election: String
    public var party: String
    public var district: String
    /// The KPU list the officer was found on (DCS or DCT), if recorded.
    public var list: KPUList?
    /// The officer's number on that list (*nomor urut*).
    public var ballotNumber: Int?
    /// When the office learned of the candidacy (*tanggal lapor*).
    public var reportedOn: CivilDate?
    /// Who told the office (*sumber*).
    public var source: CandidateSource?
    /// The name as the clerk wrote it beside the NIP (for messages about a NIP
    /// that is not on the roster); may be empty.
    public var name: String
    /// The physical line in `candidates.csv`, for messages.
    public var line: Int

    public init(nip: NIP, candidacy: Candidacy, election: String = "", party: String = "", district: String = "",
                list: KPUList? = nil, ballotNumber: Int? = nil, reportedOn: CivilDate? = nil,
                source: CandidateSource? = nil, name: String = "", line: Int = 0) {
        self.nip = nip
        self.candidacy = candidacy
        self.election = election
        self.party = party
        self.district = district
        self.list = list
        self.ballotNumber = ballotNumber
        self.reportedOn = reportedOn
        self.source = source
        self.name = name
        self.line = line
    }
}

/// The list KPU publishes for a legislative election: provisional (DCS) or final (DCT).
public enum KPUList: SpokenValue {
    case dcs, dct
    public var spellings: [String] {
        switch self {
        case .dcs: ["dcs", "daftar calon sementara"]
        case .dct: ["dct", "daftar calon tetap"]
        }
    }
}

/// How the office learned that an officer runs for office.
public enum CandidateSource: SpokenValue {
    /// The officer reported it (as the rules require).
    case selfReport
    /// Found on a list KPU published.
    case kpu
    /// Bawaslu told the office.
    case bawaslu
    public var spellings: [String] {
        switch self {
        case .selfReport: ["self_report", "lapor sendiri", "laporan sendiri", "mandiri", "pegawai"]
        case .kpu: ["kpu", "daftar kpu", "kpu list", "pengumuman kpu"]
        case .bawaslu: ["bawaslu", "panwaslu"]
        }
    }
}
