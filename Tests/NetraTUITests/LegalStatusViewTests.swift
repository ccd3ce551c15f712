import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// SIASN's *kedudukan hukum* on screen: a column of the Pegawai list (absent for a
/// roster without it), a value to filter by, a line of the detail, and a mark on the
/// cases of an officer whose data BKN blocked — never where names are hidden.
/// The demo has Gunawan Effendi blocked (case NTR-2022-017), Ayu Wulandari on CLTN and
/// Novi Anggraini on study leave.
@Suite struct LegalStatusViewTests {
    /// The demo's roster without its KEDUDUKAN HUKUM column.
    static var rosterWithoutStatus: String {
        LegacyDemo.officers.split(separator: "\r\n", omittingEmptySubsequences: false)
            .map { line in line.split(separator: ";", omittingEmptySubsequences: false).dropLast().joined(separator: ";") }
            .joined(separator: "\r\n")
    }

    func row(_ grid: CellGrid, _ needle: String) -> String? { grid.lines.first { $0.contains(needle) } }

    @Test func pickTheStatusColumnThenCLTNLeavesOnlyThoseRows() throws {
        var replay = Replay(model: demoModel(), options: .init(language: .id), size: Size(width: 140, height: 30))
        replay.run("2")
        let all = replay.frame()
        #expect(all.lines[3].contains("Kedudukan"))
        #expect(try #require(row(all, "Gunawan Effendi")).contains("data diblokir"))
        replay.run("F")
        replay.type("kedudukan")
        replay.run("Enter")
        // The picker offers the values the column holds.
        let values = replay.frame().text
        #expect(values.contains("CLTN") && values.contains("tugas belajar") && values.contains("data diblokir"))
        replay.type("CLTN")
        replay.run("Enter")
        #expect(replay.session.state.conditions[.officers] == [FieldCondition(key: "status", value: "CLTN")])
        let frame = replay.frame()
        #expect(frame.lines[2].contains(" 1/1 "))
        #expect(frame.text.contains("Ayu Wulandari"))
        #expect(!frame.text.contains("Gunawan Effendi"))
        #expect(frame.lines.last!.contains("Kedudukan = CLTN"))
    }

    @Test func aRosterWithoutStatusHasNoColumn() {
        let model = demoModel(replacing: [.officers: Self.rosterWithoutStatus])
        #expect(model.dataset.officers.count == 40 && model.dataset.officers.allSatisfy { $0.status == nil })
        for language in Language.allCases {
            let text = UIText.table(for: language)
            let frame = FrameRenderer(language: language).render(model, state: UIState(view: .officers), width: 200, height: 30)
            #expect(!frame.lines[3].contains(text.legalStatusTitle), "\(language)")
            let cases = FrameRenderer(language: language).render(model, state: UIState(view: .cases), width: 200, height: 30)
            #expect(!cases.lines[3].contains(text.blockedTitle), "\(language)")
        }
    }

    @Test func theDetailNamesTheStandingAndTheFilesWords() {
        for (language, expected) in [(Language.id, "data diblokir — Pemblokiran Data PNS"), (.en, "data blocked — Pemblokiran Data PNS")] {
            var state = UIState(view: .officers)
            state.selection[.officers] = .officer("197109231997111001")
            state.showsDetail = true
            let detail = FrameRenderer(language: language).render(demoModel(), state: state, width: 120, height: 40).text
            #expect(detail.contains(expected), "\(language)")
            #expect(detail.contains(UIText.table(for: language).legalStatusTitle))
        }
        // An active officer's standing needs no second wording.
        var state = UIState(view: .officers)
        state.selection[.officers] = .officer("197003141996031001")
        state.showsDetail = true
        let detail = FrameRenderer(language: .en).render(demoModel(), state: state, width: 120, height: 40)
        #expect(detail.lines.contains { $0.contains("Status") && $0.contains("active") && !$0.contains("Aktif") })
    }

    @Test func aBlockedOfficerIsMarkedOnTheirCasesInBothLanguages() throws {
        for (language, mark, word) in [(Language.id, "diblokir", "data diblokir"), (.en, "blocked", "data blocked")] {
            for width in [80, 120] {
                let frame = FrameRenderer(language: language).render(demoModel(), state: UIState(view: .cases), width: width, height: 24)
                #expect(frame.lines[3].contains("SIASN"), "\(language) \(width)")
                #expect(try #require(row(frame, "NTR-2022-017")).contains(mark), "\(language) \(width)")
                let others = frame.lines.filter { $0.contains("NTR-") && !$0.contains("NTR-2022-017") }
                #expect(others.count == 6 && others.allSatisfy { !$0.contains(mark) }, "\(language) \(width)")
            }
            var state = UIState(view: .cases)
            state.selection[.cases] = .case("NTR-2022-017")
            state.showsDetail = true
            let detail = FrameRenderer(language: language).render(demoModel(), state: state, width: 120, height: 40).text
            #expect(detail.contains("SIASN") && detail.contains(word), "\(language)")
            state.selection[.cases] = .case("NTR-2023-006")
            #expect(!FrameRenderer(language: language).render(demoModel(), state: state, width: 120, height: 40).text.contains(word))
        }
    }

    @Test func noStandingOnAPublicScreenThatHidesNames() {
        let lock = KioskLock(unlockKey: .function(12), pinHash: nil)
        let model = demoModel()
        for names in [Privacy.Names.initials, .hidden] {
            let privacy = Privacy(names: names, nips: .masked, caseDetails: true, people: .full)
            for page in [KioskPage.cases, .officers] {
                let rotation = KioskRotation(startingAt: model.situation.now, pageIndex: 0)
                let grid = KioskRenderer(language: .id, privacy: privacy)
                    .render(model, rotation: rotation, lock: lock, width: 200, height: 60, now: model.situation.now, page: page)
                #expect(!grid.text.contains("diblokir") && !grid.text.contains("CLTN"), "\(names) \(page)")
            }
        }
        // With names in full (the office's own choice) the mark is there.
        let full = Privacy(names: .full, nips: .masked, caseDetails: true, people: .full)
        let rotation = KioskRotation(startingAt: model.situation.now, pageIndex: 0)
        let grid = KioskRenderer(language: .id, privacy: full)
            .render(model, rotation: rotation, lock: lock, width: 200, height: 60, now: model.situation.now, page: .cases)
        #expect(grid.text.contains("diblokir"))
    }

    @Test func unknownStandingsAreShownAsWrittenWithoutControlCharacters() {
        var o = Officer(nip: NIP(value: 197003141996031001), name: "A")
        o.statusText = "Penerima\u{1B}[31m Uang Tunggu"
        o.status = LegalStatus.classify(o.statusText)
        for language in Language.allCases {
            let shown = UIText.table(for: language).legalStatus(o)
            #expect(shown.contains("Penerima") && shown.contains("Uang Tunggu") && !shown.contains("\u{1B}"), "\(language)")
        }
        #expect(UIText.table(for: .en).legalStatus(Officer(nip: NIP(value: 197003141996031001), name: "B")).isEmpty)
        for status in LegalStatus.allCases where status != .other {
            for language in Language.allCases { #expect(UIText.table(for: language).legalStatus(status)?.isEmpty == false) }
        }
    }
}
