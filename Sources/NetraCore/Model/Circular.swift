/// Who issued a circular. Free text is kept as written (`other`).
public enum CircularIssuer: SpokenValue {
    case kpu, bawaslu, kasn, bkn, kemendagri, mayor, sekda
    public var spellings: [String] {
        switch self {
        case .kpu: ["KPU", "kpu kota", "kpu kota balikpapan"]
        case .bawaslu: ["Bawaslu", "bawaslu kota"]
        case .kasn: ["KASN", "komisi aparatur sipil negara"]
        case .bkn: ["BKN", "badan kepegawaian negara"]
        case .kemendagri: ["Kemendagri", "kementerian dalam negeri", "mendagri"]
        case .mayor: ["Wali Kota", "walikota", "mayor", "pj wali kota", "penjabat wali kota"]
        case .sekda: ["Sekda", "sekretaris daerah"]
        }
    }
}

/// One row of `circulars.csv`: a circular (surat edaran) on ASN neutrality that the
/// units of the city must pass on and, often, answer with a signed integrity pact.
public struct Circular: Sendable, Equatable {
    public var id: String
    public var number: String
    /// The issuer as written (KPU, Wali Kota, …); `issuerKind` when it is a known one.
    public var issuer: String
    public var issuerKind: CircularIssuer?
    public var issuedOn: CivilDate
    public var subject: String
    /// The id of the circular this one answers (the SE Wali Kota follows the SE KPU).
    public var follows: String?
    /// When the units' follow-up is due.
    public var dueOn: CivilDate?
    /// Units as written; empty means every unit of `officers.csv`.
    public var appliesTo: [String]
    /// Whether units must sign a pakta integritas (else passing it on is enough).
    public var asksPact: Bool
    public var line: Int

    public init(id: String, number: String = "", issuer: String = "", issuedOn: CivilDate, subject: String = "",
                follows: String? = nil, dueOn: CivilDate? = nil, appliesTo: [String] = [], asksPact: Bool = false, line: Int = 0) {
        self.id = id
        self.number = number
        self.issuer = issuer
        self.issuerKind = CircularIssuer.parse(issuer)
        self.issuedOn = issuedOn
        self.subject = subject
        self.follows = follows
        self.dueOn = dueOn
        self.appliesTo = appliesTo
        self.asksPact = asksPact
        self.line = line
    }
}

/// One row of `acknowledgements.csv`: how far one unit has come with one circular.
public struct Acknowledgement: Sendable, Equatable {
    public var circular: String
    /// The unit as written; matched to `officers.csv` forgivingly (see `UnitNames`).
    public var unit: String
    public var receivedOn: CivilDate?
    public var passedOn: CivilDate?
    public var pactSignedOn: CivilDate?
    /// How many officers signed the pact (an *ikrar* signed by everyone).
    public var signedCount: Int?
    public var apelOn: CivilDate?
    public var note: String
    public var line: Int

    public init(circular: String, unit: String, receivedOn: CivilDate? = nil, passedOn: CivilDate? = nil,
                pactSignedOn: CivilDate? = nil, signedCount: Int? = nil, apelOn: CivilDate? = nil, note: String = "", line: Int = 0) {
        self.circular = circular
        self.unit = unit
        self.receivedOn = receivedOn
        self.passedOn = passedOn
        self.pactSignedOn = pactSignedOn
        self.signedCount = signedCount
        self.apelOn = apelOn
        self.note = note
        self.line = line
    }

    /// The earliest date the row gives: it cannot be before the circular was issued.
    public var earliestDate: CivilDate? { [receivedOn, passedOn, pactSignedOn, apelOn].compactMap { $0 }.min() }
}
