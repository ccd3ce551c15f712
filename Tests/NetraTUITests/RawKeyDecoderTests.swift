import Testing
@testable import NetraTUI

/// The linear mode reads the terminal itself: the bytes of keys as xterm, the Linux
/// console, tmux and screen send them, split anywhere by a slow link.
@Suite struct RawKeyDecoderTests {
    @Test func decodesWhatTerminalsSend() {
        var d = RawKeyDecoder()
        #expect(d.feed(Array("jk?".utf8)) == [.character("j"), .character("k"), .character("?")])
        #expect(d.feed([0x1B, 0x5B, 0x41, 0x1B, 0x4F, 0x42]) == [.up, .down])  // CSI A, SS3 B
        #expect(d.feed(Array("\u{1B}[6~\u{1B}[5~\u{1B}[H\u{1B}[4~\u{1B}[Z\u{1B}[15~".utf8)) == [.pageDown, .pageUp, .home, .end, .backTab, .function(5)])
        #expect(d.feed([13, 9, 127, 3]) == [.enter, .tab, .backspace, .control("c")])
        #expect(d.feed(Array("é".utf8)) == [.character("é")])
    }

    @Test func waitsForTheRestOfASequence() {
        var d = RawKeyDecoder()
        #expect(d.feed([0x1B]).isEmpty)
        #expect(d.isWaiting)
        #expect(d.feed([0x5B]).isEmpty)
        #expect(d.feed([0x42]) == [.down])
        #expect(!d.isWaiting)
        // A lone Esc, nothing after it: the Escape key.
        #expect(d.feed([0x1B]).isEmpty)
        #expect(d.flush() == [.escape])
        // Half a UTF-8 character waits too.
        #expect(d.feed([0xC3]).isEmpty)
        #expect(d.feed([0xA9]) == [.character("é")])
        // An unknown sequence is dropped whole, not typed.
        #expect(d.feed(Array("\u{1B}[99xq".utf8)) == [.character("q")])
    }
}
