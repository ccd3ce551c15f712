import Foundation

/// One election's deadline stages, before its candidates are counted.
struct ElectionDeadlines {
    let election: Election
    let deadline: DeadlineStatus?
    let fixing: DeadlineStatus?

    /// The dates a dismissal without a stated TMT may take effect on: the deadline's
    /// published date, and the end of the month in which candidates are fixed.
    var pensionDates: (deadline: CivilDate, fixingMonthEnd: CivilDate?)? {
        guard let deadline else { return nil }
        return (deadline.day, fixing.map { $0.day.endOfMonth })
    }
}

/// Stage phases and each election's deadlines.
enum StageRules {
    static func stages(_ c: DerivationContext) -> [StageStatus] {
        (c.dataset.schedule?.stages ?? []).map { stage in
            let now = c.now
            let phase: StageStatus.Phase = now < stage.start ? .upcoming : (now <= stage.end ? .running : .done)
            let length = stage.end.timeIntervalSince(stage.start)
            let progress = length <= 0 ? (phase == .upcoming ? 0 : 1)
                : min(1, max(0, now.timeIntervalSince(stage.start) / length))
            let countdown = phase == .upcoming
                ? Countdown(to: stage.start, from: now, in: stage.startZone ?? c.zone)
                : Countdown(to: stage.end, from: now, in: stage.endZone ?? c.zone)
            return StageStatus(stage: stage, phase: phase, countdown: countdown, progress: progress)
        }
    }

    static func elections(_ c: DerivationContext) -> [ElectionDeadlines] {
        guard let schedule = c.dataset.schedule else { return [] }
        func status(_ id: String?) -> DeadlineStatus? {
            schedule.stage(id: id).map { DeadlineStatus(stage: $0, countdown: Countdown(to: $0.end, from: c.now, in: $0.endZone ?? c.zone)) }
        }
        return schedule.elections.map {
            ElectionDeadlines(election: $0, deadline: status($0.resignationDeadlineID), fixing: status($0.fixingStageID))
        }
    }
}
