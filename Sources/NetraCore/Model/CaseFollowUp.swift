/// Where Bawaslu forwarded a case.
public enum ForwardTarget: SpokenValue {
    case kasn, bkn, satgas, other
    public var spellings: [String] {
        switch self {
        case .kasn: ["KASN", "komisi aparatur sipil negara"]
        case .bkn: ["BKN", "badan kepegawaian negara"]
        case .satgas: ["Satgas", "satuan tugas", "satgas netralitas"]
        case .other: ["other", "lainnya", "lain"]
        }
    }
}

/// The channel a forwarded case travelled through; each gives its own reference number.
public enum CaseChannel: SpokenValue {
    case siapnet, sbt, lapor, sigaplapor, letter
    public var spellings: [String] {
        switch self {
        case .siapnet: ["SiapNet", "siap net"]
        case .sbt: ["SBT", "sistem bkn terpadu"]
        case .lapor: ["SP4N-LAPOR!", "sp4n lapor", "lapor", "lapor!", "sp4n"]
        case .sigaplapor: ["SIGAPLAPOR", "sigap lapor"]
        case .letter: ["surat", "letter", "surat dinas"]
        }
    }
}

/// The sanction a recommendation asks for (SKB 2022; PP 94/2021 for the disciplinary ones).
public enum SanctionLevel: SpokenValue {
    case moral, light, medium, heavy
    public var spellings: [String] {
        switch self {
        case .moral: ["moral", "sanksi moral"]
        case .light: ["ringan", "light", "disiplin ringan", "hukuman disiplin ringan"]
        case .medium: ["sedang", "medium", "disiplin sedang", "hukuman disiplin sedang"]
        case .heavy: ["berat", "heavy", "disiplin berat", "hukuman disiplin berat"]
        }
    }
}

/// What happened to a case after Bawaslu: forwarded to KASN/BKN, a recommendation
/// back, the PPK's decision, or BKN blocking the officer's data. Every field is
/// optional: a `cases.csv` written before these columns existed has none of them.
public struct CaseFollowUp: Sendable, Equatable {
    public var forwardedTo: ForwardTarget?
    public var forwardedOn: CivilDate?
    public var channel: CaseChannel?
    public var refNo: String = ""
    public var recommendationOn: CivilDate?
    public var recommendationNo: String = ""
    public var sanction: SanctionLevel?
    /// The PPK's due date as written; else `recommendation_on + [cases] ppk_days`.
    public var ppkDue: CivilDate?
    public var decidedOn: CivilDate?
    public var decisionNo: String = ""
    /// SIASN legal status 92, "Pemblokiran Data PNS".
    public var blocked = false

    public init() {}

    /// Some forwarding fact is filled.
    public var isForwarded: Bool { forwardedTo != nil || forwardedOn != nil || channel != nil || !refNo.isEmpty }
    /// A recommendation came back.
    public var isRecommended: Bool { recommendationOn != nil || !recommendationNo.isEmpty || sanction != nil }
    /// The PPK decided.
    public var isDecided: Bool { decidedOn != nil || !decisionNo.isEmpty }
    /// Any of the columns after Bawaslu is filled: the Bawaslu follow-up period no longer applies.
    public var hasFacts: Bool { isForwarded || isRecommended || isDecided || blocked || ppkDue != nil }
}
