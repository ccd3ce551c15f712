import Foundation
import NetraCore

/// What the chrome says of a province's lens: which site every view is narrowed to, and
/// the key that widens back. Nothing for the whole province (its header counts its sites).
enum ProvinceChrome {
    /// `wilayah 2/3 · w semua` while narrowed; `nil` otherwise.
    static func lens(_ input: ViewInput, _ province: ProvinceLens) -> String? {
        guard province.sites.count > 1, let site = input.state.site, let i = province.situation.index(of: site) else { return nil }
        return input.text.lensMark(position: i + 1, of: province.sites.count)
    }
}
