import Foundation
import Testing

/// `netra export --format xlsx` opened by a real spreadsheet reader (openpyxl, through
/// Tests/Scripts/read_xlsx.py), the workbook refused on a terminal, and the export's
/// messages in the user's language.
@Suite struct ExportWorkbookTests {
    /// The script that reads a workbook with openpyxl and checks it.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/read_xlsx.py")

    /// A python3 that has openpyxl: the one on PATH, else the system's (where Debian's
    /// python3-openpyxl goes). CI installs it (.ci/run); elsewhere the test is skipped
    /// with that reason rather than passing without reading anything.
    static let python: [String]? = [["/usr/bin/env", "python3"], ["/usr/bin/python3"]].first { command in
        let outcome = try? NetraProcess.run(program: URL(fileURLWithPath: command[0]), Array(command.dropFirst()) + ["-c", "import openpyxl"])
        return outcome?.status == 0
    }
    static var reader: Bool { python != nil }

    /// Runs the script on a workbook with a spec of its columns.
    static func read(_ path: String, _ spec: String) throws -> NetraProcess.Outcome {
        let python = try #require(Self.python)
        return try NetraProcess.run(program: URL(fileURLWithPath: python[0]), Array(python.dropFirst()) + [script.path, path, spec])
    }

    /// Every list, under the filter that shows every row, with the columns that must be
    /// 18-digit texts, dates and times (by their Indonesian headings).
    static let lists: [(view: String, filter: String, spec: String)] = [
        ("officers", "all", #"{"text18": ["NIP"], "dates": ["Pensiun"]}"#),
        ("officers", "candidates", #"{"text18": ["NIP"], "dates": ["Pensiun"]}"#),
        ("retirements", "everything", #"{"text18": ["NIP"], "dates": ["Diajukan", "TMT"]}"#),
        ("cases", "all", #"{"text18": ["NIP"], "dates": ["Dilaporkan", "Batas"]}"#),
        ("schedule", "all", #"{"datetimes": ["Mulai", "Berakhir"]}"#),
    ]

    @Test(.enabled(if: reader, "python3 with openpyxl is not installed: `python3 -m pip install openpyxl` (CI installs python3-openpyxl)"))
    func openpyxlReadsEveryNIPAsTextEveryDateAsADateAndTheCSVsEveryCell() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for list in Self.lists {
            let path = tmp.url.appendingPathComponent("\(list.view)-\(list.filter).xlsx").path
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            let base = ["export", "--data", demo, "--as-of", storyMoment, "--view", list.view, "--filter", list.filter]
            let written = try NetraProcess.run(base + ["--format", "xlsx"], stdout: .file(path))
            #expect(written.status == 0, "\(written.stderr)")
            let read = try Self.read(path, list.spec)
            #expect(read.status == 0, "\(list.view): \(read.stderr)")
            let sheet = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
            let rows = try #require(sheet["rows"] as? [[String]])
            // The same cells as the CSV export of the same list, heading included.
            let csv = try NetraProcess.run(base)
            let expected = Self.parseCSV(csv.stdout)
            #expect(rows == expected, "\(list.view) \(list.filter)")
            #expect(rows.count > 1)
        }
        // The 18 digits a spreadsheet would round are all there, NIP by NIP.
        let officers = try NetraProcess.run(["export", "--data", demo, "--as-of", storyMoment, "--view", "officers", "--format", "json"])
        let nips = try #require(try JSONSerialization.jsonObject(with: Data(officers.stdout.utf8)) as? [[String: String]]).compactMap { $0["nip"] }
        let path = tmp.url.appendingPathComponent("officers-all.xlsx").path
        let read = try Self.read(path, #"{"text18": ["NIP"]}"#)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])["rows"] as? [[String]]
        #expect(nips.count == 40 && rows?.dropFirst().map { $0[0] } == nips)
    }

    @Test func aWorkbookIsNeverWrittenToATerminal() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let terminal = try PseudoTerminal()
        try terminal.start(["export", "--data", demo, "--view", "cases", "--format", "xlsx"], environment: PseudoTerminal.environment())
        let said = terminal.read(for: 20) { $0.contains("xlsx") && $0.contains("\n") }
        #expect(said.contains("berkas biner"), "\(said)")
        #expect(said.contains("> cases.xlsx"))
        #expect(!said.contains("PK"))   // no zip archive reached the terminal
        let status = try #require(terminal.waitForExit(within: 20))
        #expect(status >> 8 & 0xFF == 2)
    }

    @Test func exportMessagesSpeakTheUsersLanguage() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let cases: [(arguments: [String], id: String, en: String)] = [
            (["--view", "pensiun", "--filter", "warna=merah"], "--filter 'warna' bukan kolom pensiun: name, nip, unit,",
             "--filter 'warna' is not a column of retirements: name, nip, unit,"),
            (["--view", "kasus", "--filter", "terlambat"], "bukan KUNCI=NILAI dan bukan saringan kasus: open, all",
             "is neither KEY=VALUE nor a filter of cases: open, all"),
            (["--view", "kasus", "--sort", "warna"], "--sort 'warna' bukan kolom kasus", "--sort 'warna' is not a column of cases"),
            (["--view", "unit"], "tampilan unit bukan daftar; ekspor salah satu dari: pegawai, pensiun, tahapan, kasus",
             "the units view is not a list; export one of: officers, retirements, schedule, cases"),
        ]
        for c in cases {
            let indonesian = try NetraProcess.run(["export", "--data", demo] + c.arguments)
            #expect(indonesian.status == 2)
            #expect(indonesian.stderr.contains(c.id), "\(indonesian.stderr)")
            let english = try NetraProcess.run(["export", "--data", demo, "--lang", "en"] + c.arguments)
            #expect(english.stderr.contains(c.en), "\(english.stderr)")
        }
    }

    @Test func retirementsByUnitAsTheyAreOnScreen() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let run = try NetraProcess.run(["export", "--data", demo, "--as-of", storyMoment, "--view", "pensiun", "--filter", "everything",
                                        "--filter", "unit=Sekretariat Daerah", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: String]])
        #expect(rows.map { $0["name"] } == ["Hendra Wijaya, S.IP., M.AP."])
        #expect(rows.first?["unit"] == "Sekretariat Daerah")
        #expect(rows.first?["effective"] == "2023-07-01")
        // Typed as a clerk types it: case (and accents) folded as the search folds them.
        let typed = try NetraProcess.run(["export", "--data", demo, "--as-of", storyMoment, "--view", "pensiun", "--filter", "everything",
                                          "--filter", "unit=sekretariat daerah", "--format", "json"])
        #expect(typed.stdout == run.stdout)
    }

    /// The export's CSV as cells: `;` between fields, CRLF between lines, quotes doubled
    /// inside quoted fields, the byte-order mark dropped, and the apostrophe that keeps a
    /// spreadsheet from running `=…` dropped as well.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == ";" { row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        return rows.map { $0.map { $0.hasPrefix("'") && $0.dropFirst().first.map { "=+-@".contains($0) } == true ? String($0.dropFirst()) : $0 } }
    }
}
