import Foundation

/// The weekly report's charts as inline SVG: plain shapes and text, coloured by CSS
/// classes of the page (so printing in black and white keeps the patterns' order and
/// every figure is also written as a number). No script, no external resource.
enum ReportSVG {
    /// Escapes text for HTML and SVG, after removing control characters.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in UntrustedText.sanitized(text) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static func svg(width: Int, height: Int, label: String, _ body: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" aria-label=\"\(escape(label))\">\(body)</svg>"
    }

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ cls: String) -> String {
        String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"%@\"/>", x, y, max(0, w), max(0, h), cls)
    }

    static func text(_ x: Double, _ y: Double, _ s: String, anchor: String = "start", cls: String = "t") -> String {
        String(format: "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%@\" class=\"%@\">", x, y, anchor, cls) + escape(s) + "</text>"
    }

    /// One horizontal bar of segments (value, CSS class) over `total`, `width` wide.
    static func stackedBar(_ segments: [(Int, String)], total: Int, x: Double, y: Double, width: Double, height: Double) -> String {
        var out = rect(x, y, width, height, "track")
        guard total > 0 else { return out }
        var at = x
        for (value, cls) in segments where value > 0 {
            let w = width * Double(value) / Double(total)
            out += rect(at, y, w, height, cls)
            at += w
        }
        return out
    }

    /// Vertical bars with their counts above and labels below.
    static func columns(_ bars: [(label: String, value: Int, cls: String)], width: Int, height: Int, label: String) -> String {
        let top = max(1, bars.map(\.value).max() ?? 1)
        let slot = Double(width) / Double(max(1, bars.count))
        let chart = Double(height - 24)
        var body = ""
        for (i, bar) in bars.enumerated() {
            let h = chart * Double(bar.value) / Double(top)
            let x = Double(i) * slot + slot * 0.15
            body += rect(x, 12 + chart - h, slot * 0.7, h, bar.cls)
            if bar.value > 0 { body += text(x + slot * 0.35, 10 + chart - h, String(bar.value), anchor: "middle") }
            body += text(x + slot * 0.35, Double(height) - 2, bar.label, anchor: "middle", cls: "t small")
        }
        return svg(width: width, height: height, label: label, body)
    }
}
