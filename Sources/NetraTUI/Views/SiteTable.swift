import Foundation
import NetraCore

/// A list of the whole province: the rows of `Inner` (Pegawai, Pensiun, Tahapan, Kasus)
/// from every site, side by side, each under its site's name in a Wilayah column that
/// filters by value (`F`) like any other.
///
/// Nothing is merged: each site's rows, cells, named filter and detail are its own
/// room's, computed against that site's model (its zone, its holidays, its own row
/// caches), so a row reads exactly as it does when the lens narrows to its site.
struct SiteTable<Inner: TableRoom>: TableRoom {
    typealias Filter = Inner.Filter
    let inner: Inner

    /// A row of one site.
    struct Row {
        let site: Int
        let siteID: String
        let row: Inner.Row
    }

    var id: ViewID { inner.id }
    var widestFilter: Int { inner.widestFilter }
    var tieKey: String { inner.tieKey }

    /// Each site's input: its own model under the same state, style and instant.
    func siteInputs(_ input: ViewInput) -> [ViewInput] {
        (input.province?.sites ?? []).map { ViewInput(model: $0, state: input.state, style: input.style, now: input.now) }
    }

    /// The labels of the first site (they name the same choices at every site).
    private func labelInput(_ input: ViewInput) -> ViewInput { siteInputs(input).first ?? input }

    func filterLabels(_ input: ViewInput) -> [String] { inner.filterLabels(labelInput(input)) }
    func sortLabels(_ input: ViewInput) -> [String] { inner.sortLabels(labelInput(input)) }
    func presetSort(_ input: ViewInput) -> ColumnSort { inner.presetSort(labelInput(input)) }

    func universe(_ input: ViewInput) -> [Row] {
        let ids = input.province?.siteIDs ?? []
        return siteInputs(input).enumerated().flatMap { i, site in inner.rows(site).map { Row(site: i, siteID: ids[i], row: $0) } }
    }

    func presetIncludes(_ input: ViewInput) -> (Row) -> Bool {
        let tests = siteInputs(input).map { inner.presetIncludes($0) }
        return { tests[$0.site]($0.row) }
    }

    func rowID(_ row: Row) -> RowID { .inSite(row.siteID, inner.rowID(row.row)) }
    func searchText(_ row: Row) -> String { inner.searchText(row.row) }

    /// The Wilayah column, then the inner room's columns (by key: a column one site
    /// lacks, such as a second election's, is blank on its rows).
    func fields(_ input: ViewInput) -> [TableField<Row>] {
        guard let province = input.province else { return [] }
        let perSite = siteInputs(input).map { inner.fields($0) }
        var keys: [String] = [], specs: [String: FieldSpec] = [:]
        for fields in perSite {
            for f in fields where specs[f.spec.key] == nil {
                keys.append(f.spec.key)
                specs[f.spec.key] = f.spec
            }
        }
        // Per site, the position of each key among its own fields.
        let positions: [[String: Int]] = perSite.map { Dictionary($0.enumerated().map { ($1.spec.key, $0) }, uniquingKeysWith: { a, _ in a }) }
        let names = province.sites.indices.map(province.name(of:))
        let site = TableField<Row>(spec: FieldSpec(key: "site", title: input.text.province(.region), priority: 1, minimum: 8, cap: 20,
                                                   shortening: .unit, filterable: true, timeless: true),
                                   text: { names[$0.site] })
        return [site] + keys.map { key in
            let field = { (row: Row) in positions[row.site][key].map { perSite[row.site][$0] } }
            return TableField<Row>(spec: specs[key]!, text: { r in field(r)?.text(r.row) ?? "" }, role: { r in field(r)?.role(r.row) ?? nil },
                                   sort: { r in field(r)?.sortValue(r.row) ?? .none }, export: { r in field(r)?.exportValue(r.row) ?? "" })
        }
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? {
        guard case .inSite(let siteID, let innerID) = id, let province = input.province, let i = province.situation.index(of: siteID),
              var detail = inner.detail(of: innerID, siteInputs(input)[i]) else { return nil }
        detail.fields.insert((input.text.province(.region), province.name(of: i)), at: 0)
        return detail
    }

    func needsSecondTicks(_ input: ViewInput) -> Bool { siteInputs(input).contains { inner.needsSecondTicks($0) } }
}
