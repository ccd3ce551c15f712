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

    /// Each site's report under a `== site ==` line, then one line of province sums.
    public func text(_ language: Language) -> String {
        let parts = entries.map { "== \($0.site.site) ==\n" + $0.report.text(language) }
        return parts.joined() + Messages.provinceLine(sites: entries.count, total: total).text(language) + "\n"
    }

    /// `wording` words a site's alerts against that site's own roster.
    public func json(_ language: Language, wording: ((SiteReading) -> AlertWording)? = nil) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let stamp = ISO8601DateFormatter()
        let body = JSONProvince(
            sites: entries.map { JSONProvince.Site(site: $0.site.site, generation: $0.site.generation,
                                                   pushedAt: $0.site.pushedAt.map(stamp.string(from:)),
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
        }
        return t
    }

    /// The sums, named as the site reports name the same figures.
    public struct Totals: Encodable, Sendable, Equatable {
        public var officers = 0, candidates = 0, pendingRetirements = 0, openCases = 0, overdueCases = 0, overdueRequests = 0
        public var pastRetirementAge = 0, candidatesWithoutDecree = 0, errors = 0, warnings = 0
        public var critical = 0, warning = 0, info = 0
    }
}

private struct JSONProvince: Encodable {
    struct Site: Encodable {
        let site: String
        let generation: Int64
        let pushedAt: String?
        let report: JSONReport
    }
    let sites: [Site]
    let total: ProvinceReport.Totals
}
