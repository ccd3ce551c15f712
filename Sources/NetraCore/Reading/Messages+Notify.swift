import Foundation

/// The sentences of `[notify]` and of delivering notifications, English beside Indonesian.
extension Messages {
    static let inNotify = Message(en: " in [notify]", id: " di [notify]")
    static let notifyNotATable = Message(en: "notify must be a table: [notify]", id: "notify harus berupa tabel: [notify]")

    static func notifyCommand(_ problem: ArgumentSplit.Problem) -> Message {
        switch problem {
        case .empty:
            Message(en: "command in [notify] must be text naming a program, e.g. command = \"/usr/local/bin/netra-alert --to sekda\"",
                    id: "command di [notify] harus teks yang menyebut program, misalnya command = \"/usr/local/bin/netra-alert --to sekda\"")
        case .unbalancedQuote:
            Message(en: "command in [notify] has a quote that is not closed", id: "command di [notify] memuat tanda kutip yang tidak ditutup")
        }
    }

    static func notifyMail(_ address: String) -> Message {
        let a = UntrustedText.quoted(address)
        return Message(en: "mail in [notify] must be an address (name@example.go.id) or a list of them, not \(a)",
                       id: "mail di [notify] harus alamat surel (nama@contoh.go.id) atau daftarnya, bukan \(a)")
    }

    /// netra.toml can be changed by whoever writes the data folder; a command it names
    /// runs as the user running Netra. Refused unless only its owner can write it.
    public static func notifyUntrusted(_ file: String, mode: String) -> Message {
        let f = UntrustedText.quoted(file, limit: 300)
        return Message(en: "warning: [notify] not run: \(f) can be changed by other users (mode \(mode)), and its command would run as you; make it writable by its owner only (chmod go-w), owned by you or root",
                       id: "warning: [notify] tidak dijalankan: \(f) dapat diubah pengguna lain (mode \(mode)), padahal perintahnya berjalan sebagai Anda; jadikan hanya pemiliknya yang dapat menulis (chmod go-w), milik Anda atau root")
    }

    /// `netra.toml` belongs to another user (not root): that user chooses what runs as you.
    public static func notifyUntrustedOwner(_ file: String, owner: String) -> Message {
        let f = UntrustedText.quoted(file, limit: 300), o = UntrustedText.quoted(owner)
        return Message(en: "warning: [notify] not run: \(f) belongs to user \(o), not to you or root, and its command would run as you; have it owned by you or root and writable by its owner only",
                       id: "warning: [notify] tidak dijalankan: \(f) milik pengguna \(o), bukan milik Anda atau root, padahal perintahnya berjalan sebagai Anda; jadikan milik Anda atau root dan hanya dapat ditulis pemiliknya")
    }

    public static func notifyFailed(_ program: String, reason: String) -> Message {
        let p = UntrustedText.quoted(program, limit: 300), r = UntrustedText.quoted(reason, limit: 120)
        return Message(en: "warning: the notify command \(p) failed: \(r)", id: "warning: perintah notify \(p) gagal: \(r)")
    }

    public static func notifyTimedOut(_ program: String, seconds: Int) -> Message {
        let p = UntrustedText.quoted(program, limit: 300)
        return Message(en: "warning: the notify command \(p) did not finish within \(seconds) s and was stopped",
                       id: "warning: perintah notify \(p) tidak selesai dalam \(seconds) detik dan dihentikan")
    }

    public static func notifyLimitReached(_ limit: Int, skipped: Int) -> Message {
        Message(en: "warning: the daily limit of \(limit) notifications is reached: \(skipped) new critical alert\(skipped == 1 ? "" : "s") not sent (see netra changes)",
                id: "warning: batas harian \(limit) notifikasi tercapai: \(skipped) peringatan kritis baru tidak dikirim (lihat netra changes)")
    }

    public static let notifyNoSendmail = Message(en: "warning: [notify] mail needs sendmail (on PATH, /usr/sbin/sendmail or /usr/lib/sendmail), which is not installed",
                                                 id: "warning: [notify] mail memerlukan sendmail (di PATH, /usr/sbin/sendmail atau /usr/lib/sendmail), yang tidak terpasang")

    /// The mail's subject: `[Netra] Kota Balikpapan: 2 peringatan kritis baru`.
    public static func notifySubject(region: String, count: Int) -> Message {
        let r = region.isEmpty ? "" : " \(region):"
        return Message(en: "[Netra]\(r) \(count) new critical alert\(count == 1 ? "" : "s")", id: "[Netra]\(r) \(count) peringatan kritis baru")
    }
}

extension Messages {
    public static let notifyNotConfigured = Message(en: "warning: --notify: netra.toml has no [notify] command or mail; nothing is sent",
                                                    id: "warning: --notify: netra.toml tidak memuat command atau mail di [notify]; tidak ada yang dikirim")
}
