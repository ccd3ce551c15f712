import Foundation
import NetraCore

/// Every problem the dashboard knows of, as the banner and the problems panel (`!`)
/// show them: the folder gone, files kept back at their last good data (broken or
/// vanished, with since when), every diagnostic of the data folder, and the notices
/// from outside it (a theme file) — in the interface language, most severe first.
///
/// One list feeds both, so the banner's count is the panel's length and the banner's
/// headline is the panel's first entry.
struct ProblemList {
    /// One problem on screen.
    struct Entry {
        /// The file it belongs to (the panel's group), `nil` for other notices.
        let file: String?
        /// `officers.csv:7`, or the file alone; empty for a notice.
        let place: String
        /// `nil` for a notice (an unlocked kiosk, a theme problem already worded).
        let severity: Diagnostic.Severity?
        /// Already in the interface language and sanitised.
        let message: String
        /// When the file was kept back at its last good data.
        let keptBackSince: Date?
        /// Lower is more severe: what the banner shows first.
        let rank: Int
    }

    let entries: [Entry]

    /// The list for this model, language and notices, made once: the banner asks for
    /// it every frame, and a folder with thousands of diagnostics made that a cost.
    static func of(_ input: ViewInput) -> ProblemList {
        // The model's kept-back files and missing folder are plain fields a copy may change.
        let model = input.model
        let kept = model.broken.map { "\($0.file.rawValue)@\($0.since.timeIntervalSince1970)#\($0.diagnostics.count)" }.joined(separator: ",")
        let key = "problems:\(input.text.language.rawValue):\(model.folderMissingSince?.timeIntervalSince1970 ?? -1):\(kept):"
            + input.style.notices.joined(separator: "\u{1}")
        return input.model.cache.memo(key) { ProblemList(input) }
    }

    init(_ input: ViewInput) {
        let model = input.model, language = input.text.language
        var entries: [Entry] = []
        if let since = model.folderMissingSince {
            entries.append(Entry(file: nil, place: "", severity: .error,
                                 message: input.text(model.sourceIsDatabase ? .databaseAway : .folderMissing).replacingOccurrences(of: "%@", with: input.time.time(since, seconds: true)),
                                 keptBackSince: since, rank: 0))
        }
        let keptBack = Dictionary(model.broken.map { ($0.file, $0.since) }, uniquingKeysWith: { a, _ in a })
        // A kept-back file's problems are in the reading (LiveFolder puts them there);
        // any that are not are added, so the list never depends on that detail.
        // Dates after today depend on the moment, not on reading: the same warnings
        // `netra check` gives (a model per minute, `DashboardModel.at`, remakes them).
        var diagnostics = model.reading.diagnostics
            + model.reading.located(model.situation.futureDates)
        let known = Set(diagnostics.map { "\($0.place())\u{1}\($0.text.english)" })
        for broken in model.broken {
            diagnostics += broken.diagnostics.filter { !known.contains("\($0.place())\u{1}\($0.text.english)") }
        }
        for (order, d) in diagnostics.enumerated() {
            let since = d.file.flatMap { keptBack[$0] }
            entries.append(Entry(file: UntrustedText.sanitized(d.location.path), place: d.place(), severity: d.severity,
                                 message: d.text.text(language), keptBackSince: since,
                                 rank: Self.rank(d, keptBack: since != nil) * 1_000_000 + order))
        }
        for (order, notice) in input.style.notices.enumerated() {
            entries.append(Entry(file: nil, place: "", severity: nil, message: UntrustedText.sanitized(notice), keptBackSince: nil,
                                 rank: 9 * 1_000_000 + order))
        }
        self.entries = entries.sorted { $0.rank < $1.rank }
    }

    /// The order of severity: a file kept back at old data, a candidate's row lost
    /// (or the row of an officer with a request or case open),
    /// other errors, a missing schedule (which silences every deadline), other
    /// warnings; notices last.
    private static func rank(_ d: Diagnostic, keptBack: Bool) -> Int {
        if keptBack { return 1 }
        if d.skippedCandidate != nil || d.skippedMatter != nil { return 2 }
        if d.severity == .error { return 3 }
        if d.file == .schedule && d.line == nil { return 4 }
        return 5
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The most severe problem as one sentence: `officers.csv:7: kesalahan: …`, with
    /// since when a file is kept back.
    func headline(_ text: UIText, time: TimeText) -> String? {
        guard let first = entries.first else { return nil }
        return Self.sentence(first, text, time: time)
    }

    static func sentence(_ entry: Entry, _ text: UIText, time: TimeText) -> String {
        guard let severity = entry.severity, !entry.place.isEmpty else { return entry.message }
        let head = "\(entry.place): \(severityWord(severity, text)): \(entry.message)"
        guard let since = entry.keptBackSince else { return head }
        return text(.brokenSince).replacingOccurrences(of: "%@", with: time.time(since, seconds: true)) + " — " + head
    }

    static func severityWord(_ severity: Diagnostic.Severity, _ text: UIText) -> String {
        severity == .error ? text(.problemError) : text(.problemWarning)
    }

    /// The banner's lines at `width`: the count and the key first (so they are never
    /// cut), then the headline wrapped; at most `maxLines`, the last one ending in `…`
    /// when the sentence is longer still.
    func bannerLines(_ text: UIText, time: TimeText, glyphs: Glyphs, width: Int, maxLines: Int) -> [String] {
        guard let headline = headline(text, time: time), width > 4, maxLines > 0 else { return [] }
        let count = entries.count == 1 ? text(.problemCountOne) : String(format: text(.problemCount), entries.count)
        let lead = "\(glyphs.warning) \(count) (\(text(.problemsKey))) — "
        var lines = wrap(lead + headline, width: width - 2)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            var last = lines[maxLines - 1]
            while DisplayWidth.of(last) > width - 3, !last.isEmpty { last.removeLast() }
            lines[maxLines - 1] = last + "…"
        }
        return lines.map { " " + $0 }
    }

    /// The panel's groups: each file with its problems, in rank order of their first
    /// problem; notices under "other".
    func groups(_ text: UIText) -> [(title: String, keptBackSince: Date?, entries: [Entry])] {
        var order: [String] = []
        var byFile: [String: [Entry]] = [:]
        for entry in entries {
            let key = entry.file ?? ""
            if byFile[key] == nil { order.append(key) }
            byFile[key, default: []].append(entry)
        }
        return order.map { key in
            let members = byFile[key]!
            return (key.isEmpty ? text(.problemsOther) : key, members.compactMap(\.keptBackSince).first, members)
        }
    }
}
