import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// The Unit and Surat edaran views, replayed through the session: keys in, frames out.
@Suite struct FollowViewTests {
    @Test func bothLanguagesDefineEveryFollowWord() {
        for word in FollowWord.allCases {
            #expect(UIText.followIndonesian[word] != nil, "id lacks \(word)")
            #expect(UIText.followEnglish[word] != nil, "en lacks \(word)")
        }
        for stage in CaseStage.allCases { #expect(UIText.table(for: .id).caseStage(stage) != UIText.table(for: .en).caseStage(stage) || stage == .blocked) }
    }

    @Test func viewsAreReachedByNumberAndByName() {
        #expect(ViewID.named("unit") == .units && ViewID.named("units") == .units && ViewID.named("6") == .units)
        #expect(ViewID.named("edaran") == .circulars && ViewID.named("circulars") == .circulars && ViewID.named("7") == .circulars)
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("6")
        #expect(replay.frame().lines[1].contains("[6 Units]"))
        replay.run("7")
        #expect(replay.frame().text.contains("↳ SE-WALIKOTA-2023"))
    }

    @Test func unitDetailListsItsPeopleAndItsCirculars() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("6 / \"perhubungan\" Enter Enter")
        let frame = replay.frame().text
        #expect(frame.contains("Units · Dinas Perhubungan"))
        #expect(frame.contains("Open matters"))
        #expect(frame.contains("Andi Baso Ridwan"))
        #expect(frame.contains("NTR-2023-002 reported"))
        #expect(frame.contains("SE-WALIKOTA-2023"))
        #expect(frame.contains("LATE not yet"))
    }

    @Test func unitsFilterToTheLateAndSortByName() {
        var replay = Replay(model: demoModel(), options: .init(language: .en))
        replay.run("6 f f")
        var frame = replay.frame()
        #expect(frame.lines.last!.contains("f Filter: late"))
        #expect(frame.lines[2].contains(" 1/14 "))
        #expect(!frame.text.contains("Inspektorat"))
        replay.run("f s")
        frame = replay.frame()
        #expect(frame.lines.last!.contains("f Filter: all · s Sort: name"))
        let listed = frame.lines.dropFirst(4).prefix(3).map { String($0.dropFirst(2).prefix(20)) }
        #expect(listed.first?.hasPrefix("Badan Kepegawaian") == true)
    }

    @Test func circularDetailListsEveryUnitLateFirst() throws {
        var replay = Replay(model: demoModel(), options: .init(language: .id))
        replay.run("7 j Enter")
        let frame = replay.frame()
        #expect(frame.text.contains("Edaran SE-WALIKOTA-2023"))
        #expect(frame.text.contains("14/28 unit selesai · Terlambat 14"))
        #expect(frame.text.contains("SE-KPU-2023"))  // what it follows
        // Late units come before the done ones.
        let late = try #require(frame.lines.firstIndex { $0.contains("Dinas Pekerjaan Umum") })
        let done = frame.lines.firstIndex { $0.contains("Inspektorat") } ?? frame.lines.count
        #expect(late < done)
        #expect(frame.lines[late].contains("! TERLAMBAT") && frame.lines[late].contains("Dinas Pekerjaan Umum · diterima 12 Mei 2023"))
        #expect(frame.text.contains("2/3 tanda tangan"))
    }

    @Test func theCasesDetailShowsTheChainAfterBawaslu() {
        var state = UIState(view: .cases)
        state.selection[.cases] = .case("NTR-2023-006")
        state.showsDetail = true
        let frame = FrameRenderer(language: .en).render(demoModel(), state: state, width: 120, height: 40).text
        #expect(frame.contains("recommended"))
        #expect(frame.contains("SiapNet"))
        #expect(frame.contains("R-0456/KASN/5/2023"))
        #expect(frame.contains("19 May 2023"))  // the PPK's due date: 14 days after 5 May
    }

    @Test func withoutCircularsTheViewSaysSo() {
        let model = demoModel(replacing: [.circulars: "", .acknowledgements: ""])
        var replay = Replay(model: model, options: .init(language: .en))
        replay.run("7")
        #expect(replay.frame().text.contains("Nothing to show."))
        replay.run("6")
        #expect(replay.frame().text.contains("Dinas Perhubungan"))
    }
}
