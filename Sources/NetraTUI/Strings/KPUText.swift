import NetraCore

/// The dashboard's words for the KPU cross-check: the alerts (one sentence from the
/// core's message table, so `netra check` and the screen say the same) and the lines
/// of an officer's detail pane.
extension UIText {
    func kpuSentence(_ alert: Alert, who: String) -> String {
        Messages.kpuAlert(alert, who: who).text(language)
    }

    func kpuGroupSentence(_ g: AlertGroup) -> String {
        let n = g.count, id = language == .id
        switch (g.kind, g.severity) {
        case (.kpuListedNotRecorded, .critical):
            return id ? "\(n) ASN dikonfirmasi ada di daftar KPU, belum tercatat sebagai calon" : "\(n) officers confirmed on a KPU list, not recorded as candidates"
        case (.kpuListedNotRecorded, _):
            return id ? "\(n) ASN kemungkinan ada di daftar KPU, belum tercatat sebagai calon" : "\(n) officers likely on a KPU list, not recorded as candidates"
        default:
            return id ? "\(n) calon tidak ada di daftar KPU yang dimuat" : "\(n) candidates on none of the KPU lists loaded"
        }
    }

    /// Three lines per match of the officer, best first: the list entry, the name as
    /// listed with the score, the file (`kpu/…`).
    func kpuDetailFields(_ matches: [KPUMatch]) -> [(label: String, value: String)] {
        let id = language == .id
        return matches.flatMap { m -> [(label: String, value: String)] in
            let level: String
            switch m.verdict {
            case .same?: level = id ? "dikonfirmasi sama" : "confirmed same"
            case .notSame?: level = id ? "dinyatakan bukan" : "dismissed"
            case nil: level = m.score.isLikely ? (id ? "kemungkinan besar" : "likely") : (id ? "mungkin" : "possible")
            }
            return [(id ? "Daftar KPU" : "KPU list", KPUEntry.label(m.entry)),
                    ("", UntrustedText.sanitized(m.entry.name) + " · " + (id ? "skor" : "score") + " \(m.score.value) (\(level))"),
                    ("", UntrustedText.sanitized(m.entry.file))]
        }
    }
}
