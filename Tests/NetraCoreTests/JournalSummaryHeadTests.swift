import Foundation
import Testing
@testable import NetraCore

/// The summary's first line says which roster and which entries it holds, so a reading
/// that changed nothing is told without reading the rest.
@Suite struct JournalSummaryHeadTests {
    typealias Entry = JournalSummary.Entry

    func summary(_ pairs: [(String, String, String)], roster: UInt64 = 0xabc) -> JournalSummary {
        var entries: [String: Entry] = [:]
        for (key, state, label) in pairs { entries[key] = Entry(state: state, label: label) }
        return JournalSummary(entries: entries, rosterFingerprint: roster)
    }

    @Test func theHashFollowsTheEntriesNotTheirOrder() {
        let a = summary([("case:A", "reported", "A"), ("alert:x", "critical", "Budi"), ("request:1", "filed", "Ani")])
        let b = summary([("request:1", "filed", "Ani"), ("case:A", "reported", "A"), ("alert:x", "critical", "Budi")])
        #expect(a.contentHash == b.contentHash)
        // One state, one label, one key more or fewer: another hash.
        #expect(summary([("case:A", "closed", "A"), ("alert:x", "critical", "Budi"), ("request:1", "filed", "Ani")]).contentHash != a.contentHash)
        #expect(summary([("case:A", "reported", "A2"), ("alert:x", "critical", "Budi"), ("request:1", "filed", "Ani")]).contentHash != a.contentHash)
        #expect(summary([("case:A", "reported", "A"), ("alert:x", "critical", "Budi")]).contentHash != a.contentHash)
        // Two entries swapping their states is a change too.
        let swapped = summary([("case:A", "filed", "A"), ("alert:x", "critical", "Budi"), ("request:1", "reported", "Ani")])
        #expect(swapped.contentHash != a.contentHash)
    }

    @Test func aWrittenSummaryIsRecognisedByItsFirstLineAlone() throws {
        let recorded = summary([("case:A", "reported", "A"), ("alert:x", "critical", "Budi\tSantoso")])
        let data = Data(recorded.fileText().utf8)
        let head = try #require(JournalSummary.Head(fileStart: data))
        #expect(head.rosterFingerprint == 0xabc)
        #expect(recorded.isRecorded(as: head))
        // The hash is of the text written: a tab in a name becomes a space either way.
        let back = try #require(JournalSummary.parse(recorded.fileText()))
        #expect(back.entries["alert:x"]?.label == "Budi Santoso")
        #expect(back.contentHash == recorded.contentHash)
        // Another roster, or other entries: not the recorded one.
        #expect(!summary([("case:A", "reported", "A"), ("alert:x", "critical", "Budi\tSantoso")], roster: 0xabd).isRecorded(as: head))
        #expect(!summary([("case:A", "closed", "A"), ("alert:x", "critical", "Budi\tSantoso")]).isRecorded(as: head))
        // A summary written before the hash was kept still reads, but never counts as recorded.
        let older = "netra-journal-summary 2 abc\ncase:A\treported\tA\n"
        let oldHead = try #require(JournalSummary.Head(fileStart: Data(older.utf8)))
        #expect(oldHead.contentHash == nil)
        #expect(!recorded.isRecorded(as: oldHead))
        #expect(JournalSummary.parse(older)?.entries["case:A"] == Entry(state: "reported", label: "A"))
        #expect(JournalSummary.Head(fileStart: Data("netra-journal-summary 2 xyz 1\n".utf8)) == nil)
        #expect(JournalSummary.Head(fileStart: Data("something else\n".utf8)) == nil)
    }

    /// A reading that changed nothing is told by the first line: the rest of the recorded
    /// summary is not read nor written again (a line added to it by hand stays); a reading
    /// that changed something is compared as before and rewrites it.
    @Test func anUnchangedReadingReadsOnlyTheFirstLine() throws {
        let place = try JournalTests.Place()
        _ = place.record("2023-05-23T10:00:00+08:00")
        let store = try #require(JournalStore(folder: place.folder, environment: place.environment))
        let written = try String(contentsOf: store.summaryFile, encoding: .utf8)
        try (written + "case:HAND\treported\tadded by hand\n").write(to: store.summaryFile, atomically: true, encoding: .utf8)
        #expect(place.record("2023-05-23T10:00:00+08:00").events.isEmpty)
        #expect(try String(contentsOf: store.summaryFile, encoding: .utf8).contains("case:HAND"))
        // A week later alerts and countdowns differ: compared and rewritten whole.
        let later = place.record("2023-05-30T10:00:00+08:00")
        #expect(!later.events.isEmpty)
        #expect(try !String(contentsOf: store.summaryFile, encoding: .utf8).contains("case:HAND"))
    }
}

