import Foundation
import Testing
@testable import NetraCore

/// Workbooks built to hurt: each is refused with a named reason, quickly, without
/// expanding what it asks for.
@Suite struct WorkbookHostileTests {
    typealias F = WorkbookFixture

    @Test func aZipBombIsStoppedAtTheBudget() throws {
        // 4 MB of zeros deflate to a few kilobytes; the budget here is 1 MB.
        let bomb = try F.zipBytes([("_rels/.rels", Array("<Relationships/>".utf8)),
                                   ("xl/workbook.xml", Array(repeating: 0x20, count: 4 << 20))])
        #expect(bomb.count < 100_000)
        #expect(throws: WorkbookProblem.hostile(.expands(limit: 1 << 20))) {
            try Workbook.sheet(bomb, archiveLimits: .init(inflatedBytes: 1 << 20))
        }
    }

    @Test func tooManyEntries() throws {
        let many = try F.zip((0..<30).map { ("x\($0).xml", "<x/>") })
        #expect(throws: WorkbookProblem.hostile(.entries(11))) { try Workbook.sheet(many, archiveLimits: .init(entries: 10)) }
    }

    @Test func entityExpansionIsRefusedBeforeAnyEntityIsRead() throws {
        let lol = """
        <?xml version="1.0"?>
        <!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\
        <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
        <sst xmlns="\(F.main)"><si><t>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</t></si></sst>
        """
        let bytes = try F.xlsx(sheets: [("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")], sharedXML: lol)
        #expect(throws: WorkbookProblem.hostile(.documentType)) { try Workbook.sheet(bytes) }
    }

    @Test func externalEntitiesAreRefusedToo() throws {
        let xxe = """
        <?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><worksheet xmlns="\(F.main)"><sheetData/></worksheet>
        """
        let bytes = try F.xlsx(sheets: [("S", "")], sheetXML: xxe)
        #expect(throws: WorkbookProblem.hostile(.documentType)) { try Workbook.sheet(bytes) }
    }

    @Test func deepNesting() throws {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        let bytes = try F.xlsx(sheets: [("S", deep)])
        #expect(throws: WorkbookProblem.hostile(.nesting)) { try Workbook.sheet(bytes) }
    }

    @Test func aMillionRepeatedFullRowsAreKeptOnceWithoutExpanding() throws {
        let rows = "<table:table-row table:number-rows-repeated=\"1000000\">\(F.odsText("x", repeated: 1_000_000))</table:table-row>"
        let sheet = try Workbook.sheet(try F.ods(tables: [("S", rows)]))
        #expect(sheet.rows.count == 1)
        #expect(sheet.rows[0].repeats == 1_000_000)
        #expect(sheet.rows[0].runs == [CellRun(column: 0, count: 16_384, cell: .text("x"))])
    }

    @Test func theCellLimitCountsCellsAsHeld() throws {
        var limits = SheetLimits()
        limits.cells = 3
        let rows = (1...4).map { "<row r=\"\($0)\">\(F.inline("A\($0)", "x"))</row>" }.joined()
        #expect(throws: WorkbookProblem.hostile(.cells(limit: 3))) { try Workbook.sheet(try F.xlsx(sheets: [("S", rows)]), limits: limits) }
    }

    @Test func repeatedCellsStopAtTheLastColumn() throws {
        let rows = "<table:table-row>\(F.odsText("x", repeated: 1_000_000))</table:table-row>"
        let sheet = try Workbook.sheet(try F.ods(tables: [("S", rows)]))
        #expect(sheet.rows[0].denseCells.count == 16_384)
    }

    @Test func cellsBeyondTheSheet() throws {
        #expect(throws: WorkbookProblem.hostile(.outsideSheet)) {
            try Workbook.sheet(try F.xlsx(sheets: [("S", "<row r=\"2000000\">\(F.inline("A2000000", "x"))</row>")]))
        }
        #expect(throws: WorkbookProblem.hostile(.outsideSheet)) {
            try Workbook.sheet(try F.xlsx(sheets: [("S", "<row r=\"1\">\(F.inline("ZZZZ1", "x"))</row>")]))
        }
    }

    @Test func thousandsOfSheets() throws {
        let sheets = (0..<1001).map { ("S\($0)", "") }
        #expect(throws: WorkbookProblem.hostile(.sheets(1001))) { try Workbook.sheet(try F.xlsx(sheets: sheets)) }
    }

    @Test func corruptWorkbooks() throws {
        let good = try F.xlsx(sheets: [("S", "<row r=\"1\">\(F.inline("A1", "x"))</row>")])
        // Cut short while being saved: the zip directory at the end is gone.
        #expect(throws: WorkbookProblem.corrupt("zip")) { try Workbook.sheet(Array(good.prefix(good.count / 2))) }
        // Well-formed zip, broken XML.
        let broken = try F.xlsx(sheets: [("S", "<row r=\"1\"><c r=\"A1\"><v>1</row>")])
        #expect(throws: WorkbookProblem.corrupt("xl/worksheets/sheet1.xml")) { try Workbook.sheet(broken) }
        // A shared-string index that points nowhere.
        let dangling = try F.xlsx(sheets: [("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")])
        #expect(throws: WorkbookProblem.corrupt("xl/worksheets/sheet1.xml")) { try Workbook.sheet(dangling) }
        // A relationship that climbs out of the archive is not followed.
        #expect(WorkbookArchive.resolve("../../etc/passwd", from: "xl/workbook.xml") == nil)
        #expect(WorkbookArchive.resolve("worksheets/../sheet.xml", from: "xl/workbook.xml") == "xl/sheet.xml")
    }

    @Test(arguments: [false, true])
    func mutatedWorkbooksNeverCrash(compressed: Bool) throws {
        // Flip bytes all over real workbooks (stored uncompressed too, so that the
        // damage reaches the XML): every outcome is rows or a named problem.
        let xlsx = try F.xlsx(sheets: [("S", "<row r=\"1\">\(F.inline("A1", "NIP"))<c r=\"B1\" s=\"1\"><v>45069</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>")],
                              shared: ["a", "b"])
        let ods = try F.ods(tables: [("S", "<table:table-row table:number-rows-repeated=\"3\">\(F.odsText("x", repeated: 4))</table:table-row>")],
                            compressed: compressed)
        var generator = SplitMix(state: compressed ? 14 : 41)
        for good in [xlsx, ods] {
            for _ in 0..<1000 {
                var bytes = good
                for _ in 0..<(1 + Int(generator.next() % 8)) {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
                _ = try? Workbook.sheet(bytes)
            }
        }
    }
}
