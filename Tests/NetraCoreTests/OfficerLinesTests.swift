import Foundation
import Testing
@testable import NetraCore

/// The officers' part of the journal, compared as two NIP-sorted lists.
@Suite struct OfficerLinesTests {
    typealias Line = OfficerLines.Line
    let now = Date(timeIntervalSince1970: 1_684_800_000)

    @Test func addedGoneAndChangedOfficersAreFoundByWalkingBothLists() {
        let old = OfficerLines(lines: [Line(nip: 3, state: "none", label: "Citra"), Line(nip: 1, state: "bacaleg", label: "Ani"),
                                       Line(nip: 2, state: "none", label: "Budi")])
        let new = OfficerLines(lines: [Line(nip: 4, state: "none", label: "Dewi"), Line(nip: 1, state: "withdrawn", label: "Ani"),
                                       Line(nip: 3, state: "none", label: "Citra Ayu")])
        let events = new.events(since: old, at: now)
        #expect(events.map(\.kind) == [.candidacyChanged, .officerLeft, .officerAdded])
        #expect(events.map(\.key) == ["officer:1", "officer:2", "officer:4"])
        #expect(events[0].from == "bacaleg" && events[0].to == "withdrawn" && events[1].label == "Budi")
        // A changed name alone is no change of standing.
        #expect(!events.contains { $0.key == "officer:3" })
        #expect(new.events(since: new, at: now).isEmpty)
    }

    @Test func theFileReadsBackAndASummaryWrittenWholeGivesTheSameLines() throws {
        let lines = OfficerLines(lines: [Line(nip: 197003141996031001, state: "bacaleg", label: "Hendra\tWijaya"),
                                         Line(nip: 196505121990031007, state: "none", label: "Agus")])
        let back = try #require(OfficerLines.parse(lines.fileData()))
        #expect(back.lines.map(\.nip) == [196505121990031007, 197003141996031001])
        #expect(back.lines[1].label == "Hendra Wijaya")
        let whole = OfficerLines(entries: ["officer:196505121990031007": .init(state: "none", label: "Agus"),
                                           "case:A": .init(state: "reported", label: "A")])
        #expect(whole.lines == [Line(nip: 196505121990031007, state: "none", label: "Agus")])
    }

    /// Written a megabyte at a time through a file beside it, renamed into place: a
    /// roster larger than one chunk reads back whole, private to its owner, and leaves
    /// no temporary file behind; an unwritable place is an error, the old file kept.
    @Test func aLargeRosterIsWrittenInChunksAndReadsBackWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netra-officer-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [Line] = []
        for k in 0..<40_000 {
            let nip: UInt64 = 196_501_011_990_031_000 + UInt64(k * 7 % 40_000)
            lines.append(Line(nip: nip, state: k % 20 == 0 ? "bacaleg" : "none", label: "Pegawai Nomor \(k)"))
        }
        let many = OfficerLines(lines: lines)
        let file = folder.appendingPathComponent("officers.tsv")
        try many.write(to: file)
        let data = try Data(contentsOf: file)
        #expect(data.count > 1 << 20)
        #expect(data == many.fileData())
        #expect(OfficerLines.parse(data) == many)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["officers.tsv"])
        #expect(throws: JournalStoreError.self) { try many.write(to: folder.appendingPathComponent("missing/officers.tsv")) }
        #expect(try Data(contentsOf: file) == data)
    }

    /// Lines read straight from the roster (no copy of it) are the lines made by hand
    /// from its officers in NIP order, and compare with stored lines as stored ones do.
    @Test func theRosterReadInNIPOrderGivesTheSameLinesAsACopy() throws {
        let roster = DataFolder.read(from: MemoryFiles(DemoData.files)).dataset.roster
        let fromRoster = OfficerLines(roster)
        let copied = OfficerLines(lines: roster.officers.map { Line(nip: $0.nip.value, state: $0.candidacy.canonicalName, label: $0.name) })
        #expect(fromRoster.count == roster.officers.count)
        #expect(fromRoster.lines == copied.lines)
        #expect(fromRoster.lines.map(\.nip) == fromRoster.lines.map(\.nip).sorted())
        #expect(fromRoster.events(since: copied, at: now).isEmpty)
        let fewer = OfficerLines(lines: Array(copied.lines.dropFirst()))
        let added = fromRoster.events(since: fewer, at: now)
        #expect(added.map(\.kind) == [.officerAdded])
        #expect(added.first?.key == "officer:\(copied.lines[0].nip)")
        #expect(try #require(OfficerLines.parse(fromRoster.fileData())) == copied)
    }

    @Test func junkLinesAreSkippedAndAForeignFileIsNone() throws {
        let text = "netra-journal-summary 1\nofficer:12\tnone\tAni\ngarbage\nofficer:x1\tnone\tB\n"
            + "officer:99999999999999999999999\tnone\tC\n\u{0}\u{ff}\tofficer:\n\nofficer:7\tdct\tDewi"
        let lines = try #require(OfficerLines.parse(Data(text.utf8)))
        #expect(lines.lines == [Line(nip: 7, state: "dct", label: "Dewi"), Line(nip: 12, state: "none", label: "Ani")])
        #expect(OfficerLines.parse(Data("something else\n".utf8)) == nil)
        #expect(OfficerLines.parse(Data()) == nil)
    }
}
