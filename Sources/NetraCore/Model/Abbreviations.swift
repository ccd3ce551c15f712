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
    public struct Entry: Sendable, Hashable {
        public let long: String
        public let short: String
        /// `long` in lower case: a quick look before the careful whole-word match.
        let lowerLong: String
        /// `lowerLong`'s bytes, when they are all ASCII (every built-in entry): the quick
        /// look is then a byte search (`isPossibly(in:)`).
        private let asciiBytes: [UInt8]?
        public init(long: String, short: String) {
            self.long = long
            self.short = short
            lowerLong = long.lowercased()
            asciiBytes = lowerLong.utf8.allSatisfy { $0 < 0x80 } ? Array(lowerLong.utf8) : nil
        }

        /// Whether `lower` (a text in lower case) may hold this entry's name: the quick
        /// look before `replace`. When both are ASCII it is a byte search. Why: the
        /// overview's units panel asks ~75 entries of every unit it shows, and
        /// Foundation's `contains` (a canonical-equivalence search through NSString)
        /// was 9 % of a keystroke's frame at 100k officers. Beyond ASCII canonical
        /// equivalence matters (a decomposed `é`), so Foundation still decides there.
        func isPossibly(in lower: String, ascii: UnsafeBufferPointer<UInt8>?) -> Bool {
            guard let needle = asciiBytes, let ascii else { return lower.contains(lowerLong) }
            return Abbreviations.bytes(needle, occurIn: ascii)
        }
    }

    /// Every entry in the order it is tried: the office's own first, then the
    /// built-in table, each group from the longest name down (a whole agency name
    /// before the words inside it).
    public let entries: [Entry]
    /// The office's own entries, as given: with the built-in table they make `entries`,
    /// so they tell two tables apart (a memo of shortened forms is keyed by them).
    public let own: [Entry]

    /// The built-in table and `own` (from `netra.toml`). An own entry for a name the
    /// table also knows replaces the table's.
    public init(own: [Entry] = []) {
        self.own = own
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
        firstChange(to: text, from: 0)?.text
    }

    /// Every entry applied once, in order: the shortest form the table makes.
    public func applyingAll(to text: String) -> String {
        var out = text, start = 0
        while let change = firstChange(to: out, from: start) {
            out = change.text
            start = change.entry + 1
        }
        return out
    }

    /// The first entry from `start` on that changes `text`, and the text it makes.
    private func firstChange(to text: String, from start: Int) -> (entry: Int, text: String)? {
        let lower = text.lowercased()
        var bytes = lower  // `withUTF8` needs a variable of its own; the storage is shared
        return bytes.withUTF8 { utf8 in
            let ascii = utf8.allSatisfy { $0 < 0x80 } ? utf8 : nil
            for k in start..<entries.count where entries[k].isPossibly(in: lower, ascii: ascii) {
                if let replaced = Self.replace(entries[k], in: text) { return (k, replaced) }
            }
            return nil
        }
    }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func bytes(_ needle: [UInt8], occurIn haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return true }
        guard n <= h, let base = haystack.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { nb in
            let first = nb[0]
            var i = 0
            while i <= h - n {
                if base[i] == first && memcmp(base + i, nb.baseAddress!, n) == 0 { return true }
                i += 1
            }
            return false
        }
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
