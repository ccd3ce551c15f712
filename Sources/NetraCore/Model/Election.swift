/// One election an office follows: its candidates must resign by the end of one of
/// its stages. 2024 had two in every city, months apart: the legislative election
/// (Pileg, cut-off 3 Oct 2023 WIB) and the regional head election (Pilkada, 22 Sep 2024).
public struct Election: Sendable, Equatable {
    /// Which law's candidacy rules apply.
    public enum Kind: SpokenValue {
        /// Legislative (UU 7/2017): bacaleg → DCS → DCT.
        case pileg
        /// Governor, regent or mayor (UU 10/2016): bakal paslon → paslon.
        case pilkada

        public var spellings: [String] {
            switch self {
            case .pileg: ["pileg", "pemilu", "legislatif", "legislative", "pemilihan legislatif"]
            case .pilkada: ["pilkada", "pemilihan kepala daerah", "pemilihan", "regional"]
            }
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    /// The stage by whose end candidates' dismissal decrees must be in.
    public var resignationDeadlineID: String?
    /// The stage that fixes the candidates (the DCT for Pileg, *penetapan pasangan
    /// calon* for Pilkada): a PNS candidate's honourable dismissal takes effect at the
    /// end of the month in which it ends (PP 11/2017 Pasal 254(5), PP 17/2020).
    public var fixingStageID: String?
    /// The line of its `[[election]]` header; 0 for the election a folder without
    /// election tables implies.
    public var line: Int

    public init(id: String, name: String = "", kind: Kind = .pileg, resignationDeadlineID: String? = nil,
                fixingStageID: String? = nil, line: Int = 0) {
        self.id = id
        self.name = name.isEmpty ? id : name
        self.kind = kind
        self.resignationDeadlineID = resignationDeadlineID
        self.fixingStageID = fixingStageID
        self.line = line
    }

    /// The id of the one legislative election a folder written before election tables
    /// existed describes with its top-level `resignation_deadline` and `dct_stage`.
    public static let impliedID = "pemilu"
}

extension Candidacy {
    /// The kind of election the candidacy word belongs to; `nil` when not a candidate.
    public var electionKind: Election.Kind? {
        switch self {
        case .bacaleg, .dcs, .dct: .pileg
        case .bapaslon, .paslon: .pilkada
        case .none, .withdrawn: nil
        }
    }

    /// Fixed as a candidate (DCT, pasangan calon): missing the deadline then means a
    /// dismissal that is not honourable, not just a name left off the list.
    public var isFixed: Bool { self == .dct || self == .paslon }
}

/// How an officer's `election` cell was matched to an election of `schedule.toml`.
public struct ElectionChoice: Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// The cell names no election id and no kind the folder has.
        case unknown(String)
        /// The cell names a kind (`pilkada`) of which the folder has several elections.
        case ambiguousKind(String)
        /// The candidacy word belongs to the other kind of election (`paslon` in a Pileg).
        case wrongKind(Candidacy, Election)
    }

    /// The election the officer is followed under (a fallback when the cell is wrong).
    public let election: Election?
    public let problem: Problem?
}

extension Schedule {
    /// The election an officer's candidacy belongs to. `reference` is the officer's
    /// `election` cell: an election id, or a kind when the folder has one election of
    /// that kind. Empty: the one election of the candidacy's kind, else the folder's
    /// only election, else its first legislative one.
    public func election(forReference reference: String, candidacy: Candidacy) -> ElectionChoice {
        let ref = reference.trimmingCharacters(in: [" ", "\t"])
        var problem: ElectionChoice.Problem?
        var chosen: Election?
        if !ref.isEmpty {
            let key = Vocabulary.key(ref)
            if let byID = elections.first(where: { Vocabulary.key($0.id) == key }) {
                chosen = byID
            } else if let kind = Election.Kind.parse(ref) {
                let ofKind = elections.filter { $0.kind == kind }
                if ofKind.count == 1 { chosen = ofKind[0] } else if ofKind.isEmpty { problem = .unknown(ref) } else { problem = .ambiguousKind(ref) }
            } else {
                problem = .unknown(ref)
            }
        }
        if chosen == nil {
            let ofKind = candidacy.electionKind.map { kind in elections.filter { $0.kind == kind } } ?? []
            chosen = ofKind.count == 1 ? ofKind[0]
                : (elections.count == 1 ? elections[0] : (elections.first { $0.kind == .pileg } ?? elections.first))
        }
        if problem == nil, let chosen, let kind = candidacy.electionKind, kind != chosen.kind {
            problem = .wrongKind(candidacy, chosen)
        }
        return ElectionChoice(election: chosen, problem: problem)
    }
}

/// `Schedule.election(forReference:candidacy:)` remembered per election cell and
/// candidacy: thousands of candidates write a handful of cells, and trimming and folding
/// each one cost ≈2 µs a time. One per derivation or check (a value, not shared).
struct ElectionChoices {
    /// The officer's `election` cell by its number in the roster's text pool: no
    /// `String` hashed per candidate (50k at a million officers).
    private struct Cell: Hashable {
        let text: PooledText
        let candidacy: Candidacy
    }
    let schedule: Schedule
    private var known: [Cell: ElectionChoice] = [:]
    private var knownPositions: [Cell: Int?] = [:]

    init(_ schedule: Schedule) { self.schedule = schedule }

    /// Where the election chosen for `officer` sits in `positions` (by id), remembered
    /// per cell: the choice itself holds an election (texts retained on every copy) and
    /// looking its id up hashes a `String` — per candidate, 50k of them at 1M officers.
    mutating func position(for officer: Officer, among positions: [String: Int]) -> Int? {
        let cell = Cell(text: officer.electionCode, candidacy: officer.candidacy)
        if let known = knownPositions[cell] { return known }
        let found = choice(for: officer).election.flatMap { positions[$0.id] }
        knownPositions[cell] = found
        return found
    }

    mutating func choice(for officer: Officer) -> ElectionChoice {
        let cell = Cell(text: officer.electionCode, candidacy: officer.candidacy)
        if let choice = known[cell] { return choice }
        let choice = schedule.election(forReference: officer.election, candidacy: officer.candidacy)
        known[cell] = choice
        return choice
    }
}
