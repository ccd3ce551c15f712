import NetraCore

extension UIText {
    /// The note when a theme's text would take its background's colour on this
    /// terminal (`PaletteFit.fallbacks`), shown where theme problems are: the banner,
    /// the problems panel (`!`) and standard error. `term` is `TERM`, unsanitised.
    public func paletteNote(theme: String, palette: TerminalPalette, term: String, roles: [StyleRole]) -> String {
        let name = UntrustedText.quoted(theme), terminal = UntrustedText.quoted(term)
        let list = roles.map(\.rawValue).joined(separator: ", ")
        let colours: Message
        if let count = palette.count {
            colours = Message(en: "the \(count) colours of this terminal (TERM=\(terminal))", id: "\(count) warna terminal ini (TERM=\(terminal))")
        } else {
            colours = Message(en: "this terminal's colours (TERM=\(terminal))", id: "warna terminal ini (TERM=\(terminal))")
        }
        return Message(
            en: "theme \(name): with \(colours.text(.en)), the text of \(list) would take its background's colour; "
                + "drawn in black or white instead. A 256-colour terminal (TERM=xterm-256color) or another theme shows it as meant",
            id: "tema \(name): dengan \(colours.text(.id)), teks \(list) akan sewarna dengan latarnya; "
                + "diganti hitam atau putih. Terminal 256 warna (TERM=xterm-256color) atau tema lain menampilkannya sesuai maksud"
        ).text(language)
    }
}
