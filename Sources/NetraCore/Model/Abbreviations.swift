import Foundation

/// The abbreviations an office writes itself for the names of its units and posts
/// (`Kecamatan` → `Kec.`, `Badan Pengelolaan Keuangan dan Aset Daerah` → `BPKAD`,
/// `Pendidikan dan Kebudayaan` → `Dikbud`): the built-in table below, after the
/// office's own entries from `netra.toml` `[abbreviations]`, which win.
///
/// A screen applies them one by one, longest name first, only while a name is too
/// wide for its column (so a wide screen shows names whole), and never where the
/// result would read like another unit's (that check is the screen's: it knows which
/// names share a frame).
public struct Abbreviations: Sendable, Equatable {
    /// One name and the short form that replaces it, matched as whole words without
    /// regard to case.
    public struct Entry: Sendable, Equatable {
        public let long: String
        public let short: String
        /// `long` in lower case: a quick look before the careful whole-word match.
        let lowerLong: String
        public init(long: String, short: String) {
            self.long = long
            self.short = short
            lowerLong = long.lowercased()
        }
    }

    /// Every entry in the order it is tried: the office's own first, then the
    /// built-in table, each group from the longest name down (a whole agency name
    /// before the words inside it).
    public let entries: [Entry]

    /// The built-in table and `own` (from `netra.toml`). An own entry for a name the
    /// table also knows replaces the table's.
    public init(own: [Entry] = []) {
        guard !own.isEmpty else {
            entries = Self.builtInInOrder
            return
        }
        let ownKeys = Set(own.map(\.lowerLong))
        entries = Self.longestFirst(own) + Self.builtInInOrder.filter { !ownKeys.contains($0.lowerLong) }
    }

    /// The built-in table in the order it is tried, sorted once (a frame asks for it
    /// in every list column).
    static let builtInInOrder = longestFirst(builtIn)

    static func longestFirst(_ list: [Entry]) -> [Entry] {
        list.enumerated().sorted { ($1.element.long.count, $0.offset) < ($0.element.long.count, $1.offset) }.map(\.element)
    }

    /// The names of agencies and the words Indonesian offices abbreviate in their own
    /// letters and SIASN's unit names (Permendagri naming of perangkat daerah).
    public static let builtIn: [Entry] = [
        // Whole agencies, as their acronyms.
        ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"), ("Badan Kepegawaian dan Pengembangan SDM", "BKPSDM"),
        ("Badan Kepegawaian Pendidikan dan Pelatihan", "BKPP"), ("Badan Kepegawaian Daerah", "BKD"),
        ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"), ("Badan Keuangan dan Aset Daerah", "BKAD"),
        ("Badan Pendapatan Daerah", "Bapenda"), ("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
        ("Badan Penanggulangan Bencana Daerah", "BPBD"), ("Badan Kesatuan Bangsa dan Politik", "Kesbangpol"),
        ("Satuan Polisi Pamong Praja", "Satpol PP"), ("Sekretariat Daerah", "Setda"), ("Sekretariat DPRD", "Setwan"),
        ("Rumah Sakit Umum Daerah", "RSUD"), ("Pusat Kesehatan Masyarakat", "Puskesmas"),
        ("Unit Pelaksana Teknis Daerah", "UPTD"), ("Unit Pelaksana Teknis", "UPT"),
        ("Sekolah Menengah Pertama Negeri", "SMPN"), ("Sekolah Dasar Negeri", "SDN"), ("Sekolah Menengah Pertama", "SMP"), ("Sekolah Dasar", "SD"),
        ("Dinas Kesehatan", "Dinkes"), ("Dinas Perhubungan", "Dishub"), ("Dinas Sosial", "Dinsos"),
        // What a dinas or badan is about, as the office shortens it (`Dinas Dikbud`).
        ("Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "PMPTSP"), ("Pemberdayaan Perempuan dan Perlindungan Anak", "PPPA"),
        ("Pengendalian Penduduk dan Keluarga Berencana", "PPKB"), ("Pemberdayaan Masyarakat dan Desa", "PMD"),
        ("Kependudukan dan Pencatatan Sipil", "Dukcapil"), ("Pekerjaan Umum dan Penataan Ruang", "PUPR"),
        ("Perumahan dan Kawasan Permukiman", "Perkim"), ("Perumahan dan Permukiman", "Perkim"),
        ("Komunikasi dan Informatika", "Kominfo"), ("Pendidikan dan Kebudayaan", "Dikbud"), ("Kebudayaan dan Pariwisata", "Budpar"),
        ("Koperasi dan UMKM", "KUMKM"), ("Pemuda dan Olahraga", "Pora"), ("Pemadam Kebakaran", "Damkar"),
        ("Penelitian dan Pengembangan", "Litbang"), ("Sumber Daya Manusia", "SDM"), ("Pekerjaan Umum", "PU"),
        ("Lingkungan Hidup", "LH"), ("Tenaga Kerja", "Naker"), ("Ketahanan Pangan", "Ketapang"),
        // Posts.
        ("Kepala Sub Bagian", "Kasubbag"), ("Kepala Subbagian", "Kasubbag"), ("Kepala Bagian", "Kabag"), ("Kepala Bidang", "Kabid"),
        ("Kepala Seksi", "Kasi"), ("Kepala Dinas", "Kadis"), ("Kepala Badan", "Kaban"), ("Kepala Sekolah", "Kasek"),
        // Single words.
        ("Kecamatan", "Kec."), ("Kelurahan", "Kel."), ("Kabupaten", "Kab."), ("Provinsi", "Prov."), ("Pemerintah Kota", "Pemkot"),
        ("Pemerintahan", "Pem."), ("Kepegawaian", "Kepeg."), ("Pengembangan", "Pengemb."), ("Perencanaan", "Perenc."),
        ("Fungsional", "Fung."), ("Sekretariat", "Sekret."), ("Sekretaris", "Sekr."), ("Pengadministrasi", "Pengadm."),
        ("Pengawas", "Pengaw."), ("Penegakan", "Pgk."), ("Partai", "P."), ("Kesehatan", "Kes."),
    ].map { Entry(long: $0.0, short: $0.1) }

    /// `text` with the first entry that changes it applied; `nil` when none does.
    /// Matches whole words without regard to case (SIASN writes units in capitals).
    public func applyingNext(to text: String) -> String? {
        let lower = text.lowercased()
        for entry in entries where lower.contains(entry.lowerLong) {
            if let replaced = Self.replace(entry, in: text) { return replaced }
        }
        return nil
    }

    /// Every entry applied once, in order: the shortest form the table makes.
    public func applyingAll(to text: String) -> String {
        var out = text, lower = text.lowercased()
        for entry in entries where lower.contains(entry.lowerLong) {
            if let replaced = Self.replace(entry, in: out) {
                out = replaced
                lower = out.lowercased()
            }
        }
        return out
    }

    /// Replaces every whole-word occurrence of `entry.long` in `text`; `nil` when there is none.
    static func replace(_ entry: Entry, in text: String) -> String? {
        guard !entry.long.isEmpty, text.count >= entry.long.count else { return nil }
        var out = "", rest = Substring(text), changed = false
        while let r = rest.range(of: entry.long, options: .caseInsensitive) {
            let before = r.lowerBound == rest.startIndex ? (out.last ?? " ") : rest[rest.index(before: r.lowerBound)]
            let after = r.upperBound == rest.endIndex ? " " : rest[r.upperBound]
            out += rest[..<r.lowerBound]
            if isWordEdge(before) && isWordEdge(after) {
                out += entry.short
                changed = true
            } else {
                out += rest[r]
            }
            rest = rest[r.upperBound...]
        }
        out += rest
        return changed ? out : nil
    }

    private static func isWordEdge(_ c: Character) -> Bool { !(c.isLetter || c.isNumber) }
}
