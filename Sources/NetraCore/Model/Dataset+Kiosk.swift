import Foundation

extension Dataset {
    /// `[kiosk] countdown` against `schedule.toml`: an election or stage id the schedule
    /// does not have, or an election without a voting stage, means the kiosk counts to
    /// the nearest voting day or deadline instead — `netra check` says so.
    func kioskCountdownDiagnostics() -> [Diagnostic] {
        guard let schedule else { return [] }
        let target = settings.kiosk.countdown
        let elections = Set(schedule.elections.map(\.id))
        let problem: Bool
        switch target {
        case .nearest, .next, .voting(election: nil), .deadline(election: nil): problem = false
        case .deadline(let id?): problem = !elections.contains(id)
        case .voting(let id?):
            problem = !elections.contains(id) || !schedule.stages.contains { stage in
                (stage.election == id || (stage.election == nil && elections.count == 1))
                    && CountdownGoal.votingWords.contains { (stage.id + " " + stage.name).lowercased().contains($0) }
            }
        case .stage(let id): problem = schedule.stage(id: id) == nil
        }
        return problem ? [Diagnostic(.warning, .settings, line: nil, Messages.countdownTargetMissing(target.setting))] : []
    }
}
