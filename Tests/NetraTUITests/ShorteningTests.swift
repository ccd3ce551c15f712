import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The one shortening rule (issue 23): names lose titles, then middle names, then the
/// rest to initials; units take the office's abbreviations; nothing reads like another
/// value of the frame; no number is ever cut.
@Suite struct ShorteningTests {
    /// A context for one frame over the demo (the office's abbreviations in `settings`).
    static func context(settings: String? = nil) -> DrawContext {
        let model = settings.map { demoModel(replacing: [.settings: $0]) } ?? demoModel()
        let input = ViewInput(model: model, state: UIState(), style: FrameStyle(language: .id), now: model.situation.now)
        return PanelLines.scratch(input)
    }

    /// A province of ten kabupaten/kota with fifty units each: the same agencies in every
    /// region (`Dinas Kesehatan Kota Samarinda`, `Dinas Kesehatan Kabupaten Paser`),
    /// six kecamatan named after their region, numbered puskesmas and schools.
    static let province: [String] = {
        let regions = ["Kota Balikpapan", "Kota Samarinda", "Kota Bontang", "Kabupaten Kutai Kartanegara", "Kabupaten Kutai Timur",
                       "Kabupaten Kutai Barat", "Kabupaten Paser", "Kabupaten Berau", "Kabupaten Penajam Paser Utara", "Kabupaten Mahakam Ulu"]
        let agencies = [
            "Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat Daerah", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah", "Badan Perencanaan Pembangunan Daerah",
            "Badan Penanggulangan Bencana Daerah", "Badan Kesatuan Bangsa dan Politik", "Satuan Polisi Pamong Praja",
            "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang",
            "Dinas Perumahan dan Kawasan Permukiman", "Dinas Sosial", "Dinas Tenaga Kerja", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
            "Dinas Ketahanan Pangan", "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pemberdayaan Masyarakat dan Desa",
            "Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas Perhubungan", "Dinas Komunikasi dan Informatika", "Dinas Koperasi dan UMKM",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Pemuda dan Olahraga", "Dinas Kebudayaan dan Pariwisata",
            "Dinas Perpustakaan dan Kearsipan", "Dinas Kelautan dan Perikanan", "Dinas Pertanian", "Dinas Perdagangan", "Dinas Pemadam Kebakaran",
            "Rumah Sakit Umum Daerah",
        ]
        var units: [String] = []
        for region in regions {
            let place = region.split(separator: " ").dropFirst().joined(separator: " ")
            units += agencies.map { "\($0) \(region)" }
            units += ["Kota", "Utara", "Selatan", "Timur", "Barat", "Tengah"].map { "Kecamatan \(place) \($0)" }
            units += (1...4).map { "Pusat Kesehatan Masyarakat \(place) \($0)" }
            units += (1...6).map { String(format: "Unit Pelaksana Teknis Daerah Sekolah Dasar Negeri %03d %@", $0, place) }
        }
        return units
    }()

    @Test func theProvinceHasFiveHundredUnits() {
        #expect(Self.province.count == 500 && Set(Self.province.map { UnitNames.key($0) }).count == 500)
    }

    /// Every unit of a set, shortened together at `width`: each within the width, no
    /// number cut, and no two units alike.
    static func checkApart(_ units: [String], width: Int, context: inout DrawContext) {
        let shown = context.fit(units, as: .unit, width: width)
        var owner: [String: String] = [:]
        for unit in units {
            let s = shown[unit]!
            #expect(DisplayWidth.of(s) <= width, "'\(s)' wider than \(width)")
            #expect(!Shortening.cutsANumber(s), "'\(s)' cuts a number")
            if let other = owner[s] { #expect(UnitNames.key(other) == UnitNames.key(unit), "'\(other)' and '\(unit)' both read '\(s)' at \(width)") }
            owner[s] = unit
        }
    }

    @Test(arguments: [8, 10, 12, 14, 16, 18, 20, 24, 28, 32, 40])
    func everyUnitOfTheDemoReadsApart(_ width: Int) {
        var context = Self.context()
        let units = demoModel().situation.units.units.map(\.name)
        #expect(units.count >= 25)
        Self.checkApart(units, width: width, context: &context)
    }

    /// From 16 columns (below that, `UPTD SDN 001 Kutai Timur` and `UPTD SDN 001 Kutai
    /// Barat` have no room left for both their number and their region).
    @Test(arguments: [16, 18, 20, 24, 28, 32, 40])
    func everyUnitOfAProvinceReadsApart(_ width: Int) {
        var context = Self.context()
        Self.checkApart(Self.province, width: width, context: &context)
    }

    @Test func theTableAloneNeverMakesTwoUnitsOne() {
        let table = Abbreviations()
        for units in [demoModel().situation.units.units.map(\.name), Self.province, GoldenFrameTests.seed.situation.units.units.map(\.name)] {
            var seen: [String: String] = [:]
            for unit in units {
                let short = table.applyingAll(to: unit)
                if let other = seen[short] { #expect(UnitNames.key(other) == UnitNames.key(unit), "'\(other)' and '\(unit)' → '\(short)'") }
                seen[short] = unit
            }
        }
        #expect(table.applyingAll(to: "Dinas Pendidikan dan Kebudayaan") == "Dinas Dikbud")
        #expect(table.applyingAll(to: "Badan Pengelolaan Keuangan dan Aset Daerah") == "BPKAD")
        #expect(table.applyingAll(to: "Kecamatan Balikpapan Utara") == "Kec. Balikpapan Utara")
    }

    @Test func aUnitReadsLikeAnotherShownEarlierInTheFrameNever() {
        var context = Self.context()
        // A panel drew `Kec. Balikpapan Utara` for the kecamatan; a list then shortens a
        // differently named unit to the same words: it must read otherwise.
        _ = context.fit("Kecamatan Balikpapan Utara", as: .unit, width: 21)
        let other = context.fit("Kec. Balikpapan Utara Baru", as: .unit, width: 21)
        #expect(other != "Kec. Balikpapan Utara")
        // Two spellings of one unit may read alike.
        #expect(context.fit("KECAMATAN BALIKPAPAN UTARA", as: .unit, width: 21) == "Kec. BALIKPAPAN UTARA")
    }

    @Test func theOfficesOwnAbbreviationsComeFirst() {
        var context = Self.context(settings: DemoData.files[.settings]! + "\n[abbreviations]\n\"Dinas Pendidikan dan Kebudayaan\" = \"Disdikbud\"\n")
        #expect(context.fit("Dinas Pendidikan dan Kebudayaan", as: .unit, width: 20) == "Disdikbud")
    }

    @Test(arguments: 10...22)
    func namesNeverShortenToAStemAnotherRowShares(_ width: Int) {
        var context = Self.context()
        let names = ["Bambang Sutrisno", "Bambang Santoso", "Drs. Bambang Sutrisna, M.Si.", "Muhammad Rizal", "Muhammad Ridwan",
                     "Andi Baso Ridwan", "Andi Basri Ridwan", "Syahrani", "Syahrani Effendi"]
        let shown = context.fit(names, as: .name, width: width)
        #expect(Set(names.map { shown[$0]! }).count == names.count, "\(width): \(names.map { shown[$0]! })")
        #expect(names.allSatisfy { DisplayWidth.of(shown[$0]!) <= width })
    }

    @Test func aNameLosesItsTitlesThenItsMiddleNamesThenTheRest() {
        let name = PersonName("Dr. Ir. H. Andi Syamsuddin Arsyad, M.M.")
        #expect(name.bare == "Andi Syamsuddin Arsyad")
        #expect(Array(name.forms.prefix(4)) == ["Dr. Ir. H. Andi Syamsuddin Arsyad, M.M.", "Andi Syamsuddin Arsyad", "Andi S. Arsyad", "Andi S. A."])
        #expect(PersonName("Hj. Nurjanah, S.E.").forms == ["Hj. Nurjanah, S.E.", "Nurjanah"])
        // `M.` in a name is a name, not a title.
        #expect(PersonName("M. Yusuf").bare == "M. Yusuf")
    }

    @Test func textIsCutBetweenWordsNeverInsideOrAfterANumber() {
        let sentence = "Agustinus Lolo: lewat BUP sejak 1 Apr 2023, belum ada SK pensiun"
        #expect(TextFit.words(sentence, width: 80) == sentence)
        #expect(TextFit.words(sentence, width: 50) == "Agustinus Lolo: lewat BUP sejak 1 Apr 2023, belum…")
        // Room for the date and its comma, not the next word: the date stays, closed.
        #expect(TextFit.words(sentence, width: 44) == "Agustinus Lolo: lewat BUP sejak 1 Apr 2023,…")
        // Too narrow for the whole date: the date goes whole.
        #expect(TextFit.words(sentence, width: 40) == "Agustinus Lolo: lewat BUP sejak…")
        #expect(TextFit.words("sejak 1 Apr 2023 belum ada", width: 20) == "sejak…")
        #expect(TextFit.words("batas 3 Okt 2023 23:59 WIB (4 Okt 00:59 WITA)", width: 36) == "batas 3 Okt 2023 23:59 WIB…")
        #expect(TextFit.words("NTR-2023-006", width: 8) == "NTR-…")
        // The grid's own cut never leaves a digit before `…` either.
        #expect(DisplayWidth.fit("lewat batas 19 Mei 2023", to: 22) == "lewat batas 19 Mei…")
        #expect(DisplayWidth.fit("mulai 26 Jun 2023 00:59", to: 21) == "mulai 26 Jun 2023…")
    }

    @Test func headingsGiveWayInTheirOwnWay() {
        #expect(Shortening.heading(["lewat batas", "lewat"], width: 11) == "lewat batas")
        #expect(Shortening.heading(["lewat batas", "lewat"], width: 8) == "lewat")
        #expect(Shortening.heading(["Sumber"], width: 5) == "Sum.")
        #expect(Shortening.heading(["SE-WALIKOTA-2023"], width: 12) == "SE-WA…A-2023")
    }
}
