/// Columns of `officers.csv`, with the headings Indonesian exports use.
public enum OfficerColumn: Int, ColumnName {
    case nip, name, unit, position, grade, candidacy, party, district, retirementAge, employment, election
    // SIASN exports (see README, officers.csv): titles beside the name, legal status
    // (KEDUDUKAN HUKUM) and the retirement date the office recorded (TMT PENSIUN).
    case titleBefore, titleAfter, status, retirementDate, birthDate, sex

    public var spellings: [String] {
        switch self {
        case .nip: ["nip", "nip baru", "nomor induk pegawai"]
        case .name: ["name", "nama", "nama lengkap", "nama pegawai"]
        case .unit: ["unit", "unit kerja", "opd", "satuan kerja", "perangkat daerah", "unor induk", "nama unor induk",
                     "unor induk nama", "nama unor", "unor", "unor nama"]
        case .position: ["position", "jabatan", "nama jabatan", "jabatan nama"]
        case .grade: ["grade", "golongan", "gol/ruang", "gol", "golongan ruang", "pangkat/golongan", "gol akhir", "golongan akhir", "gol akhir nama"]
        case .candidacy: ["candidacy", "pencalonan", "status pencalonan", "status caleg"]
        case .party: ["party", "partai", "parpol", "partai politik"]
        case .district: ["district", "dapil", "daerah pemilihan"]
        case .retirementAge: ["retirement_age", "bup", "batas usia pensiun"]
        case .employment: ["employment", "jenis pegawai", "status kepegawaian", "jenis asn", "jenis pegawai nama"]
        case .election: ["election", "pemilihan"]
        case .titleBefore: ["title_before", "gelar depan"]
        case .titleAfter: ["title_after", "gelar belakang", "gelar blk"]
        case .status: ["status", "kedudukan hukum", "kedudukan hukum nama", "kedudukan", "kedudukan pns nama"]
        case .retirementDate: ["retirement_date", "tmt pensiun", "tmt bup"]
        case .birthDate: ["birth_date", "tanggal lahir", "tgl lahir", "tgl. lahir"]
        case .sex: ["sex", "jenis kelamin", "jk", "kelamin"]
        }
    }

    public var isRequired: Bool {
        switch self {
        // No candidacy: a roster downloaded from SIASN has none (`candidates.csv` says who runs).
        case .nip, .name, .unit, .position, .grade: true
        default: false
        }
    }

    /// SIASN exports carry both the organisation (`UNOR INDUK`, the OPD) and the
    /// smallest unit (`NAMA UNOR`, a school or section): the OPD is the unit, and the
    /// smaller one is read only when it is the only one.
    public var fallbackSpellings: [String] { self == .unit ? ["nama unor", "unor", "unor nama"] : [] }
}

/// Columns of `retirements.csv`.
public enum RetirementColumn: Int, ColumnName {
    case nip, kind, filedOn, stage, effectiveOn, decreeNumber

    public var spellings: [String] {
        switch self {
        case .nip: ["nip", "nip baru"]
        case .kind: ["kind", "jenis", "jenis pensiun", "jenis usulan"]
        case .filedOn: ["filed_on", "tanggal pengajuan", "tgl pengajuan", "tanggal usul"]
        case .stage: ["stage", "tahap", "status", "tahapan"]
        case .effectiveOn: ["effective_on", "tmt", "tmt pensiun", "tmt berhenti"]
        case .decreeNumber: ["decree_no", "nomor sk", "no sk", "nomor keputusan"]
        }
    }

    public var isRequired: Bool { self == .nip || self == .kind || self == .filedOn || self == .stage }
}

/// Columns of `cases.csv`.
public enum CaseColumn: Int, ColumnName {
    case id, nip, reportedOn, source, category, summary, status, dueOn
    // After Bawaslu (optional; see CaseFollowUp).
    case forwardedTo, forwardedOn, channel, refNo, recommendationOn, recommendationNo, sanction, ppkDue, decidedOn, decisionNo, blocked

    public var spellings: [String] {
        switch self {
        case .id: ["id", "nomor", "no", "nomor laporan", "no laporan"]
        case .nip: ["nip", "nip terlapor"]
        case .reportedOn: ["reported_on", "tanggal laporan", "tgl laporan", "tanggal lapor"]
        case .source: ["source", "sumber", "pelapor", "sumber laporan"]
        case .category: ["category", "kategori", "jenis pelanggaran"]
        case .summary: ["summary", "ringkasan", "uraian", "keterangan"]
        case .status: ["status", "status penanganan"]
        case .dueOn: ["due_on", "batas waktu", "tenggat"]
        default: CaseColumn.followUpSpellings[self] ?? []
        }
    }

    public var isRequired: Bool { rawValue <= CaseColumn.status.rawValue && self != .category }
}

/// Columns of `candidates.csv`, with the headings an office's own list uses.
public enum CandidateColumn: Int, ColumnName {
    case nip, candidacy, election, party, district, list, ballotNumber, reportedOn, source, name

    public var spellings: [String] {
        switch self {
        case .nip: ["nip", "nip baru"]
        case .candidacy: ["candidacy", "pencalonan", "status pencalonan", "status caleg", "status"]
        case .election: ["election", "pemilihan", "jenis pemilihan"]
        case .party: ["party", "partai", "parpol", "partai politik", "partai pengusul"]
        case .district: ["district", "dapil", "daerah pemilihan"]
        case .list: ["kpu_list", "daftar", "daftar kpu"]
        case .ballotNumber: ["ballot_no", "nomor urut", "no urut", "no. urut"]
        case .reportedOn: ["reported_on", "tanggal lapor", "tgl lapor", "tanggal laporan", "tanggal dilaporkan"]
        case .source: ["source", "sumber", "sumber informasi"]
        case .name: ["name", "nama", "nama lengkap", "nama pegawai"]
        }
    }

    public var isRequired: Bool { self == .nip || self == .candidacy }
}
