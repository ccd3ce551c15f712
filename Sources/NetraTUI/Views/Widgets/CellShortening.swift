import NetraCore

/// How a value too wide for its column is shortened. A cut never leaves only a prefix
/// that many values share (`Kecamatan Ba…` names six kecamatan): long names of units
/// and posts take their usual abbreviations first, then lose their middle.
enum Shortening: Sendable {
    /// `Andi Baso Ridw…`: for names, where the beginning is what is read.
    case end
    /// `Balikpa…ng 5`: the end is what tells values apart (dapil, IDs).
    case middle
    /// `Kec. Balikpapan Utara`, then a cut in the middle.
    case abbreviate

    /// `text` in at most `width` columns.
    func apply(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        switch self {
        case .end: return DisplayWidth.fit(text, to: width)
        case .middle: return Self.middle(text, width: width)
        case .abbreviate:
            let abbreviated = Abbreviations.shorten(text, toFit: width)
            let words = Self.middleWords(abbreviated, width: width)
            return DisplayWidth.of(words) <= width ? words : Self.middle(abbreviated, width: width)
        }
    }

    /// Shortens the longest word between the first and the last (`Kec. Balikp… Barat`),
    /// again and again, down to three letters each; the first and last words stay whole.
    static func middleWords(_ text: String, width: Int) -> String {
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return text }
        while DisplayWidth.of(words.joined(separator: " ")) > width {
            let inner = 1..<(words.count - 1)
            guard let longest = inner.max(by: { DisplayWidth.of(words[$0]) < DisplayWidth.of(words[$1]) }),
                  words[longest].count > 4 else { break }
            var word = words[longest]
            if word.hasSuffix("…") { word.removeLast() }
            word.removeLast()
            words[longest] = word + "…"
        }
        return words.joined(separator: " ")
    }

    /// Keeps the head and the tail, joined by `…` (the tail gets the larger half:
    /// it carries the number or the place).
    static func middle(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 4 else { return DisplayWidth.fit(text, to: width) }
        let tailWidth = (width - 1) / 2 + (width - 1) % 2, headWidth = width - 1 - tailWidth
        var head = "", tail = ""
        var used = 0
        for ch in text {
            if used + DisplayWidth.of(ch) > headWidth { break }
            head.append(ch)
            used += DisplayWidth.of(ch)
        }
        used = 0
        for ch in text.reversed() {
            if used + DisplayWidth.of(ch) > tailWidth { break }
            tail.insert(ch, at: tail.startIndex)
            used += DisplayWidth.of(ch)
        }
        return head.trimmingTrailingSpaces + "…" + tail
    }
}

/// The abbreviations Indonesian offices write themselves: whole names of agencies
/// first (`BKPSDM`, `Satpol PP`), then common words (`Kec.`, `Kabid`).
enum Abbreviations {
    /// Applied in this order, each only while the text is still too wide.
    static let table: [(long: String, short: String)] = [
        ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"),
        ("Badan Kepegawaian dan Pengembangan SDM", "BKPSDM"), ("Badan Kepegawaian Daerah", "BKD"),
        ("Satuan Polisi Pamong Praja", "Satpol PP"), ("Sekretariat Daerah", "Setda"), ("Sekretariat DPRD", "Setwan"),
        ("Komunikasi dan Informatika", "Kominfo"), ("Kependudukan dan Pencatatan Sipil", "Dukcapil"),
        ("Pendidikan dan Kebudayaan", "Dikbud"), ("Pekerjaan Umum", "PU"), ("Lingkungan Hidup", "LH"),
        ("Sumber Daya Manusia", "SDM"), ("Kepala Sub Bagian", "Kasubbag"), ("Kepala Subbagian", "Kasubbag"),
        ("Kepala Bagian", "Kabag"), ("Kepala Bidang", "Kabid"), ("Kepala Seksi", "Kasi"), ("Kepala Dinas", "Kadis"),
        ("Kepala Badan", "Kaban"), ("Dinas Perhubungan", "Dishub"), ("Dinas Kesehatan", "Dinkes"), ("Dinas Pendidikan", "Disdik"), ("Kepala Sekolah", "Kasek"), ("Kecamatan", "Kec."), ("Kelurahan", "Kel."),
        ("Kabupaten", "Kab."), ("Provinsi", "Prov."), ("Pemerintahan", "Pem."), ("Pemerintah Kota", "Pemkot"),
        ("Kepegawaian", "Kepeg."), ("Pengembangan", "Pengemb."), ("Perencanaan", "Perenc."), ("Fungsional", "Fung."),
        ("Sekretariat", "Sekret."), ("Sekretaris", "Sekr."), ("Pengadministrasi", "Pengadm."), ("Pengawas", "Pengaw."),
        ("Penegakan", "Pgk."), ("Partai ", "P. "), ("Kesehatan", "Kes."), (" dan ", " & "),
    ]

    /// `text` with abbreviations applied until it fits in `width` (or none is left).
    static func shorten(_ text: String, toFit width: Int) -> String {
        // Abbreviations shorten a text by a few times at most: one far wider than the
        // column is cut anyway, and is not searched thirty times over.
        if text.utf8.count > 16 * max(width, 1) { return text }
        var out = text
        for (long, short) in table where DisplayWidth.of(out) > width {
            out = out.replacingOccurrences(of: long, with: short)
        }
        return out
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
