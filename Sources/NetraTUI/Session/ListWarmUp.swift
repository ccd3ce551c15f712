import NetraCore

extension DashboardModel {
    /// Works out, ahead of the UI, what the Pegawai list needs for its first frame and
    /// its first filter or sort by a column: the name order every sort breaks ties by,
    /// the value codes of the columns a clerk filters by, and every column's ranks.
    /// At 100k officers that is ≈100 ms the reload thread spends instead of the first
    /// keystroke after each reload (the goal is 16 ms per keystroke). Not for a kiosk:
    /// its public pages never show the list.
    public func prepareLists(language: Language, glyphs: Glyphs = .unicode) {
        let room = OfficersView()
        let input = ViewInput(model: self, state: UIState(view: .officers), style: FrameStyle(language: language, glyphs: glyphs), now: situation.now)
        _ = room.presetMembers(input)
        _ = room.tieOrder(input)
        for field in room.fields(input) where field.spec.exported {
            _ = room.ranks(input, key: field.spec.key)
        }
    }
}
