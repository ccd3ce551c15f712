import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The linear mode (issue 27): every view's reading kept as a reviewed transcript in
/// `Golden/` (as `GoldenFrameTests` keeps frames; `NETRA_UPDATE_GOLDEN=1` rewrites),
/// what a reading may never hold, and what the session says as keys and reloads come.
@Suite struct LinearTranscriptTests {
    static let cases: [(view: ViewID, language: Language)] = ViewID.folderViews.flatMap { v in Language.allCases.map { (v, $0) } }

    @Test(arguments: cases.indices)
    func viewReadingMatchesReference(_ index: Int) throws {
        let c = Self.cases[index]
        let lines = LinearPresenter(language: c.language).screen(demoModel(), state: UIState(view: c.view), now: demoModel().situation.now)
        try Self.compare(lines, toReference: "linear-\(c.view)-\(c.language.rawValue).txt")
    }

    /// A session replayed: the overview, two rows down, the keys, the Kasus view, a
    /// case's detail and back, then a reload that brings a new case.
    @Test(arguments: Language.allCases)
    func sessionTranscriptMatchesReference(_ language: Language) throws {
        let model = demoModel(), now = model.situation.now
        var session = LinearSession(model: model, options: DashboardSession.Options(language: language), now: now)
        var transcript = session.start(at: now)
        for key: Key in [.down, .down, .character("?"), .character("?"), .character("5"), .character("j"), .enter, .escape] {
            transcript += ["> \(key)"] + session.handle(key, at: now).lines
        }
        transcript += ["> reload"] + session.receive(Self.withNewCase(model), at: now)
        try Self.compare(transcript, toReference: "linear-session-\(language.rawValue).txt")
    }

    /// Nothing drawn and nothing cut: no box drawing (U+2500–U+257F), no block
    /// (U+2580–U+259F), no `…`, no line over 200 characters — in every view, the keys,
    /// a detail and the problems, of the demo and of the seeds' city, in both languages.
    @Test(arguments: Language.allCases)
    func readingsHoldNoDrawingAndNoLongLine(_ language: Language) {
        let presenter = LinearPresenter(language: language)
        for model in [demoModel(), GoldenFrameTests.seed] {
            var states = ViewID.folderViews.map { UIState(view: $0) }
            var help = UIState(), problems = UIState(), detail = UIState(view: .officers)
            help.showsHelp = true
            problems.showsProblems = true
            detail.showsDetail = true
            states += [help, problems, detail]
            var lines: [String] = []
            for state in states { lines += presenter.screen(model, state: state, now: model.situation.now) }
            // Every row of every list, as the selection would read it.
            for view in ViewID.folderViews {
                var state = UIState(view: view)
                let ids = presenter.layout(model, state: state, now: model.situation.now).list.rows
                for i in 0..<ids.count {
                    state.selection[view] = ids.id(i)
                    if let line = presenter.selection(model, state: state, now: model.situation.now) { lines.append(line) }
                }
            }
            #expect(lines.count > 100)
            for line in lines {
                #expect(!line.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) }, "drawing in: \(line)")
                #expect(!line.contains("…"), "ellipsis in: \(line)")
                #expect(line.count <= LinearPresenter.maxLine, "too long: \(line)")
                #expect(line.range(of: #"\bH[-+]\d"#, options: .regularExpression) == nil, "countdown label in: \(line)")
            }
        }
    }

    @Test func movingTheSelectionSaysOneSentence() {
        let model = demoModel(), now = model.situation.now
        var session = LinearSession(model: model, options: DashboardSession.Options(language: .id), now: now)
        _ = session.start(at: now)
        let moved = session.handle(.character("j"), at: now).lines
        #expect(moved.count == 1)
        #expect(moved.first?.hasPrefix("Terpilih: Baris 2 dari ") == true)
        // At the last row, a key that moves nothing says nothing.
        _ = session.handle(.end, at: now)
        #expect(session.handle(.end, at: now).lines.isEmpty)
        // A notice of the status line is said once, in its own line.
        #expect(session.handle(.backspace, at: now).lines == ["Catatan: Tidak ada tempat sebelumnya"])
        #expect(session.handle(.backspace, at: now).lines.isEmpty)
        // A view opens: its heading first.
        #expect(session.handle(.character("2"), at: now).lines.first?.hasPrefix("Pegawai. Kota Balikpapan, Selasa 23 Mei 2023 pukul 10.00 WITA.") == true)
    }

    @Test func aReloadIsOneLine() {
        let model = demoModel(), now = model.situation.now
        var session = LinearSession(model: model, options: DashboardSession.Options(language: .id), now: now)
        _ = session.start(at: now)
        let lines = session.receive(Self.withNewCase(model), at: now)
        #expect(lines == ["Diperbarui: 1 kasus baru, NTR-2023-010; 1 kasus berubah, NTR-2023-002."])
    }

    @Test func spokenTextSaysWhatTheScreenAbbreviates() {
        let spoken = SpokenText(text: UIText.table(for: .id), zone: TimeZone(secondsFromGMT: 8 * 3600)!)
        #expect(spoken.plain("batas 3 Okt 2023 23:59 WIB · H-133") == "batas 3 Oktober 2023 pukul 23.59 WIB, 133 hari lagi")
        #expect(spoken.plain("[▓▓░░] 14/28 · lewat 4 hr · 20%") == "14 dari 28, lewat 4 hari, 20 persen")
        #expect(spoken.plain("H+52 H-0") == "52 hari lalu hari ini")
        #expect(spoken.plain("Pencermatan DCT ! Batas SK") == "Pencermatan DCT, Batas SK")
        #expect(spoken.plain("Peringatan: ! AWAS: Kasus") == "Peringatan: AWAS: Kasus")
        let english = SpokenText(text: UIText.table(for: .en), zone: TimeZone(secondsFromGMT: 8 * 3600)!)
        #expect(english.plain("due 4 Oct 00:59 WITA") == "due 4 October at 00:59 WITA")
    }

    @Test func theKeysAreReadFromTheKeyTable() {
        let lines = LinearOverlays.keys(UIText.table(for: .id))
        #expect(lines.count == KeyMap.bindings(province: false).count + 1)
        #expect(lines.contains("panah bawah atau j: baris berikutnya."))
    }

    /// The demo with NTR-2023-002 moved on and a new case NTR-2023-010, its changes marked.
    static func withNewCase(_ before: DashboardModel) -> DashboardModel {
        var cases = before.dataset.cases
        cases[1].status = .recommended
        cases.append(NeutralityCase(id: "NTR-2023-010", nip: nil, reportedOn: CivilDate(year: 2023, month: 5, day: 23)!, source: .kipp, summary: "baru",
                                    status: .new))
        var dataset = before.dataset
        dataset.cases = cases
        var reading = before.reading
        reading.dataset = dataset
        var after = DashboardModel(reading: reading, now: before.situation.now)
        after.markChanges(since: before, files: [.cases], at: before.situation.now)
        return after
    }

    static func compare(_ lines: [String], toReference name: String) throws {
        let file = GoldenFrameTests.folder.appendingPathComponent(name)
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["NETRA_UPDATE_GOLDEN"] != nil {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "transcript \(name) differs from its reference; review and regenerate with NETRA_UPDATE_GOLDEN=1")
    }
}

extension LinearTranscriptTests {
    @Test func aVanishedFolderIsSaidOnce() {
        let model = demoModel(), now = model.situation.now
        var session = LinearSession(model: model, options: DashboardSession.Options(language: .en), now: now)
        _ = session.start(at: now)
        var gone = model
        gone.folderMissingSince = now
        #expect(session.receive(gone, at: now) == ["Updated: Data folder unavailable since 10:00 — showing the last good data."])
    }
}

extension LinearTranscriptTests {
    /// After the decree deadline the sentence says who made it and who missed it, once.
    @Test func afterTheDeadlineTheFiguresAreSaidOnce() {
        let model = demoModel(at: "2023-10-10T10:00:00+08:00")
        let lines = LinearPresenter(language: .id).screen(model, state: UIState(), now: model.situation.now)
        let candidates = lines.first { $0.hasPrefix("Calon Pemilu DPRD 2024:") } ?? ""
        #expect(candidates.contains("tepat waktu") && candidates.contains("terlewat") && candidates.contains("sudah lewat"), "\(candidates)")
        let breakdown = lines.first { $0.hasPrefix("Rincian:") } ?? ""
        #expect(!breakdown.contains("terlewat") && !breakdown.contains("tepat waktu"), "\(breakdown)")
    }
}
