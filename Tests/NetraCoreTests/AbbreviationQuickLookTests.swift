import Foundation
import Testing
@testable import NetraCore

/// The quick look before an abbreviation's whole-word match: a byte search when the
/// text and the entry are ASCII, Foundation's search beyond (where a decomposed letter
/// equals a composed one).
@Suite struct AbbreviationQuickLookTests {
    @Test func theByteSearchAgreesWithTheStringSearch() {
        let texts = ["dinas kesehatan kota", "kecamatan", "kec", "", "a", "sekretariat daerah kota balikpapan",
                     "kepala sub bagian umum", "kepalasub bagian", "xx kelurahan", "kelurahanx"]
        let needles = ["kecamatan", "kelurahan", "sekretariat daerah", "sub bagian", "a", "kota", "kec", "x", "zz"]
        for text in texts {
            var copy = text
            copy.withUTF8 { hay in
                for needle in needles {
                    #expect(Abbreviations.bytes(Array(needle.utf8), occurIn: hay) == text.contains(needle), "\(needle) in \(text)")
                }
            }
        }
    }

    @Test func theTableAppliesAsBeforeInEveryCase() {
        let table = Abbreviations()
        #expect(table.applyingAll(to: "KECAMATAN BALIKPAPAN UTARA") == "Kec. BALIKPAPAN UTARA")
        #expect(table.applyingAll(to: "Dinas Kesehatan Kota") == "Dinkes Kota")
        #expect(table.applyingNext(to: "Sekretariat Daerah Kota") == "Setda Kota")
        // Not a whole word: left alone.
        #expect(table.applyingNext(to: "Kecamatanku") == nil)
        // Several entries, each once, longest first.
        #expect(table.applyingAll(to: "Kepala Bidang Kepegawaian Sekretariat Daerah") == "Kabid Kepeg. Setda")
    }

    @Test func anOwnEntryBeyondASCIIStillMatchesADecomposedSpelling() {
        // "Pelayanan Satu Atap Terpadu Séjahtera" with a composed é in netra.toml, and
        // the unit written with e + combining acute in the roster.
        let own = Abbreviations.Entry(long: "Kantor S\u{E9}jahtera", short: "KS")
        let table = Abbreviations(own: [own])
        #expect(table.applyingAll(to: "Kantor Se\u{301}jahtera Kota") == "KS Kota")
        #expect(table.applyingAll(to: "Kantor S\u{E9}jahtera Kota") == "KS Kota")
    }
}
