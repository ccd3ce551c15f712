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

/// Where an officer stands in a candidacy: legislative (bacaleg → DCS → DCT) or
/// regional head (bakal pasangan calon → pasangan calon).
public enum Candidacy: SpokenValue {
    case none, bacaleg, dcs, dct, withdrawn
    /// Pilkada: registered as *bakal pasangan calon*.
    case bapaslon
    /// Pilkada: fixed as *pasangan calon*.
    case paslon
    public var spellings: [String] {
        switch self {
        case .none: ["none", "-", "tidak", "bukan"]
        case .bacaleg: ["bacaleg", "bakal calon", "bakal caleg"]
        case .dcs: ["dcs", "daftar calon sementara"]
        case .dct: ["dct", "daftar calon tetap"]
        case .withdrawn: ["withdrawn", "mundur", "batal", "ditarik"]
        case .bapaslon: ["bakal paslon", "bapaslon", "bakal pasangan calon"]
        case .paslon: ["paslon", "pasangan calon"]
        }
    }

    /// Registered and still in the race: must resign before the deadline.
    public var isActiveCandidate: Bool { self != .none && self != .withdrawn }
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
    /// Batas usia pensiun (BUP): 58, 60, 65 or 70.
    public var retirementAge: Int
    /// How `retirementAge` was inferred from the position when the `bup` cell was
    /// empty; `nil` when the file stated it.
    public var retirementAgeRule: RetirementAge.Rule?
    public var employment: Employment
    /// The `election` cell as written (an election id or kind; empty: see
    /// `Schedule.election(forReference:candidacy:)`).
    public var election: String
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
    /// SIASN's *TANGGAL LAHIR*, when the roster has it (a PNS's NIP says it too).
    public var recordedBirthDate: CivilDate?
    /// SIASN's *JENIS KELAMIN* as written (`Pria`, `Wanita`, `L`, `P`); empty when absent.
    public var sexText = ""
    /// What `candidates.csv` adds to the candidacy (see `CandidateRecord`); `nil`
    /// when the officer's candidacy, if any, comes from the roster alone.
    public var candidateRecord: CandidateRecord? {
        get { candidateBox?.record }
        set { candidateBox = newValue.map(CandidateRecordBox.init) }
    }
    /// Held by reference: few officers run for office, and the record kept inline (an
    /// optional of ≈130 bytes) made every one of a million roster rows that much larger
    /// (`netra check` at 1M officers: 501 → 772 MB peak).
    private var candidateBox: CandidateRecordBox?

    public init(nip: NIP, name: String, unit: String = "", position: String = "", grade: String = "",
                candidacy: Candidacy = .none, party: String = "", district: String = "",
                retirementAge: Int = RetirementAge.standard, retirementAgeRule: RetirementAge.Rule? = nil,
                employment: Employment = .pns, election: String = "", line: Int = 0) {
        self.nip = nip
        self.name = name
        self.unit = unit
        self.position = position
        self.grade = grade
        self.candidacy = candidacy
        self.party = party
        self.district = district
        self.retirementAge = retirementAge
        self.retirementAgeRule = retirementAgeRule
        self.employment = employment
        self.election = election
        self.line = line
    }

    /// Birth date from the NIP (PNS only).
    public var birthDate: CivilDate? { employment == .pns ? nip.birthDate : nil }

    /// Start of civil service (TMT CPNS) from the NIP (PNS only).
    public var serviceStart: CivilDate? { employment == .pns ? nip.serviceStart : nil }

    /// The date of retirement by age: as the office recorded it, else derived.
    public var ageRetirementDate: CivilDate? { recordedRetirementDate ?? derivedRetirementDate }

    /// Retirement by age takes effect (TMT pensiun) on the first day of the month after
    /// the month in which the officer reaches `retirementAge` (PNS only).
    public var derivedRetirementDate: CivilDate? {
        birthDate.map { RetirementAge.effectiveDate(born: $0, age: retirementAge) }
    }

    /// A PPPK officer's work agreement ends at the position's retirement age: there is
    /// no pension. Derived when digits 1–8 of the number are a real birth date; taken
    /// to end, like a pension, on the first of the month after that birthday.
    public var workAgreementEndDate: CivilDate? {
        guard employment == .pppk, let birth = nip.birthDate, birth.year >= 1900 else { return nil }
        return RetirementAge.effectiveDate(born: birth, age: retirementAge)
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

/// A candidate record behind a reference (see `Officer.candidateRecord`).
final class CandidateRecordBox: Sendable {
    let record: CandidateRecord
    init(_ record: CandidateRecord) { self.record = record }
}
