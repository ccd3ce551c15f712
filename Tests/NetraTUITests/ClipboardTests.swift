import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// `y` says what it did: the value was sent to the terminal; where the terminal answers
/// the OSC 52 query, whether it arrived. The answer is read out of the key stream so
/// none of its bytes becomes a key.
@Suite struct ClipboardTests {
    static let nip = "197807192005011001"

    /// The officers list with the selection on `nip`, after `y`.
    func copied(language: Language = .id) -> Replay {
        var replay = Replay(model: demoModel(), options: .init(language: language))
        replay.run("2 / \"\(Self.nip)\" Enter y")
        return replay
    }

    @Test(arguments: [(Language.id, "NIP 197807192005011001 dikirim ke terminal untuk disalin"),
                      (.en, "NIP 197807192005011001 sent to the terminal to copy")])
    func ySaysItSentTheValue(_ language: Language, _ sentence: String) {
        var replay = copied(language: language)
        #expect(replay.effects.last == .copy(Clipboard.Copy(Self.nip)))
        #expect(replay.frame().lines.last!.contains(sentence), "\(replay.frame().lines.last!)")
    }

    @Test(arguments: [(Clipboard.Answer.holdsCopy, "NIP 197807192005011001 sudah di papan klip"),
                      (.holdsOther, "NIP 197807192005011001 tidak sampai ke papan klip; salin dengan tetikus (--no-mouse)"),
                      (.empty, "NIP 197807192005011001 dikirim ke terminal untuk disalin")])
    func theTerminalsAnswerSettlesIt(_ answer: Clipboard.Answer, _ sentence: String) {
        var replay = copied()
        replay.send(.clipboardAnswer(answer))
        #expect(replay.frame().lines.last!.contains(sentence), "\(replay.frame().lines.last!)")
        #expect(replay.effects == [.copy(Clipboard.Copy(Self.nip))])
    }

    @Test func anAnswerInEnglish() {
        var replay = copied(language: .en)
        replay.send(.clipboardAnswer(.holdsCopy))
        #expect(replay.frame().lines.last!.contains("NIP 197807192005011001 is on the clipboard"))
        var refused = copied(language: .en)
        refused.send(.clipboardAnswer(.holdsOther))
        #expect(refused.frame().lines.last!.contains("did not reach the clipboard; copy with the mouse (--no-mouse)"))
    }

    @Test func aLateAnswerOrOneWithoutACopyChangesNothing() {
        var late = copied()
        late.run("+3s")
        late.send(.clipboardAnswer(.holdsOther))
        #expect(late.frame().lines.last!.contains("dikirim ke terminal untuk disalin"))
        // The user moved on: the status line is theirs again, and stays so.
        var moved = copied()
        moved.run("j")
        moved.send(.clipboardAnswer(.holdsCopy))
        #expect(!moved.frame().lines.last!.contains("papan klip"))
        var none = Replay(model: demoModel())
        let before = none.frame().text
        none.send(.clipboardAnswer(.holdsCopy))
        #expect(none.frame().text == before)
    }

    @Test func aCaseIDIsNamedAsOne() {
        var replay = Replay(model: demoModel())
        replay.run("5 y")
        #expect(replay.frame().lines.last!.contains("ID kasus NTR-"))
        #expect(replay.frame().lines.last!.contains("dikirim ke terminal untuk disalin"))
    }

    // MARK: The answer, byte by byte

    @Test func theAnswerIsComparedNotKept() {
        let expected = Self.nip
        let base64 = Data(expected.utf8).base64EncodedString()
        #expect(Clipboard.answer(body: "52;c;\(base64)", expected: expected) == .holdsCopy)
        #expect(Clipboard.answer(body: "52;p;\(base64)", expected: expected) == .holdsCopy)
        #expect(Clipboard.answer(body: "52;;\(base64)", expected: expected) == .holdsCopy)
        #expect(Clipboard.answer(body: "52;c;\(Data("something else".utf8).base64EncodedString())", expected: expected) == .holdsOther)
        #expect(Clipboard.answer(body: "52;c;", expected: expected) == .empty)
        #expect(Clipboard.answer(body: "52;c;!!not base64!!", expected: expected) == .holdsOther)
        #expect(Clipboard.answer(body: "52;c;\(base64)", expected: expected, truncated: true) == .holdsOther)
        // Not an OSC 52 answer, or our own query echoed back: no verdict at all.
        #expect(Clipboard.answer(body: "11;rgb:0000/0000/0000", expected: expected) == nil)
        #expect(Clipboard.answer(body: "52;c;?", expected: expected) == nil)
        #expect(Clipboard.query == Array("\u{1B}]52;c;?\u{07}".utf8))
    }

    /// What the screen feeds the reader after `ESC ]`.
    func read(_ text: String, keep: Int = 64, at times: [TimeInterval]? = nil) -> [OSCAnswerReader.Step] {
        var reader = OSCAnswerReader(keep: keep)
        reader.begin(at: 0, within: 1)
        return text.enumerated().map { i, ch in reader.feed(ch, at: times?[i] ?? 0.01) }
    }

    @Test func theReaderSwallowsTheAnswerToItsEnd() {
        // A base64 `q` and digits are answer, not keys (q would quit, 1–7 switch views).
        let steps = read("52;c;cXExMjM0NQ==\u{07}")
        #expect(steps.dropLast().allSatisfy { $0 == .more })
        #expect(steps.last == .finished(body: "52;c;cXExMjM0NQ==", truncated: false))
        // ST (`ESC \`) ends it too.
        let st = read("52;c;YQ==\u{1B}\\")
        #expect(st.last == .finished(body: "52;c;YQ==", truncated: false))
    }

    @Test func theReaderKeepsAtMostACopysLengthAndGivesUpOnAStall() {
        let long = "52;c;" + String(repeating: "QUFB", count: 1000) + "\u{07}"
        let steps = read(long, keep: 40)
        #expect(steps.last == .finished(body: String(long.prefix(40)), truncated: true))
        #expect(Clipboard.keptAnswerLength(for: Self.nip) >= ("52;c;" + Data(Self.nip.utf8).base64EncodedString()).count)
        // A character after the deadline is a key again.
        let stalled = read("52;c;Y", at: [0.1, 0.1, 0.1, 0.1, 0.1, 1.5])
        #expect(stalled.last == .abandoned)
    }

    @Test func kittyAndITermAreNotAskedBecauseTheyAskThePerson() {
        #expect(Clipboard.mayAsk(environment: ["TERM": "xterm-256color"]))
        #expect(Clipboard.mayAsk(environment: ["TERM": "tmux-256color"]))
        #expect(!Clipboard.mayAsk(environment: ["TERM": "xterm-kitty"]))
        #expect(!Clipboard.mayAsk(environment: ["TERM": "xterm-256color", "KITTY_WINDOW_ID": "1"]))
        #expect(!Clipboard.mayAsk(environment: ["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"]))
    }
}
