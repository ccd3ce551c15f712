import Foundation
import NetraCore

/// Words of a province on the dashboard, per language: the Wilayah view's columns and
/// choices, the lens in the header, the province's overview and the kiosk's site counts.
extension UIText {
    /// A label of the province's screens.
    enum ProvinceWord {
        case region, officers, withoutDecree, overdueRequests, overdueCases, circular, critical, lastPush, state
        case silent, fine, never, filterSilent, sortWorst, sortName, oneSiteOnly, worst, sums, sites, silentSites
        case enterNarrows
    }

    func province(_ word: ProvinceWord) -> String {
        switch word {
        case .region: Message(en: "Region", id: "Wilayah").text(language)
        case .officers: self(.officers)
        case .withoutDecree: Message(en: "No decree", id: "Tanpa SK").text(language)
        case .overdueRequests: Message(en: "Req. late", id: "Usulan lewat").text(language)
        case .overdueCases: Message(en: "Cases late", id: "Kasus lewat").text(language)
        case .circular: Message(en: "Circular", id: "Edaran").text(language)
        case .critical: Message(en: "Critical", id: "Kritis").text(language)
        case .lastPush: Message(en: "Last push", id: "Kirim terakhir").text(language)
        case .state: Message(en: "State", id: "Keadaan").text(language)
        case .silent: Message(en: "SILENT", id: "DIAM").text(language)
        case .fine: Message(en: "pushing", id: "mengirim").text(language)
        case .never: Message(en: "never", id: "belum pernah").text(language)
        case .filterSilent: Message(en: "silent > 1 day", id: "diam > 1 hari").text(language)
        case .sortWorst: Message(en: "worst first", id: "terburuk dulu").text(language)
        case .sortName: self(.sortName)
        case .oneSiteOnly: Message(en: "This view shows one region at a time: choose one on Regions (8), Enter.",
                                   id: "Tampilan ini menunjukkan satu wilayah: pilih di Wilayah (8), Enter.").text(language)
        case .worst: Message(en: "Needs attention first", id: "Perlu perhatian dulu").text(language)
        case .sums: Message(en: "The province: sums of its regions", id: "Provinsi: jumlah seluruh wilayah").text(language)
        case .sites: Message(en: "Regions", id: "Wilayah").text(language)
        case .silentSites: Message(en: "Silent > 1 day", id: "Diam > 1 hari").text(language)
        case .enterNarrows: Message(en: "Enter on a region (8) narrows every view to it; w or Esc widens back.",
                                    id: "Enter pada satu wilayah (8) menyempitkan semua tampilan ke sana; w atau Esc kembali ke semua.").text(language)
        }
    }

    /// The header of the whole province: `Provinsi · 3 wilayah`.
    func provinceHeader(sites: Int) -> String {
        Message(en: "Province · \(sites) region\(sites == 1 ? "" : "s")", id: "Provinsi · \(sites) wilayah").text(language)
    }

    /// The header's mark of a narrowed lens: `wilayah 2/3 · w semua`.
    func lensMark(position: Int, of count: Int) -> String {
        Message(en: "region \(position)/\(count) · w all", id: "wilayah \(position)/\(count) · w semua").text(language)
    }

    /// How long ago a site pushed: `3 jam lalu`, `2 hari lalu`.
    func pushedAgo(_ seconds: TimeInterval) -> String {
        let hours = max(0, Int(seconds / 3600))
        if hours < 48 { return Message(en: "\(hours) h ago", id: "\(hours) jam lalu").text(language) }
        return Message(en: "\(hours / 24) d ago", id: "\(hours / 24) hari lalu").text(language)
    }

    /// A site's title for an election's column: `Tanpa SK pilkada-2024`.
    func withoutDecree(election: String) -> String { province(.withoutDecree) + " " + election }

    /// The worst site and why: `Kota B — diam 3 hari, 2 kritis, 5 calon tanpa SK`.
    func worstLine(_ s: SiteSummary, now: Date) -> String {
        var why: [String] = []
        if s.isStale { why.append(province(.silent) + " · " + (s.pushedAt.map { pushedAgo(now.timeIntervalSince($0)) } ?? province(.never))) }
        if s.critical > 0 { why.append(Message(en: "\(s.critical) critical", id: "\(s.critical) kritis").text(language)) }
        if s.candidatesWithoutDecree > 0 {
            why.append(Message(en: "\(s.candidatesWithoutDecree) candidates without decree", id: "\(s.candidatesWithoutDecree) calon tanpa SK").text(language))
        }
        let reason = why.isEmpty ? Message(en: "nothing pressing", id: "tidak ada yang mendesak").text(language) : why.joined(separator: ", ")
        return "\(UntrustedText.sanitized(s.name)) — \(reason)"
    }

    /// The kiosk's line of sites as counts only: `3 wilayah · 1 diam > 1 hari`.
    func siteCounts(sites: Int, silent: Int) -> String {
        Message(en: "\(sites) region\(sites == 1 ? "" : "s") · \(silent) silent > 1 day", id: "\(sites) wilayah · \(silent) diam > 1 hari").text(language)
    }
}
