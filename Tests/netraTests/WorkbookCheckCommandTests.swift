import Foundation
import Testing

/// `netra check` on a folder whose roster is a workbook LibreOffice saved: the text
/// and the JSON name the sheet and the cell of each problem.
@Suite(.serialized) struct WorkbookCheckCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NetraCoreTests/Fixtures/Workbooks")

    @Test(arguments: ["officers.xlsx", "officers.ods"])
    func theNumberNIPIsNamedByItsCell(name: String) throws {
        let tmp = try TemporaryFolder()
        try tmp.write(name, bytes: Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name))))
        let text = try NetraProcess.run(["check", "--lang", "en", "--data", tmp.path, "--as-of", storyMoment])
        #expect(text.status == 1)
        // The first line says which of the workbook's two sheets was read; then the problem.
        let out = text.stdout.split(separator: "\n").map(String.init)
        #expect(out.first == "\(tmp.path)/\(name): warning: read sheet 'Pegawai' of 2 visible sheets because it is named like the table")
        let first = out.dropFirst().first ?? ""
        // The row is a candidate's: named, as a CSV row would be (issue 14 item 5).
        #expect(first.hasPrefix("\(tmp.path)/\(name):Pegawai!A6: error: row skipped: Budi Santoso (bacaleg) is not counted as a candidate — nip '1.98703152011011E+"), "\(text.stdout)")
        #expect(text.stdout.contains("4 officers, 1 candidate"))

        let run = try NetraProcess.run(["check", "--lang", "en", "--data", tmp.path, "--as-of", storyMoment, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let problems = try #require(json["problems"] as? [[String: Any]])
        let nip = try #require(problems.first { $0["severity"] as? String == "error" })
        #expect(nip["file"] as? String == name)
        #expect(nip["sheet"] as? String == "Pegawai")
        #expect(nip["cell"] as? String == "A6")
        #expect(nip["line"] as? Int == 6)
        #expect((nip["skippedCandidate"] as? [String: String])?["name"] == "Budi Santoso")
    }
}
