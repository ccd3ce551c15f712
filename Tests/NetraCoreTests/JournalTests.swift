import Foundation
import Testing
@testable import NetraCore

/// The journal's pieces: the diff, its files (rotation, two writers, a torn tail), the
/// state directory never inside the data folder; `[notify]`'s argument split and plan.
@Suite struct JournalTests {
    /// The demo folder in a fresh temporary folder, and a state directory beside it.
    final class Place: @unchecked Sendable {
        let root: URL
        var folder: URL { root.appendingPathComponent("data") }
        var environment: [String: String] { ["XDG_STATE_HOME": root.appendingPathComponent("state").path] }
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("netra-journal-\(UUID().uuidString)")
            try DemoData.write(to: root.appendingPathComponent("data"))
        }
        deinit { try? FileManager.default.removeItem(at: root) }

        func reading() -> FolderReading { DataFolder.read(from: FolderFiles(folder: folder)) }
        func record(_ iso: String) -> Journal.Recording {
            let reading = reading()
            return Journal.record(reading, situation: Situation(dataset: reading.dataset, now: at(iso)), folder: folder, environment: environment)
        }
    }

    @Test func theFirstReadingIsTheBaselineAndAnEditBecomesEvents() throws {
        let place = try Place()
        let first = place.record("2023-05-23T10:00:00+08:00")
        #expect(first.isBaseline && first.events.isEmpty && first.problem == nil)
        // Nothing changed, same moment: nothing to say.
        #expect(place.record("2023-05-23T10:00:00+08:00").events.isEmpty)
        let cases = place.folder.appendingPathComponent("cases.csv")
        let text = try String(contentsOf: cases, encoding: .utf8)
        try text.replacingOccurrences(of: "NTR-2023-004;", with: "NTR-2023-099;").write(to: cases, atomically: true, encoding: .utf8)
        let events = place.record("2023-05-23T10:00:00+08:00").events
        // A renamed case is a new case; the old one vanishing is not "closed".
        #expect(events.map(\.kind) == [.caseClosed])
        #expect(events.first?.key == "case:NTR-2023-099")
        #expect(events.first?.to == "decided")
        // The data folder holds nothing of Netra's own.
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.folder.path).allSatisfy { !$0.hasPrefix("journal") && $0 != "summary.tsv" })
    }

    @Test func theOfficersAreKeptApartAndRewrittenOnlyWhenTheRosterChanges() throws {
        let place = try Place()
        _ = place.record("2023-05-23T10:00:00+08:00")
        let store = try #require(JournalStore(folder: place.folder, environment: place.environment))
        let summary = try String(contentsOf: store.summaryFile, encoding: .utf8)
        #expect(!summary.contains("officer:") && summary.hasPrefix("netra-journal-summary 2 "))
        let officers = try String(contentsOf: store.officersFile, encoding: .utf8)
        #expect(officers.contains("officer:197003141996031001\tbacaleg\tHendra Wijaya"))
        // The same roster a week later: the officers' file is not written again.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: store.officersFile.path)
        _ = place.record("2023-05-30T10:00:00+08:00")
        let kept = try FileManager.default.attributesOfItem(atPath: store.officersFile.path)[.modificationDate] as? Date
        #expect(kept == Date(timeIntervalSince1970: 0))
        // A candidacy withdrawn: the roster changed, its event says so, the file follows.
        let file = place.folder.appendingPathComponent("candidates.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("bacaleg") })
        try text.replacingOccurrences(of: String(line), with: line.replacingOccurrences(of: "bacaleg", with: "mundur"))
            .write(to: file, atomically: true, encoding: .utf8)
        let events = place.record("2023-05-30T10:00:00+08:00").events
        #expect(events.contains { $0.kind == .candidacyChanged && $0.to == "withdrawn" })
        let rewritten = try FileManager.default.attributesOfItem(atPath: store.officersFile.path)[.modificationDate] as? Date
        #expect(rewritten != Date(timeIntervalSince1970: 0))
        #expect(place.record("2023-05-30T10:00:00+08:00").events.isEmpty)
    }

    @Test func twoWritersAtOnceRecordEachChangeOnce() throws {
        let place = try Place()
        _ = place.record("2023-05-23T10:00:00+08:00")
        // A week later the clock alone raised alerts; two processes read at once.
        let results = Locked<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let n = place.record("2023-05-30T10:00:00+08:00").events.count
            results.update { $0.append(n) }
        }
        let counts = results.value.sorted()
        #expect(counts[0] == 0 && counts[1] > 0)
        let store = try #require(JournalStore(folder: place.folder, environment: place.environment))
        #expect(store.read().events.count == counts[1])
    }

    @Test func theDashboardsWriterRecordsInTheBackground() throws {
        let place = try Place()
        let writer = JournalWriter(folder: place.folder, wording: { _ in { alert, language in "\(alert.kind) \(language)" } },
                                   environment: place.environment)
        let reading = place.reading()
        writer.submit(reading, situation: Situation(dataset: reading.dataset, now: at("2023-05-23T10:00:00+08:00")))
        writer.submit(reading, situation: Situation(dataset: reading.dataset, now: at("2023-05-30T10:00:00+08:00")))
        writer.flush()
        let store = try #require(JournalStore(folder: place.folder, environment: place.environment))
        // Either both readings were recorded (baseline, then the week's alerts) or they
        // merged into the newest (a baseline alone): never anything else.
        let events = store.read().events
        #expect(FileManager.default.fileExists(atPath: store.summaryFile.path))
        #expect(events.allSatisfy { $0.kind == .alertRaised || $0.kind == .alertCleared || $0.kind == .retirementDue || $0.kind == .retirementOverdue })
        let raised = events.first { $0.kind == .alertRaised }
        #expect(raised == nil || raised?.messages?["en"]?.hasSuffix(" en") == true)
    }

    @Test func theJournalIsRotatedAtItsBound() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("netra-journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try #require(JournalStore(folder: root.appendingPathComponent("data"),
                                              environment: ["XDG_STATE_HOME": root.path], maxBytes: 400))
        try store.prepare()
        let event = JournalEvent(at: at("2023-05-23T10:00:00+08:00"), kind: .caseOpened, key: "case:X", label: "X", to: "reported")
        for _ in 0..<12 { try store.append([event]) }
        #expect(FileManager.default.fileExists(atPath: store.rotatedFile.path))
        let size = try FileManager.default.attributesOfItem(atPath: store.journalFile.path)[.size] as! Int
        #expect(size < 400 + event.jsonLine().utf8.count + 1)
        let read = store.read()
        #expect(read.skipped == 0 && read.events.count < 12 && read.events.count > 2)
    }

    @Test func aStateDirectoryInsideTheDataFolderIsRefused() {
        let folder = URL(fileURLWithPath: "/srv/netra/data")
        #expect(JournalStore(folder: folder, environment: ["STATE_DIRECTORY": "/srv/netra/data/.state"]) == nil)
        #expect(JournalStore(folder: folder, environment: ["XDG_STATE_HOME": "/var/lib"])?.directory.path.hasPrefix("/var/lib/netra/") == true)
        #expect(JournalStore(folder: folder, environment: [:]) == nil)
        // Stable: the same real path always names the same journal.
        #expect(StateDirectory.folderID("/srv/netra/data") == StateDirectory.folderID("/srv/netra/data"))
        #expect(StateDirectory.folderID("/srv/netra/data") != StateDirectory.folderID("/srv/netra/data2"))
    }

    @Test func aSummaryRoundTripsThroughItsFile() {
        let summary = JournalSummary(entries: ["case:A": .init(state: "reported", label: "A\twith tab"), "officer:1": .init(state: "dct", label: "Budi")])
        let back = JournalSummary.parse(summary.fileText())
        #expect(back?.entries["officer:1"] == .init(state: "dct", label: "Budi"))
        #expect(back?.entries["case:A"]?.label == "A with tab")
        #expect(JournalSummary.parse("something else\n") == nil)
    }

    @Test func aSummaryIsWrittenInChunksSortedByItsBytesAndReadBack() throws {
        // Keys short (kept inside the string) and long, accented, and more of them than
        // one chunk holds: the file is the same bytes `fileText` gives, in byte order.
        var entries: [String: JournalSummary.Entry] = [
            "case:Zeta": .init(state: "reported", label: "Z"), "case:alpha": .init(state: "reported", label: "a"),
            "case:Éclair": .init(state: "reported", label: "É"), "case:Eclair": .init(state: "reported", label: "E"),
            "unit:" + String(repeating: "x", count: 40): .init(state: "late", label: "long"), "k": .init(state: "", label: ""),
        ]
        for i in 0..<16_000 { entries["alert:\(i * 7919 % 16_000)|overdue|long enough to leave the small form"] = .init(state: "critical", label: "Budi \(i)") }
        let summary = JournalSummary(entries: entries, rosterFingerprint: 42)
        let place = try Place()
        let store = try #require(JournalStore(folder: place.folder, environment: place.environment))
        try store.prepare()
        try store.saveSummary(summary)
        let written = try Data(contentsOf: store.summaryFile)
        #expect(written.count > ReplacedFile.chunkSize)
        #expect(written == Data(summary.fileText().utf8))
        let keys = String(decoding: written, as: UTF8.self).split(separator: "\n").dropFirst().map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        #expect(keys.map { Array($0.utf8) } == keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
        // `|` sorts after the digits: `alert:10000|` comes before `alert:1|`.
        #expect(Array(keys.prefix(2)) == ["alert:0|overdue|long enough to leave the small form", "alert:10000|overdue|long enough to leave the small form"])
        #expect(store.loadSummary() == summary)
        // Owner-only, and no temporary file left beside it.
        let mode = try FileManager.default.attributesOfItem(atPath: store.summaryFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func bytesPrecedeIsTheOrderOfTheUTF8Bytes() {
        let words = ["", "a", "Z", "é", "e\u{301}", "ab", "abc", "b", "🙂", "日本", String(repeating: "q", count: 30), String(repeating: "q", count: 31)]
        for a in words {
            for b in words {
                #expect(JournalSummary.bytesPrecede(a, b) == Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)), "\(a) < \(b)")
            }
        }
    }

    @Test func commandsSplitWithoutAShell() {
        #expect(ArgumentSplit.split("/usr/bin/notify --to 'Sekda Kota' \"a \\\"b\\\"\" $HOME")
                == .success(["/usr/bin/notify", "--to", "Sekda Kota", "a \"b\"", "$HOME"]))
        #expect(ArgumentSplit.split("x 'open") == .failure(.unbalancedQuote))
        #expect(ArgumentSplit.split("   ") == .failure(.empty))
    }

    @Test func theDailyLimitTurnsManyAlertsIntoOneDigest() {
        let e = JournalEvent(at: Date(), kind: .alertRaised, key: "alert:x", label: "x", severity: "critical")
        #expect(Notifier.plan([e, e], callsLeft: 5).calls.map(\.count) == [1, 1])
        #expect(Notifier.plan([e, e, e], callsLeft: 2).calls.map(\.count) == [3])
        #expect(Notifier.plan([e, e], callsLeft: 0).dropped == 2)
        #expect(NotifySettings.isMailAddress("sekda@balikpapan.go.id"))
        #expect(!NotifySettings.isMailAddress("x@y.id\nBcc: z@w.id"))
        #expect(!NotifySettings.isMailAddress("-oQ/tmp@x.id"))
    }

    @Test func notifySettingsAreReadAndCheckedInNetraToml() {
        let good = TOMLFiles.settings(bytes("[notify]\ncommand = \"/bin/notify --level 'kritis'\"\nmail = [\"a@b.go.id\"]\ntimeout_seconds = 5\n"))
        #expect(good.value?.notify.command == ["/bin/notify", "--level", "kritis"])
        #expect(good.value?.notify.mail == ["a@b.go.id"])
        #expect(good.value?.notify.timeoutSeconds == 5)
        #expect(good.diagnostics.isEmpty)
        let bad = TOMLFiles.settings(bytes("[notify]\ncommand = \"x 'y\"\nmail = \"nobody\"\ndaily_limit = 0\n"))
        #expect(bad.value?.notify.isConfigured == false)
        #expect(lines(bad.diagnostics) == [
            "netra.toml:2: error: command in [notify] has a quote that is not closed",
            "netra.toml:3: error: mail in [notify] must be an address (name@example.go.id) or a list of them, not 'nobody'",
            "netra.toml:4: error: daily_limit in [notify] must be a whole number from 1 to 1000",
        ])
    }
}

/// A value several threads update.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
