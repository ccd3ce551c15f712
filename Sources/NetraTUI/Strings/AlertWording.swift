import NetraCore

extension UIText {
    /// The dashboard's sentence for each alert, for `netra check --format json`: the
    /// officer's name and candidacy looked up in `roster` as the overview does, so a
    /// script mails exactly what the screen says.
    public static func alertWording(_ roster: OfficerRoster) -> AlertWording {
        { alert, language in
            let officer = alert.nip.flatMap { roster[$0] }
            let candidacy = officer?.candidacy.isActiveCandidate == true ? officer?.candidacy : nil
            return table(for: language).sentence(for: alert, name: officer?.displayName, candidacy: candidacy)
        }
    }
}
