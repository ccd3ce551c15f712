import NetraCore

/// The dashboard's words for the KPU cross-check: the alerts (one sentence from the
/// core's message table, so `netra check` and the screen say the same) and the lines
/// of an officer's detail pane.
extension UIText {
    func kpuSentence(_ alert: Alert, who: String) -> String {
        Messages.kpuAlert(alert, who: who).text(language)
    }

    func kpuGroupSentence(_ g: AlertGroup) -> String {
        let n = g.count
        switch (g.kind, g.severity) {
        case (.kpuListedNotRecorded, .critical):
            return Message(en: "\(n) officers confirmed on a KPU list, not recorded as candidates",
                           id: "\(n) ASN dikonfirmasi ada di daftar KPU, belum tercatat sebagai calon").text(language)
        case (.kpuListedNotRecorded, _):
            return Message(en: "\(n) officers likely on a KPU list, not recorded as candidates",
                           id: "\(n) ASN kemungkinan ada di daftar KPU, belum tercatat sebagai calon").text(language)
        default:
            return Message(en: "\(n) candidates on none of the KPU lists loaded", id: "\(n) calon tidak ada di daftar KPU yang dimuat").text(language)
        }
    }

    /// Three lines per match of the officer, best first: the list entry, the name as
    /// listed with the score, the file (`kpu/…`).
    func kpuDetailFields(_ matches: [KPUMatch]) -> [(label: String, value: String)] {
        matches.flatMap { m -> [(label: String, value: String)] in
            let level: Message
            switch m.verdict {
            case .same?: level = Message(en: "confirmed same", id: "dikonfirmasi sama")
            case .notSame?: level = Message(en: "dismissed", id: "dinyatakan bukan")
            case nil: level = m.score.isLikely ? Message(en: "likely", id: "kemungkinan besar") : Message(en: "possible", id: "mungkin")
            }
            let score = Message(en: "score", id: "skor").text(language)
            return [(Message(en: "KPU list", id: "Daftar KPU").text(language), KPUEntry.label(m.entry)),
                    ("", UntrustedText.sanitized(m.entry.name) + " · " + score + " \(m.score.value) (\(level.text(language)))"),
                    ("", UntrustedText.sanitized(m.entry.file))]
        }
    }
}
