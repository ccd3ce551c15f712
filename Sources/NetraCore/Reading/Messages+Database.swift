import Foundation

/// Sentences about the province database: connection strings, pushes, and a database
/// that cannot be reached. Public because NetraDatabase and the command line say them.
extension Messages {
    public static func databaseNotAURL(_ text: String) -> Message {
        Message(en: "\(UntrustedText.quoted(text)) is not a database address: write postgresql://user@host:port/database",
                id: "\(UntrustedText.quoted(text)) bukan alamat basis data: tulis postgresql://pengguna@host:port/basisdata")
    }

    public static let databasePasswordInURL = Message(
        en: "the database address holds a password: remove it and put it in ~/.pgpass (or the file PGPASSFILE names, mode 0600) or a PGSERVICE entry; a password on the command line ends up in the shell history and in ps",
        id: "alamat basis data memuat kata sandi: hapus dan simpan di ~/.pgpass (atau berkas yang ditunjuk PGPASSFILE, mode 0600) atau entri PGSERVICE; kata sandi di baris perintah tercatat di riwayat shell dan terlihat di ps")

    public static func databaseBadPort(_ text: String) -> Message {
        Message(en: "port \(UntrustedText.quoted(text)) is not a port number (1–65535)",
                id: "port \(UntrustedText.quoted(text)) bukan nomor port (1–65535)")
    }

    public static func databaseBadSSLMode(_ text: String, modes: [String]) -> Message {
        Message(en: "sslmode \(UntrustedText.quoted(text)) is not one of \(modes.joined(separator: ", "))",
                id: "sslmode \(UntrustedText.quoted(text)) bukan salah satu dari \(modes.joined(separator: ", "))")
    }

    public static func databaseUnknownService(_ name: String) -> Message {
        Message(en: "service \(UntrustedText.quoted(name)) is in no pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf)",
                id: "layanan \(UntrustedText.quoted(name)) tidak ada di pg_service.conf mana pun (PGSERVICEFILE, ~/.pg_service.conf)")
    }

    public static func databaseUnreachable(_ where_: String, reason: String) -> Message {
        Message(en: "cannot reach the database \(where_): \(reason)",
                id: "basis data \(where_) tidak dapat dihubungi: \(reason)")
    }

    /// A question went unanswered past the stall limit, and the server answered no new
    /// connection either (stopped, or the network between is cut).
    public static func databaseSilent(_ where_: String, seconds: Int) -> Message {
        Message(en: "cannot reach the database \(where_): no answer for \(seconds) s",
                id: "basis data \(where_) tidak dapat dihubungi: tidak ada jawaban selama \(seconds) detik")
    }

    public static func databaseRefused(_ reason: String) -> Message {
        Message(en: "the database refused: \(reason)", id: "basis data menolak: \(reason)")
    }

    /// The server turned the password down (SQLSTATE 28P01). The password is never said.
    public static func databasePasswordRefused(role: String) -> Message {
        Message(en: "the database refused the password of role \(role): correct its line (host:port:database:user:password) in the password file (PGPASSFILE, else ~/.pgpass) or PGPASSWORD",
                id: "basis data menolak kata sandi peran \(role): perbaiki barisnya (host:port:basisdata:pengguna:sandi) di berkas kata sandi (PGPASSFILE, atau ~/.pgpass) atau PGPASSWORD")
    }

    /// The server asks for a password and none was found for the connection.
    public static func databasePasswordMissing(role: String, place: String) -> Message {
        Message(en: "the database asks for a password for role \(role) and none was found: add the line \(place):\(role):PASSWORD to the password file (PGPASSFILE, else ~/.pgpass, mode 0600) or set PGPASSWORD",
                id: "basis data meminta kata sandi untuk peran \(role) dan tidak ada yang ditemukan: tambahkan baris \(place):\(role):SANDI ke berkas kata sandi (PGPASSFILE, atau ~/.pgpass, mode 0600) atau isi PGPASSWORD")
    }

    /// pg_hba.conf has only `hostssl` lines for this connection, and sslmode=disable.
    public static func databaseNeedsTLS(_ where_: String) -> Message {
        Message(en: "the database \(where_) accepts this connection only over TLS (hostssl in its pg_hba.conf), and sslmode=disable forbids TLS: drop sslmode=disable (the default, prefer, uses TLS when offered) or write sslmode=require",
                id: "basis data \(where_) hanya menerima sambungan ini lewat TLS (hostssl di pg_hba.conf-nya), sedangkan sslmode=disable melarang TLS: hapus sslmode=disable (bawaannya, prefer, memakai TLS bila ditawarkan) atau tulis sslmode=require")
    }

    /// sslmode require/verify-* and a server that does not offer TLS.
    public static func databaseNoTLS(_ where_: String, mode: String) -> Message {
        Message(en: "the database \(where_) does not offer TLS, and sslmode=\(mode) insists on it: turn ssl on in the server's postgresql.conf, or (on a trusted network only) use sslmode=prefer",
                id: "basis data \(where_) tidak menawarkan TLS, sedangkan sslmode=\(mode) mewajibkannya: nyalakan ssl di postgresql.conf server, atau (hanya di jaringan tepercaya) pakai sslmode=prefer")
    }

    public static func databaseSchemaMissing(_ where_: String) -> Message {
        Message(en: "\(where_) holds no Netra tables yet: run netra db init --to \(where_)",
                id: "\(where_) belum memuat tabel Netra: jalankan netra db init --to \(where_)")
    }

    public static func databaseSchemaNewer(_ version: Int, known: Int) -> Message {
        Message(en: "the database's Netra schema is version \(version), newer than this netra knows (\(known)): update netra",
                id: "skema Netra di basis data versi \(version), lebih baru dari yang dikenal netra ini (\(known)): perbarui netra")
    }

    public static func databaseMigrated(from: Int, to: Int) -> Message {
        from == to
            ? Message(en: "schema already at version \(to); nothing to do", id: "skema sudah versi \(to); tidak ada yang diubah")
            : Message(en: "schema migrated from version \(from) to \(to)", id: "skema dinaikkan dari versi \(from) ke \(to)")
    }

    public static func databaseGranted(role: String, site: String, push: Bool) -> Message {
        push ? Message(en: "role \(role) may now push and read site \(site)", id: "peran \(role) kini boleh mengirim dan membaca situs \(site)")
            : Message(en: "role \(role) may now read site \(site)", id: "peran \(role) kini boleh membaca situs \(site)")
    }

    public static func pushRefusedErrors(_ count: Int) -> Message {
        Message(en: "not pushed: the folder has \(count) errors (see above); fix them, or push its good rows with --allow-errors",
                id: "tidak dikirim: folder memuat \(count) galat (lihat di atas); perbaiki, atau kirim baris yang baik dengan --allow-errors")
    }

    public static func pushDone(site: String, generation: Int64, files: Int, kept: Int) -> Message {
        Message(en: "pushed site \(site): generation \(generation), \(files) files; \(kept) generations kept",
                id: "situs \(site) terkirim: generasi \(generation), \(files) berkas; \(kept) generasi disimpan")
    }

    public static func pushNoSite(_ folder: String) -> Message {
        Message(en: "which site is \(folder)? Give --site ID (or set site = \"ID\" in netra.toml's [province] table)",
                id: "situs mana \(folder)? Beri --site ID (atau tulis site = \"ID\" di tabel [province] netra.toml)")
    }

    public static func pushBadSite(_ site: String) -> Message {
        Message(en: "site \(UntrustedText.quoted(site)) must be 1–63 lower-case letters, digits, '-' or '_'",
                id: "situs \(UntrustedText.quoted(site)) harus 1–63 huruf kecil, angka, '-' atau '_'")
    }

    public static func pushNotAllowed(site: String, role: String) -> Message {
        Message(en: "role \(role) may not push site \(site): ask the administrator for netra db grant --site \(site) --role \(role) --push",
                id: "peran \(role) tidak boleh mengirim situs \(site): minta administrator menjalankan netra db grant --site \(site) --role \(role) --push")
    }

    public static let provinceNoSites = Message(
        en: "the database shows no site to this role (none pushed yet, or none granted)",
        id: "basis data tidak menampilkan situs apa pun untuk peran ini (belum ada yang dikirim, atau belum diberi izin)")

    /// The banner over data kept while the database is away.
    public static func databaseAwaySince(_ since: String, retry: Int) -> Message {
        Message(en: "database unreachable since \(since): showing the last data read; retrying in \(retry) s",
                id: "basis data tak terjangkau sejak \(since): menampilkan data terakhir; mencoba lagi dalam \(retry) dtk")
    }
}

extension Messages {
    /// One site in a province's check: the Wilayah lens in a line.
    static func siteLine(_ s: SiteSummary, now: Date) -> Message {
        let hours = s.pushedAt.map { max(0, Int(now.timeIntervalSince($0) / 3600)) }
        let silent = s.isStale
        return Message { language in
            let en = language == .en
            let pushed = hours.map { en ? "pushed \($0) h ago" : "dikirim \($0) jam lalu" } ?? (en ? "never pushed" : "belum pernah dikirim")
            let alarm = silent ? (en ? " — SILENT more than a day" : " — DIAM lebih dari sehari") : ""
            let name = UntrustedText.sanitized(s.name)
            return en
                ? "site \(s.site) (\(name)): \(s.officers) officers, \(s.candidatesWithoutDecree) candidates without decree, \(s.overdueRequests) overdue requests, \(s.overdueCases) overdue cases; \(pushed)\(alarm)"
                : "situs \(s.site) (\(name)): \(s.officers) pegawai, \(s.candidatesWithoutDecree) calon tanpa SK, \(s.overdueRequests) usulan lewat batas, \(s.overdueCases) kasus lewat batas; \(pushed)\(alarm)"
        }
    }

    /// The last line of a province's check.
    static func provinceLine(sites: Int, total: ProvinceReport.Totals) -> Message {
        Message(en: "province: \(sites) sites, \(total.officers) officers, \(total.candidatesWithoutDecree) candidates without decree, \(total.overdueRequests) overdue requests, \(total.overdueCases) overdue cases, \(total.errors) errors, \(total.silentSites) sites silent more than a day; needs action: \(total.critical) critical, \(total.warning) warning, \(total.info) info",
                id: "provinsi: \(sites) situs, \(total.officers) pegawai, \(total.candidatesWithoutDecree) calon tanpa SK, \(total.overdueRequests) usulan lewat batas, \(total.overdueCases) kasus lewat batas, \(total.errors) galat, \(total.silentSites) situs diam lebih dari sehari; perlu tindakan: \(total.critical) kritis, \(total.warning) peringatan, \(total.info) info")
    }
}

extension Messages {
    /// Several sites where one is shown.
    /// Names at most ten of the sites: a national database has 500 (`netra check
    /// --source` lists them all).
    public static func provinceChooseSite(_ sites: [String]) -> Message {
        let shown = sites.prefix(10).joined(separator: ", "), more = sites.count - min(10, sites.count)
        return Message(en: "the database shows \(sites.count) sites (\(shown)\(more > 0 ? ", and \(more) more" : "")): choose one with --site ID (netra check --source gives the province's sums)",
                       id: "basis data menampilkan \(sites.count) situs (\(shown)\(more > 0 ? ", dan \(more) lainnya" : "")): pilih satu dengan --site ID (netra check --source memberi jumlah seprovinsi)")
    }
}
