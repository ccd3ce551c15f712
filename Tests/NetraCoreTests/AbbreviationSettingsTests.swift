import Foundation
import Testing
@testable import NetraCore

/// `netra.toml` `[abbreviations]`: the office's own short forms of unit names, read
/// with a message on the line of every entry that cannot help, and tried before the
/// built-in table.
@Suite struct AbbreviationSettingsTests {
    @Test func theOfficesEntriesAreReadInOrder() throws {
        let text = """
        region = "Kota Balikpapan"

        [abbreviations]
        "Dinas Pendidikan dan Kebudayaan" = "Disdikbud"
        "Kelurahan Gunung Samarinda Baru" = "Kel. GSB"
        """
        let reading = TOMLFiles.settings(bytes(text))
        #expect(reading.diagnostics.isEmpty)
        let settings = try #require(reading.value)
        #expect(settings.abbreviations == [Abbreviations.Entry(long: "Dinas Pendidikan dan Kebudayaan", short: "Disdikbud"),
                                           Abbreviations.Entry(long: "Kelurahan Gunung Samarinda Baru", short: "Kel. GSB")])
        // The office's entry wins over the table's word for the same name.
        let table = Abbreviations(own: settings.abbreviations)
        #expect(table.applyingAll(to: "Dinas Pendidikan dan Kebudayaan") == "Disdikbud")
        #expect(table.applyingAll(to: "Kelurahan Gunung Samarinda Baru") == "Kel. GSB")
        #expect(Abbreviations().applyingAll(to: "Kelurahan Gunung Samarinda Baru") == "Kel. Gunung Samarinda Baru")
    }

    @Test func everyEntryThatCannotHelpIsNamedOnItsLine() {
        let text = """
        [abbreviations]
        "Dinas Kesehatan" = 5
        "Dinas Sosial" = ""
        "Inspektorat" = "Inspektorat Daerah"
        "Dinas Perhubungan" = "Dishub"
        "DINAS PERHUBUNGAN" = "Dhub"
        "Dinas Pertanian" = "Dishub"
        "Badan Kepegawaian dan Pengembangan SDM" = "BKPSDM"
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" = "BKPSDM"
        "Satpol\\u001b[2J" = "S"
        """
        let reading = TOMLFiles.settings(bytes(text))
        let out = lines(reading.diagnostics)
        #expect(out.contains("netra.toml:2: error: the short form of 'Dinas Kesehatan' in [abbreviations] must be text in quotes (ignored)"))
        #expect(out.contains("netra.toml:3: error: the short form of 'Dinas Sosial' in [abbreviations] is empty (ignored)"))
        #expect(out.contains("netra.toml:4: warning: 'Inspektorat Daerah' is not shorter than 'Inspektorat' in [abbreviations] (ignored)"))
        #expect(out.contains("netra.toml:6: warning: 'DINAS PERHUBUNGAN' is in [abbreviations] twice; the one on line 5 is used"))
        #expect(out.contains { $0.hasPrefix("netra.toml:7: error: 'Dishub' already stands for 'Dinas Perhubungan' (line 5)") })
        #expect(out.contains { $0.hasPrefix("netra.toml:10: error:") && $0.contains("control character") })
        // Two spellings of one unit may share a short form.
        #expect(!out.contains { $0.hasPrefix("netra.toml:9:") })
        #expect(reading.value?.abbreviations.map(\.short) == ["Dishub", "BKPSDM", "BKPSDM"])
        // In Indonesian too.
        let id = reading.diagnostics.map { $0.text.text(.id) }
        #expect(id.contains("singkatan 'Dinas Sosial' di [abbreviations] kosong (diabaikan)"))
    }

    @Test func abbreviationsMustBeATable() {
        let out = lines(TOMLFiles.settings(bytes("abbreviations = \"BKPSDM\"\n")).diagnostics)
        #expect(out.count == 1 && out[0].hasPrefix("netra.toml:1: error: abbreviations must be a table: [abbreviations]"))
    }

    @Test func aHostileListStopsAtTheLimit() {
        var text = "[abbreviations]\n"
        for i in 0..<(TOMLFiles.abbreviationLimit + 5) { text += "\"Unit Kerja Nomor \(i)\" = \"U\(i)\"\n" }
        let reading = TOMLFiles.settings(bytes(text))
        #expect(reading.value?.abbreviations.count == TOMLFiles.abbreviationLimit)
        #expect(lines(reading.diagnostics).filter { $0.contains("more than \(TOMLFiles.abbreviationLimit) names") }.count == 1)
    }

    @Test func namesAreMatchedAsWholeWordsWithoutRegardToCase() {
        let table = Abbreviations()
        #expect(table.applyingAll(to: "KECAMATAN BALIKPAPAN UTARA") == "Kec. BALIKPAPAN UTARA")
        #expect(table.applyingAll(to: "Kecamatanku") == "Kecamatanku")
        #expect(table.applyingNext(to: "Dinas Pendidikan dan Kebudayaan Kota Balikpapan") == "Dinas Dikbud Kota Balikpapan")
        #expect(table.applyingNext(to: "Inspektorat") == nil)
    }
}
