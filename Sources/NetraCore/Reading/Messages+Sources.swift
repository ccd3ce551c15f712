/// Sentences about the office's own sources: `candidates.csv` beside the roster, a
/// SIASN download read as it is, and cells holding control characters. Columns are
/// named by their heading as the file writes it.
extension Messages {
    /// After the first named cells with control characters, the rest are counted.
    static func moreControlCells(_ count: Int) -> Message {
        Message(en: "\(count) more cells contain control characters or escape sequences",
                id: "\(count) sel lainnya berisi karakter kendali atau urutan escape")
    }

    /// `TMT PENSIUN` differs from what the NIP gives.
    static func retirementDateDiffers(recorded: CivilDate, derived: CivilDate, age: Int, column: String) -> Message {
        Message(en: "\(column) \(recorded) differs from \(derived), the date the NIP's birth date and a retirement age of \(age) give; Netra uses \(recorded), as recorded",
                id: "\(column) \(recorded) berbeda dari \(derived), tanggal yang diberikan tanggal lahir di NIP dan BUP \(age) tahun; Netra memakai \(recorded), sesuai catatan")
    }

    /// SIASN's `TANGGAL LAHIR` is not the birth date in digits 1–8 of the NIP.
    static func birthDateDiffers(recorded: CivilDate, fromNIP: CivilDate, column: String) -> Message {
        Message(en: "\(column) \(recorded) is not the birth date in the NIP (\(fromNIP)); Netra counts retirement from the NIP: correct whichever is wrong in SIASN",
                id: "\(column) \(recorded) tidak sama dengan tanggal lahir di NIP (\(fromNIP)); Netra menghitung pensiun dari NIP: perbaiki yang keliru di SIASN")
    }

    static func notABallotNumber(_ raw: String, column: String) -> Message {
        Message(en: "\(column) \(UntrustedText.quoted(raw)) is not a list number (1, 2, 3 …); read as empty",
                id: "\(column) \(UntrustedText.quoted(raw)) bukan nomor urut (1, 2, 3 …); dibaca kosong")
    }

    static func duplicateCandidate(_ nip: NIP, firstLine: Int) -> Message {
        Message(en: "nip \(nip) is already on line \(firstLine) of this file; this row is ignored",
                id: "nip \(nip) sudah ada di baris \(firstLine) berkas ini; baris ini diabaikan")
    }

    /// A candidate whose NIP the roster does not have: not counted, not chased.
    static func candidateNotOnRoster(_ nip: NIP, name: String, roster: String) -> Message {
        let who = name.isEmpty ? "" : " (\(UntrustedText.quoted(name)))"
        return Message(
            en: "nip \(nip)\(who) is not in \(roster): this candidate is not counted and no deadline is watched until the NIP is corrected or the officer is on the roster",
            id: "nip \(nip)\(who) tidak ada di \(roster): calon ini tidak dihitung dan tenggatnya tidak dipantau sampai NIP dibetulkan atau pegawai ada di daftar pegawai")
    }

    /// The roster's own candidacy columns disagree with candidates.csv, which wins.
    static func candidacyDisagrees(_ fields: [(field: String, roster: String, candidates: String)],
                                   candidatesLine: Int, rosterLine: Int,
                                   files: (candidates: String, roster: String)) -> Message {
        let list = fields.map { "\($0.field) \(UntrustedText.quoted($0.roster)) ≠ \(UntrustedText.quoted($0.candidates))" }
            .joined(separator: ", ")
        return Message(
            en: "\(files.candidates):\(candidatesLine) and \(files.roster):\(rosterLine) disagree (\(list)); Netra uses \(files.candidates): correct or clear the roster's cell",
            id: "\(files.candidates):\(candidatesLine) dan \(files.roster):\(rosterLine) tidak sama (\(list)); Netra memakai \(files.candidates): betulkan atau kosongkan sel di daftar pegawai")
    }
}
