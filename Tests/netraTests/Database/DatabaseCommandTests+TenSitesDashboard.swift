import Foundation
import NetraCore
import Testing

/// The ten-site province through the real dashboard (`netra dashboard --source …` as
/// the province's reader, in tmux): the overview's sums are the sums of the ten
/// folders' own `check --format json`, figure by figure as the screen labels them;
/// `Enter` on a site in the Wilayah view shows exactly that folder's figures, and `w`
/// widens back to the sums.
///
/// 100×50: one column, so a narrowed site's overview shows its headcount line (a
/// screen 110 or more wide shows panels without it) and still has room for the cases
/// and leaving panels. The province's overview is the same at any width.
extension DatabaseCommandTests {
    /// The whole numbers `pattern`'s groups capture on `screen` (an absent group
    /// reads as 0); `nil` when it does not match.
    static func numbers(_ pattern: String, on screen: String) -> [Int]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]),
              let match = regex.firstMatch(in: screen, range: NSRange(screen.startIndex..., in: screen)) else { return nil }
        return (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: screen).flatMap { Int(screen[$0]) } ?? 0 }
    }

    /// Every figure the province's overview shows, read off its labelled lines.
    static func provinceScreenFigures(_ screen: String, elections: [String]) -> [String: Int] {
        var found: [String: Int] = [:]
        func read(_ pattern: String, _ keys: String...) {
            guard let values = numbers(pattern, on: screen), values.count == keys.count else { return }
            for (key, value) in zip(keys, values) { found[key] = value }
        }
        read(#"^  Regions +(\d+) *$"#, "sites")
        read(#"^  Silent > 1 day +(\d+) *$"#, "silentSites")
        read(#"^  Officers +(\d+) *$"#, "officers")
        read(#"^  Candidates +(\d+) · (\d+) without decree *$"#, "candidates", "candidatesWithoutDecree")
        for election in elections {
            read(#"^    \#(NSRegularExpression.escapedPattern(for: election)) +(\d+) without decree *$"#, "withoutDecree:" + election)
        }
        read(#"^  Retirements in process +(\d+) · (\d+) (?i:overdue) *$"#, "pendingRetirements", "overdueRequests")
        read(#"^  Open cases +(\d+) · (\d+) (?i:overdue) *$"#, "openCases", "overdueCases")
        read(#"^  Circular +(\d+)/(\d+) *$"#, "circularDone", "circularDue")
        read(#"^  Alerts +(\d+) critical · (\d+) *$"#, "critical", "warningOrInfo")
        return found
    }

    /// The same figures from a folder's `check --format json`, named as above.
    static func provinceFigures(ofReport report: [String: Any]) -> [String: Int] {
        let sums = sums(report)
        let figures = report["figures"] as? [String: Any] ?? [:]
        let circular = figures["circular"] as? [String: Any]
        var found: [String: Int] = [
            "officers": sums["officers"]!, "candidates": sums["candidates"]!, "candidatesWithoutDecree": sums["candidatesWithoutDecree"]!,
            "pendingRetirements": sums["pendingRetirements"]!, "overdueRequests": sums["overdueRequests"]!,
            "openCases": sums["openCases"]!, "overdueCases": sums["overdueCases"]!,
            "circularDone": circular?["unitsDone"] as? Int ?? 0, "circularDue": circular?["unitsDue"] as? Int ?? 0,
            "critical": sums["critical"]!, "warningOrInfo": sums["warning"]! + sums["info"]!,
        ]
        for election in figures["elections"] as? [[String: Any]] ?? [] {
            found["withoutDecree:" + (election["id"] as? String ?? "?"), default: 0] += election["withoutDecree"] as? Int ?? -1
        }
        return found
    }

    /// Every figure a site's own overview (one column) shows: the key figures line, the
    /// circular line, the alerts' title, the candidates panel (per election), the cases
    /// and the leaving panels.
    static func siteScreenFigures(_ screen: String) -> [String: Int] {
        var found: [String: Int] = [:]
        func read(_ pattern: String, _ keys: String...) {
            guard let values = numbers(pattern, on: screen), values.count == keys.count else { return }
            for (key, value) in zip(keys, values) { found[key] = value }
        }
        read(#"^ Officers (\d+) +Candidates (\d+) \((\d+) without decree\) +Retirements in process (\d+) +Open cases (\d+) *$"#,
             "officers", "candidates", "candidatesWithoutDecree", "pendingRetirements", "openCases")
        read(#"^ Circular [^:]+: (\d+)/(\d+) units done · (\d+) late"#, "circularDone", "circularDue", "circularLate")
        // Severities without alerts are left out of the title.
        read(#"─ Alerts \((\d+)\)(?:  ‼ (\d+) CRITICAL)?(?:  ! (\d+) WARNING)?(?:  i (\d+) INFO)? ─"#, "alerts", "critical", "warning", "info")
        read(#"^│ (\d+) open · (\d+) overdue"#, "caseBoxOpen", "overdueCases")
        read(#"^│ (\d+) in process · (\d+) past retirement age · (\d+) past processing limit"#,
             "leavingInProcess", "pastRetirementAge", "overdueRequests")
        // Per election, in the panel's order: the lines inside the candidates' box.
        let lines = screen.components(separatedBy: "\n")
        if let top = lines.firstIndex(where: { $0.contains("─ Candidates and the decree deadline ─") }) {
            let box = lines[(top + 1)...].prefix { !$0.hasPrefix("└") }
            var n = 0
            for line in box {
                guard let count = numbers(#"│ .*?(\d+) without decree"#, on: line)?.first else { continue }
                found["withoutDecree#\(n)"] = count
                n += 1
            }
        }
        return found
    }

    /// The same figures from the site's folder's `check --format json`; the circular's
    /// only when the folder has one, as the screen shows its line only then.
    static func siteFigures(ofReport report: [String: Any]) -> [String: Int] {
        let sums = sums(report)
        let figures = report["figures"] as? [String: Any] ?? [:]
        var found: [String: Int] = [
            "officers": sums["officers"]!, "candidates": sums["candidates"]!, "candidatesWithoutDecree": sums["candidatesWithoutDecree"]!,
            "pendingRetirements": sums["pendingRetirements"]!, "openCases": sums["openCases"]!,
            "alerts": sums["critical"]! + sums["warning"]! + sums["info"]!,
            "critical": sums["critical"]!, "warning": sums["warning"]!, "info": sums["info"]!,
            "caseBoxOpen": sums["openCases"]!, "overdueCases": sums["overdueCases"]!,
            "leavingInProcess": sums["pendingRetirements"]!, "pastRetirementAge": sums["pastRetirementAge"]!,
            "overdueRequests": sums["overdueRequests"]!,
        ]
        if let circular = figures["circular"] as? [String: Any] {
            found["circularDone"] = circular["unitsDone"] as? Int ?? -1
            found["circularDue"] = circular["unitsDue"] as? Int ?? -1
            found["circularLate"] = circular["unitsLate"] as? Int ?? -1
        }
        // The panel shows the first three elections.
        for (n, election) in (figures["elections"] as? [[String: Any]] ?? []).prefix(3).enumerated() {
            found["withoutDecree#\(n)"] = election["withoutDecree"] as? Int ?? -1
        }
        return found
    }

    /// The Wilayah list's rows on `screen` (a line each, naming one of the ten regions)
    /// and the cursor's row among them.
    static func siteRows(_ screen: String) -> (rows: [String], selected: Int?) {
        let rows = screen.components(separatedBy: "\n").filter { line in tenSites.contains { line.contains($0.region) } }
        return (rows, rows.firstIndex { $0.hasPrefix("▶") })
    }

    /// Per region, the Wilayah list's figures: each number read where its right-aligned
    /// title ends in the heading, and the per-election columns (the last ones, in the
    /// province's order of elections) as `withoutDecree:<election>`.
    static func siteTable(_ screen: String, elections: [String]) -> [String: [String: String]] {
        let lines = screen.components(separatedBy: "\n").map { Array($0) }
        guard let heading = lines.first(where: { String($0).contains("Officers") && String($0).contains("Cases late") }) else { return [:] }
        let titles = [("officers", ["Officers"]), ("withoutDecree", ["No decree"]), ("overdueRequests", ["Req. late"]),
                      ("overdueCases", ["Cases late"]), ("critical", ["Critical", "Crit."]), ("circular", ["Circular", "Cir."])]
        var ends: [(key: String, end: Int)] = []
        for (key, names) in titles {
            guard let range = names.lazy.compactMap({ String(heading).range(of: $0) }).first else { continue }
            ends.append((key, String(heading).distance(from: String(heading).startIndex, to: range.upperBound)))
        }
        var table: [String: [String: String]] = [:]
        for line in lines {
            guard let entry = tenSites.first(where: { String(line).contains($0.region) }) else { continue }
            var row: [String: String] = [:]
            for (key, end) in ends where end <= line.count {
                row[key] = String(line[..<end]).split(separator: " ").last.map(String.init) ?? ""
            }
            for (election, value) in zip(elections, String(line).split(separator: " ").suffix(elections.count)) {
                row["withoutDecree:" + election] = String(value)
            }
            table[entry.site] = row
        }
        return table
    }

    /// The same from a folder's report.
    static func siteRow(ofReport report: [String: Any]) -> [String: String] {
        let sums = sums(report)
        let figures = report["figures"] as? [String: Any] ?? [:]
        var row: [String: String] = [:]
        for key in ["officers", "overdueRequests", "overdueCases", "critical"] { row[key] = String(sums[key]!) }
        row["withoutDecree"] = String(sums["candidatesWithoutDecree"]!)
        if let circular = figures["circular"] as? [String: Any] {
            row["circular"] = "\(circular["unitsDone"] as? Int ?? -1)/\(circular["unitsDue"] as? Int ?? -1)"
        }
        for election in figures["elections"] as? [[String: Any]] ?? [] {
            row["withoutDecree:" + (election["id"] as? String ?? "?")] = String(election["withoutDecree"] as? Int ?? -1)
        }
        return row
    }

    /// The province overview's sites, worst first, as (region, critical, candidates
    /// without decree) read off `Kota X — 5 critical, 5 candidates without decree`.
    static func worstLines(_ screen: String) -> [(site: String, critical: Int, withoutDecree: Int)] {
        screen.components(separatedBy: "\n").compactMap { line in
            guard line.contains(" — "), let entry = tenSites.first(where: { line.contains($0.region + " — ") }) else { return nil }
            return (entry.site, numbers(#"— (?:.*?(\d+) critical)?"#, on: line)?.first ?? 0,
                    numbers(#"— .*?(\d+) candidates without decree"#, on: line)?.first ?? 0)
        }
    }

    @Test func theProvinceDashboardShowsTheTenFoldersSumsAndEachSiteItsOwn() throws {
        guard Self.prepared != nil, let ten = Self.tenSitesPushed, let cluster = Self.shared else {
            print(TestCluster.skipReason ?? "database cluster did not start"); return
        }
        guard Tmux.isAvailable else { print("tmux not installed: the province dashboard test skipped"); return }
        #expect(ten.problems.isEmpty, "\(ten.problems)")
        let reports = ten.reports.mapValues { Self.json($0) }
        var expected: [String: Int] = [:]
        for report in reports.values {
            for (key, value) in Self.provinceFigures(ofReport: report) { expected[key, default: 0] += value }
        }
        expected["sites"] = Self.tenSites.count
        expected["silentSites"] = 0  // pushed just now, read "as of" 2023
        // The province's order of elections: as they first appear, site by site (by id).
        var elections: [String] = []
        for site in reports.keys.sorted() {
            for e in (reports[site]?["figures"] as? [String: Any])?["elections"] as? [[String: Any]] ?? [] {
                if let id = e["id"] as? String, !elections.contains(id) { elections.append(id) }
            }
        }
        #expect(elections.count > 1, "the overview lists its elections only when there are several")

        let screen = Tmux()
        defer { screen.kill() }
        screen.start("env TERM=xterm-256color LANG=C.UTF-8 \(NetraProcess.executable.path) dashboard --source '\(cluster.url(user: "province10"))'"
                     + " --lang en --as-of \(storyMoment); echo EXIT=$?; sleep 60", width: 100, height: 50)
        // The sums once all ten sites are read and every labelled line is on screen (a
        // capture may catch a frame half drawn).
        let allShown = { (text: String) in
            let figures = Self.provinceScreenFigures(text, elections: elections)
            return figures["sites"] == Self.tenSites.count && Set(figures.keys) == Set(expected.keys) && Self.worstLines(text).count == Self.tenSites.count
        }
        let province = screen.wait(timeout: 30, for: allShown)
        let shown = Self.provinceScreenFigures(province, elections: elections)
        for key in expected.keys.sorted() { #expect(shown[key] == expected[key], "province \(key): screen \(shown[key] ?? -1), folders \(expected[key]!)") }
        #expect(shown.count == expected.count, "\(province)")
        print("province dashboard: the overview's sums \(shown.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        #expect((expected["overdueRequests"] ?? 0) > 0 && (expected["overdueCases"] ?? 0) > 0, "\(expected)")
        // The sites, worst first (critical alerts, then candidates without decree, then
        // by id), each with its own folder's figures.
        let worst = Self.worstLines(province)
        let ranked = Self.tenSites.map(\.site).map { site -> (site: String, critical: Int, withoutDecree: Int) in
            let sums = Self.sums(reports[site] ?? [:])
            return (site, sums["critical"]!, sums["candidatesWithoutDecree"]!)
        }.sorted { ($0.critical, $0.withoutDecree, $1.site) > ($1.critical, $1.withoutDecree, $0.site) }
        #expect(worst.map(\.site) == ranked.map(\.site), "\(province)")
        for (line, own) in zip(worst, ranked) { #expect(line == own, "worst-first line of \(own.site)") }

        // The Wilayah list: a row per site, its figures its folder's.
        screen.keys("8")
        let table = screen.wait { $0.contains("[8 Regions]") && Self.siteTable($0, elections: elections).count == Self.tenSites.count && $0.contains("Enter on a region") }
        let rows = Self.siteTable(table, elections: elections)
        for entry in Self.tenSites {
            let own = Self.siteRow(ofReport: reports[entry.site] ?? [:])
            for key in own.keys.sorted() { #expect(rows[entry.site]?[key] == own[key], "Wilayah \(entry.site) \(key): \(table)") }
        }
        #expect(rows["balikpapan-demo"]?["circular"] == "14/28" && rows["kab-paser"]?["officers"] == "240", "\(table)")

        // Two sites: a generated one in WIT (not the province chrome's zone) and the demo
        // (which alone has a circular and a Pilkada candidate); each with its own clock.
        for (site, clock) in [("kab-merauke", "Tue 23 May 2023 11:00 WIT"), ("balikpapan-demo", "Tue 23 May 2023 10:00 WITA")] {
            let entry = Self.tenSites.first { $0.site == site }!
            screen.keys("8")
            let list = screen.wait { $0.contains("[8 Regions]") && Self.siteRows($0).rows.count == Self.tenSites.count && Self.siteRows($0).selected != nil }
            // The cursor goes down (or up) the list, worst first, to the site's row.
            let (rows, selected) = Self.siteRows(list)
            let target = try #require(rows.firstIndex { $0.contains(entry.region) }, "\(list)")
            let steps = target - (selected ?? 0)
            if steps != 0 { screen.run(["send-keys", "-t", "t"] + Array(repeating: steps > 0 ? "j" : "k", count: abs(steps))) }
            let chosen = screen.wait { now in
                let (rows, selected) = Self.siteRows(now)
                return selected.map { rows[$0].contains(entry.region) } ?? false
            }
            #expect(chosen.contains("[8 Regions]"))
            screen.keys("Enter")
            let own = Self.siteFigures(ofReport: reports[site] ?? [:])
            let narrowed = screen.wait {
                $0.contains("NETRA · \(entry.region) [region ") && $0.contains("[1 Overview]") && Set(Self.siteScreenFigures($0).keys) == Set(own.keys)
            }
            let seen = Self.siteScreenFigures(narrowed)
            #expect(narrowed.components(separatedBy: "\n").first?.hasSuffix(clock) == true, "\(narrowed)")
            for key in own.keys.sorted() { #expect(seen[key] == own[key], "\(site) \(key): screen \(seen[key] ?? -1), folder \(own[key]!)") }
            #expect(seen.count == own.count, "\(site): \(seen) against \(own)\n\(narrowed)")
            print("province dashboard: \(site) narrowed \(seen.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
            // `w` widens back to the province's sums.
            screen.keys("w")
            let wide = screen.wait { $0.contains("NETRA · Province · \(Self.tenSites.count) regions") && allShown($0) }
            #expect(Self.provinceScreenFigures(wide, elections: elections) == shown)
        }
        #expect(!screen.screen.contains("EXIT="))
    }
}
