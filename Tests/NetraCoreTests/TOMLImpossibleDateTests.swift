import Foundation
import Testing
@testable import NetraCore

/// An impossible date-time in schedule.toml gets the advice a CSV date gets ("not a
/// day on the calendar"), written bare or in quotes (issue 24, row 12): not "quote it",
/// then "don't quote it".
@Suite struct TOMLImpossibleDateTests {
    private struct Memory: FileSource {
        let files: [DataFile: String]
        func contents(of file: DataFile) throws -> [UInt8]? { files[file].map { Array($0.utf8) } }
    }

    func scheduleLines(_ end: String) -> [String] {
        let schedule = DemoData.files[.schedule]!.replacingOccurrences(of: "end = 2023-05-14T23:59:00+07:00", with: "end = \(end)")
        #expect(schedule != DemoData.files[.schedule]!)
        let files = DemoData.files.merging([.schedule: schedule]) { _, new in new }
        let reading = DataFolder.read(from: Memory(files: files))
        return reading.diagnostics.filter { $0.file == .schedule }.flatMap { [$0.formatted(language: .en), $0.formatted(language: .id)] }
    }

    @Test func bareOrQuotedTheDateIsNamedAsNotOnTheCalendar() {
        for written in ["2023-06-31T23:59:00+07:00", "\"2023-06-31T23:59:00+07:00\"", "2023-06-31 23:59:00+07:00", "2023-06-31"] {
            let lines = scheduleLines(written)
            #expect(lines.contains { $0.contains("is not a day on the calendar: 31 June 2023 does not exist (June has 30 days)") }, "\(written): \(lines)")
            #expect(lines.contains { $0.contains("tidak ada di kalender: 31 Juni 2023 tidak ada (Juni memiliki 30 hari)") }, "\(written): \(lines)")
            #expect(!lines.contains { $0.contains("quote") || $0.contains("kutip") }, "\(written): \(lines)")
        }
        #expect(scheduleLines("2023-02-29T10:00:00+07:00").contains { $0.contains("29 February 2023 does not exist (February has 28 days)") })
        #expect(scheduleLines("2023-13-01T10:00:00+07:00").contains { $0.contains("there is no month 13") })
        // A real date in quotes keeps its own advice.
        #expect(scheduleLines("\"2023-05-14T23:59:00+07:00\"").contains { $0.contains("in quotes") })
    }

    @Test func theReaderNamesTheImpossibleDay() {
        #expect(TOML.impossibleDate("2023-06-31T23:59:00+07:00")! == (2023, 6, 31))
        #expect(TOML.impossibleDate("2024-02-29") == nil)
        #expect(TOML.impossibleDate("abcd-ef-gh") == nil)
        #expect(TOML.impossibleDate("2023-06-30") == nil)
    }
}
