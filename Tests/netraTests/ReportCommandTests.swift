import Foundation
import Testing

/// `netra report`: every section, the same figures as `netra check --format json`, no
/// external resource, the public variant without people; and a real browser renders it.
@Suite(.serialized) struct ReportCommandTests {
    static let sections = ["candidates", "timeline", "retirements", "cases", "circulars", "changes", "critical"]

    /// `data-figure="name">value<` pairs of the page.
    static func figures(_ html: String) throws -> [(String, Int)] {
        let regex = try NSRegularExpression(pattern: "data-figure=\"([^\"]+)\">([0-9]+)<")
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { m in
            (String(html[Range(m.range(at: 1), in: html)!]), Int(html[Range(m.range(at: 2), in: html)!])!)
        }
    }

    /// A figure's value in `check --format json` by the report's name for it.
    static func value(_ name: String, in json: [String: Any]) -> Int? {
        let figures = json["figures"] as! [String: Any]
        let parts = name.split(separator: ".").map(String.init)
        switch parts.first {
        case "alertCounts": return (json["alertCounts"] as? [String: Int])?[parts[1]]
        case "overdueCases":
            let overdue = figures["overdueCases"] as! [String: Any]
            return parts[1] == "total" ? overdue["total"] as? Int : (overdue[parts[1]] as? [Any])?.count
        case "circular": return (figures["circular"] as? [String: Any])?[parts[1]] as? Int
        case "elections":
            let election = (figures["elections"] as! [[String: Any]]).first { $0["id"] as? String == parts[1] }
            return election?[parts[2]] as? Int
        case "changes": return nil
        default: return figures[name] as? Int
        }
    }

    @Test func everySectionAndTheFiguresOfCheck() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        for moment in [storyMoment, "2023-10-05T10:00:00+08:00"] {
            let report = try NetraProcess.run(["report", "--data", demo, "--as-of", moment])
            #expect(report.status == 0, "\(report.stderr)")
            let html = report.stdout
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
            for section in Self.sections { #expect(html.contains("<section id=\"\(section)\""), "no \(section)") }
            let check = try NetraProcess.run(["check", "--data", demo, "--as-of", moment, "--format", "json"])
            let json = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: Any]
            let pairs = try Self.figures(html)
            #expect(pairs.count > 20)
            for (name, value) in pairs {
                guard let expected = Self.value(name, in: json) else {
                    #expect(name.hasPrefix("changes."), "\(name) is not in check's JSON")
                    continue
                }
                #expect(value == expected, "\(name) at \(moment)")
            }
            // Nothing loaded from elsewhere, nothing run.
            for banned in ["<script", "src=", "href=", "url(", "@import", "<link", "<iframe"] { #expect(!html.contains(banned), "\(banned)") }
            #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").range(of: "https?://", options: .regularExpression) == nil)
            // The internal document names people as the dashboard does.
            #expect(html.contains("Agustinus Lolo"))
        }
    }

    @Test func thePublicVariantNamesNobodyAndEnglishIsOneFlagAway() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let report = try NetraProcess.run(["report", "--data", demo, "--as-of", storyMoment, "--public", "--lang", "en"])
        #expect(report.status == 0)
        let html = report.stdout
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Weekly report: civil-service neutrality — Kota Balikpapan"))
        #expect(html.contains("Public version: no names or NIPs"))
        for name in ["Agustinus Lolo", "Irwan Saputra", "Hendra Wijaya"] { #expect(!html.contains(name), "\(name)") }
        #expect(html.range(of: "[0-9]{18}", options: .regularExpression) == nil)
        let bad = try NetraProcess.run(["report", "--data", demo, "--week", "2023-W54"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--week '2023-W54' bukan minggu ISO"))
    }

    /// Headless Chromium from Debian's `chromium` (`.ci/run` installs it): the page
    /// renders, as a screenshot and as a one-page A4 PDF.
    @Test(.enabled(if: Self.chromium != nil)) func aRealBrowserRendersItOnOneA4Page() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        let page = tmp.url.appendingPathComponent("laporan.html")
        let report = try NetraProcess.run(["report", "--data", demo, "--as-of", storyMoment])
        try Data(report.stdout.utf8).write(to: page)
        let shot = tmp.url.appendingPathComponent("laporan.png")
        var argv = ["--headless", "--disable-gpu", "--no-first-run", "--user-data-dir=" + tmp.url.appendingPathComponent("profile").path,
                    "--window-size=794,1123", "--screenshot=" + shot.path, page.absoluteString]
        if getuid() == 0 { argv.insert("--no-sandbox", at: 0) }
        _ = try NetraProcess.run(program: URL(fileURLWithPath: Self.chromium!), argv)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
        // The PDF through netra itself.
        _ = FileManager.default.createFile(atPath: tmp.url.appendingPathComponent("laporan.pdf").path, contents: nil)
        let pdf = try NetraProcess.run(["report", "--data", demo, "--as-of", storyMoment, "--format", "pdf"],
                                       stdout: .file(tmp.url.appendingPathComponent("laporan.pdf").path))
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let bytes = try Data(contentsOf: tmp.url.appendingPathComponent("laporan.pdf"))
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("/Count 1"), "the report is meant to fit one page")
        #expect(text.contains("/MediaBox [0 0 594.9") && text.contains(" 841.9"), "A4 is 595 × 842 points")
        // Kept for a person to look at when CI keeps the temporary folder's copy.
        if let keep = ProcessInfo.processInfo.environment["NETRA_REPORT_ARTIFACTS"] {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try? png.write(to: URL(fileURLWithPath: keep + "/laporan.png"))
            try? bytes.write(to: URL(fileURLWithPath: keep + "/laporan.pdf"))
        }
    }

    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].lazy.compactMap { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first
}
