/// Whether an officer is a civil servant (PNS) or a contract officer (PPPK).
public enum Employment: SpokenValue {
    case pns, pppk
    public var spellings: [String] {
        switch self {
        case .pns: ["pns", "asn pns", "cpns"]
        case .pppk: ["pppk", "p3k"]
        }
    }
}

/// Where an officer stands in the legislative candidacy process.
public enum Candidacy: SpokenValue {
    case none, bacaleg, dcs, dct, withdrawn
    public var spellings: [String] {
        switch self {
        case .none: ["none", "-", "tidak", "bukan"]
        case .bacaleg: ["bacaleg", "bakal calon", "bakal caleg"]
        case .dcs: ["dcs", "daftar calon sementara"]
        case .dct: ["dct", "daftar calon tetap"]
        case .withdrawn: ["withdrawn", "mundur", "batal", "ditarik"]
        }
    }

    /// Registered and still in the race: must resign before the deadline.
    public var isActiveCandidate: Bool { self == .bacaleg || self == .dcs || self == .dct }
}

/// One row of `officers.csv`.
///
/// Unit, position, grade, party and district repeat across thousands of rows; the
/// loader interns them, so equal values share one string's storage.
public struct Officer: Sendable {
    public var nip: NIP
    public var name: String
    public var unit: String
    public var position: String
    public var grade: String
    public var candidacy: Candidacy
    public var party: String
    public var district: String
    /// Batas usia pensiun (BUP): 58, 60 or 65.
    public var retirementAge: Int
    public var employment: Employment
    /// The physical line in `officers.csv`, for messages.
    public var line: Int
    /// Academic and religious titles written before and after the name in SIASN
    /// (`Dr. H.`, `S.Sos., M.Si.`); `name` stays bare for sorting and initials.
    public var titleBefore = ""
    public var titleAfter = ""
    /// Legal standing (SIASN *kedudukan hukum*); `nil` when the file has no such column.
    public var status: LegalStatus?
    /// The status as the file wrote it (`Pemblokiran Data PNS`).
    public var statusText = ""
    /// The retirement date the office recorded (SIASN *TMT PENSIUN*); when present it
    /// is `ageRetirementDate`, whatever the NIP implies.
    public var recordedRetirementDate: CivilDate?

    public init(nip: NIP, name: String, unit: String = "", position: String = "", grade: String = "",
                candidacy: Candidacy = .none, party: String = "", district: String = "",
                retirementAge: Int = RetirementAge.standard, employment: Employment = .pns, line: Int = 0) {
        self.nip = nip
        self.name = name
        self.unit = unit
        self.position = position
        self.grade = grade
        self.candidacy = candidacy
        self.party = party
        self.district = district
        self.retirementAge = retirementAge
        self.employment = employment
        self.line = line
    }

    /// Birth date from the NIP (PNS only).
    public var birthDate: CivilDate? { employment == .pns ? nip.birthDate : nil }

    /// Start of civil service (TMT CPNS) from the NIP (PNS only).
    public var serviceStart: CivilDate? { employment == .pns ? nip.serviceStart : nil }

    /// The date of retirement by age: as the office recorded it, else derived.
    public var ageRetirementDate: CivilDate? { recordedRetirementDate ?? derivedRetirementDate }

    /// Retirement by age takes effect (TMT pensiun) on the first day of the month after
    /// the month in which the officer reaches `retirementAge`.
    public var derivedRetirementDate: CivilDate? {
        guard let birth = birthDate else { return nil }
        return CivilDate(year: birth.year + retirementAge, month: birth.month, day: 1)?.firstOfNextMonth
    }

    /// The name with its titles, as letters and lists address the officer:
    /// `Dr. H. Ahmad Fauzan, S.Sos., M.Si.`.
    public var displayName: String {
        var full = titleBefore.isEmpty ? name : titleBefore + " " + name
        if !titleAfter.isEmpty { full += ", " + titleAfter }
        return full
    }

    /// Still an officer (no status given counts as yes): see `LegalStatus.isInService`.
    public var isInService: Bool { status?.isInService ?? true }
}

/// Retirement ages (BUP) by kind of post.
public enum RetirementAge {
    /// Administrators, supervisors, staff and junior functional posts.
    public static let standard = 58
    /// Senior executives (JPT) and Ahli Madya functional posts.
    public static let senior = 60
    /// Ahli Utama functional posts.
    public static let topFunctional = 65

    /// The age implied by a position title when the file gives none: `Ahli Utama` →
    /// 65; `Ahli Madya`, `Pimpinan Tinggi`, `JPT` → 60; anything else 58.
    public static func implied(byPosition position: String) -> Int {
        let k = Vocabulary.key(position)
        if k.contains("ahliutama") { return topFunctional }
        if k.contains("ahlimadya") || k.contains("pimpinantinggi") || k.hasPrefix("jpt") { return senior }
        return standard
    }
}
