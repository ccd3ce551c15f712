/// Columns of a KPU candidate list (DCS, DCT, Pilkada pairs), headed as KPU heads them
/// (`NOMOR URUT`, `NAMA LENGKAP`, `JENIS KELAMIN`, `KABUPATEN/KOTA TEMPAT TINGGAL`,
/// `PARTAI`, `DAPIL`). Only the name is required: party, dapil and the kind of list
/// may come from the file's name instead (`KPUFileName`).
public enum KPUColumn: Int, ColumnName {
    case number, name, sex, domicile, party, district, list, deputy, deputySex

    public var spellings: [String] {
        switch self {
        case .number: ["number", "nomor urut", "no urut", "no. urut", "nomor", "no", "no."]
        case .name: ["name", "nama lengkap", "nama", "nama calon", "nama bakal calon", "nama calon kepala daerah", "nama lengkap calon"]
        case .sex: ["sex", "jenis kelamin", "jk", "l/p", "kelamin"]
        case .domicile: ["domicile", "kabupaten/kota tempat tinggal", "kabupaten/kota", "kab/kota", "tempat tinggal", "domisili",
                         "kabupaten kota tempat tinggal", "kab/kota tempat tinggal"]
        case .party: ["party", "partai", "partai politik", "parpol", "nama partai", "pengusul"]
        case .district: ["district", "dapil", "daerah pemilihan", "nama dapil"]
        case .list: ["list", "daftar", "jenis daftar"]
        case .deputy: ["deputy", "nama wakil", "nama calon wakil", "calon wakil", "wakil", "nama calon wakil kepala daerah"]
        case .deputySex: ["deputy_sex", "jenis kelamin wakil", "jk wakil"]
        }
    }

    public var isRequired: Bool { self == .name }
}

/// Columns of `kpu-review.csv`, the office's verdicts on KPU matches: the officer, the
/// list entry (the list's file name, and its *nomor urut* or the name as listed) and
/// `sama`/`bukan`.
public enum KPUReviewColumn: Int, ColumnName {
    case nip, list, number, name, verdict, note

    public var spellings: [String] {
        switch self {
        case .nip: ["nip", "nip baru"]
        case .list: ["list", "daftar", "berkas", "file", "berkas daftar"]
        case .number: ["number", "nomor urut", "no urut", "no. urut", "nomor"]
        case .name: ["name", "nama", "nama di daftar", "nama lengkap"]
        case .verdict: ["verdict", "putusan", "keputusan", "hasil", "verifikasi"]
        case .note: ["note", "catatan", "keterangan"]
        }
    }

    public var isRequired: Bool { self == .nip || self == .list || self == .verdict }
}
