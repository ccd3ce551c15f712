/// Which published KPU list a file holds: the legislative DCS or DCT, or the Pilkada
/// pairs (*pasangan calon*).
public enum KPUListKind: SpokenValue {
    case dcs, dct, paslon
    public var spellings: [String] {
        switch self {
        case .dcs: ["dcs", "daftar calon sementara"]
        case .dct: ["dct", "daftar calon tetap"]
        case .paslon: ["paslon", "pasangan calon", "pilkada", "penetapan paslon"]
        }
    }

    /// The kind of election the list belongs to: DCS and DCT are the legislature's.
    public var electionKind: Election.Kind { self == .paslon ? .pilkada : .pileg }

    /// The short name as KPU and the press write it (`DCS`, `DCT`, `Paslon`).
    public var label: String {
        switch self {
        case .dcs: "DCS"
        case .dct: "DCT"
        case .paslon: "Paslon"
        }
    }
}

/// Sex as KPU's lists write it (*jenis kelamin*, `L`/`P`).
public enum ListedSex: SpokenValue {
    case male, female
    public var spellings: [String] {
        switch self {
        case .male: ["l", "laki-laki", "laki laki", "lk", "pria", "male", "m"]
        case .female: ["p", "perempuan", "pr", "wanita", "female", "f", "w"]
        }
    }

    /// The NIP's sex digit (15th): 1 male, 2 female.
    public var nipDigit: Int { self == .male ? 1 : 2 }
}

/// One person on a KPU list, as the list writes them. Every text is the file's own,
/// raw (sanitise before printing).
public struct KPUEntry: Sendable, Hashable {
    /// The file inside the data folder (`kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv`).
    public var file: String
    /// The row (a workbook's sheet row, a CSV's physical line).
    public var line: Int
    public var kind: KPUListKind
    /// *Nomor urut* as written (`3`); empty when the list has none.
    public var number: String
    /// *Nama lengkap*, titles and all.
    public var name: String
    public var sex: ListedSex?
    /// *Kabupaten/kota tempat tinggal*, empty when not given.
    public var domicile: String
    public var party: String
    public var district: String
    /// Pilkada: the running mate (*wakil*) of a pair rather than its head.
    public var isDeputy = false

    public init(file: String, line: Int, kind: KPUListKind, number: String, name: String, sex: ListedSex?,
                domicile: String = "", party: String = "", district: String = "", isDeputy: Bool = false) {
        self.file = file
        self.line = line
        self.kind = kind
        self.number = number
        self.name = name
        self.sex = sex
        self.domicile = domicile
        self.party = party
        self.district = district
        self.isDeputy = isDeputy
    }

    /// `DCS Partai Nusantara Maju dapil 2 no. 3`: a list entry as a person would name it.
    public static func label(_ entry: KPUEntry) -> String {
        var parts = [entry.kind.label]
        if !entry.party.isEmpty { parts.append(UntrustedText.sanitized(entry.party)) }
        if !entry.district.isEmpty {
            let d = UntrustedText.sanitized(entry.district)
            parts.append(Vocabulary.key(d).hasPrefix("dapil") ? d : "dapil " + d)
        }
        if !entry.number.isEmpty { parts.append("no. " + UntrustedText.sanitized(entry.number)) }
        return parts.joined(separator: " ")
    }

    /// The file name without the `kpu/` folder (what `kpu-review.csv` may write).
    public var fileName: String { file.hasPrefix("kpu/") ? String(file.dropFirst(4)) : file }
}

/// Every list of the `kpu/` folder, entries in file then row order.
public struct KPULists: Sendable {
    public var entries: [KPUEntry]
    /// The files read (with at least their heading), for "3 lists".
    public var files: [String]

    public init(entries: [KPUEntry] = [], files: [String] = []) {
        self.entries = entries
        self.files = files
    }

    public var isEmpty: Bool { entries.isEmpty }
}

/// The office's verdict on one pairing of an officer with a list entry.
public enum KPUVerdict: SpokenValue {
    /// The same person: a confirmed match.
    case same
    /// Not the same person: never raised again.
    case notSame
    public var spellings: [String] {
        switch self {
        case .same: ["sama", "same", "ya", "cocok", "benar", "orang yang sama"]
        case .notSame: ["bukan", "not same", "not", "tidak", "beda", "berbeda", "bukan orang yang sama", "different"]
        }
    }
}

/// One row of `kpu-review.csv`: an officer, the list entry it is about, the verdict.
public struct KPUReviewRow: Sendable, Hashable {
    public var nip: NIP
    /// The list's file name, with or without `kpu/`.
    public var list: String
    /// *Nomor urut*, empty when the row names the entry by name only.
    public var number: String
    /// The name as on the list, empty when the row names the entry by number only.
    public var name: String
    public var verdict: KPUVerdict
    public var line: Int

    public init(nip: NIP, list: String, number: String, name: String, verdict: KPUVerdict, line: Int) {
        self.nip = nip
        self.list = list
        self.number = number
        self.name = name
        self.verdict = verdict
        self.line = line
    }
}

/// `kpu-review.csv`, the office's decisions (read only; Netra never writes it).
public struct KPUReview: Sendable {
    public var rows: [KPUReviewRow]
    public init(rows: [KPUReviewRow] = []) { self.rows = rows }
}
