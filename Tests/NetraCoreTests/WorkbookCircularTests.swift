import Foundation
import Testing
@testable import NetraCore

/// `circulars` and `acknowledgements` may be workbooks too, read by the same table-form
/// machinery, with their problems — also those found against the roster — in cells.
@Suite struct WorkbookCircularTests {
    typealias F = WorkbookFixture

    @Test func circularsAndAcknowledgementsFromWorkbooks() throws {
        let officers = "nip;nama;unit;jabatan;golongan;pencalonan\n198101052009011001;Dewi;Dinas Pendidikan;Guru;III/a;-\n"
        let circulars = WorkbookPlaceTests.xlsxRow(1, ["KODE", "NOMOR", "PENERBIT", "TANGGAL", "PERIHAL"])
            + "<row r=\"2\">\(F.inline("A2", "SE-1"))\(F.inline("B2", "800/1/2023"))\(F.inline("C2", "Wali Kota"))<c r=\"D2\" s=\"1\"><v>45047</v></c>\(F.inline("E2", "Netralitas ASN"))</row>"
        let acks = ["<table:table-row>" + ["edaran", "unit kerja", "diterima"].map { F.odsText($0) }.joined() + "</table:table-row>",
                    "<table:table-row>\(F.odsText("SE-1"))\(F.odsText("Dinas Pendidikan"))<table:table-cell office:value-type=\"date\" office:date-value=\"2023-05-03\"/></table:table-row>",
                    "<table:table-row>\(F.odsText("SE-1"))\(F.odsText("Dinas Pariwisata"))<table:table-cell office:value-type=\"date\" office:date-value=\"2023-05-04\"/></table:table-row>"].joined()
        let files = StoredFiles(files: [
            "officers.csv": (Array(officers.utf8), nil),
            "circulars.xlsx": (try F.xlsx(sheets: [("Rekap", ""), ("Surat Edaran", circulars)]), nil),
            "acknowledgements.ods": (try F.ods(tables: [("Tindak Lanjut", acks)]), nil),
        ])
        let reading = DataFolder.read(from: files)
        #expect(reading.dataset.circulars.map(\.id) == ["SE-1"])
        #expect(reading.dataset.circulars.first?.issuedOn == CivilDate(year: 2023, month: 5, day: 1))
        #expect(reading.dataset.acknowledgements.map(\.unit) == ["Dinas Pendidikan", "Dinas Pariwisata"])
        #expect(reading.dataset.acknowledgements.first?.receivedOn == CivilDate(year: 2023, month: 5, day: 3))
        // A unit the roster does not know, named in its cell of the acknowledgements sheet.
        let unknown = reading.diagnostics.filter { $0.file == .acknowledgements }
        #expect(unknown.map { $0.place() } == ["acknowledgements.ods:'Tindak Lanjut'!B3"], "\(lines(reading.diagnostics))")
        #expect(DataFile(storedName: "circulars.ods") == .circulars)
        #expect(DataFile.acknowledgements.storedNames == ["acknowledgements.csv", "acknowledgements.xlsx", "acknowledgements.ods"])
    }
}
