/// Everything read from one data folder, after validation: the input of every derived
/// fact. A value type, so a reload can build a new one off the UI thread and swap it
/// in whole.
public struct Dataset: Sendable {
    public var settings: Settings { didSet { units = nil; kpuCheck = nil } }
    public var roster: OfficerRoster { didSet { units = nil; kpuCheck = nil; rosterFacts = RosterFacts() } }
    public var requests: [RetirementRequest]
    public var cases: [NeutralityCase]
    /// `nil` when there is no usable schedule.
    public var schedule: Schedule?
    /// `circulars.csv` and `acknowledgements.csv` (both optional).
    public var circulars: [Circular]
    public var acknowledgements: [Acknowledgement]
    /// The units of the roster, built once per reload (`DataFolder.assemble`) and reused
    /// by every derivation until the roster or the settings change.
    public private(set) var units: UnitDirectory?
    /// KPU's lists in `kpu/` and the office's verdicts (`kpu-review.csv`); the roster
    /// checked against them, built once per reload like `units`.
    public var kpuLists = KPULists() { didSet { kpuCheck = nil } }
    public var kpuReview = KPUReview() { didSet { kpuCheck = nil } }
    public private(set) var kpuCheck: KPUCrossCheck?
    /// What the roster alone implies (its candidates, its retirement dates in order),
    /// worked out on first use and kept for as long as the roster is unchanged: by
    /// every re-derivation of the minute and by reloads of other files.
    public private(set) var rosterFacts = RosterFacts()

    /// Takes the parts an earlier assembly derived from this very roster, settings and
    /// KPU files (`AssemblyCache`), instead of deriving them again.
    mutating func adopt(facts: RosterFacts? = nil, units: UnitDirectory? = nil, kpuCheck: KPUCrossCheck? = nil) {
        if let facts { rosterFacts = facts }
        if let units { self.units = units }
        if let kpuCheck { self.kpuCheck = kpuCheck }
    }
    /// Each table's name in the folder when it is not its CSV name (`officers.xlsx`),
    /// set by `DataFolder.assemble`: a message about one file that names another names
    /// it as the office keeps it.
    public var storedNames: [DataFile: String] = [:]

    /// `file`'s name as the folder holds it: `officers.xlsx`, else `officers.csv`.
    public func storedName(_ file: DataFile) -> String { storedNames[file] ?? file.fileName }

    /// Builds `units` now (it costs one pass over the officers).
    public mutating func prepareUnits() {
        if units == nil { units = UnitDirectory(roster: roster, region: settings.region) }
    }

    /// Builds `kpuCheck` now (matching every listed name against the roster).
    public mutating func prepareKPU() {
        if kpuCheck == nil { kpuCheck = KPUCrossCheck(dataset: self) }
    }

    public init(settings: Settings = Settings(), roster: OfficerRoster = OfficerRoster(),
                requests: [RetirementRequest] = [], cases: [NeutralityCase] = [], schedule: Schedule? = nil,
                circulars: [Circular] = [], acknowledgements: [Acknowledgement] = []) {
        self.circulars = circulars
        self.acknowledgements = acknowledgements
        self.settings = settings
        self.roster = roster
        self.requests = requests
        self.cases = cases
        self.schedule = schedule
    }

    public var officers: [Officer] { roster.officers }

    /// Checks that span files: requests and cases naming an officer who is not in
    /// `officers.csv`; candidates whose `election` cell names no election of
    /// `schedule.toml`, or whose candidacy word belongs to the other kind of election.
    public func crossFileDiagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = kioskCountdownDiagnostics()
        if let schedule {
            // The candidates only (kept with the roster), and each election cell looked up once.
            var choices = ElectionChoices(schedule)
            for index in rosterFacts.activeCandidates(in: roster) {
                let officer = roster.officers[Int(index)]
                let choice = choices.choice(for: officer)
                if let problem = choice.problem {
                    // Placed where the candidacy was written: candidates.csv when it says so.
                    let (file, line) = officer.candidateRecord.map { (DataFile.candidates, $0.line) } ?? (.officers, officer.line)
                    found.append(Diagnostic(.warning, file, line: line, heading: "election",
                                            Messages.electionProblem(problem, elections: schedule.elections, fallback: choice.election)))
                }
            }
        }
        for request in requests where roster.indexByNIP[request.nip] == nil {
            found.append(Diagnostic(.warning, .retirements, line: request.line, heading: "nip", Messages.unknownOfficer(request.nip, roster: storedName(.officers))))
        }
        for item in cases {
            if let nip = item.nip, roster.indexByNIP[nip] == nil {
                found.append(Diagnostic(.warning, .cases, line: item.line, heading: "nip", Messages.unknownOfficer(nip, roster: storedName(.officers))))
            }
        }
        if !circulars.isEmpty || !acknowledgements.isEmpty { found += CircularLedger(self, today: nil).diagnostics }  // uses `units`
        return found
    }
}
