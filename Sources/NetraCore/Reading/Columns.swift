/// Columns of `officers.csv`, with the headings Indonesian exports use.
public enum OfficerColumn: Int, ColumnName {
    case nip, name, unit, position, grade, candidacy, party, district, retirementAge, employment, election

    public var spellings: [String] {
        switch self {
        case .nip: ["nip", "nip baru", "nomor induk pegawai"]
        case .name: ["name", "nama", "nama lengkap", "nama pegawai"]
        case .unit: ["unit", "unit kerja", "opd", "satuan kerja", "perangkat daerah"]
        case .position: ["position", "jabatan", "nama jabatan"]
        case .grade: ["grade", "golongan", "gol/ruang", "gol", "golongan ruang", "pangkat/golongan"]
        case .candidacy: ["candidacy", "pencalonan", "status pencalonan", "status caleg"]
        case .party: ["party", "partai", "parpol", "partai politik"]
        case .district: ["district", "dapil", "daerah pemilihan"]
        case .retirementAge: ["retirement_age", "bup", "batas usia pensiun"]
        case .employment: ["employment", "jenis pegawai", "status kepegawaian", "jenis asn"]
        case .election: ["election", "pemilihan"]
        }
    }

    public var isRequired: Bool {
        switch self {
        case .nip, .name, .unit, .position, .grade, .candidacy: true
        case .party, .district, .retirementAge, .employment, .election: false
        }
    }
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
