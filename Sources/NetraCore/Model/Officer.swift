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
/// Laid out to be small, because a province holds millions: the ten texts that repeat
/// across rows (unit, position, grade, party, district, election, status, sex, titles)
/// are numbers into the roster's `TextPool`, dates are day numbers, the line and the
/// retirement age are narrow integers, and a candidate's record sits behind a
/// reference. 104 bytes instead of ≈330 (docs/decisions.md, "rows by layout"). The
/// properties read and write as before: a text set in code is added to the pool.
public struct Officer: Sendable {
    public var nip: NIP
    public var name: String
    public var candidacy: Candidacy
    /// How `retirementAge` was inferred from the position when the `bup` cell was
    /// empty; `nil` when the file stated it.
    public var retirementAgeRule: RetirementAge.Rule?
    public var employment: Employment
    /// Legal standing (SIASN *kedudukan hukum*); `nil` when the file has no such column.
    public var status: LegalStatus?

    /// Where the repeating texts are kept; each `…ID` below is a number into it.
    private var texts: TextPool
    private var unitID: UInt32
    private var positionID: UInt32
    private var gradeID: UInt32
    private var partyID: UInt32
    private var districtID: UInt32
    private var electionID: UInt32
    private var titleBeforeID = TextPool.emptyID
    private var titleAfterID = TextPool.emptyID
    private var statusTextID = TextPool.emptyID
    private var sexTextID = TextPool.emptyID
    private var lineNumber: Int32
    private var recordedRetirementDay = Officer.noDay
    private var recordedBirthDay = Officer.noDay
    private var age: UInt8
    /// Held by reference: few officers run for office, and the record kept inline (an
    /// optional of ≈130 bytes) made every one of a million roster rows that much larger
    /// (`netra check` at 1M officers: 501 → 772 MB peak).
    private var candidateBox: CandidateRecordBox?

    private static let noDay = Int32.min

    public var unit: String { get { texts[unitID] } set { unitID = texts.intern(newValue) } }
    /// The unit as its number in the pool it is kept in: equal codes are equal units'
    /// spellings, compared without making a `String` (a pass over a million officers).
    var unitCode: PooledText { PooledText(pool: ObjectIdentifier(texts), id: unitID) }
    /// The `election` cell as its number in the pool (see `unitCode`).
    var electionCode: PooledText { PooledText(pool: ObjectIdentifier(texts), id: electionID) }
    public var position: String { get { texts[positionID] } set { positionID = texts.intern(newValue) } }
    public var grade: String { get { texts[gradeID] } set { gradeID = texts.intern(newValue) } }
    public var party: String { get { texts[partyID] } set { partyID = texts.intern(newValue) } }
    public var district: String { get { texts[districtID] } set { districtID = texts.intern(newValue) } }
    /// The `election` cell as written (an election id or kind; empty: see
    /// `Schedule.election(forReference:candidacy:)`).
    public var election: String { get { texts[electionID] } set { electionID = texts.intern(newValue) } }
    /// Academic and religious titles written before and after the name in SIASN
    /// (`Dr. H.`, `S.Sos., M.Si.`); `name` stays bare for sorting and initials.
    public var titleBefore: String { get { texts[titleBeforeID] } set { titleBeforeID = texts.intern(newValue) } }
    public var titleAfter: String { get { texts[titleAfterID] } set { titleAfterID = texts.intern(newValue) } }
    /// The status as the file wrote it (`Pemblokiran Data PNS`).
    public var statusText: String { get { texts[statusTextID] } set { statusTextID = texts.intern(newValue) } }
    /// SIASN's *JENIS KELAMIN* as written (`Pria`, `Wanita`, `L`, `P`); empty when absent.
    public var sexText: String { get { texts[sexTextID] } set { sexTextID = texts.intern(newValue) } }

    /// Batas usia pensiun (BUP): 58, 60, 65 or 70.
    public var retirementAge: Int {
        get { Int(age) }
        set { age = UInt8(clamping: newValue) }
    }
    /// The physical line in `officers.csv`, for messages.
    public var line: Int {
        get { Int(lineNumber) }
        set { lineNumber = Int32(clamping: newValue) }
    }
    /// The retirement date the office recorded (SIASN *TMT PENSIUN*); when present it
    /// is `ageRetirementDate`, whatever the NIP implies.
    public var recordedRetirementDate: CivilDate? {
        get { Self.date(recordedRetirementDay) }
        set { recordedRetirementDay = Self.day(newValue) }
    }
    /// SIASN's *TANGGAL LAHIR*, when the roster has it (a PNS's NIP says it too).
    public var recordedBirthDate: CivilDate? {
        get { Self.date(recordedBirthDay) }
        set { recordedBirthDay = Self.day(newValue) }
    }
    /// What `candidates.csv` adds to the candidacy (see `CandidateRecord`); `nil`
    /// when the officer's candidacy, if any, comes from the roster alone.
    public var candidateRecord: CandidateRecord? {
        get { candidateBox?.record }
        set { candidateBox = newValue.map(CandidateRecordBox.init) }
    }

    private static func date(_ day: Int32) -> CivilDate? { day == noDay ? nil : CivilDate(dayNumber: Int(day)) }
    private static func day(_ date: CivilDate?) -> Int32 { date.map { Int32(clamping: $0.dayNumber) } ?? noDay }

    /// An officer made in code: its texts go to `texts` (the shared pool by default).
    public init(nip: NIP, name: String, unit: String = "", position: String = "", grade: String = "",
                candidacy: Candidacy = .none, party: String = "", district: String = "",
                retirementAge: Int = RetirementAge.standard, retirementAgeRule: RetirementAge.Rule? = nil,
                employment: Employment = .pns, election: String = "", line: Int = 0, texts: TextPool = .shared) {
        self.init(nip: nip, name: name, texts: texts, unit: texts.intern(unit), position: texts.intern(position),
                  grade: texts.intern(grade), candidacy: candidacy, party: texts.intern(party), district: texts.intern(district),
                  retirementAge: retirementAge, retirementAgeRule: retirementAgeRule, employment: employment,
                  election: texts.intern(election), line: line)
    }

    /// An officer read from a file: its texts are already numbers in `texts`.
    init(nip: NIP, name: String, texts: TextPool, unit: UInt32, position: UInt32, grade: UInt32, candidacy: Candidacy,
         party: UInt32, district: UInt32, retirementAge: Int, retirementAgeRule: RetirementAge.Rule?, employment: Employment,
         election: UInt32, line: Int) {
        self.nip = nip
        self.name = name
        self.texts = texts
        unitID = unit
        positionID = position
        gradeID = grade
        self.candidacy = candidacy
        partyID = party
        districtID = district
        age = UInt8(clamping: retirementAge)
        self.retirementAgeRule = retirementAgeRule
        self.employment = employment
        electionID = election
        lineNumber = Int32(clamping: line)
    }

    /// Sets a repeating text read from the same file (`SIASNFields`): its number in
    /// this officer's pool, no hashing.
    mutating func setTexts(titleBefore: UInt32, titleAfter: UInt32, sex: UInt32) {
        titleBeforeID = titleBefore
        titleAfterID = titleAfter
        sexTextID = sex
    }

    mutating func setStatusText(_ id: UInt32) { statusTextID = id }

    /// Every stored field of an officer read from a file, as numbers: what `KeptRoster`
    /// writes to the state folder and reads back (the texts' pool is kept beside it).
    struct Stored {
        var nip: UInt64
        var name: String
        var candidacy: Candidacy
        var retirementAgeRule: RetirementAge.Rule?
        var employment: Employment
        var status: LegalStatus?
        /// Numbers into `texts`.
        var unit, position, grade, party, district, election: UInt32
        var titleBefore, titleAfter, statusText, sexText: UInt32
        var line: Int32
        var retirementDay: Int32
        var birthDay: Int32
        var age: UInt8
    }

    /// The officer's stored fields and its pool; `nil` when it carries a candidate
    /// record (merged from `candidates.csv`: never part of a reading of the roster).
    var stored: (fields: Stored, texts: TextPool)? {
        guard candidateBox == nil else { return nil }
        return (Stored(nip: nip.value, name: name, candidacy: candidacy, retirementAgeRule: retirementAgeRule, employment: employment,
                       status: status, unit: unitID, position: positionID, grade: gradeID, party: partyID, district: districtID,
                       election: electionID, titleBefore: titleBeforeID, titleAfter: titleAfterID, statusText: statusTextID,
                       sexText: sexTextID,
                       line: lineNumber, retirementDay: recordedRetirementDay, birthDay: recordedBirthDay, age: age), texts)
    }

    /// The officer `stored` describes, its texts in `texts` (ids checked by the caller).
    init(stored: Stored, texts: TextPool) {
        self.init(nip: NIP(value: stored.nip), name: stored.name, texts: texts, unit: stored.unit, position: stored.position,
                  grade: stored.grade, candidacy: stored.candidacy, party: stored.party, district: stored.district,
                  retirementAge: Int(stored.age), retirementAgeRule: stored.retirementAgeRule, employment: stored.employment,
                  election: stored.election, line: Int(stored.line))
        titleBeforeID = stored.titleBefore
        titleAfterID = stored.titleAfter
        statusTextID = stored.statusText
        sexTextID = stored.sexText
        status = stored.status
        recordedRetirementDay = stored.retirementDay
        recordedBirthDay = stored.birthDay
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
