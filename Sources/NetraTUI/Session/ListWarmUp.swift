import NetraCore

extension DashboardModel {
    /// Up to this many officers every list index is built ahead of the UI; above it only
    /// what the Pegawai list's first frame needs, and the rest on first use.
    ///
    /// Why: at 1M officers every column's codes and ranks took 135 MB and the officers'
    /// search index 50 MB (`netra-bench --memory`), which put the dashboard far above its
    /// 400 MB goal, for sorts and searches a Sekda may never ask of a million rows. The
    /// first sort by another column then waits for that column alone (≈0.1–0.3 s at 1M),
    /// the first search for the search index (≈0.7 s). At 100k, where the 16 ms per
    /// keystroke goal is measured, everything is still built ahead (≈100 ms, 25 MB).
    public static let everyIndexAheadUpTo = 250_000

    /// Whether this model's lists and search get every index ahead of the UI.
    public var preparesEveryIndex: Bool { dataset.officers.count <= Self.everyIndexAheadUpTo }

    /// Works out, ahead of the UI, what the Pegawai list needs for its first frame (the
    /// preset filter's members and the name order every sort breaks ties by) and, when
    /// `everyColumn` (by default: `preparesEveryIndex`), for its first filter or sort by
    /// any column: the value codes of the columns a clerk filters by and every column's
    /// ranks. At 100k officers that is ≈100 ms the reload thread spends instead of the
    /// first keystroke after each reload (the goal is 16 ms per keystroke). Not for a
    /// kiosk: its public pages never show the list.
    public func prepareLists(language: Language, glyphs: Glyphs = .unicode, everyColumn: Bool? = nil) {
        let room = OfficersView()
        let input = ViewInput(model: self, state: UIState(view: .officers), style: FrameStyle(language: language, glyphs: glyphs), now: situation.now)
        _ = room.presetMembers(input)
        _ = room.tieOrder(input)
        guard everyColumn ?? preparesEveryIndex else { return }
        for field in room.fields(input) where field.spec.exported {
            _ = room.ranks(input, key: field.spec.key)
        }
    }
}
