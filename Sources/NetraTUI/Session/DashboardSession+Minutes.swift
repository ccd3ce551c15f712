import Foundation
import NetraCore

/// A new minute derived off the terminal loop. Alerts and countdowns change by the
/// minute at most, so the session derives its model again when the minute turns; at 1M
/// officers that is ≈330 ms, and done inside `frame` it froze the keyboard once a
/// minute. With `Options.derivesMinutesAside` the host asks `rederivationWanted`,
/// derives `model.at(now)` on a background thread, and hands the result back here,
/// while the frames in between show the previous minute's derivation.
extension DashboardSession {
    /// A minute has begun since the model was derived (the host should derive it aside).
    public func rederivationWanted(at now: Date) -> Bool { Self.minute(now) != derivedMinute }

    /// Takes a model the host derived aside from this session's model. Returns false (and
    /// changes nothing) when it no longer applies: a reload brought other data meanwhile,
    /// or a later minute's derivation is already shown.
    @discardableResult
    public mutating func adoptRederived(_ next: DashboardModel) -> Bool {
        guard next.hasTheDataOf(model), next.situation.now > model.situation.now else { return false }
        var next = next
        // What the journal said since the derivation began stays.
        next.sinceLook = model.sinceLook
        model = next
        derivedMinute = max(derivedMinute, Self.minute(next.situation.now))
        rederived = true
        return true
    }
}

extension DashboardModel {
    /// Whether `other` shows the same reading (one derived from the other with `at` or
    /// `with(sinceLook:)`), whatever the instant each was derived for.
    func hasTheDataOf(_ other: DashboardModel) -> Bool { lasting === other.lasting }
}
