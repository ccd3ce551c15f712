import NetraCore

extension UIState {
    /// The problems panel scrolls with the movement keys; `true` when `action` was
    /// one (any other key closes the panel, like the help).
    mutating func scrollProblems(_ action: Action) -> Bool {
        switch action {
        case .moveUp: problemsScroll = max(0, problemsScroll - 1)
        case .moveDown: problemsScroll += 1
        case .pageUp: problemsScroll = max(0, problemsScroll - 10)
        case .pageDown: problemsScroll += 10
        case .top: problemsScroll = 0
        default: return false
        }
        return true
    }
}
