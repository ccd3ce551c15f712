import Foundation
import Testing

/// `netra snapshot --all` on the overview: its list is the alerts box, so every alert
/// row is printed under the box's title, without the panels beside it.
@Suite struct SnapshotAllTests {
    /// The lines of a run's output.
    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    /// The non-blank lines inside the box whose top border carries `title`, without
    /// its borders and the selection mark (a snapshot frame selects the first row).
    func boxRows(titled title: String, in screen: [String]) -> [String] {
        guard let top = screen.firstIndex(where: { $0.contains("┌─ " + title) }) else { return [] }
        let border = Array(screen[top])
        guard let left = border.indices.first(where: { border[$0] == "┌" && String(border[$0...]).hasPrefix("┌─ " + title) }),
              let right = border[left...].firstIndex(of: "┐") else { return [] }
        var rows: [String] = []
        for line in screen[(top + 1)...].map(Array.init) {
            guard line.count > right, line[left] != "└" else { break }
            let inside = String(line[(left + 1)..<right]).replacingOccurrences(of: "▶", with: " ")
            var trimmed = inside
            while trimmed.last == " " { trimmed.removeLast() }
            if !trimmed.isEmpty { rows.append(trimmed) }
        }
        return rows
    }

    @Test(arguments: ["100x24", "120x40", "200x50"])
    func theOverviewPrintsEveryAlertUnderItsHeading(_ size: String) throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let run = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment, "--all", "--size", size])
        #expect(run.status == 0)
        let printed = lines(run.stdout)
        let heading = try #require(printed.first)
        // The same words the box's title shows, without its border.
        #expect(heading == "Peringatan (13)  ‼ 5 KRITIS  ! 5 AWAS  i 3 INFO")
        let rows = Array(printed.dropFirst())
        // Nothing of the screen around the list: no header, tabs, borders or panels.
        #expect(!run.stdout.contains("NETRA ·") && !run.stdout.contains("[1 Ringkasan]"))
        #expect(!run.stdout.contains("│") && !run.stdout.contains("┌"))
        #expect(!run.stdout.contains("Unit yang perlu perhatian") && !run.stdout.contains("Tahapan pemilihan"))
        // The rows are the Peringatan box's rows on a frame tall enough for all of
        // them, at the same width and layout: the same text, in the same order, none
        // left out. (Below 110 columns the overview has one column of panels, from
        // 180×40 three: the box's width follows, in both.)
        let columns = try #require(size.split(separator: "x").first)
        let frame = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment, "--size", "\(columns)x90"])
        #expect(rows == boxRows(titled: "Peringatan (13)", in: lines(frame.stdout)))
        #expect(rows.count == 13, "13 alerts (the late circular and the KPU match among them), one line each: the candidates without a request are two elections' and below a group's three")
    }

    @Test func inEnglishTheHeadingIsEnglishAndOtherViewsKeepTheirHeadings() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let run = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment, "--all", "--view", "overview", "--lang", "en"])
        #expect(run.status == 0)
        let printed = lines(run.stdout)
        #expect(printed.first?.hasPrefix("Alerts (13)") == true, "\(printed.first ?? "")")
        #expect(printed.count == 14)
        // A table keeps its column headings as the first line, and only its columns.
        let cases = try NetraProcess.run(["snapshot", "--data", demo, "--as-of", storyMoment, "--all", "--view", "cases", "--size", "100x24"])
        let caseLines = lines(cases.stdout)
        #expect(caseLines.first?.contains("ID") == true && caseLines.first?.contains("Status") == true)
        #expect(caseLines.count == 8, "the heading and the seven open cases (the list's default filter)")
        #expect(!cases.stdout.contains("│"))
    }
}
