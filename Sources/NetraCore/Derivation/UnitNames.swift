/// How unit (OPD) names are compared across files: the same forgiving way as
/// headings — case, spaces and punctuation do not matter — and common abbreviations
/// are written out, so `Kec. Balikpapan Kota`, `KECAMATAN BALIKPAPAN KOTA` and
/// `Kecamatan Balikpapan Kota, Kota Balikpapan` are one unit.
public enum UnitNames {
    /// Abbreviations of one word, written out.
    static let words: [String: [String]] = [
        "kec": ["kecamatan"], "kel": ["kelurahan"], "din": ["dinas"], "dis": ["dinas"],
        "setda": ["sekretariat", "daerah"], "sekda": ["sekretariat", "daerah"],
        "setwan": ["sekretariat", "dprd"], "sekwan": ["sekretariat", "dprd"], "setdprd": ["sekretariat", "dprd"],
        "sdm": ["sumber", "daya", "manusia"], "bag": ["bagian"], "pemkot": ["pemerintah", "kota"],
        "rsud": ["rumah", "sakit", "umum", "daerah"],
    ]

    /// Short names used for whole units, written out (compared by key, after the words above).
    static let wholeNames: [(short: String, long: String)] = [
        ("Satpol PP", "Satuan Polisi Pamong Praja"), ("BKPSDM", "Badan Kepegawaian dan Pengembangan SDM"),
        ("Disdikbud", "Dinas Pendidikan dan Kebudayaan"), ("Dinkes", "Dinas Kesehatan"), ("Dishub", "Dinas Perhubungan"),
        ("Diskominfo", "Dinas Komunikasi dan Informatika"), ("DLH", "Dinas Lingkungan Hidup"),
        ("Damkar", "Dinas Pemadam Kebakaran"), ("Bapenda", "Badan Pendapatan Daerah"),
        ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"), ("Dinsos", "Dinas Sosial"), ("DPU", "Dinas Pekerjaan Umum"),
        ("Bappeda Litbang", "Bappedalitbang"), ("Disdag", "Dinas Perdagangan"), ("DKUMKM", "Dinas Koperasi dan UMKM"),
        ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
    ]

    private static let expandedWholeNames: [String: String] = {
        var table: [String: String] = [:]
        for (short, long) in wholeNames { table[plainKey(short, dropping: [])] = plainKey(long, dropping: []) }
        return table
    }()

    /// The comparison key of a unit name. `region` (netra.toml's `region`, e.g. `Kota
    /// Balikpapan`) is dropped from the end when something is left before it.
    public static func key(_ name: String, region: String = "") -> String {
        let regionTokens = tokens(region)
        let k = plainKey(name, dropping: regionTokens)
        return expandedWholeNames[k] ?? k
    }

    private static func plainKey(_ name: String, dropping suffix: [String]) -> String {
        var t = tokens(name).flatMap { words[$0] ?? [$0] }.filter { $0 != "dan" }
        if !suffix.isEmpty, t.count > suffix.count, Array(t.suffix(suffix.count)) == suffix { t.removeLast(suffix.count) }
        return t.joined()
    }

    /// Lower-case words made of letters and digits; everything else separates them.
    static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Levenshtein distance between two keys, for "did you mean".
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count), current = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

/// The units of `officers.csv`: each unit once (spellings that compare equal merged),
/// with its headcount. Other files name units; this is what they are matched against.
public struct UnitDirectory: Sendable {
    public struct Unit: Sendable, Equatable {
        /// As first written in `officers.csv`.
        public let name: String
        public let key: String
        public let headcount: Int
    }

    /// Sorted by name.
    public let units: [Unit]
    private let indexByKey: [String: Int]
    private let indexBySpelling: [String: Int]
    private let region: String

    public init(roster: OfficerRoster, region: String) {
        self.region = region
        // Count by the unit's number in the roster's text pool first (a `String` made
        // and hashed per officer was 6 % of `netra check` at a million officers; then a
        // `PooledText` hashed per officer was most of what was left), then by spelling
        // (few distinct strings), then merge spellings by key.
        let officers = roster.officers
        var byCode = PooledTextCounts()
        for i in officers.indices {
            let code = officers[i].unitCode
            if !code.isEmpty { byCode.add(code, at: i) }
        }
        var bySpelling: [String: (count: Int, first: Int)] = [:]
        for entry in byCode.entries {
            let spelling = officers[entry.first].unit
            guard !spelling.isEmpty else { continue }
            let known = bySpelling[spelling]
            bySpelling[spelling] = ((known?.count ?? 0) + entry.count, min(known?.first ?? entry.first, entry.first))
        }
        var byKey: [String: (name: String, count: Int, first: Int)] = [:]
        var keyOfSpelling: [String: String] = [:]
        for (spelling, entry) in bySpelling {
            let key = UnitNames.key(spelling, region: region)
            keyOfSpelling[spelling] = key
            if let existing = byKey[key] {
                let earlier = entry.first < existing.first
                byKey[key] = (earlier ? spelling : existing.name, existing.count + entry.count, min(existing.first, entry.first))
            } else {
                byKey[key] = (spelling, entry.count, entry.first)
            }
        }
        units = byKey.map { Unit(name: $0.value.name, key: $0.key, headcount: $0.value.count) }
            .sorted { ($0.name.lowercased(), $0.key) < ($1.name.lowercased(), $1.key) }
        let index = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.key, $0) })
        indexByKey = index
        indexBySpelling = keyOfSpelling.mapValues { index[$0]! }
    }

    /// The unit an officer belongs to (their `unit` cell as read).
    public func index(ofOfficerUnit spelling: String) -> Int? { indexBySpelling[spelling] }

    /// The unit another file names, compared forgivingly.
    public func resolve(_ name: String) -> Int? {
        indexBySpelling[name] ?? indexByKey[UnitNames.key(name, region: region)]
    }

    /// The known unit whose key is closest to `name`'s, for a warning.
    public func nearest(to name: String) -> Unit? {
        let key = UnitNames.key(name, region: region)
        return units.map { (UnitNames.distance(key, $0.key), $0) }.min { ($0.0, $0.1.name) < ($1.0, $1.1.name) }?.1
    }
}
