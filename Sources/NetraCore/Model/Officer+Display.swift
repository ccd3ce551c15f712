/// An officer's name where a screen, a list or an export shows it: with the titles
/// SIASN keeps beside it (`Drs. Hasan Basri, M.Si.`) when the name is shown in full;
/// initials, sorting and search keys are made from the bare name, as before.
extension Privacy {
    /// The officer's name as this screen may show it.
    public func name(of officer: Officer, placeholder: String = "—") -> String {
        names == .full ? officer.displayName : name(officer.name, placeholder: placeholder)
    }

    /// The officer's name on a kiosk row (initials from the bare name unless in full).
    public func rowName(of officer: Officer, placeholder: String = "—") -> String {
        let shown = rowName(officer.name, placeholder: placeholder)
        return shown == officer.name ? officer.displayName : shown
    }
}
