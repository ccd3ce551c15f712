import Foundation
import Testing
@testable import NetraCore

/// Issue 24, row 6: a date of something that has happened, after today (a year typo
/// that silences the processing-limit alert), or more than a year before the row's
/// other dates, is a warning naming the file and line — in `netra check`'s text and
/// JSON; the dashboard's problems panel is `FutureDatePanelTests`.
@Suite struct DatePlausibilityTests {
    static let now = DemoData.storyMoment  // 23 May 2023, 10:00 WITA

    /// The demo with `retirements.csv` (and others) replaced.
    func report(_ files: [DataFile: String], at now: Date = Self.now) -> CheckReport {
        CheckReport(folder: ".", reading: DataFolder.read(from: MemoryFiles(DemoData.files.merging(files) { $1 })), now: now)
    }

    /// The example: a resignation filed "next year" is never overdue, so
    /// without the warning the processing-limit alert would be silent.
    @Test func aFilingNextYearIsAWarningOnItsLine() throws {
        let retirements = DemoData.files[.retirements]!.replacingOccurrences(of: "197003141996031001,Pensiun Dini,08/05/2023",
                                                                               with: "197003141996031001,Pensiun Dini,08/05/2024")
        let report = report([.retirements: retirements])
        let text = report.text(.en)
        #expect(text.contains("retirements.csv:2: warning: filed_on 2024-05-08 is after today (2023-05-23): it has not happened yet, most likely a mistyped year; the processing limit counts from it, so this request cannot become overdue until it is corrected"))
        #expect(report.text(.id).contains("retirements.csv:2: warning: filed_on (tanggal pengajuan) 2024-05-08 sesudah hari ini (2023-05-23): belum terjadi, kemungkinan salah ketik tahun; batas waktu proses dihitung dari tanggal ini"))
        // JSON: the same problem, with its file and line, in both languages.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        let problems = try #require(json["problems"] as? [[String: Any]])
        let future = try #require(problems.first { ($0["message"] as? String)?.contains("after today") == true })
        #expect(future["file"] as? String == "retirements.csv")
        #expect(future["line"] as? Int == 2)
        #expect(future["severity"] as? String == "warning")
        #expect((future["messages"] as? [String: String])?["id"]?.contains("sesudah hari ini") == true)
        // Decided (docs/decisions.md): the row counts as written — pending, not overdue.
        let request = try #require(report.situation.pendingRequests.first { $0.request.nip.description == "197003141996031001" })
        #expect(!request.isProcessingOverdue)
    }

    @Test func everyDateOfSomethingDoneIsChecked() {
        let cases = """
        id;nip;reported_on;source;category;summary;status;due_on;forwarded_on;recommendation_on;decided_on
        K-1;198101052009011001;15 Mei 2033;Bawaslu;x;y;Baru;;;;
        K-2;198101052009011001;15 Mei 2023;Bawaslu;x;y;Rekomendasi;;20/05/2023;21/06/2023;
        K-3;198101052009011001;15 Mei 2023;Bawaslu;x;y;Sanksi;;20/05/2023;21/05/2023;01/06/2023
        K-4;198101052009011001;23 Mei 2023;Bawaslu;x;y;Baru;;;;

        """
        let candidates = DemoData.files[.candidates]!.replacingOccurrences(of: "12-05-2023", with: "12-05-2032")
        let found = report([.cases: cases, .candidates: candidates]).findings.map { $0.formatted() }
        #expect(found.contains { $0.hasPrefix("cases.csv:2: warning: reported_on 2033-05-15 is after today (2023-05-23)") && $0.contains("Bawaslu's follow-up period counts from it") })
        #expect(found.contains { $0.hasPrefix("cases.csv:3: warning: recommendation_on 2023-06-21 is after today") && $0.contains("PPK's decision") })
        #expect(found.contains { $0.hasPrefix("cases.csv:4: warning: decided_on 2023-06-01 is after today") })
        #expect(found.contains { $0.hasPrefix("candidates.csv:2: warning: reported_on 2032-05-12 is after today") })
        // Today itself is not the future.
        #expect(!found.contains { $0.hasPrefix("cases.csv:5:") })
    }

    /// The demo, at its own moment, has no such date (no false warnings).
    @Test func theDemoHasNone() {
        let report = report([:])
        #expect(FutureDates.warnings(report.reading.dataset, today: report.situation.today).isEmpty)
        #expect(!report.text(.en).contains("more than a year before"))
    }

    /// A year typed one too low: filed a year before its effective date. For a
    /// resignation or early retirement only (an age request is filed ahead of its TMT).
    @Test func aFilingMoreThanAYearBeforeTheOtherDatesIsAWarning() {
        let retirements = """
        nip,kind,filed_on,stage,effective_on,decree_no
        197003141996031001,Pensiun Dini,08/05/2022,Diverifikasi,01/07/2023,
        197608222003122001,pensiun dini,12 Mei 2023,diajukan,,
        196507091988031001,BUP,03/04/2022,Dikirim ke BKN,01/08/2023,
        197302181999031001,Pengunduran Diri,02/07/2022,SK Terbit,01/06/2023,800.1.6/0412/BKPSDM

        """
        let reading = RecordReaders.retirements(Array(retirements.utf8))
        #expect(lines(reading.diagnostics) == [
            "retirements.csv:2: warning: filed_on 2022-05-08 is more than a year before effective_on 2023-07-01: a year typed wrong? The processing limit counts from filed_on",
        ])
        // The file's own headings name the columns.
        let indonesian = retirements.replacingOccurrences(of: "nip,kind,filed_on,stage,effective_on,decree_no",
                                                          with: "NIP;JENIS;TANGGAL PENGAJUAN;TAHAP;TMT;NOMOR SK").replacingOccurrences(of: ",", with: ";")
        let id = RecordReaders.retirements(Array(indonesian.utf8)).diagnostics.map { $0.text.text(.id) }
        #expect(id == ["TANGGAL PENGAJUAN 2022-05-08 lebih dari setahun sebelum TMT 2023-07-01: salah ketik tahun? Batas waktu proses dihitung dari TANGGAL PENGAJUAN"])
    }

    @Test func aReportMoreThanAYearBeforeTheCaseIsNextStepIsAWarning() {
        let cases = """
        id;nip;reported_on;source;category;summary;status;due_on;forwarded_on;recommendation_on
        K-1;198101052009011001;15 Mei 2022;Bawaslu;x;y;Rekomendasi;;20/05/2023;21/05/2023
        K-2;198101052009011001;15 Mei 2022;Bawaslu;x;y;Rekomendasi;;20/05/2022;21/06/2023
        K-3;198101052009011001;15 Mei 2022;Bawaslu;x;y;Baru;;;

        """
        #expect(lines(RecordReaders.cases(Array(cases.utf8)).diagnostics) == [
            "cases.csv:2: warning: reported_on 2022-05-15 is more than a year before forwarded_on 2023-05-20: a year typed wrong?",
        ])
    }

    /// In a workbook the warning names the cell, like every other problem.
    @Test func inAWorkbookTheCellIsNamed() throws {
        let rows = ["nip,kind,filed_on,stage", "197003141996031001,Pensiun Dini,08/05/2024,Diverifikasi"].enumerated().map { i, line in
            "<row r=\"\(i + 1)\">" + line.split(separator: ",").map { WorkbookFixture.inline("", String($0)) }.joined() + "</row>"
        }.joined().replacingOccurrences(of: " r=\"\"", with: "")
        var files = StoredFiles()
        for (file, text) in DemoData.files where file != .retirements { files.files[file.fileName] = (Array(text.utf8), nil) }
        files.files["retirements.xlsx"] = (try WorkbookFixture.xlsx(sheets: [("Usulan", rows)]), nil)
        let report = CheckReport(folder: ".", reading: DataFolder.read(from: files), now: Self.now)
        #expect(report.findings.map { $0.formatted() }.contains { $0.hasPrefix("retirements.xlsx:Usulan!C2: warning: filed_on 2024-05-08 is after today") })
    }
}
