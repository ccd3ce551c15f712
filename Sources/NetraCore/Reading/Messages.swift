import Foundation

// Longer than 400 lines on purpose: this is the one table of sentences about the
// office's files, English beside Indonesian, so a translator (or the lead finishing
// the newest entries) reads each pair together; splitting it would scatter the pairs.

/// Every sentence a user can read about their files, in one place: data files,
/// `netra.toml`, `schedule.toml`, the TOML reader's syntax messages, themes, and files
/// refused before reading. Limits and ranges come in as parameters.
///
/// Each entry returns a `Message` holding the English and the Indonesian sentence;
/// the reader's language picks one when it is shown (see `Message`). Diagnostics name
/// the column, quote the offending value (sanitised and clipped) and say how to fix
/// it, because the reader is a BKPSDM clerk with a spreadsheet, not a programmer: the
/// Indonesian is written the way such a clerk writes ("kolom nip kosong").
///
/// An entry that still returns `String` is English only: it shows in English to
/// Indonesian readers too, and `MessageTableTests` lists it until it is translated.
public enum Messages {
    static func nip(_ problem: NIP.Problem, raw: String, column: String = "nip") -> Message {
        let value = UntrustedText.quoted(raw)
        switch problem {
        case .empty:
            return Message(en: "\(column) is empty", id: "kolom \(column) kosong")
        case .scientificNotation:
            return Message(
                en: "\(column) \(value) was turned into a number by a spreadsheet (scientific notation): its last digits are lost. Format the \(column) column as Text and enter the 18 digits again",
                id: "\(column) \(value) diubah menjadi angka oleh spreadsheet (notasi ilmiah): digit terakhirnya hilang. Format kolom \(column) sebagai Teks lalu ketik ulang 18 digit")
        case .decimalSuffix:
            return Message(
                en: "\(column) \(value) was stored as a number with a decimal part by a spreadsheet. Format the \(column) column as Text (no decimals) and export again",
                id: "\(column) \(value) disimpan spreadsheet sebagai angka berdesimal. Format kolom \(column) sebagai Teks (tanpa desimal) lalu ekspor ulang")
        case .leadingApostrophe:
            return Message(
                en: "\(column) \(value) starts with an apostrophe, the spreadsheet's text marker that was exported by mistake. Format the \(column) column as Text and remove the apostrophe",
                id: "\(column) \(value) diawali tanda petik ('), penanda teks spreadsheet yang ikut terekspor. Format kolom \(column) sebagai Teks lalu hapus tanda petiknya")
        case .notDigits:
            return Message(en: "\(column) \(value) must be 18 digits", id: "\(column) \(value) harus 18 digit angka")
        case .wrongLength(let n):
            return Message(en: "\(column) \(value) has \(n) digits; a NIP has 18", id: "\(column) \(value) berisi \(n) digit; NIP harus 18 digit")
        case .impossibleBirthDate:
            return Message(en: "\(column) \(value): digits 1–8 are not a real birth date (YYYYMMDD)",
                           id: "\(column) \(value): digit 1–8 bukan tanggal lahir yang ada (TTTTBBHH)")
        case .impossibleServiceStart:
            return Message(en: "\(column) \(value): digits 9–14 are not a real start month (YYYYMM)",
                           id: "\(column) \(value): digit 9–14 bukan bulan TMT CPNS yang ada (TTTTBB)")
        case .startedBeforeEighteen:
            return Message(en: "\(column) \(value): the start month (digits 9–14) is before the officer's 18th birthday",
                           id: "\(column) \(value): bulan TMT CPNS (digit 9–14) sebelum pegawai berusia 18 tahun")
        case .badSexDigit(let d):
            return Message(en: "\(column) \(value): digit 15 must be 1 (male) or 2 (female), not \(d)",
                           id: "\(column) \(value): digit ke-15 harus 1 (laki-laki) atau 2 (perempuan), bukan \(d)")
        case .zeroSerial:
            return Message(en: "\(column) \(value): the serial (digits 16–18) cannot be 000",
                           id: "\(column) \(value): nomor urut (digit 16–18) tidak boleh 000")
        }
    }

    static func date(_ failure: DateText.Failure, raw: String, column: String) -> Message {
        let value = UntrustedText.quoted(raw)
        let en = "write 23/05/2023, 2023-05-23 or 23 Mei 2023"
        let id = "tulis 23/05/2023, 2023-05-23 atau 23 Mei 2023"
        switch failure {
        case .unrecognised:
            return Message(en: "\(column) \(value) is not a date: \(en)", id: "\(column) \(value) bukan tanggal: \(id)")
        case .noSuchDay:
            return Message(en: "\(column) \(value) is not a day on the calendar", id: "\(column) \(value) tidak ada di kalender")
        case .monthDayOrder:
            return Message(en: "\(column) \(value) looks like month/day order; Netra reads day/month/year: \(en)",
                           id: "\(column) \(value) tampak berurutan bulan/tanggal; Netra membaca tanggal/bulan/tahun: \(id)")
        case .spreadsheetSerial:
            return Message(en: "\(column) \(value) is a spreadsheet day number, not a date: format the \(column) column as a date and export again",
                           id: "\(column) \(value) adalah nomor hari spreadsheet, bukan tanggal: format kolom \(column) sebagai tanggal lalu ekspor ulang")
        case .twoDigitYear:
            return Message(en: "\(column) \(value) has a two-digit year: write the year in full (2023)",
                           id: "\(column) \(value) tahunnya dua digit: tulis tahun lengkap (2023)")
        case .unknownMonth(let m):
            return Message(en: "\(column) \(value): unknown month \(UntrustedText.quoted(m)) (Jan … Des, Januari … Desember, January … December)",
                           id: "\(column) \(value): bulan \(UntrustedText.quoted(m)) tidak dikenal (Jan … Des, Januari … Desember, January … December)")
        case .implausibleYear(let year):
            let why = implausibleYear(year, accepted: DateText.plausibleYears)
            return Message { "\(column) \(value): \(why.text($0))" }
        }
    }

    /// `PENCALONAN 'bacalg' tidak dikenal — maksud Anda 'bacaleg'?` when one accepted
    /// word is close (`Suggestion`), else the list of accepted words.
    static func unknownValue<V: SpokenValue>(_ raw: String, column: String, of _: V.Type) -> Message {
        if let near = Suggestion.nearest(to: raw, among: V.allCases.flatMap(\.spellings)) {
            return Message(en: "unknown \(column) \(UntrustedText.quoted(raw)) — did you mean '\(near)'?",
                           id: "\(column) \(UntrustedText.quoted(raw)) tidak dikenal — maksud Anda '\(near)'?")
        }
        return Message(en: "unknown \(column) \(UntrustedText.quoted(raw)): expected one of \(V.acceptedList(.en))",
                       id: "\(column) \(UntrustedText.quoted(raw)) tidak dikenal: isi salah satu dari \(V.acceptedList(.id))")
    }

    /// `names`: each missing column's canonical heading and the Indonesian heading a
    /// clerk would type (`reported_on` / `tanggal laporan`), so the Indonesian text
    /// names the column in the clerk's words and the canonical one beside it.
    static func missingColumns(_ names: [(canonical: String, indonesian: String)], found: [String]) -> Message {
        // A hostile heading line may have 100,000 headings: the first dozen are named.
        let named = found.prefix(12).map { UntrustedText.quoted($0, limit: 24) }.joined(separator: ", ")
        let quoted = found.count > 12 ? named + ", … (\(found.count))" : named
        let en = names.map(\.canonical).joined(separator: ", ")
        let id = names.map { $0.indonesian == $0.canonical ? $0.canonical : "\($0.indonesian) (\($0.canonical))" }.joined(separator: ", ")
        return Message(
            en: "missing required column\(names.count == 1 ? "" : "s") \(en); the heading line has \(found.isEmpty ? "an empty heading line" : quoted)",
            id: "kolom wajib \(id) tidak ada; baris judul berisi \(found.isEmpty ? "judul kosong" : quoted)")
    }

    /// Lines above the heading line that were taken for a title.
    static func titleLinesSkipped(first: Int, last: Int) -> Message {
        let en = first == last ? "line \(first)" : "lines \(first)–\(last)"
        let id = first == last ? "baris \(first)" : "baris \(first)–\(last)"
        return Message(en: "\(en) above the column headings skipped (a title, not data)",
                       id: "\(id) di atas judul kolom dilewati (judul, bukan data)")
    }

    /// A hostile heading may have thousands of columns: the first few are named, and
    /// `count` (when the caller kept only the first few names) is how many there are.
    static func ignoredColumns(_ names: [String], count: Int? = nil) -> Message {
        let list = names.prefix(6).map { UntrustedText.quoted($0, limit: 24) }.joined(separator: ", ")
        let total = count ?? names.count
        let extra = total - min(names.count, 6)
        return Message(en: "column\(total == 1 ? "" : "s") \(list)\(extra > 0 ? " and \(extra) more" : "") not used by Netra (ignored)",
                       id: "kolom \(list)\(extra > 0 ? " dan \(extra) lainnya" : "") tidak dipakai Netra (diabaikan)")
    }

    static func duplicateColumn(_ canonical: String, _ raw: String) -> Message {
        Message(en: "column \(UntrustedText.quoted(raw, limit: 24)) is a second \(canonical) column; only the first is read",
                id: "kolom \(UntrustedText.quoted(raw, limit: 24)) adalah kolom \(canonical) kedua; hanya yang pertama dibaca")
    }

    static func tooManyFields(_ count: Int, expected: Int) -> Message {
        Message(en: "row has \(count) fields but the heading has \(expected): a separator inside a value needs quotes",
                id: "baris berisi \(count) sel padahal judulnya \(expected): pemisah di dalam isi sel harus diapit tanda kutip")
    }

    static let binaryFile = Message(
        en: "this is not a text file (it contains NUL bytes): export it from the spreadsheet as CSV UTF-8",
        id: "ini bukan berkas teks (berisi bita NUL): ekspor dari spreadsheet sebagai CSV UTF-8")
    /// Placed on its line (`officers.csv:15:`) like every other problem.
    static let nulByte = Message(
        en: "this line contains a NUL byte (an invisible character that is not text): retype its cells and save as CSV UTF-8",
        id: "baris ini berisi bita NUL (karakter tak terlihat yang bukan teks): ketik ulang selnya lalu simpan sebagai CSV UTF-8")
    /// Control characters or escape sequences inside a cell: cleaned on screen, wrong in the file.
    static func controlCharacters(column: String) -> Message {
        Message(en: "\(column) contains control characters or escape sequences: they are removed on screen, but the cell should be retyped",
                id: "\(column) berisi karakter kendali atau urutan escape: disembunyikan di layar, tetapi selnya sebaiknya diketik ulang")
    }
    static let rosterWithoutOfficers = Message(
        en: "the roster has its heading line but no officers: every count on screen is 0",
        id: "daftar pegawai hanya berisi baris judul, tanpa pegawai: semua hitungan di layar 0")
    static let spreadsheetFile = Message(
        en: "this is a spreadsheet workbook (.xlsx/.ods) saved under a .csv name: use Save As → CSV UTF-8",
        id: "ini buku kerja spreadsheet (.xlsx/.ods) yang diberi nama .csv: pakai Simpan Sebagai (Save As) → CSV UTF-8")
    static let utf16File = Message(en: "this file is UTF-16 text: save it as CSV UTF-8",
                                   id: "berkas ini teks UTF-16: simpan sebagai CSV UTF-8")
    static func invalidUTF8(firstLine: Int) -> Message {
        Message(en: "text from line \(firstLine) on is not valid UTF-8 (shown as �): save the file as CSV UTF-8",
                id: "teks mulai baris \(firstLine) bukan UTF-8 yang sah (tampil sebagai �): simpan berkas sebagai CSV UTF-8")
    }
    static let emptyFile = Message(en: "file is empty: it needs at least a heading line",
                                   id: "berkas kosong: minimal harus ada baris judul")
    static func unterminatedQuote(line: Int) -> Message {
        Message(en: "a quoted value opened on line \(line) is never closed: the rest of the file cannot be read (is it still being written, or is a \" missing?)",
                id: "tanda kutip yang dibuka di baris \(line) tidak pernah ditutup: sisa berkas tidak terbaca (masih disimpan, atau ada \" yang hilang?)")
    }
    static let textAfterQuote = Message(
        en: "text after a closing quote was ignored: a value with quotes inside must double them (\"\")",
        id: "teks setelah tanda kutip penutup diabaikan: tanda kutip di dalam isi sel harus ditulis dua kali (\"\")")

    static func duplicateNIP(_ nip: NIP, firstLine: Int) -> Message {
        Message(en: "duplicate nip \(nip): already on line \(firstLine); this row is ignored",
                id: "nip \(nip) ganda: sudah ada di baris \(firstLine); baris ini diabaikan")
    }
    static func duplicateCaseID(_ id: String, firstLine: Int) -> Message {
        Message(en: "duplicate id \(UntrustedText.quoted(id)): already on line \(firstLine); this row is ignored",
                id: "id \(UntrustedText.quoted(id)) ganda: sudah ada di baris \(firstLine); baris ini diabaikan")
    }
    /// `roster`: the roster's name as the folder holds it (`officers.xlsx`).
    static func unknownOfficer(_ nip: NIP, roster: String) -> Message {
        Message(en: "nip \(nip) is not in \(roster)", id: "nip \(nip) tidak ada di \(roster)")
    }
    static func retirementAge(_ raw: String, column: String = "retirement_age") -> Message {
        Message(en: "\(column) \(UntrustedText.quoted(raw)) must be a whole number of years between 50 and 70 (usually 58, 60 or 65)",
                id: "\(column) \(UntrustedText.quoted(raw)) harus bilangan bulat tahun antara 50 dan 70 (biasanya 58, 60 atau 65)")
    }
    static let decreeWithoutNumber = Message(en: "stage is decreed but decree_no is empty",
                                             id: "tahap sudah SK terbit tetapi decree_no (nomor SK) kosong")
    static let effectiveBeforeFiling = Message(en: "effective_on is before filed_on",
                                               id: "effective_on (TMT) lebih awal dari filed_on (tanggal pengajuan)")
    static let dueBeforeReport = Message(en: "due_on is before reported_on",
                                         id: "due_on (batas waktu) lebih awal dari reported_on (tanggal laporan)")
    static func emptyCaseID(_ column: String = "id") -> Message {
        Message(en: "\(column) is empty: every case needs a number", id: "kolom \(column) kosong: setiap kasus perlu nomor")
    }
    static func requiredValue(_ column: String) -> Message { Message(en: "\(column) is empty", id: "kolom \(column) kosong") }
    static func fileMissing(_ consequence: Message) -> Message {
        Message { $0 == .id ? "berkas tidak ditemukan: \(consequence.text(.id))" : "file not found: \(consequence.text(.en))" }
    }
    static let withoutOfficers = Message(en: "Netra needs the list of officers", id: "Netra memerlukan daftar pegawai")
    static let withoutRetirements = Message(en: "no retirement requests", id: "tidak ada permohonan pensiun")
    static let withoutCases = Message(en: "no neutrality cases", id: "tidak ada kasus netralitas")
    static let withoutSchedule = Message(
        en: "no election stages to count down to, and candidates' resignation deadlines cannot be checked",
        id: "tidak ada tahapan pemilihan untuk dihitung mundur, dan tenggat pengunduran diri calon tidak dapat diperiksa")
    static func folderMissing(_ path: String) -> Message {
        Message(en: "data folder '\(UntrustedText.sanitized(path))' does not exist",
                id: "folder data '\(UntrustedText.sanitized(path))' tidak ada")
    }
    static func notAFolder(_ path: String) -> Message {
        Message(en: "'\(UntrustedText.sanitized(path))' is not a folder", id: "'\(UntrustedText.sanitized(path))' bukan folder")
    }
    static func folderUnreadable(_ path: String) -> Message {
        Message(en: "data folder '\(UntrustedText.sanitized(path))' cannot be read (permissions?)",
                id: "folder data '\(UntrustedText.sanitized(path))' tidak dapat dibaca (hak akses?)")
    }
    static func unreadable(_ reason: String) -> Message {
        Message(en: "cannot read the file: \(reason)", id: "berkas tidak dapat dibaca: \(reason)")
    }

    /// A row of officers.csv that was not read, while its own cells say the officer
    /// is a candidate: without this, the candidate silently drops out of the count.
    static func skippedCandidate(name: String, candidacy: Candidacy, _ reason: Message) -> Message {
        let who = name.isEmpty ? "" : UntrustedText.clipped(name, to: 60) + " "
        return Message {
            $0 == .id
                ? "baris dilewati: \(who)(\(candidacy.canonicalName)) tidak terhitung sebagai calon — \(reason.text(.id))"
                : "row skipped: \(who)(\(candidacy.canonicalName)) is not counted as a candidate — \(reason.text(.en))"
        }
    }

    /// A row of the roster that was not read, whose officer has a request or case
    /// still open: without this, the request or case shows an unknown officer and
    /// the row a bare line number.
    static func skippedWithMatter(name: String, matter: Diagnostic.SkippedRow.Matter, _ reason: Message) -> Message {
        let who = name.isEmpty ? "" : UntrustedText.clipped(name, to: 60) + " "
        let what = openMatter(matter)
        return Message {
            $0 == .id
                ? "baris dilewati: \(who)(\(what.text(.id))) tidak ada di daftar pegawai — \(reason.text(.id))"
                : "row skipped: \(who)(\(what.text(.en))) is not on the roster — \(reason.text(.en))"
        }
    }

    /// What an officer has open, as the skipped row's message names it.
    static func openMatter(_ matter: Diagnostic.SkippedRow.Matter) -> Message {
        switch matter {
        case .request(.age): Message(en: "open retirement request", id: "permohonan pensiun terbuka")
        case .request(.early): Message(en: "open early-retirement request", id: "permohonan pensiun dini terbuka")
        case .request(.resignation): Message(en: "open resignation request", id: "permohonan pengunduran diri terbuka")
        case .neutralityCase(let id):
            Message(en: "open neutrality case \(UntrustedText.clipped(id, to: 30))",
                    id: "kasus netralitas terbuka \(UntrustedText.clipped(id, to: 30))")
        }
    }

    // MARK: Retirement age

    static func actingTitle(_ position: String) -> Message {
        Message(en: "position \(UntrustedText.quoted(position)) is an acting title (Plt./Pj./Plh.): the retirement age is that of the officer's own post, which the title does not tell; read as 58 — fill bup",
                id: "jabatan \(UntrustedText.quoted(position)) adalah jabatan sementara (Plt./Pj./Plh.): BUP mengikuti jabatan definitif pegawai, yang tidak terbaca dari sebutan ini; dibaca 58 — isi kolom bup")
    }

    /// `bup` was empty on some rows: which ages were inferred, by rule, once per file.
    static func inferredAges(_ counts: [(rule: RetirementAge.Rule, count: Int)]) -> Message {
        let total = counts.reduce(0) { $0 + $1.count }
        return Message { l in
            let parts = counts.map { "\($0.count) × \($0.rule.age) (\(ruleName($0.rule).text(l)))" }.joined(separator: ", ")
            return l == .id
                ? "kolom bup kosong untuk \(total) pegawai: BUP disimpulkan dari jabatan — \(parts); isi bup untuk menetapkannya"
                : "bup is empty for \(total) officer\(total == 1 ? "" : "s"): retirement age inferred from the position — \(parts); fill bup to state it"
        }
    }

    static func ruleName(_ rule: RetirementAge.Rule) -> Message {
        switch rule {
        case .acting: Message(en: "acting title, never raised", id: "jabatan sementara, tidak dinaikkan")
        case .professor: Message(en: "profesor", id: "profesor")
        case .lecturer: Message(en: "dosen", id: "dosen")
        case .teacher: Message(en: "guru", id: "guru")
        case .ahliUtama: Message(en: "Ahli Utama", id: "Ahli Utama")
        case .jpt: Message(en: "JPT", id: "JPT")
        case .ahliMadya: Message(en: "Ahli Madya", id: "Ahli Madya")
        case .jptPratamaTitle: Message(en: "JPT Pratama post of a kota", id: "JPT Pratama pemerintah kota")
        case .standard: Message(en: "other posts", id: "jabatan lain")
        }
    }

    static func pastRetirementAge(_ tmt: CivilDate, age: Int, requests: String) -> Message {
        Message(en: "retirement age \(age) reached: TMT pensiun was \(tmt) and \(requests) has no pension request; salary paid after the TMT must be recovered",
                id: "BUP \(age) tahun tercapai: TMT pensiun \(tmt) dan \(requests) tidak memuat permohonan pensiun; gaji yang dibayarkan setelah TMT harus dikembalikan")
    }

    static func ageDecreeLate(_ tmt: CivilDate) -> Message {
        Message(en: "the age-retirement TMT \(tmt) has passed and the pension decree is not issued: salary paid after the TMT must be recovered",
                id: "TMT pensiun BUP \(tmt) sudah lewat dan SK pensiun belum terbit: gaji yang dibayarkan setelah TMT harus dikembalikan")
    }

    // MARK: Elections

    static func electionProblem(_ problem: ElectionChoice.Problem, elections: [Election], fallback: Election?) -> Message {
        let known = elections.map { "\($0.id) (\($0.kind.canonicalName))" }.joined(separator: ", ")
        return Message { l in
            let id = l == .id
            let followed = fallback.map { id ? "; diikuti dengan \(UntrustedText.quoted($0.id))" : "; followed under \(UntrustedText.quoted($0.id))" } ?? ""
            let knownOrNone = known.isEmpty ? (id ? "tidak ada" : "none") : known
            switch problem {
            case .unknown(let ref):
                return id ? "pemilihan \(UntrustedText.quoted(ref)) tidak ada di schedule.toml (pemilihan: \(knownOrNone))\(followed)"
                    : "election \(UntrustedText.quoted(ref)) is not in schedule.toml (elections: \(knownOrNone))\(followed)"
            case .ambiguousKind(let ref):
                return id ? "pemilihan \(UntrustedText.quoted(ref)) menyebut jenis yang ada beberapa kali di schedule.toml: tulis satu id (\(known))\(followed)"
                    : "election \(UntrustedText.quoted(ref)) names a kind of which schedule.toml has several elections: write one id (\(known))\(followed)"
            case .wrongKind(let candidacy, let election):
                let pilkadaCandidacy = candidacy.electionKind == .pilkada, pilkada = election.kind == .pilkada
                let c = UntrustedText.quoted(candidacy.canonicalName), e = UntrustedText.quoted(election.id)
                return id
                    ? "pencalonan \(c) adalah \(pilkadaCandidacy ? "pencalonan Pilkada" : "pencalonan legislatif"), tetapi pemilihan \(e) adalah \(pilkada ? "Pilkada" : "pemilu legislatif"): perbaiki kolom candidacy atau election"
                    : "candidacy \(c) is \(pilkadaCandidacy ? "a Pilkada candidacy" : "a legislative candidacy"), but election \(e) is \(pilkada ? "a Pilkada" : "a legislative election"): fix the candidacy or the election column"
            }
        }
    }

    static func stageUnknownElection(_ stage: String, _ election: String, known: [String]) -> Message {
        Message { l in
            let list = known.isEmpty ? (l == .id ? "tidak ada" : "none") : known.joined(separator: ", ")
            return l == .id
                ? "tahapan \(UntrustedText.quoted(stage)) menyebut pemilihan \(UntrustedText.quoted(election)), yang tidak didefinisikan tabel [[election]] mana pun; pemilihan: \(list)"
                : "stage \(UntrustedText.quoted(stage)) names election \(UntrustedText.quoted(election)), which no [[election]] table defines; elections: \(list)"
        }
    }

    static func electionStageReference(_ key: String, election: String, stage: String, known: [String]) -> Message {
        Message { l in
            let list = known.isEmpty ? (l == .id ? "tidak ada" : "none") : known.joined(separator: ", ")
            return l == .id
                ? "\(key) pada pemilihan \(UntrustedText.quoted(election)) menyebut tahapan \(UntrustedText.quoted(stage)), yang tidak didefinisikan; tahapan: \(list)"
                : "\(key) of election \(UntrustedText.quoted(election)) names stage \(UntrustedText.quoted(stage)), which is not defined; stages: \(list)"
        }
    }

    static func electionStageOfOther(_ key: String, election: String, stage: String, other: String) -> Message {
        Message(en: "\(key) of election \(UntrustedText.quoted(election)) names stage \(UntrustedText.quoted(stage)), which belongs to election \(UntrustedText.quoted(other))",
                id: "\(key) pada pemilihan \(UntrustedText.quoted(election)) menyebut tahapan \(UntrustedText.quoted(stage)), yang milik pemilihan \(UntrustedText.quoted(other))")
    }

    static let electionsNotTables = Message(en: "election must be written as [[election]] tables",
                                            id: "election harus ditulis sebagai tabel [[election]]")
    static let electionNotTable = Message(en: "each election must be an [[election]] table",
                                          id: "setiap pemilihan harus berupa tabel [[election]]")
    static let inElection = Message(en: " in [[election]]", id: " di [[election]]")
    static func electionNameNotText(_ id: String) -> Message {
        Message(en: "name of election \(UntrustedText.quoted(id)) must be text in quotes",
                id: "name pada pemilihan \(UntrustedText.quoted(id)) harus teks dalam tanda kutip")
    }
    static func stageElectionNotText(_ id: String) -> Message {
        Message(en: "election of stage \(UntrustedText.quoted(id)) must be an election id in quotes",
                id: "election pada tahapan \(UntrustedText.quoted(id)) harus id pemilihan dalam tanda kutip")
    }
    static let topLevelDeadlineIgnored = Message(
        en: "resignation_deadline and dct_stage at the top are ignored when [[election]] tables exist: give each election its resignation_deadline and fixing_stage",
        id: "resignation_deadline dan dct_stage di bagian atas diabaikan bila ada tabel [[election]]: beri setiap pemilihan resignation_deadline dan fixing_stage sendiri")
    static func electionNeeds(_ number: Int) -> Message {
        Message(en: "election \(number) needs id = \"…\" (a short name such as \"pilkada-2024\")",
                id: "pemilihan ke-\(number) perlu id = \"…\" (nama singkat seperti \"pilkada-2024\")")
    }
    static func duplicateElection(_ id: String, firstLine: Int) -> Message {
        Message(en: "duplicate election id \(UntrustedText.quoted(id)): already used on line \(firstLine); this election is ignored",
                id: "id pemilihan \(UntrustedText.quoted(id)) ganda: sudah dipakai di baris \(firstLine); pemilihan ini diabaikan")
    }
    static func electionKind(_ id: String, raw: String?) -> Message {
        let e = UntrustedText.quoted(id)
        return Message { l in
            let what = raw.map { l == .id ? "jenis \(UntrustedText.quoted($0)) pada pemilihan \(e) tidak dikenal" : "kind \(UntrustedText.quoted($0)) of election \(e) is not known" }
                ?? (l == .id ? "pemilihan \(e) tidak punya kind" : "election \(e) has no kind")
            return l == .id ? "\(what): tulis kind = \"pileg\" atau \"pilkada\"; dibaca sebagai pileg"
                : "\(what): write kind = \"pileg\" or \"pilkada\"; read as pileg"
        }
    }
    static func electionNoDeadline(_ id: String) -> Message {
        Message(en: "election \(UntrustedText.quoted(id)) has no resignation_deadline = \"<stage id>\": its candidates' deadlines cannot be checked",
                id: "pemilihan \(UntrustedText.quoted(id)) tidak punya resignation_deadline = \"<id tahapan>\": tenggat calonnya tidak dapat diperiksa")
    }

    /// A file that was read before and is gone now (moved, deleted, being replaced).
    static let fileVanished = Message(
        en: "file not found (moved or deleted while Netra runs): the last good data stays until it is back",
        id: "berkas tidak ditemukan (dipindah atau dihapus saat Netra berjalan): data terakhir yang baik tetap dipakai sampai berkasnya kembali")

    // MARK: Files that are not read at all

    /// Why `SafeFile` refused a file, naming what it is or how large.
    static func refusal(_ refusal: SafeFile.Refusal) -> Message {
        switch refusal {
        case .missing: return Message(en: "file not found", id: "berkas tidak ditemukan")
        case .notAFile(let kind):
            let what: Message = switch kind {
            case .directory: Message(en: "a folder", id: "folder")
            case .namedPipe: Message(en: "a named pipe (FIFO)", id: "pipa bernama (FIFO)")
            case .characterDevice, .blockDevice: Message(en: "a device", id: "perangkat")
            case .socket: Message(en: "a socket", id: "soket")
            case .unknown: Message(en: "not an ordinary file", id: "bukan berkas biasa")
            }
            return Message(en: "this is \(what.english), not a file: Netra reads only ordinary files",
                           id: "ini \(what.text(.id)), bukan berkas: Netra hanya membaca berkas biasa")
        case .tooLarge(let bytes, let limit):
            return Message { l in
                l == .id ? "ukuran berkas \(byteSize(bytes).text(l)); Netra membaca berkas paling besar \(byteSize(limit).text(l)) (benarkah ini berkasnya?)"
                    : "the file is \(byteSize(bytes).text(l)); Netra reads files of at most \(byteSize(limit).text(l)) (is it the right file?)"
            }
        case .linkLoop:
            return Message(en: "this is a symbolic link that leads back to itself (a loop of links)",
                           id: "ini tautan simbolik yang menunjuk ke dirinya sendiri (tautan berputar)")
        case .danglingLink:
            return Message(en: "this is a symbolic link to a file that does not exist",
                           id: "ini tautan simbolik ke berkas yang tidak ada")
        case .linkOutsideFolder:
            return Message(en: "this is a link to a file outside the data folder; Netra reads only files inside it: copy the file into the folder instead",
                           id: "ini tautan ke berkas di luar folder data; Netra hanya membaca berkas di dalamnya: salin berkasnya ke folder data")
        case .system(let code):
            return unreadable(String(cString: strerror(code)))
        }
    }

    /// `12 MB`, `1 GB`, `100 GB`: sizes as file managers write them (powers of 1024);
    /// Indonesian writes the decimal comma.
    static func byteSize(_ bytes: Int64) -> Message {
        let units = ["bytes", "KB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        if unit == 0 { return Message(en: "\(bytes) bytes", id: "\(bytes) bita") }
        let rounded = (value * 10).rounded() / 10
        let number = rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
        return Message(en: "\(number) \(units[unit])", id: "\(number.replacingOccurrences(of: ".", with: ",")) \(units[unit])")
    }

    // MARK: TOML files (netra.toml, schedule.toml)

    static let tomlBinary = Message(en: "this is not a text file (it contains NUL bytes)", id: "ini bukan berkas teks (berisi bita NUL)")
    static let tomlNotUTF8 = Message(en: "the file is not valid UTF-8 text: save it as UTF-8",
                                     id: "berkas ini bukan teks UTF-8 yang sah: simpan sebagai UTF-8")
    static func notTOML(_ detail: Message) -> Message {
        Message { $0 == .id ? "bukan TOML yang sah: \(detail.text(.id))" : "not valid TOML: \(detail.text(.en))" }
    }
    static func tomlTooLarge(_ bytes: Int, limit: Int) -> Message {
        Message { l in
            l == .id ? "ukuran berkas \(byteSize(Int64(bytes)).text(l)); berkas pengaturan atau jadwal paling besar \(byteSize(Int64(limit)).text(l)) (benarkah ini berkasnya?)"
                : "the file is \(byteSize(Int64(bytes)).text(l)); a settings or schedule file is at most \(byteSize(Int64(limit)).text(l)) (is it the right file?)"
        }
    }
    /// `place` is where the key sits (" in [kiosk]"), empty at the top level.
    static func unknownKey(_ key: String, place: Message?, known: [String]) -> Message {
        let list = known.sorted().joined(separator: ", ")
        return Message { l in
            let at = place?.text(l) ?? ""
            return l == .id ? "kunci \(UntrustedText.quoted(key))\(at) tidak dikenal (diabaikan); kunci yang dikenal: \(list)"
                : "unknown key \(UntrustedText.quoted(key))\(at) (ignored); known keys: \(list)"
        }
    }
    static let inStage = Message(en: " in [[stage]]", id: " di [[stage]]")
    static let inAlerts = Message(en: " in [alerts]", id: " di [alerts]")
    static let inKiosk = Message(en: " in [kiosk]", id: " di [kiosk]")
    /// Years a date in the data folder may have: anything else is a typo (0001, 20233).
    static func implausibleYear(_ year: Int, accepted: ClosedRange<Int>) -> Message {
        Message(en: "the year \(year) is not plausible: Netra accepts years \(accepted.lowerBound) to \(accepted.upperBound)",
                id: "tahun \(year) tidak masuk akal: Netra menerima tahun \(accepted.lowerBound) sampai \(accepted.upperBound)")
    }

    /// What the TOML reader says after "not valid TOML: ". `found` is a character as
    /// the reader describes it (`'x'`, the end of the line).
    enum TOMLSyntax {
        static let endOfFile = Message(en: "the end of the file", id: "akhir berkas")
        static let endOfLine = Message(en: "the end of the line", id: "akhir baris")
        static let oddCharacter = Message(en: "an unexpected character", id: "karakter yang tidak terduga")
        static func expectedEndOfLine(found: Message) -> Message {
            Message { $0 == .id ? "setelah nilai seharusnya akhir baris, ditemukan \(found.text(.id))" : "expected the end of the line after the value, found \(found.text(.en))" }
        }
        static func tooManyTables(_ limit: Int) -> Message {
            Message(en: "more than \(limit) tables in one file", id: "lebih dari \(limit) tabel dalam satu berkas")
        }
        static func tooDeep(_ limit: Int) -> Message {
            Message(en: "lists or tables nested more than \(limit) deep", id: "daftar atau tabel bersarang lebih dari \(limit) tingkat")
        }
        static func expectedEquals(found: Message) -> Message {
            Message { $0 == .id ? "setelah kunci seharusnya '=', ditemukan \(found.text(.id))" : "expected '=' after the key, found \(found.text(.en))" }
        }
        static func expectedTableClose(found: Message) -> Message {
            Message { $0 == .id ? "nama tabel harus ditutup dengan ']', ditemukan \(found.text(.id))" : "expected ']' to close the table name, found \(found.text(.en))" }
        }
        static let expectedArrayTableClose = Message(en: "expected ']]' to close the array-of-tables name",
                                                     id: "nama daftar tabel harus ditutup dengan ']]'")
        static func valueNotArrayOfTables(_ name: String, line: Int) -> Message {
            Message(en: "\(UntrustedText.quoted(name, limit: 60)) is already a value (line \(line)); it cannot also be [[\(UntrustedText.clipped(name, to: 60))]]",
                    id: "\(UntrustedText.quoted(name, limit: 60)) sudah berupa nilai (baris \(line)); tidak bisa sekaligus [[\(UntrustedText.clipped(name, to: 60))]]")
        }
        static func tableTwice(_ name: String, firstLine: Int) -> Message {
            Message(en: "table [\(UntrustedText.clipped(name, to: 60))] is defined twice (first on line \(firstLine))",
                    id: "tabel [\(UntrustedText.clipped(name, to: 60))] didefinisikan dua kali (pertama di baris \(firstLine))")
        }
        static func valueNotTable(_ name: String, line: Int) -> Message {
            Message(en: "\(UntrustedText.quoted(name, limit: 60)) is already a value (line \(line)); it cannot also be a table",
                    id: "\(UntrustedText.quoted(name, limit: 60)) sudah berupa nilai (baris \(line)); tidak bisa sekaligus tabel")
        }
        static func valueHoldsNoKeys(_ key: String, line: Int) -> Message {
            Message(en: "\(UntrustedText.quoted(key, limit: 60)) is already a value (line \(line)); it cannot also hold keys",
                    id: "\(UntrustedText.quoted(key, limit: 60)) sudah berupa nilai (baris \(line)); tidak bisa berisi kunci")
        }
        static func keyTwice(_ key: String, firstLine: Int) -> Message {
            Message(en: "key \(UntrustedText.quoted(key, limit: 60)) is set twice (first on line \(firstLine))",
                    id: "kunci \(UntrustedText.quoted(key, limit: 60)) diisi dua kali (pertama di baris \(firstLine))")
        }
        static let keyAtEnd = Message(en: "expected a key, found the end of the file", id: "seharusnya kunci, ditemukan akhir berkas")
        static let multilineKey = Message(en: "a key cannot be a multi-line string", id: "kunci tidak boleh berupa teks banyak baris")
        static func badKey(found: Message) -> Message {
            Message { $0 == .id ? "kunci harus huruf, angka, _ atau - (atau diapit tanda kutip); ditemukan \(found.text(.id))"
                : "a key must be letters, digits, _ or - (or be in quotes); found \(found.text(.en))" }
        }
        static func keyTooLong(_ limit: Int) -> Message {
            Message(en: "a key has more than \(limit) parts (a.b.c…)", id: "kunci terdiri atas lebih dari \(limit) bagian (a.b.c…)")
        }
        static let valueAtEnd = Message(en: "expected a value, found the end of the file", id: "seharusnya nilai, ditemukan akhir berkas")
        static func expectedValue(found: Message) -> Message {
            Message { $0 == .id ? "seharusnya nilai, ditemukan \(found.text(.id))" : "expected a value, found \(found.text(.en))" }
        }
        static func notAValue(_ word: String) -> Message {
            Message(en: "\(UntrustedText.quoted(word, limit: 30)) is not a TOML value (text needs quotes)",
                    id: "\(UntrustedText.quoted(word, limit: 30)) bukan nilai TOML (teks harus diapit tanda kutip)")
        }
        static func listNotClosed(openedOn line: Int) -> Message {
            Message(en: "a list opened on line \(line) is never closed with ']'", id: "daftar yang dibuka di baris \(line) tidak pernah ditutup dengan ']'")
        }
        static func listSeparator(openedOn line: Int, found: Message) -> Message {
            Message { $0 == .id ? "seharusnya ',' atau ']' dalam daftar yang dibuka di baris \(line), ditemukan \(found.text(.id))"
                : "expected ',' or ']' in the list opened on line \(line), found \(found.text(.en))" }
        }
        static func inlineSeparator(found: Message) -> Message {
            Message { $0 == .id ? "seharusnya ',' atau '}' dalam tabel sebaris, ditemukan \(found.text(.id))"
                : "expected ',' or '}' in the inline table, found \(found.text(.en))" }
        }
        static let stringNotClosed = Message(en: "a string is not closed before the end of the line",
                                             id: "teks tidak ditutup tanda kutip sebelum akhir baris")
        static func multilineNotClosed(openedOn line: Int) -> Message {
            Message(en: "a multi-line string opened on line \(line) is never closed",
                    id: "teks banyak baris yang dibuka di baris \(line) tidak pernah ditutup")
        }
        static let escapeAtEnd = Message(en: "a string ends in the middle of an escape", id: "teks berakhir di tengah kode escape")
        static func badUnicodeEscape(_ letter: Character, digits: Int) -> Message {
            Message(en: "\\\(letter) must be followed by \(digits) hex digits of a valid character",
                    id: "\\\(letter) harus diikuti \(digits) digit heksadesimal sebuah karakter yang sah")
        }
        static func unknownEscape(_ described: Message) -> Message {
            Message { $0 == .id ? "kode escape \\\(described.text(.id)) tidak dikenal dalam teks (tulis \\\\ untuk garis miring terbalik)"
                : "unknown escape \\\(described.text(.en)) in a string (write \\\\ for a backslash)" }
        }
    }

    // MARK: schedule.toml

    static let scheduleZone = Message(en: "timezone must be an IANA zone name such as \"Asia/Jakarta\" (or WIB, WITA, WIT)",
                                      id: "timezone harus nama zona IANA seperti \"Asia/Jakarta\" (atau WIB, WITA, WIT)")
    static let stageNotTable = Message(en: "each stage must be a [[stage]] table", id: "setiap tahapan harus berupa tabel [[stage]]")
    static func duplicateStageID(_ id: String, firstLine: Int) -> Message {
        Message(en: "duplicate stage id \(UntrustedText.quoted(id)): already used by the stage on line \(firstLine); this stage is ignored",
                id: "id tahapan \(UntrustedText.quoted(id)) ganda: sudah dipakai tahapan di baris \(firstLine); tahapan ini diabaikan")
    }
    static let stagesNotTables = Message(en: "stage must be written as [[stage]] tables", id: "stage harus ditulis sebagai tabel [[stage]]")
    static let noStages = Message(en: "no [[stage]] tables: there is nothing to count down to",
                                  id: "tidak ada tabel [[stage]]: tidak ada yang dapat dihitung mundur")
    static func noDeadlineStage(_ key: String) -> Message {
        Message(en: "no \(key) = \"<stage id>\": candidates' resignation deadlines cannot be checked",
                id: "tidak ada \(key) = \"<id tahapan>\": tenggat pengunduran diri calon tidak dapat diperiksa")
    }
    static func stageReferenceNotText(_ key: String) -> Message {
        Message(en: "\(key) must be a stage id in quotes", id: "\(key) harus id tahapan dalam tanda kutip")
    }
    static func unknownStageReference(_ key: String, id: String, known: [String]) -> Message {
        Message { l in
            let list = known.isEmpty ? (l == .id ? "tidak ada" : "none") : known.joined(separator: ", ")
            return l == .id ? "\(key) menyebut tahapan \(UntrustedText.quoted(id)), yang tidak didefinisikan; tahapan: \(list)"
                : "\(key) names stage \(UntrustedText.quoted(id)), which is not defined; stages: \(list)"
        }
    }
    static func holidayNotDate(_ number: Int) -> Message {
        Message(en: "holiday \(number) is not a date (write 2023-12-25)", id: "hari libur ke-\(number) bukan tanggal (tulis 2023-12-25)")
    }
    static let holidaysNotList = Message(en: "holidays must be a list of dates: holidays = [2023-12-25, 2023-12-26]",
                                         id: "holidays harus daftar tanggal: holidays = [2023-12-25, 2023-12-26]")
    static func holidayYear(_ number: Int, year: Int, accepted: ClosedRange<Int>) -> Message {
        let why = implausibleYear(year, accepted: accepted)
        return Message { $0 == .id ? "hari libur ke-\(number): \(why.text(.id))" : "holiday \(number): \(why.text(.en))" }
    }
    static func stageWithoutID(_ number: Int) -> Message {
        Message(en: "stage \(number) needs id = \"…\" (a short name such as \"pencermatan-dct\")",
                id: "tahapan ke-\(number) perlu id = \"…\" (nama singkat seperti \"pencermatan-dct\")")
    }
    static func stageNameNotText(_ id: String) -> Message {
        Message(en: "name of stage \(UntrustedText.quoted(id)) must be text in quotes",
                id: "name pada tahapan \(UntrustedText.quoted(id)) harus teks dalam tanda kutip")
    }
    static func stageEndsBeforeStart(_ id: String) -> Message {
        Message(en: "stage \(UntrustedText.quoted(id)) ends before it starts", id: "tahapan \(UntrustedText.quoted(id)) berakhir sebelum dimulai")
    }
    static func stageBoundaryExample(_ key: String) -> String { "\(key) = 2023-10-03T23:59:00+07:00" }
    static func stageNeeds(_ id: String, key: String) -> Message {
        Message(en: "stage \(UntrustedText.quoted(id)) needs \(stageBoundaryExample(key))",
                id: "tahapan \(UntrustedText.quoted(id)) perlu \(stageBoundaryExample(key))")
    }
    static func stageBoundaryQuoted(_ id: String, key: String) -> Message {
        Message(en: "\(key) of stage \(UntrustedText.quoted(id)) is in quotes: write a TOML date-time without quotes, e.g. \(stageBoundaryExample(key))",
                id: "\(key) pada tahapan \(UntrustedText.quoted(id)) diapit tanda kutip: tulis tanggal-waktu TOML tanpa tanda kutip, mis. \(stageBoundaryExample(key))")
    }
    static func stageBoundaryNotDate(_ id: String, key: String) -> Message {
        Message(en: "\(key) of stage \(UntrustedText.quoted(id)) must be a date-time, e.g. \(stageBoundaryExample(key))",
                id: "\(key) pada tahapan \(UntrustedText.quoted(id)) harus tanggal-waktu, mis. \(stageBoundaryExample(key))")
    }
    static func stageBoundaryYear(_ id: String, key: String, year: Int, accepted: ClosedRange<Int>) -> Message {
        let why = implausibleYear(year, accepted: accepted)
        return Message { $0 == .id ? "\(key) pada tahapan \(UntrustedText.quoted(id)): \(why.text(.id))"
            : "\(key) of stage \(UntrustedText.quoted(id)): \(why.text(.en))" }
    }

    // MARK: netra.toml

    static func notText(_ key: String) -> Message { Message(en: "\(key) must be text in quotes", id: "\(key) harus teks dalam tanda kutip") }
    static let languageChoice = Message(en: "language must be \"id\" or \"en\"", id: "language harus \"id\" atau \"en\"")
    static func unknownZone(_ name: String) -> Message {
        Message(en: "unknown timezone \(UntrustedText.quoted(name)): use an IANA name such as \"Asia/Makassar\" (WITA), \"Asia/Jakarta\" (WIB) or \"Asia/Jayapura\" (WIT)",
                id: "zona waktu \(UntrustedText.quoted(name)) tidak dikenal: pakai nama IANA seperti \"Asia/Makassar\" (WITA), \"Asia/Jakarta\" (WIB) atau \"Asia/Jayapura\" (WIT)")
    }
    static func settingsThemeNotAName(_ text: String) -> Message {
        Message(en: "theme \(UntrustedText.quoted(text)) is not a theme name: write the name of a theme such as \"default\" or \"high-contrast\" (letters, digits, - and _; see `netra themes`), not a file path",
                id: "theme \(UntrustedText.quoted(text)) bukan nama tema: tulis nama tema seperti \"default\" atau \"high-contrast\" (huruf, angka, - dan _; lihat `netra themes`), bukan lokasi berkas")
    }
    /// `place` is " in [alerts]" or " in [kiosk]".
    static func wholeNumber(_ key: String, place: Message, range: ClosedRange<Int>) -> Message {
        Message { $0 == .id ? "\(key)\(place.text(.id)) harus bilangan bulat dari \(range.lowerBound) sampai \(range.upperBound)"
            : "\(key)\(place.text(.en)) must be a whole number from \(range.lowerBound) to \(range.upperBound)" }
    }
    static let criticalAfterWarning = Message(en: "critical_days is larger than warning_days", id: "critical_days lebih besar dari warning_days")
    static let alertsNotTable = Message(en: "alerts must be a table: [alerts]", id: "alerts harus berupa tabel: [alerts]")
    static let kioskNotTable = Message(en: "kiosk must be a table: [kiosk]", id: "kiosk harus berupa tabel: [kiosk]")
    static func kioskChoice(_ key: String, choices: [String], unreadable: Message? = nil) -> Message {
        let list = choices.map { "\"\($0)\"" }.joined(separator: ", ")
        return Message { l in
            let meanwhile = unreadable?.text(l) ?? ""
            return l == .id ? "\(key) di [kiosk] harus salah satu dari \(list)\(meanwhile)" : "\(key) in [kiosk] must be one of \(list)\(meanwhile)"
        }
    }
    static let mouseNotBool = Message(en: "mouse must be true or false", id: "mouse harus true atau false")
    /// What an unreadable privacy value means meanwhile: the strictest choice.
    static let untilThenHidden = Message(en: " (until then: hidden)", id: " (sementara: disembunyikan)")
    static let caseDetailsNotBool = Message(en: "case_details in [kiosk] must be true or false (until then: false)",
                                            id: "case_details di [kiosk] harus true atau false (sementara: false)")
    static let fullNamesOnKiosk = Message(en: "names = \"full\" shows officers' full names on the public kiosk screen",
                                          id: "names = \"full\" menampilkan nama lengkap pegawai di layar kiosk umum")
    static let fullNIPsOnKiosk = Message(en: "nip = \"full\" shows whole NIPs (birth dates) on the public kiosk screen",
                                         id: "nip = \"full\" menampilkan NIP utuh (tanggal lahir) di layar kiosk umum")
    static let caseDetailsOnKiosk = Message(
        en: "case_details = true lists neutrality cases one by one, with the officers concerned, on the public kiosk screen",
        id: "case_details = true menampilkan kasus netralitas satu per satu, beserta pegawai yang bersangkutan, di layar kiosk umum")
    /// A refused value's stand-in, after the message that refuses it.
    static func usingInstead(_ value: String) -> Message {
        Message(en: "; \(value) is used instead", id: "; \(value) dipakai sebagai gantinya")
    }
    static func countdownChoice(_ forms: [String]) -> Message {
        let list = forms.map { "\"\($0)\"" }.joined(separator: ", ")
        return Message(en: "countdown in [kiosk] must be one of \(list) (ID: an election or stage id of schedule.toml)",
                       id: "countdown di [kiosk] harus salah satu dari \(list) (ID: id pemilihan atau tahapan di schedule.toml)")
    }
    static func peopleOnKiosk(_ people: String) -> Message {
        people == "full"
            ? Message(en: "people = \"full\" lists officers on the public kiosk screen, as names, nip and case_details allow",
                      id: "people = \"full\" menampilkan pegawai di layar kiosk umum, sejauh diizinkan names, nip dan case_details")
            : Message(en: "people = \"initials\" lists candidates (initials, candidacy, party, dapil) on the public kiosk screen",
                      id: "people = \"initials\" menampilkan calon (inisial, pencalonan, partai, dapil) di layar kiosk umum")
    }
    static func detailsWithoutPeople(_ people: String) -> Message {
        let aggregate = people == "aggregate"
        return Message(
            en: "names, nip and case_details say how much of a person a kiosk row shows, but people = \"\(people)\" shows "
                + (aggregate ? "no person at all" : "initials, candidacy, party and dapil only") + " (set people = \"full\" to use them)",
            id: "names, nip dan case_details mengatur seberapa banyak data seseorang di baris kiosk, tetapi people = \"\(people)\" "
                + (aggregate ? "tidak menampilkan orang sama sekali" : "hanya menampilkan inisial, pencalonan, partai dan dapil")
                + " (isi people = \"full\" untuk memakainya)")
    }
    static func smallGroupsOnKiosk(_ size: Int, default defaultSize: Int) -> Message {
        Message(en: "min_group = \(size) shows parties and districts with fewer than \(defaultSize) candidates on the public kiosk screen",
                id: "min_group = \(size) menampilkan partai dan dapil dengan kurang dari \(defaultSize) calon di layar kiosk umum")
    }
    static func countdownTargetMissing(_ setting: String) -> Message {
        Message(en: "countdown in [kiosk] names \(UntrustedText.quoted(setting)), which schedule.toml does not have (an election needs a stage named "
                    + "with pemungutan, voting or polling); the nearest voting day or decree deadline is used instead",
                id: "countdown di [kiosk] menyebut \(UntrustedText.quoted(setting)), yang tidak ada di schedule.toml (pemilihan perlu tahapan "
                    + "bernama pemungutan, voting atau polling); hari pemungutan atau batas SK terdekat dipakai sebagai gantinya")
    }
    /// `value` is the page as written, `nil` when it is not text.
    static func notAKioskPage(_ value: String?, pages: [String]) -> Message {
        let list = pages.joined(separator: ", ")
        return Message { l in
            let what = value.map { UntrustedText.quoted($0) } ?? (l == .id ? "nilai yang bukan teks" : "a value that is not text")
            return l == .id ? "views di [kiosk]: \(what) bukan halaman kiosk; pakai \(list)"
                : "views in [kiosk]: \(what) is not a kiosk page; use \(list)"
        }
    }
    static func kioskPagesNotList(_ pages: [String]) -> Message {
        Message(en: "views in [kiosk] must be a list of pages in quotes, e.g. [\"countdown\", \"overview\"]; pages: \(pages.joined(separator: ", "))",
                id: "views di [kiosk] harus daftar halaman dalam tanda kutip, mis. [\"countdown\", \"overview\"]; halaman: \(pages.joined(separator: ", "))")
    }
    static let unlockKeyChoice = Message(
        en: "unlock_key in [kiosk] must name one key: \"F1\" to \"F12\", \"ctrl-a\" to \"ctrl-z\" (not c, d, h, i, j, m, q, s, z) or one character",
        id: "unlock_key di [kiosk] harus satu tombol: \"F1\" sampai \"F12\", \"ctrl-a\" sampai \"ctrl-z\" (kecuali c, d, h, i, j, m, q, s, z) atau satu karakter")
    static let pinHashInvalid = Message(
        en: "pin_hash in [kiosk] is not a PIN hash: make one with `netra kiosk-pin` and paste its line (the PIN itself never goes in this file)",
        id: "pin_hash di [kiosk] bukan hash PIN: buat dengan `netra kiosk-pin` lalu tempel barisnya (PIN-nya sendiri jangan ditulis di berkas ini)")

    // MARK: Theme files (public: the terminal front end reads themes)

    /// A theme file that is not TOML is not quoted at all: it may be any file.
    public static let themeNotTOML = Message(en: "not valid TOML; using the default theme", id: "bukan TOML yang sah; tema bawaan dipakai")
    public static let themeWithoutStyles = Message(en: "no [styles] table; using the default theme", id: "tidak ada tabel [styles]; tema bawaan dipakai")
    public static let themeNotText = Message(en: "cannot read the theme file (not UTF-8 text?); using the default theme",
                                             id: "berkas tema tidak dapat dibaca (bukan teks UTF-8?); tema bawaan dipakai")
    public static func themeRefused(_ why: SafeFile.Refusal) -> Message {
        let reason = refusal(why)
        return Message { $0 == .id ? "\(reason.text(.id)); tema bawaan dipakai" : "\(reason.text(.en)); using the default theme" }
    }
    public static func themeNotFound(_ name: String, lookedIn folders: [String]) -> Message {
        let list = folders.map(UntrustedText.sanitized).joined(separator: ", ")
        return Message(en: "theme \(UntrustedText.quoted(name)) not found (looked in \(list)); using the default theme",
                       id: "tema \(UntrustedText.quoted(name)) tidak ditemukan (dicari di \(list)); tema bawaan dipakai")
    }
    public static func themeNotAName(_ text: String) -> Message {
        Message(en: "theme \(UntrustedText.quoted(text)) is not a theme name (letters, digits, - and _; see `netra themes`); using the default theme",
                id: "\(UntrustedText.quoted(text)) bukan nama tema (huruf, angka, - dan _; lihat `netra themes`); tema bawaan dipakai")
    }
    public static func themeUnknownKey(_ key: String) -> Message {
        Message(en: "unknown key \(UntrustedText.quoted(key)) (ignored); known: name, description, styles",
                id: "kunci \(UntrustedText.quoted(key)) tidak dikenal (diabaikan); yang dikenal: name, description, styles")
    }
    public static func themeUnknownRole(_ role: String, roles: [String]) -> Message {
        Message(en: "unknown role \(UntrustedText.quoted(role)) (ignored); roles: \(roles.joined(separator: ", "))",
                id: "peran \(UntrustedText.quoted(role)) tidak dikenal (diabaikan); peran: \(roles.joined(separator: ", "))")
    }
    public static func themeRoleNotTable(_ role: String) -> Message {
        Message(en: "role \(UntrustedText.quoted(role)) must be a table such as { fg = \"red\", bold = true }",
                id: "peran \(UntrustedText.quoted(role)) harus berupa tabel seperti { fg = \"red\", bold = true }")
    }
    /// `value` is the colour as written (text or number), `nil` for any other kind.
    public static func themeNotAColour(_ value: String?) -> Message {
        Message { l in
            let what = value.map { UntrustedText.quoted($0) } ?? (l == .id ? "nilai ini" : "this value")
            return l == .id ? "\(what) bukan warna: pakai nama (red, bright-blue…), 0–255 atau #rrggbb"
                : "\(what) is not a colour: use a name (red, bright-blue…), 0–255 or #rrggbb"
        }
    }
    public static func themeFlagNotBool(_ attribute: String) -> Message {
        Message(en: "\(attribute) must be true or false", id: "\(attribute) harus true atau false")
    }
    public static func themeUnknownStyleKey(_ key: String) -> Message {
        Message(en: "unknown style key \(UntrustedText.quoted(key)) (ignored); use fg, bg, bold, underline, reverse, dim",
                id: "kunci gaya \(UntrustedText.quoted(key)) tidak dikenal (diabaikan); pakai fg, bg, bold, underline, reverse, dim")
    }
    public static func themeMissingRoles(_ roles: [String]) -> Message {
        Message(en: "no style for \(roles.joined(separator: ", ")): using the default theme's",
                id: "tidak ada gaya untuk \(roles.joined(separator: ", ")): memakai gaya tema bawaan")
    }

    static func pinHash(_ problem: PINHash.Problem) -> Message {
        switch problem {
        case .notYescrypt:
            return Message(
                en: "pin_hash in [kiosk] is not a yescrypt hash ($y$…), so the kiosk cannot be unlocked; make one with `netra kiosk-pin` and paste its line",
                id: "pin_hash di [kiosk] bukan hash yescrypt ($y$…), jadi kiosk tidak dapat dibuka; buat dengan `netra kiosk-pin` lalu tempel barisnya")
        case .tooCostly(let bytes):
            let most = (YescryptSetting.maximumWork * 128) >> 20
            let en = bytes == .max ? "beyond any" : "\(bytes >> 20) MiB per"
            let id = bytes == .max ? "melampaui batas apa pun" : "\(bytes >> 20) MiB per"
            return Message(
                en: "pin_hash in [kiosk] asks for a yescrypt cost too high to check at the screen (\(en) attempt; at most \(most) MiB), so the kiosk cannot be unlocked; make one with `netra kiosk-pin`",
                id: "pin_hash di [kiosk] meminta biaya yescrypt yang terlalu tinggi untuk diperiksa di layar (\(id) percobaan; paling banyak \(most) MiB), jadi kiosk tidak dapat dibuka; buat dengan `netra kiosk-pin`")
        }
    }
    static func unlockKeyIndistinct(_ name: String, sentAs key: String) -> Message {
        Message(en: "unlock_key in [kiosk]: \(UntrustedText.quoted(name)) can never unlock: a terminal sends it as \(key), so it cannot be told from that key; choose \"F1\" to \"F12\" or another ctrl- key",
                id: "unlock_key di [kiosk]: \(UntrustedText.quoted(name)) tidak akan pernah membuka kiosk: terminal mengirimnya sebagai \(key), sehingga tidak bisa dibedakan dari tombol itu; pilih \"F1\" sampai \"F12\" atau tombol ctrl- lain")
    }

    // MARK: Circulars, acknowledgements and cases after Bawaslu

    static func duplicateCircularID(_ id: String, firstLine: Int) -> Message {
        Message(en: "duplicate circular id \(UntrustedText.quoted(id)): already used on line \(firstLine); this row is ignored",
                id: "id edaran \(UntrustedText.quoted(id)) ganda: sudah dipakai di baris \(firstLine); baris ini diabaikan")
    }
    static func dateBefore(_ later: String, _ earlier: String) -> Message {
        Message(en: "\(later) is before \(earlier): check both dates", id: "\(later) lebih awal dari \(earlier): periksa kedua tanggal")
    }
    static func notYesNo(_ raw: String, column: String) -> Message {
        Message(en: "\(column) \(UntrustedText.quoted(raw)) is not yes or no (ya/tidak); read as empty",
                id: "\(column) \(UntrustedText.quoted(raw)) bukan ya atau tidak; dibaca kosong")
    }
    static func notACount(_ raw: String, column: String) -> Message {
        Message(en: "\(column) \(UntrustedText.quoted(raw)) is not a whole number; read as empty",
                id: "\(column) \(UntrustedText.quoted(raw)) bukan bilangan bulat; dibaca kosong")
    }
    static let inCases = Message(en: " in [cases]", id: " di [cases]")
    static let casesNotATable = Message(en: "cases must be a table: [cases]", id: "cases harus berupa tabel: [cases]")
    static func casesSetting(_ key: String, _ range: ClosedRange<Int>) -> Message {
        Message(en: "\(key) in [cases] must be a whole number from \(range.lowerBound) to \(range.upperBound)",
                id: "\(key) di [cases] harus bilangan bulat dari \(range.lowerBound) sampai \(range.upperBound)")
    }
    static func unknownCircular(_ id: String, known: [String], circulars: String) -> Message {
        let names = known.prefix(8).map { UntrustedText.quoted($0, limit: 24) }.joined(separator: ", ")
        return Message(
            en: "circular \(UntrustedText.quoted(id)) is not in \(circulars) (\(known.isEmpty ? "\(circulars) has none" : "known: " + names)); this row is not counted",
            id: "edaran \(UntrustedText.quoted(id)) tidak ada di \(circulars) (\(known.isEmpty ? "\(circulars) kosong" : "yang ada: " + names)); baris ini tidak dihitung")
    }
    static func unknownFollowedCircular(_ id: String, circulars: String) -> Message {
        Message(en: "follows \(UntrustedText.quoted(id)), which is not an id of \(circulars): the chain is shown without it",
                id: "menindaklanjuti \(UntrustedText.quoted(id)), yang bukan id di \(circulars): rantai edaran ditampilkan tanpanya")
    }
    static func unknownUnit(_ raw: String, nearest: String?, roster: String) -> Message {
        let near = nearest.map { UntrustedText.quoted($0, limit: 60) }
        return Message(
            en: "unit \(UntrustedText.quoted(raw, limit: 60)) matches no unit of \(roster)\(near.map { "; nearest known unit: \($0)" } ?? ""); this entry is not counted",
            id: "unit \(UntrustedText.quoted(raw, limit: 60)) tidak cocok dengan unit mana pun di \(roster)\(near.map { "; yang paling mirip: \($0)" } ?? ""); baris ini tidak dihitung")
    }
    static func unitTwice(_ unit: String, circular: String, firstLine: Int) -> Message {
        Message(en: "unit \(UntrustedText.quoted(unit, limit: 60)) already answered circular \(UntrustedText.quoted(circular)) on line \(firstLine); this row is ignored",
                id: "unit \(UntrustedText.quoted(unit, limit: 60)) sudah menjawab edaran \(UntrustedText.quoted(circular)) di baris \(firstLine); baris ini diabaikan")
    }
    static func unitNotAddressed(_ unit: String, circular: String) -> Message {
        Message(en: "unit \(UntrustedText.quoted(unit, limit: 60)) is not among the units circular \(UntrustedText.quoted(circular)) applies to; counted anyway",
                id: "unit \(UntrustedText.quoted(unit, limit: 60)) tidak termasuk unit tujuan edaran \(UntrustedText.quoted(circular)); tetap dihitung")
    }
    static func beforeCircular(_ column: String, circular: String, issued: CivilDate) -> Message {
        Message(en: "\(column) is before circular \(UntrustedText.quoted(circular)) was issued (\(issued)): check the date",
                id: "\(column) lebih awal dari terbitnya edaran \(UntrustedText.quoted(circular)) (\(issued)): periksa tanggalnya")
    }
    static func signedMoreThanHeadcount(_ count: Int, headcount: Int, roster: String) -> Message {
        Message(en: "signed_count \(count) is more than the unit's \(headcount) officers in \(roster)",
                id: "signed_count \(count) lebih banyak dari \(headcount) pegawai unit itu di \(roster)")
    }
}
