/// The table's sentences about the linear mode's setting (`linear` in netra.toml).
extension Messages {
    static let linearNotBool = Message(en: "linear must be true or false (true: the dashboard as plain lines for a screen reader)",
                                       id: "linear harus true atau false (true: dasbor sebagai baris teks biasa untuk pembaca layar)")
}
