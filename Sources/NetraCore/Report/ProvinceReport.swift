import Foundation

/// `netra check --source postgresql://…` over several sites: each site's own check
/// report (the same object a folder's `check --format json` gives, under `sites`),
/// and `total`, the sums of the figures every site reports. One visible site is
/// reported exactly as its folder would be (the command does that, not this type).
public struct ProvinceReport: Sendable {
    public struct Entry: Sendable {
        public let site: SiteReading
        public let report: CheckReport
        public init(site: SiteReading, report: CheckReport) {
            self.site = site
            self.report = report
        }
    }

    public let entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// 1 when any site has errors (as `check` of its folder would).
    public func exitCode(failOn: CheckReport.FailOn) -> Int32 {
        entries.map { $0.report.exitCode(failOn: failOn) }.max() ?? 0
    }

    /// Each site's report under a `== site ==` line, then one line per site (the
    /// Wilayah lens: headcount, candidates without decree, overdue requests and cases,
    /// when it last pushed — silent for more than a day is flagged), then the sums.
    public func text(_ language: Language) -> String {
        let parts = entries.map { "== \($0.site.site) ==\n" + $0.report.text(language) }
        let sites = summaries.map { Messages.siteLine($0, now: now).text(language) + "\n" }
        return parts.joined() + sites.joined() + Messages.provinceLine(sites: entries.count, total: total).text(language) + "\n"
    }

    /// The instant the reports were made at.
    var now: Date { entries.first?.report.situation.now ?? Date() }

    /// One summary per site, from the situation its report already derived.
    public var summaries: [SiteSummary] {
        entries.map { SiteSummary($0.site, situation: $0.report.situation, now: now) }
    }

    /// `wording` words a site's alerts against that site's own roster.
    public func json(_ language: Language, wording: ((SiteReading) -> AlertWording)? = nil) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let stamp = ISO8601DateFormatter()
        let body = JSONProvince(
            sites: entries.map { JSONProvince.Site(site: $0.site.site, generation: $0.site.generation,
                                                   pushedAt: $0.site.pushedAt.map(stamp.string(from:)),
                                                   silent: $0.site.pushedAt.map { now.timeIntervalSince($0) > SiteSummary.staleAfter } ?? true,
                                                   report: JSONReport($0.report, language: language, wording: wording?($0.site))) },
            total: total)
        let data = (try? encoder.encode(body)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The same text as `json(_:wording:)`, handed to `write` in pieces, site after site:
    /// each site's report is encoded on its own (a few at once, on every core), so a
    /// national province (514 sites, 1.7 GB of JSON) never holds more than a window of
    /// sites' text, where the whole document took 9.8 GB and 251 s in one encoder.
    /// The pieces join into exactly what one encoder writes (its two-space indentation,
    /// the sites' array, then `total`).
    public func writeJSON<E: Error>(_ language: Language, wording: ((SiteReading) -> AlertWording)? = nil,
                                    to write: (String) throws(E) -> Void) throws(E) {
        let stamp = ISO8601DateFormatter()
        func site(_ entry: Entry) -> JSONProvince.Site {
            JSONProvince.Site(site: entry.site.site, generation: entry.site.generation,
                              pushedAt: entry.site.pushedAt.map(stamp.string(from:)),
                              silent: entry.site.pushedAt.map { now.timeIntervalSince($0) > SiteSummary.staleAfter } ?? true,
                              report: JSONReport(entry.report, language: language, wording: wording?(entry.site)))
        }
        // Sites are made (with their wording) here, encoded side by side, written in order.
        let window = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)
        try write("{\n  \"sites\" : [\n")
        var start = 0
        while start < entries.count {
            let batch = entries[start..<min(entries.count, start + window)].map(site)
            let texts = EncodedSlots(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                texts.set(index, Self.indented(Self.encode(batch[index]), by: "    "))
            }
            for (offset, text) in texts.values.enumerated() {
                try write(text + (start + offset == entries.count - 1 ? "\n" : ",\n"))
            }
            start += window
        }
        let totals = Self.indented(Self.encode(total), by: "  ")
        try write("  ],\n  \"total\" : " + totals.dropFirst(2) + "\n}\n")
    }

    private static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Every line of `text` shifted right by `indent`; the empty line inside an empty
    /// array stays empty, as the encoder writes it. (A string's own line breaks are
    /// escaped in JSON: every line break here is the layout's.)
    private static func indented(_ text: String, by indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }

    /// The province's sums.
    public var total: Totals {
        var t = Totals()
        for entry in entries {
            t.add(entry.report.situation, diagnostics: entry.report.diagnostics,
                  silent: entry.site.pushedAt.map { now.timeIntervalSince($0) > SiteSummary.staleAfter } ?? true)
        }
        return t
    }

    /// The sums, named as the site reports name the same figures.
    public struct Totals: Encodable, Sendable, Equatable {
        public var officers = 0, candidates = 0, pendingRetirements = 0, openCases = 0, overdueCases = 0, overdueRequests = 0
        public var pastRetirementAge = 0, candidatesWithoutDecree = 0, errors = 0, warnings = 0
        public var critical = 0, warning = 0, info = 0
        /// Sites that have not pushed for more than a day.
        public var silentSites = 0

        public init() {}

        /// Adds one site: the one place the province's sums are made, for `check --source`
        /// and the dashboard's province alike (one truth on every surface).
        public mutating func add(_ s: Situation, diagnostics: [Diagnostic], silent: Bool) {
            officers += s.counts.officers
            candidates += s.counts.candidates
            pendingRetirements += s.figures.pendingRetirements
            openCases += s.figures.openCases
            overdueCases += s.figures.overdueCases.count
            overdueRequests += s.figures.overdueRequests.count
            pastRetirementAge += s.figures.pastRetirementAge
            candidatesWithoutDecree += s.figures.candidates.withoutDecree
            errors += diagnostics.errorCount
            warnings += diagnostics.warningCount
            for alert in s.alerts {
                switch alert.severity {
                case .critical: critical += 1
                case .warning: warning += 1
                case .info: info += 1
                }
            }
            if silent { silentSites += 1 }
        }
    }
}

private struct JSONProvince: Encodable {
    struct Site: Encodable {
        let site: String
        let generation: Int64
        let pushedAt: String?
        /// Silent for more than a day: an alert.
        let silent: Bool
        let report: JSONReport
    }
    let sites: [Site]
    let total: ProvinceReport.Totals
}

/// Encoded sites written by index from `concurrentPerform`'s threads.
private final class EncodedSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String]
    init(count: Int) { slots = Array(repeating: "", count: count) }
    func set(_ index: Int, _ text: String) { lock.withLock { slots[index] = text } }
    var values: [String] { lock.withLock { slots } }
}
