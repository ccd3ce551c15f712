import Foundation
import Testing
@testable import NetraCore

/// Problems in the file's own words: the heading as written, the nearest accepted
/// value, every problem of a row, control characters in any cell, NUL on its line.
@Suite struct FileWordsMessageTests {
    func read(_ file: DataFile, _ text: String) -> [Diagnostic] {
        // Each kind's own reader (DataFile.kind), as a CSV of that table is read.
        file.kind.read(Array(text.utf8)).diagnostics
    }

    @Test func theColumnIsNamedByItsHeadingWithTheNearestValue() {
        let text = "NIP;NAMA;UNIT KERJA;JABATAN;GOL;PENCALONAN\n197003141996031001;A;U;P;III/a;bacalg\n"
        let found = RecordReaders.officers(Array(text.utf8)).diagnostics
        #expect(found.map { $0.formatted(language: .id) } == ["officers.csv:2: error: PENCALONAN 'bacalg' tidak dikenal — maksud Anda 'bacaleg'?"])
        #expect(lines(found) == ["officers.csv:2: error: unknown PENCALONAN 'bacalg' — did you mean 'bacaleg'?"])
        let cases = "id;nip;tanggal laporan;sumber;ringkasan;status\nK-1;;23/05/2023;Bawasl;foto;baru\n"
        #expect(read(.cases, cases).map { $0.formatted(language: .id) } == ["cases.csv:2: error: sumber 'Bawasl' tidak dikenal — maksud Anda 'bawaslu'?"])
    }

    @Test func noGuessWhenNothingIsClose() {
        let text = "nip,name,unit,position,grade,candidacy\n197003141996031001,A,U,P,III/a,pensiun\n"
        let message = lines(read(.officers, text)).first ?? ""
        #expect(message.hasPrefix("officers.csv:2: error: unknown candidacy 'pensiun': expected one of none, bacaleg"))
        #expect(Suggestion.nearest(to: "DTC", among: ["dcs", "dct"]) == "dct")  // a swap is one slip
        #expect(Suggestion.nearest(to: "calon", among: Candidacy.allCases.flatMap(\.spellings)) == nil)
    }

    @Test func everyProblemOfARowIsReported() {
        let text = "NIP;JENIS;TANGGAL PENGAJUAN;TAHAP;TMT\n1970031419960310;pensiun dni;31/02/2023;dikrim;kemarin\n"
        #expect(lines(read(.retirements, text)) == [
            "retirements.csv:2: error: NIP '1970031419960310' has 16 digits; a NIP has 18",
            "retirements.csv:2: error: unknown JENIS 'pensiun dni' — did you mean 'pensiun dini'?",
            "retirements.csv:2: error: TANGGAL PENGAJUAN '31/02/2023' is not a day on the calendar",
            "retirements.csv:2: error: unknown TAHAP 'dikrim' — did you mean 'dikirim'?",
            "retirements.csv:2: error: TMT 'kemarin' is not a date: write 23/05/2023, 2023-05-23 or 23 Mei 2023",
        ])
        let officers = "NIP;NAMA;UNIT KERJA;JABATAN;GOL;PENCALONAN;BUP\n19700314199603100;;U;P;III/a;bacalg;tua\n"
        #expect(lines(read(.officers, officers)) == [
            "officers.csv:2: error: NIP '19700314199603100' has 17 digits; a NIP has 18",
            "officers.csv:2: error: unknown PENCALONAN 'bacalg' — did you mean 'bacaleg'?",
            "officers.csv:2: error: NAMA is empty",
            "officers.csv:2: error: BUP 'tua' must be a whole number of years between 50 and 70 (usually 58, 60 or 65)",
        ])
    }

    /// An escape sequence in any cell, of any table, is named with its line and the
    /// heading of its column: text, enumerations, dates, NIPs, and columns Netra ignores.
    @Test(arguments: [
        (DataFile.officers, "NIP;NAMA;UNIT KERJA;JABATAN;GOL;CATATAN", ["197003141996031001", "Ani", "Dinas A", "Staf", "III/a", "x"]),
        (.candidates, "NIP;PENCALONAN;PARTAI;DAPIL;SUMBER", ["197003141996031001", "bacaleg", "Partai A", "Dapil 1", "KPU"]),
        (.retirements, "nip;jenis;tanggal pengajuan;tahap;nomor sk", ["197003141996031001", "BUP", "02/05/2023", "diajukan", "800/1"]),
        (.cases, "id;nip;tanggal laporan;sumber;kategori;ringkasan;status", ["K-1", "197003141996031001", "23/05/2023", "bawaslu", "medsos", "foto", "baru"]),
        (.circulars, "id;nomor;penerbit;tanggal;perihal", ["SE-1", "800/1", "Wali Kota", "02/05/2023", "Netralitas"]),
        (.acknowledgements, "circular;unit;received_on;note", ["SE-1", "Dinas A", "03/05/2023", "ok"]),
    ])
    func controlCharactersInEveryColumn(file: DataFile, heading: String, cells: [String]) {
        let headings = heading.split(separator: ";").map(String.init)
        for column in cells.indices {
            var row = cells
            row[column] += "\u{1B}[2J"
            let found = read(file, heading + "\n" + row.joined(separator: ";") + "\n")
            let control = found.filter { $0.message.contains("control characters") }
            #expect(control.count == 1, "\(file) \(headings[column])")
            #expect(control.first?.line == 2)
            #expect(control.first?.location.field == column)
            #expect(control.first?.message.hasPrefix(headings[column] + " contains control characters") == true, "\(control.first?.message ?? "")")
        }
        // A C1 control (U+009B, a one-byte CSI) counts too; a tab or a line break does not.
        var row = cells
        row[cells.count - 1] += "\u{9B}31m"
        #expect(read(file, heading + "\n" + row.joined(separator: ";") + "\n").contains { $0.message.contains("control characters") })
        row = cells
        row[cells.count - 1] += "\tx"
        #expect(!read(file, heading + "\n" + row.joined(separator: ";") + "\n").contains { $0.message.contains("control characters") })
    }

    @Test func manyCellsWithControlsAreCounted() {
        var text = "nip;nama;unit;jabatan;gol\n"
        for i in 0..<30 { text += "19700314199603\(String(format: "%04d", 1001 + i));A\u{1B};U;P;III/a\n" }
        let found = lines(read(.officers, text)).filter { $0.contains("control characters") }
        #expect(found.count == 21)
        #expect(found.last == "officers.csv: warning: 10 more cells contain control characters or escape sequences")
    }

    @Test func aNULIsPlacedOnItsLineLikeEveryOtherProblem() {
        var text = "nip;nama;unit kerja;jabatan;gol\n"
        for i in 0..<13 { text += "19700314199603\(String(format: "%04d", 1001 + i));A;U;P;III/a\n" }
        var bytes = Array(text.utf8)
        bytes += Array("198208142007022001;Lina".utf8) + [0] + Array(";U;P;III/c\n".utf8)
        let found = RecordReaders.officers(bytes).diagnostics
        #expect(found.map { $0.formatted(language: .id) } == [
            "officers.csv:15: error: baris ini berisi bita NUL (karakter tak terlihat yang bukan teks): ketik ulang selnya lalu simpan sebagai CSV UTF-8",
        ])
        #expect(lines(found) == [
            "officers.csv:15: error: this line contains a NUL byte (an invisible character that is not text): retype its cells and save as CSV UTF-8",
        ])
    }
}
