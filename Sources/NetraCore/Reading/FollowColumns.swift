/// Headings of the optional columns of `cases.csv` that follow a case after Bawaslu.
extension CaseColumn {
    static let followUpSpellings: [CaseColumn: [String]] = [
        .forwardedTo: ["forwarded_to", "diteruskan ke", "tujuan penerusan"],
        .forwardedOn: ["forwarded_on", "tanggal diteruskan", "tgl diteruskan"],
        .channel: ["channel", "saluran", "kanal"],
        .refNo: ["ref_no", "nomor referensi", "no referensi", "nomor registrasi"],
        .recommendationOn: ["recommendation_on", "tanggal rekomendasi", "tgl rekomendasi"],
        .recommendationNo: ["recommendation_no", "nomor rekomendasi", "no rekomendasi"],
        .sanction: ["sanction", "sanksi", "jenis sanksi", "rekomendasi sanksi"],
        .ppkDue: ["ppk_due", "batas ppk", "batas waktu ppk"],
        .decidedOn: ["decided_on", "tanggal keputusan", "tgl keputusan"],
        .decisionNo: ["decision_no", "nomor keputusan", "no keputusan", "nomor sk sanksi"],
        .blocked: ["blocked", "diblokir", "blokir", "pemblokiran"],
    ]
}

/// Columns of `circulars.csv`.
public enum CircularColumn: Int, ColumnName {
    case id, number, issuer, issuedOn, subject, follows, dueOn, appliesTo, asksPact

    public var spellings: [String] {
        switch self {
        case .id: ["id", "kode", "kode edaran"]
        case .number: ["number", "nomor", "nomor surat", "no surat"]
        case .issuer: ["issuer", "penerbit", "dari", "asal surat"]
        case .issuedOn: ["issued_on", "tanggal", "tanggal surat", "tgl surat"]
        case .subject: ["subject", "perihal", "hal"]
        case .follows: ["follows", "menindaklanjuti", "tindak lanjut dari"]
        case .dueOn: ["due_on", "batas waktu", "tenggat"]
        case .appliesTo: ["applies_to", "berlaku untuk", "ditujukan kepada", "kepada"]
        case .asksPact: ["asks_pact", "wajib pakta", "pakta integritas"]
        }
    }

    public var isRequired: Bool { self == .id || self == .issuedOn }
}

/// Columns of `acknowledgements.csv`.
public enum AcknowledgementColumn: Int, ColumnName {
    case circular, unit, receivedOn, passedOn, pactSignedOn, signedCount, apelOn, note

    public var spellings: [String] {
        switch self {
        case .circular: ["circular", "edaran", "kode edaran", "surat edaran"]
        case .unit: ["unit", "unit kerja", "opd", "perangkat daerah", "satuan kerja"]
        case .receivedOn: ["received_on", "diterima", "tanggal diterima", "tgl diterima"]
        case .passedOn: ["passed_on", "diteruskan", "tanggal diteruskan", "disosialisasikan"]
        case .pactSignedOn: ["pact_signed_on", "pakta", "tanggal pakta", "pakta ditandatangani"]
        case .signedCount: ["signed_count", "jumlah tanda tangan", "jumlah penandatangan"]
        case .apelOn: ["apel_on", "apel", "tanggal apel"]
        case .note: ["note", "catatan", "keterangan"]
        }
    }

    public var isRequired: Bool { self == .circular || self == .unit }
}
