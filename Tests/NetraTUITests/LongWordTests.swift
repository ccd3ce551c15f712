import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// A 1 MB word without spaces (a pasted URL or base64 blob) in a cell: the list and the
/// detail pane draw their frame from its first screenful and say how long it is
/// (issue 24, row 1). Frame time is measured by `netra-bench --long-word`, not here.
@Suite struct LongWordTests {
    static let blob = String(repeating: "QmFzZTY0", count: 131_072)  // 1 MiB, no space

    func model() -> DashboardModel {
        let officers = LegacyDemo.officers.replacingOccurrences(
            of: "Irwan Saputra;Kecamatan Balikpapan Utara;Kepala Seksi Pemerintahan",
            with: "Irwan Saputra \(Self.blob);Kecamatan Balikpapan Utara;Kepala Seksi \(Self.blob)")
        return demoModel(replacing: [.officers: officers])
    }

    @Test func theDetailPaneOfA1MBWordShowsItsFirstScreenfulAndItsLength() {
        for (language, said) in [(Language.id, "seluruhnya 1,0 MB; hanya layar pertama"), (.en, "1.0 MB in all; the first screenful is shown")] {
            var replay = Replay(model: model(), options: .init(language: language))
            replay.run("2 / \"saputra\" Enter")
            let list = replay.frame()
            #expect(list.lines.contains { $0.contains("Irwan Saputra QmFzZTY0") && $0.contains("…") })
            replay.run("Enter")
            #expect(replay.session.state.showsDetail)
            let frame = replay.frame()
            #expect(frame.lines.count == 40)
            #expect(frame.lines.allSatisfy { DisplayWidth.of($0) <= 120 })
            #expect(frame.text.contains("QmFzZTY0QmFzZTY0"))
            #expect(frame.lines.contains { $0.contains("Kepala Seksi") })
            // The note under the cut value, a few lines further down the pane.
            replay.run("j j j j")
            let pane = replay.frame().lines.joined(separator: " ").replacingOccurrences(of: "│", with: " ")
                .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            #expect(pane.contains(said), "\(language): \(replay.frame().text)")
            // Scrolling to the end of the pane stays on the first screenful and its note.
            replay.run("G")
            #expect(replay.frame().lines.count == 40)
        }
    }

    @Test func wrappingIsLinearAndCapped() {
        let (lines, complete) = TextWrap.lines(Self.blob, width: 50, maxLines: 30)
        #expect(lines.count == 30 && !complete)
        #expect(lines.allSatisfy { $0.count == 50 })
        #expect(lines.joined() == String(Self.blob.prefix(1500)))
        // Uncapped, every character is kept, line by line.
        let all = wrap(String(Self.blob.prefix(10_000)) + " tail", width: 64)
        #expect(all.joined() == String(Self.blob.prefix(10_000)) + " tail")
        #expect(all.dropLast().allSatisfy { DisplayWidth.of($0) == 64 })
        #expect(wrap("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
        #expect(wrap("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
        #expect(TextWrap.lines("short", width: 10, maxLines: 1) == (["short"], true))
        #expect(DisplayWidth.fit(Self.blob, to: 10) == "QmFzZTY0Q…")
    }
}
