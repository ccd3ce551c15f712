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

    /// The province's sums.
    public var total: Totals {
        var t = Totals()
        for entry in entries {
            let s = entry.report.situation
            t.officers += s.counts.officers
            t.candidates += s.counts.candidates
            t.pendingRetirements += s.figures.pendingRetirements
            t.openCases += s.figures.openCases
            t.overdueCases += s.figures.overdueCases.count
            t.overdueRequests += s.figures.overdueRequests.count
            t.pastRetirementAge += s.figures.pastRetirementAge
            t.candidatesWithoutDecree += s.figures.candidates.withoutDecree
            t.errors += entry.report.diagnostics.errorCount
            t.warnings += entry.report.warningCount
            t.critical += entry.report.alertCount(.critical)
            t.warning += entry.report.alertCount(.warning)
            t.info += entry.report.alertCount(.info)
            if entry.site.pushedAt.map({ now.timeIntervalSince($0) > SiteSummary.staleAfter }) ?? true { t.silentSites += 1 }
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
