/// Everything read from one data folder, after validation: the input of every derived
/// fact. A value type, so a reload can build a new one off the UI thread and swap it
/// in whole.
public struct Dataset: Sendable {
    public var settings: Settings
    public var roster: OfficerRoster
    public var requests: [RetirementRequest]
    public var cases: [NeutralityCase]
    /// `nil` when there is no usable schedule.
    public var schedule: Schedule?

    public init(settings: Settings = Settings(), roster: OfficerRoster = OfficerRoster(),
                requests: [RetirementRequest] = [], cases: [NeutralityCase] = [], schedule: Schedule? = nil) {
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
            for officer in roster.officers where officer.candidacy.isActiveCandidate {
                let choice = schedule.election(forReference: officer.election, candidacy: officer.candidacy)
                if let problem = choice.problem {
                    found.append(Diagnostic(.warning, .officers, line: officer.line,
                                            Messages.electionProblem(problem, elections: schedule.elections, fallback: choice.election)))
                }
            }
        }
        for request in requests where roster.indexByNIP[request.nip] == nil {
            found.append(Diagnostic(.warning, .retirements, line: request.line, Messages.unknownOfficer(request.nip)))
        }
        for item in cases {
            if let nip = item.nip, roster.indexByNIP[nip] == nil {
                found.append(Diagnostic(.warning, .cases, line: item.line, Messages.unknownOfficer(nip)))
            }
        }
        return found
    }
}
