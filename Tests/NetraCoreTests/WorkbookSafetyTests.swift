import Foundation
import Testing
@testable import NetraCore

/// Workbooks under main's reading rules: SafeFile's refusals, the stored name in the
/// diagnostic's location, both languages, and the inotify name mapping.
@Suite struct WorkbookSafetyTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netra-wbsafe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aWorkbookLinkLeadingOutOfTheFolderIsRefusedUnderItsOwnName() throws {
        let folder = try Self.folder(), outside = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: outside) }
        let target = outside.appendingPathComponent("secret.xlsx")
        try Data(try WorkbookFolderTests.roster()).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("officers.xlsx").path, withDestinationPath: target.path)
        let outcome = DataFolder.read(.officers, from: FolderFiles(folder: folder))
        #expect(outcome.records == nil)
        let problem = try #require(outcome.diagnostics.first { $0.severity == .error })
        #expect(problem.location.path == "officers.xlsx")
        #expect(problem.file == .officers)
        #expect(problem.text == Messages.refusal(.linkOutsideFolder))
    }

    @Test func aNamedPipeCalledOfficersXlsxIsRefusedWithoutBlocking() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("officers.xlsx").path, 0o600) == 0)
        let outcome = DataFolder.read(.officers, from: FolderFiles(folder: folder))
        let problem = try #require(outcome.diagnostics.first)
        #expect(problem.formatted().hasPrefix("officers.xlsx: error: "))
        #expect(problem.text == Messages.refusal(.notAFile(.namedPipe)))
    }

    @Test func workbookDiagnosticsSpeakBothLanguagesAndNameTheWorkbook() {
        let source = StoredFiles(files: ["officers.xlsx": (Array("nip,nama\n".utf8), nil)])
        let outcome = DataFolder.read(.officers, from: source)
        let problem = outcome.diagnostics[0]
        #expect(problem.formatted(language: .id).hasPrefix("officers.xlsx: error: 'officers.xlsx' bukan workbook"))
        #expect(problem.formatted(language: .en).hasPrefix("officers.xlsx: error: 'officers.xlsx' is not a workbook"))
    }

    @Test func everyWorkbookMessageIsTranslated() {
        let problems: [WorkbookProblem] = [.notArchive, .legacyOrEncrypted, .encrypted, .notSpreadsheet, .corrupt("xl/workbook.xml"), .noSheet, .onlyHiddenSheets,
                                           .hostile(.documentType), .hostile(.nesting), .hostile(.limit), .hostile(.expands(limit: 200 << 20)),
                                           .hostile(.entries(10_000)), .hostile(.sheets(1_000)), .hostile(.outsideSheet), .hostile(.cells(limit: 5))]
        var all = problems.map { Messages.workbook($0, file: "officers.xlsx") }
        all += [Messages.severalForms(read: "officers.xlsx", others: ["officers.csv"]), Messages.numberNIP("1E+17")]
        for reason in [SheetChoice.Reason.first, .active, .named] {
            all.append(Messages.sheetChosen("Rekap", SheetChoice(reason: reason, visible: 2, hidden: 1), tableNames: DataFile.officers.sheetNames))
        }
        all += [Messages.rowRepeated(1_000_000, first: 2), Messages.cellsOutsideHeading(2_000)]
        all.append(Messages.retirementDateDiffers(recorded: CivilDate(year: 2030, month: 1, day: 1)!,
                                                  derived: CivilDate(year: 2030, month: 2, day: 1)!, age: 58))
        for message in all {
            #expect(message.isTranslated, "\(message.english)")
            #expect(message.text(.id) != message.text(.en), "\(message.english)")
        }
    }

    @Test func inotifyNamesOfEveryStoredFormReachTheirTable() {
        func signal(_ name: String) -> WatchSignal {
            WatchSignal.of(InotifyEvent(wd: 1, mask: UInt32(IN_CLOSE_WRITE), name: name), folderWD: 1, parentWD: 2, folderName: "data")
        }
        #expect(signal("officers.ods") == .file(.officers, completed: true))
        #expect(signal("cases.xlsx") == .file(.cases, completed: true))
        #expect(signal("circulars.csv") == .file(.circulars, completed: true))
        #expect(signal("~$officers.xlsx") == .ignore)
    }
}
