import Foundation
import NetraCore

/// The lobby screen of a province of several sites: the province's sums and its sites
/// only as counts (how many, how many silent for more than a day). No site is named and
/// no person shown: a public screen in one office must not rank the others' staff.
enum ProvinceKioskPage {
    /// The figures, one `label  value` line each, centred in `area`.
    static func lines(_ province: ProvinceSituation, _ text: UIText) -> [(label: String, value: String)] {
        let t = province.totals
        return [
            (text.province(.sites), text.siteCounts(sites: province.province.sites.count, silent: t.silentSites)),
            (text.kiosk(.candidates), "\(t.candidates)"),
            (text.kiosk(.withoutDecree), "\(t.candidatesWithoutDecree)"),
            (text.kiosk(.inProcess), "\(t.pendingRetirements) · \(t.overdueRequests) \(text.kiosk(.overdueCases).lowercased())"),
            (text.kiosk(.openCases), "\(t.openCases) · \(t.overdueCases) \(text.kiosk(.overdueCases).lowercased())"),
        ]
    }

    static func draw(_ grid: inout CellGrid, _ province: ProvinceSituation, _ text: UIText, _ area: Rect) {
        let lines = lines(province, text)
        let labelWidth = lines.map { DisplayWidth.of($0.label) }.max() ?? 0
        let valueWidth = lines.map { DisplayWidth.of($0.value) }.max() ?? 0
        let x = area.x + max(1, (area.width - labelWidth - valueWidth - 4) / 2)
        var y = area.y + max(1, (area.height - lines.count * 2) / 2)
        for line in lines where y < area.y + area.height {
            grid.put(line.label, x: x, y: y, role: .muted, maxWidth: labelWidth)
            grid.put(line.value, x: x + labelWidth + 4, y: y, role: .title, maxWidth: max(0, area.x + area.width - x - labelWidth - 4))
            y += 2
        }
    }
}
