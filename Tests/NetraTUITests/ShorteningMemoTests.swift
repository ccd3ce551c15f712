import Testing
@testable import NetraCore
@testable import NetraTUI

/// The memo of shortened forms gives what `Shortening.candidates` gives, tells the
/// office's own abbreviations apart, and stays within its bound.
@Suite struct ShorteningMemoTests {
    @Test func itGivesWhatTheFormsAreForEveryInput() {
        let memo = ShorteningMemo(limit: 100)
        let table = Abbreviations()
        let units = ["Kecamatan Balikpapan Utara", "Dinas Kesehatan Kota Balikpapan", "Sekretariat Daerah", "Kelurahan Gunung Samarinda Baru"]
        for unit in units {
            for width in [8, 12, 20, 40] {
                let direct = Shortening.unit.candidates(unit, width: width, abbreviations: table)
                #expect(memo.candidates(.unit, unit, width: width, abbreviations: table) == direct)
                // Asked again: the same, from the memo.
                #expect(memo.candidates(.unit, unit, width: width, abbreviations: table) == direct)
            }
        }
        #expect(memo.count == units.count * 4)
        let name = "Drs. H. Hasan Basri Nugroho, M.Si."
        #expect(memo.candidates(.name, name, width: 14, abbreviations: table) == Shortening.name.candidates(name, width: 14, abbreviations: table))
    }

    @Test func theOfficesOwnTableIsAnotherInput() {
        let memo = ShorteningMemo()
        let unit = "Dinas Pendidikan dan Kebudayaan"
        let builtIn = memo.candidates(.unit, unit, width: 20, abbreviations: Abbreviations())
        let own = memo.candidates(.unit, unit, width: 20, abbreviations: Abbreviations(own: [.init(long: unit, short: "Disdikbud")]))
        #expect(builtIn.first == "Dinas Dikbud")
        #expect(own.first == "Disdikbud")
    }

    @Test func itStartsAfreshPastItsLimit() {
        let memo = ShorteningMemo(limit: 10)
        for k in 0..<25 { _ = memo.candidates(.code, "DAPIL-BALIKPAPAN-\(k)-KOTA", width: 8, abbreviations: Abbreviations()) }
        #expect(memo.count <= 10)
        #expect(memo.count > 0)
    }
}
