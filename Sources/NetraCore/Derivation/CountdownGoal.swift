import Foundation

/// What the kiosk's countdown counts to at `now`: `[kiosk] countdown` resolved against
/// the schedule. A lobby cares about voting day and the decree deadline, so the
/// default is the nearest of those two moments over every election.
///
/// An election's voting day is its first stage whose id or name says so
/// (`pemungutan`, `voting`, `polling`): `schedule.toml` has no field for it, and KPU's
/// schedules always name it "Pemungutan suara".
public struct CountdownGoal: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case voting, deadline, stage
    }

    public let kind: Kind
    /// The election the moment belongs to, when the schedule names one.
    public let election: Election?
    public let stage: Stage
    /// The moment counted to: a voting stage's start, a deadline stage's end, a named
    /// stage's start (its end while it runs).
    public let instant: Date
    /// The zone the moment was written in (`schedule.toml`), for the date as published.
    public let writtenIn: TimeZone
    /// The setting could not be followed (an unknown id, or its moment has passed):
    /// the nearest voting day or deadline is shown instead.
    public let fellBack: Bool

    /// Words that mark a voting stage, in its id or name (lowercased).
    public static let votingWords = ["pemungutan", "voting", "polling"]

    /// The goal for `target`; `nil` when nothing lies ahead (all stages over).
    public static func resolve(_ target: CountdownTarget, in s: Situation) -> CountdownGoal? {
        func ahead(_ goal: CountdownGoal?) -> CountdownGoal? { goal.flatMap { $0.instant > s.now ? $0 : nil } }
        let chosen: CountdownGoal?
        switch target {
        case .nearest: return nearest(in: s, fellBack: false)
        case .next:
            // The next stage to start, or (when none is left) the end of a running one.
            if let next = s.nextStage { return goal(.stage, next.stage, at: next.stage.start, in: s) }
            return s.runningStages.min { $0.stage.end < $1.stage.end }.map { goal(.stage, $0.stage, at: $0.stage.end, in: s) }
        case .voting(let id):
            chosen = id == nil ? votingDays(in: s).first { $0.instant > s.now }
                : ahead(elections(s, id).compactMap { votingDay(of: $0.election, in: s) }.first)
        case .deadline(let id):
            chosen = id == nil ? deadlines(in: s).first { $0.instant > s.now }
                : ahead(elections(s, id).compactMap { deadline(of: $0, in: s) }.first)
        case .stage(let id):
            if let st = s.stages.first(where: { $0.stage.id == id }), st.phase != .done {
                chosen = goal(.stage, st.stage, at: st.phase == .running ? st.stage.end : st.stage.start, in: s)
            } else {
                chosen = nil
            }
        }
        return chosen ?? nearest(in: s, fellBack: true)
    }

    /// Whether `target` can be followed at `now` (for `netra check` and the kiosk's line).
    public static func follows(_ target: CountdownTarget, in s: Situation) -> Bool {
        resolve(target, in: s).map { !$0.fellBack } ?? true
    }

    /// The voting stage of `election`: the first stage of that election whose id or
    /// name carries a voting word.
    public static func votingStage(of election: Election, in s: Situation) -> Stage? {
        let own = s.stages.map(\.stage).filter { $0.election == election.id || ($0.election == nil && s.elections.count == 1) }
        return own.filter { stage in
            let words = (stage.id + " " + stage.name).lowercased()
            return votingWords.contains { words.contains($0) }
        }.min { $0.start < $1.start }
    }

    private static func elections(_ s: Situation, _ id: String?) -> [ElectionStatus] {
        s.elections.filter { $0.election.id == id }
    }

    private static func votingDay(of election: Election, in s: Situation) -> CountdownGoal? {
        votingStage(of: election, in: s).map { CountdownGoal(kind: .voting, election: election, stage: $0, instant: $0.start,
                                                             writtenIn: $0.startZone ?? s.zone, fellBack: false) }
    }

    private static func deadline(of e: ElectionStatus, in s: Situation) -> CountdownGoal? {
        e.deadline.map { CountdownGoal(kind: .deadline, election: e.election, stage: $0.stage, instant: $0.stage.end,
                                       writtenIn: $0.countdown.zone, fellBack: false) }
    }

    private static func votingDays(in s: Situation) -> [CountdownGoal] {
        s.elections.compactMap { votingDay(of: $0.election, in: s) }.sorted { $0.instant < $1.instant }
    }

    private static func deadlines(in s: Situation) -> [CountdownGoal] {
        s.elections.compactMap { deadline(of: $0, in: s) }.sorted { $0.instant < $1.instant }
    }

    /// The nearest voting day or deadline still ahead; the next stage when there is none.
    private static func nearest(in s: Situation, fellBack: Bool) -> CountdownGoal? {
        let found = (votingDays(in: s) + deadlines(in: s)).filter { $0.instant > s.now }.min { $0.instant < $1.instant }
            ?? s.nextStage.map { goal(.stage, $0.stage, at: $0.stage.start, in: s) }
        return found.map { CountdownGoal(kind: $0.kind, election: $0.election, stage: $0.stage, instant: $0.instant,
                                         writtenIn: $0.writtenIn, fellBack: fellBack) }
    }

    private static func goal(_ kind: Kind, _ stage: Stage, at instant: Date, in s: Situation) -> CountdownGoal {
        let election = s.elections.first { $0.election.id == stage.election }?.election
        let zone = (instant == stage.end ? stage.endZone : stage.startZone) ?? s.zone
        return CountdownGoal(kind: kind, election: election, stage: stage, instant: instant, writtenIn: zone, fellBack: false)
    }
}
