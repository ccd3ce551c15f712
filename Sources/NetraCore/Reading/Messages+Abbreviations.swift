/// Sentences about `netra.toml` `[abbreviations]`, the office's own short forms of
/// unit and post names; English beside Indonesian like the rest of `Messages`.
extension Messages {
    static let abbreviationsNotTable = Message(
        en: "abbreviations must be a table: [abbreviations], then one line per name, e.g. \"Dinas Pendidikan dan Kebudayaan\" = \"Disdikbud\"",
        id: "abbreviations harus berupa tabel: [abbreviations], lalu satu baris per nama, mis. \"Dinas Pendidikan dan Kebudayaan\" = \"Disdikbud\"")

    static func abbreviationNotText(_ long: String) -> Message {
        let name = UntrustedText.quoted(long)
        return Message(en: "the short form of \(name) in [abbreviations] must be text in quotes (ignored)",
                       id: "singkatan \(name) di [abbreviations] harus teks dalam tanda kutip (diabaikan)")
    }

    static let abbreviationEmptyName = Message(en: "an empty name in [abbreviations] (ignored)", id: "nama kosong di [abbreviations] (diabaikan)")

    static func abbreviationEmpty(_ long: String) -> Message {
        let name = UntrustedText.quoted(long)
        return Message(en: "the short form of \(name) in [abbreviations] is empty (ignored)",
                       id: "singkatan \(name) di [abbreviations] kosong (diabaikan)")
    }

    static func abbreviationUnsafe(_ long: String) -> Message {
        let name = UntrustedText.quoted(long)
        return Message(en: "\(name) in [abbreviations] holds a control character (ignored)",
                       id: "\(name) di [abbreviations] memuat karakter kendali (diabaikan)")
    }

    static func abbreviationNotShorter(_ long: String, short: String) -> Message {
        let name = UntrustedText.quoted(long), form = UntrustedText.quoted(short)
        return Message(en: "\(form) is not shorter than \(name) in [abbreviations] (ignored)",
                       id: "\(form) tidak lebih pendek dari \(name) di [abbreviations] (diabaikan)")
    }

    static func abbreviationTwice(_ long: String, firstLine: Int) -> Message {
        let name = UntrustedText.quoted(long)
        return Message(en: "\(name) is in [abbreviations] twice; the one on line \(firstLine) is used",
                       id: "\(name) ada dua kali di [abbreviations]; yang dipakai baris \(firstLine)")
    }

    /// Two different names with one short form would read as one unit on the screen.
    static func abbreviationShared(_ short: String, long: String, other: String, otherLine: Int) -> Message {
        let form = UntrustedText.quoted(short), name = UntrustedText.quoted(long), first = UntrustedText.quoted(other)
        return Message(en: "\(form) already stands for \(first) (line \(otherLine)); \(name) would read the same, so this line is ignored",
                       id: "\(form) sudah dipakai untuk \(first) (baris \(otherLine)); \(name) akan terbaca sama, jadi baris ini diabaikan")
    }

    static func abbreviationsTooMany(_ limit: Int) -> Message {
        Message(en: "[abbreviations] holds more than \(limit) names; the ones after the first \(limit) are ignored",
                id: "[abbreviations] memuat lebih dari \(limit) nama; nama setelah \(limit) yang pertama diabaikan")
    }
}
