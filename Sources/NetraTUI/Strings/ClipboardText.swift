import NetraCore

/// What `y` did, for the status line: the value it sent, and — where the terminal
/// answered the OSC 52 query — whether it reached the clipboard. A write to the
/// terminal is all Netra can do, so without an answer it says "sent", never "copied".
public struct CopyNotice: Equatable, Sendable {
    /// What the value is (the sentence names it).
    public enum Kind: Equatable, Sendable { case nip, caseID, circular }
    public enum Outcome: Equatable, Sendable {
        /// Written to the terminal; nothing came back (yet).
        case sent
        /// The terminal's clipboard holds it.
        case arrived
        /// The terminal's clipboard holds something else.
        case refused
    }

    public var kind: Kind
    public var value: String
    public var outcome: Outcome = .sent
}

extension UIText {
    /// `NIP 198504122010011003 dikirim ke terminal untuk disalin`.
    func copySentence(_ notice: CopyNotice) -> String {
        let words = Self.copyWords[language] ?? Self.copyWords[.id]!
        let what = "\(words.kinds[notice.kind] ?? "") \(UntrustedText.sanitized(notice.value))"
        return (words.outcomes[notice.outcome] ?? "%@").replacingOccurrences(of: "%@", with: what)
    }

    private struct CopyWords {
        let kinds: [CopyNotice.Kind: String]
        let outcomes: [CopyNotice.Outcome: String]
    }

    private static let copyWords: [Language: CopyWords] = [
        .id: CopyWords(kinds: [.nip: "NIP", .caseID: "ID kasus", .circular: "kode edaran"],
                       outcomes: [.sent: "%@ dikirim ke terminal untuk disalin", .arrived: "%@ sudah di papan klip",
                                  .refused: "%@ tidak sampai ke papan klip; salin dengan tetikus (--no-mouse)"]),
        .en: CopyWords(kinds: [.nip: "NIP", .caseID: "case ID", .circular: "circular code"],
                       outcomes: [.sent: "%@ sent to the terminal to copy", .arrived: "%@ is on the clipboard",
                                  .refused: "%@ did not reach the clipboard; copy with the mouse (--no-mouse)"]),
    ]
}
