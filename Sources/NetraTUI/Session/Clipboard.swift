import Foundation
import NetraCore

/// Copying to the clipboard of the terminal the clerk sits at, even over SSH: the
/// OSC 52 sequence (xterm, tmux with `set-clipboard on`, Windows Terminal, kitty,
/// WezTerm; PuTTY and some others ignore it — mouse selection works there with
/// `--no-mouse`).
public enum Clipboard {
    /// `ESC ] 52 ; c ; BASE64 BEL`. The text is sanitised first: what lands on the
    /// clipboard is pasted into letters and shells.
    public static func osc52(_ text: String) -> [UInt8] {
        let clean = UntrustedText.sanitized(text)
        return Array("\u{1B}]52;c;".utf8) + Array(Data(clean.utf8).base64EncodedString().utf8) + [0x07]
    }
}
