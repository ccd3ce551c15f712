#if canImport(Glibc)
import Glibc
#endif
import NetraCore
import NetraTUI

/// Every sentence the command line says in its own words (help texts live with
/// their options, as ArgumentParser wants them, and stay English), each in
/// Indonesian and English like the core's `Messages`; the command renders them in
/// its language (`CLILanguage`). Values from the user or the environment arrive here
/// raw and leave sanitised.
enum CLIMessages {
    static func outputFailed(_ reason: String) -> Message {
        Message(en: "cannot write the output: \(reason)", id: "keluaran tidak dapat ditulis: \(reason)")
    }

    /// Output that could not be written, by `errno`: a closed pipe and a full disk in
    /// our words (the C library's are English only), anything rarer as it names it.
    static func outputFailed(code: Int32) -> Message {
        switch code {
        case EPIPE:
            Message(en: "cannot write the output: the reader closed it early (Broken pipe)",
                    id: "keluaran tidak dapat ditulis: pembacanya menutupnya lebih awal (Broken pipe)")
        case ENOSPC:
            Message(en: "cannot write the output: No space left on device",
                    id: "keluaran tidak dapat ditulis: ruang penyimpanan habis (No space left on device)")
        default:
            outputFailed(String(cString: strerror(code)))
        }
    }

    static func notATime(_ text: String) -> Message {
        Message(en: "--as-of '\(UntrustedText.sanitized(text))' is not a time: use ISO 8601 with an offset, e.g. 2023-05-23T10:00:00+08:00",
                id: "--as-of '\(UntrustedText.sanitized(text))' bukan waktu: pakai ISO 8601 dengan selisih zona, mis. 2023-05-23T10:00:00+08:00")
    }

    /// An `--as-of` value refused for what it says, not for its form.
    static func refusedTime(_ text: String, _ refusal: InstantText.Refusal) -> Message {
        let shown = UntrustedText.sanitized(text)
        switch refusal {
        case .notATime:
            return notATime(text)
        case .noSuchDay(let year, let month, let day):
            let index = max(0, min(11, month - 1))
            let en = englishMonths[index], id = indonesianMonths[index]
            return Message(en: "--as-of '\(shown)': \(day) \(en) \(year) does not exist on the calendar",
                           id: "--as-of '\(shown)': \(day) \(id) \(year) tidak ada di kalender")
        case .noSuchTime:
            return Message(en: "--as-of '\(shown)': that time of day does not exist (hours 00–23, minutes and seconds 00–59)",
                           id: "--as-of '\(shown)': jam itu tidak ada (jam 00–23, menit dan detik 00–59)")
        case .yearOutOfRange(let year):
            let (low, high) = (InstantText.years.lowerBound, InstantText.years.upperBound)
            return Message(en: "--as-of '\(shown)': the year \(year) is outside \(low)–\(high), the years Netra accepts",
                           id: "--as-of '\(shown)': tahun \(year) di luar \(low)–\(high), rentang tahun yang diterima Netra")
        case .offsetOutOfRange:
            return Message(en: "--as-of '\(shown)': the offset is beyond ±14:00, which no time zone uses",
                           id: "--as-of '\(shown)': selisih zona melebihi ±14:00, yang tidak dipakai zona waktu mana pun")
        }
    }

    /// Month names for the messages above (the interface's own tables are NetraTUI's).
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]
    private static let indonesianMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                                           "September", "Oktober", "November", "Desember"]

    // MARK: Argument errors, one line each (ArgumentErrorLine)

    /// ` (accepted: …)` or nothing.
    private static func acceptedTail(_ accepted: String?, en: Bool) -> String {
        guard let accepted else { return "" }
        return en ? "; accepted: \(accepted)" : "; yang diterima: \(accepted)"
    }

    static func invalidValue(_ value: String, option: String, accepted: String?) -> Message {
        let v = UntrustedText.sanitized(value)
        return Message(en: "\(option) '\(v)' is not accepted\(acceptedTail(accepted, en: true))",
                       id: "\(option) '\(v)' tidak diterima\(acceptedTail(accepted, en: false))")
    }

    static func missingOption(_ option: String, accepted: String?) -> Message {
        Message(en: "\(option) is required\(acceptedTail(accepted, en: true))",
                id: "\(option) wajib diisi\(acceptedTail(accepted, en: false))")
    }

    static func missingValue(_ option: String, accepted: String?) -> Message {
        Message(en: "\(option) needs a value\(acceptedTail(accepted, en: true))",
                id: "\(option) memerlukan nilai\(acceptedTail(accepted, en: false))")
    }

    static func unknownOption(_ option: String) -> Message {
        let o = UntrustedText.sanitized(option)
        return Message(en: "unknown option '\(o)' (netra --help lists them)", id: "opsi '\(o)' tidak dikenal (netra --help mendaftarnya)")
    }

    static func unexpectedArgument(_ argument: String) -> Message {
        let a = UntrustedText.sanitized(argument)
        return Message(en: "unexpected argument '\(a)' (netra --help lists what each command takes)",
                       id: "argumen '\(a)' tidak diharapkan (netra --help mendaftar isian tiap perintah)")
    }

    static let pollRange = Message(en: "--poll must be a number of seconds above 0 and at most 3600 (e.g. 0.5, 2, 60)",
                                   id: "--poll harus jumlah detik di atas 0 dan paling banyak 3600 (mis. 0.5, 2, 60)")

    static func notAView(_ text: String) -> Message {
        Message(en: "--view '\(UntrustedText.sanitized(text))' is not a view: \(ViewID.allCases.map { $0.names[0] }.joined(separator: ", "))",
                id: "--view '\(UntrustedText.sanitized(text))' bukan tampilan: \(ViewID.described())")
    }

    static func notAKioskPage(_ text: String, pages: [String]) -> Message {
        Message(en: "--view '\(UntrustedText.sanitized(text))' is not a kiosk page: \(pages.joined(separator: ", "))",
                id: "--view '\(UntrustedText.sanitized(text))' bukan halaman kiosk: \(pages.joined(separator: ", "))")
    }

    /// Why the dashboard does not start here, and what to use instead.
    static func terminalRefused(_ refusal: TerminalRefusal) -> Message {
        switch refusal {
        case .notATerminal:
            Message(en: "the dashboard needs a terminal (standard input and output are not one); use `netra snapshot` for plain text",
                    id: "dasbor memerlukan terminal (masukan dan keluaran standar bukan terminal); pakai `netra snapshot` untuk teks biasa")
        case .dumb(let term):
            Message(en: "this terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show the dashboard; use `netra snapshot` for plain text",
                    id: "terminal ini (TERM=\(term.isEmpty ? "tidak diisi" : term)) tidak dapat menampilkan dasbor; pakai `netra snapshot` untuk teks biasa")
        case .unknown(let term):
            Message(en: "ncurses does not know the terminal TERM=\(term); try TERM=xterm-256color, or `netra snapshot`",
                    id: "ncurses tidak mengenal terminal TERM=\(term); coba TERM=xterm-256color, atau `netra snapshot`")
        }
    }

    static func demoWritten(_ folder: String) -> Message {
        Message(en: "Demo data written to \(UntrustedText.sanitized(folder))/\n",
                id: "Data demo ditulis ke \(UntrustedText.sanitized(folder))/\n")
    }

    static func demoKept(_ folder: String) -> Message {
        Message(en: "Using the existing demo folder \(UntrustedText.sanitized(folder))/ (--reset writes it afresh)\n",
                id: "Memakai folder demo yang sudah ada \(UntrustedText.sanitized(folder))/ (--reset menulisnya ulang)\n")
    }

    static func demoUnwritable(_ folder: String, _ reason: String) -> Message {
        Message(en: "cannot write the demo folder '\(UntrustedText.sanitized(folder))': \(UntrustedText.sanitized(reason))",
                id: "folder demo '\(UntrustedText.sanitized(folder))' tidak dapat ditulis: \(UntrustedText.sanitized(reason))")
    }

    static let pinsDiffer = Message(en: "the two PINs differ; nothing was made", id: "kedua PIN berbeda; tidak ada yang dibuat")
    static let pinPrompt = Message(en: "New kiosk PIN (4–12 digits): ", id: "PIN kiosk baru (4–12 angka): ")
    static let pinPromptAgain = Message(en: "The same PIN again: ", id: "Ulangi PIN yang sama: ")
    static func demoKioskPIN(_ pin: String) -> Message {
        Message(en: "The demo kiosk's PIN is \(pin): press F12, type \(pin), then Enter (the demo's netra.toml now holds its hash)\n",
                id: "PIN kiosk demo adalah \(pin): tekan F12, ketik \(pin), lalu Enter (netra.toml demo kini memuat hash-nya)\n")
    }

    /// The line for netra.toml: the same in every language (it is configuration).
    static func pinHashLine(_ hash: String) -> String { "pin_hash = \"\(hash)\"\n" }

    static func pinHashHint(unlockKey: String) -> Message {
        Message(en: "put this line under [kiosk] in netra.toml; at the screen, press the unlock key "
                    + "([kiosk] unlock_key, default \(unlockKey)), the PIN, then Enter",
                id: "taruh baris ini di bawah [kiosk] dalam netra.toml; di layar, tekan tombol pembuka "
                    + "([kiosk] unlock_key, bawaan \(unlockKey)), PIN, lalu Enter")
    }

    /// `netra kiosk-pin` talks to the person choosing the kiosk's PIN, in the
    /// interface language (`--lang`, netra.toml), unlike the rest of the command line.
    struct PIN {
        let language: Language
        private var id: Bool { language == .id }

        var prompt: String { Message(en: "New kiosk PIN (4–12 digits): ", id: "PIN kiosk baru (4–12 angka): ").text(language) }
        var again: String { Message(en: "The same PIN again: ", id: "Ketik PIN yang sama sekali lagi: ").text(language) }
        var differ: String { Message(en: "The two PINs differ; try again.", id: "Kedua PIN berbeda; coba lagi.").text(language) }
        var gaveUp: String {
            id ? "tidak ada PIN yang dibuat (\(KioskPIN.attempts) kali tidak cocok atau tidak sah)"
                : "no PIN was made (\(KioskPIN.attempts) tries that did not match or were not valid)"
        }

        /// A PIN that is not 4–12 digits, said without repeating it.
        func refused(_ pin: String) -> String {
            let digitsOnly = pin.allSatisfy { $0.isASCII && $0.isNumber }
            let (low, high) = (PINHash.lengths.lowerBound, PINHash.lengths.upperBound)
            switch (digitsOnly, id) {
            case (false, true): return "PIN hanya berisi angka (0–9); coba lagi."
            case (false, false): return "A PIN is digits only (0–9); try again."
            case (true, true): return "PIN terdiri dari \(low) sampai \(high) angka (yang ini \(pin.count)); coba lagi."
            case (true, false): return "A PIN has \(low) to \(high) digits (this one has \(pin.count)); try again."
            }
        }

        func hint(unlockKey: String) -> String {
            id ? "taruh baris ini di bawah [kiosk] dalam netra.toml; di layar, tekan tombol buka "
                + "([kiosk] unlock_key, bawaan \(unlockKey)), PIN, lalu Enter"
                : "put this line under [kiosk] in netra.toml; at the screen, press the unlock key "
                + "([kiosk] unlock_key, default \(unlockKey)), the PIN, then Enter"
        }
    }

    static func noThemes(searchPath: [String]) -> Message {
        Message(en: "No theme files found (looked in \(shown(searchPath))); the built-in default is used.\n",
                id: "Tidak ada berkas tema (dicari di \(shown(searchPath))); tema bawaan dipakai.\n")
    }

    static func themeSearchPath(_ searchPath: [String]) -> Message {
        Message(en: "Search path: \(shown(searchPath))\n", id: "Lokasi pencarian: \(shown(searchPath))\n")
    }

    /// A search path as printed: each folder sanitised (they come from the environment).
    private static func shown(_ folders: [String]) -> String {
        folders.map(UntrustedText.sanitized).joined(separator: ", ")
    }
}
