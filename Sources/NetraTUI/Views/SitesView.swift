import Foundation
import NetraCore

/// Wilayah: the province's sites, one row each — headcount, candidates without a decree
/// (in all and per election), overdue requests and cases, the current circular's
/// completion, critical alerts and freshness (when the site last pushed; silent for
/// more than a day is an alert). Worst first. `Enter` narrows every view to the site.
///
/// Its tab shows only for a province of several sites (`ViewID.shown`); its rows are
/// the province's `SiteSummary`s, derived once per reading.
struct SitesView: TableRoom {
    let id = ViewID.sites

    enum Filter: Int, ViewChoice {
        case all, silent
        func label(_ input: ViewInput) -> String {
            switch self {
            case .all: input.text(.filterAll)
            case .silent: input.text.province(.filterSilent)
            }
        }
    }

    enum Sort: Int, ViewChoice {
        case worst, name
        func label(_ input: ViewInput) -> String {
            switch self {
            case .worst: input.text.province(.sortWorst)
            case .name: input.text.province(.sortName)
            }
        }
    }

    /// A site with its place in the worst-first order.
    struct Row {
        let summary: SiteSummary
        let rank: Int
    }

    func filterLabels(_ input: ViewInput) -> [String] { Filter.labels(input) }
    func sortLabels(_ input: ViewInput) -> [String] { Sort.labels(input) }
    func presetSort(_ input: ViewInput) -> ColumnSort {
        Sort.chosenSort(input.state, id) == .worst ? ColumnSort(key: "state") : ColumnSort(key: "region")
    }
    func presetIncludes(_ input: ViewInput) -> (Row) -> Bool {
        let filter = Filter.chosenFilter(input.state, id)
        return { filter == .all || $0.summary.isStale }
    }

    func universe(_ input: ViewInput) -> [Row] {
        guard let situation = input.province?.situation else { return [] }
        let ranks = Dictionary(uniqueKeysWithValues: situation.worstFirst.enumerated().map { ($1.site, $0) })
        return situation.summaries.map { Row(summary: $0, rank: ranks[$0.site] ?? 0) }
    }

    func rowID(_ row: Row) -> RowID { .site(row.summary.site) }
    func searchText(_ row: Row) -> String { row.summary.name + "\u{1}" + row.summary.site }
    var tieKey: String { "region" }

    func fields(_ input: ViewInput) -> [TableField<Row>] {
        let text = input.text, now = input.now, narrowed = input.state.site
        let marker = String(input.glyphs.pointer)
        let elections = input.province?.situation.withoutDecreeByElection.map(\.election) ?? []
        func count(_ key: String, _ title: String, priority: Int, _ value: @escaping (SiteSummary) -> Int, alarm: Bool = false) -> TableField<Row> {
            TableField(spec: FieldSpec(key: key, title: title, priority: priority, minimum: max(5, DisplayWidth.of(title)), cap: 14,
                                       alignRight: true, cell: .number),
                       text: { String(value($0.summary)) }, role: { alarm && value($0.summary) > 0 ? .alertCritical : nil },
                       sort: { .number(-value($0.summary)) })
        }
        var fields: [TableField<Row>] = [
            // The site the lens narrowed to, marked.
            TableField(spec: FieldSpec(key: "mark", title: "", priority: 0, minimum: 1, cap: 1, exported: false),
                       text: { $0.summary.site == narrowed ? marker : "" }, role: { _ in .ok }),
            TableField(spec: FieldSpec(key: "region", title: text.province(.region), priority: 0, minimum: 12, cap: 28, shortening: .unit),
                       text: { $0.summary.name }),
            TableField(spec: FieldSpec(key: "state", title: text.province(.state), priority: 0, minimum: 8, cap: 10),
                       text: { $0.summary.isStale ? text.province(.silent) : text.province(.fine) },
                       role: { $0.summary.isStale ? .alertCritical : .muted }, sort: { .number($0.rank) }),
            TableField(spec: FieldSpec(key: "pushed", title: text.province(.lastPush), priority: 1, minimum: 12, cap: 14, cell: .dateTime),
                       text: { r in r.summary.pushedAt.map { text.pushedAgo(now.timeIntervalSince($0)) } ?? text.province(.never) },
                       role: { $0.summary.isStale ? .alertCritical : nil },
                       sort: { r in r.summary.pushedAt.map { .number(Int($0.timeIntervalSince1970)) } ?? .none },
                       export: { r in r.summary.pushedAt.map { ISO8601DateFormatter().string(from: $0) } ?? "" }),
            count("officers", text.province(.officers), priority: 2, \.officers),
            count("without_decree", text.province(.withoutDecree), priority: 1, \.candidatesWithoutDecree, alarm: true),
            count("overdue_requests", text.province(.overdueRequests), priority: 1, \.overdueRequests, alarm: true),
            count("overdue_cases", text.province(.overdueCases), priority: 1, \.overdueCases, alarm: true),
            count("critical", text.province(.critical), priority: 2, \.critical, alarm: true),
            TableField(spec: FieldSpec(key: "circular", title: text.province(.circular), priority: 3, minimum: 7, cap: 11, alignRight: true),
                       text: { r in r.summary.circular.map { "\($0.done)/\($0.due)" } ?? text(.none) },
                       sort: { r in r.summary.circular.map { .number($0.due == 0 ? 100 : $0.done * 100 / $0.due) } ?? .none }),
        ]
        // Per election, when there is more than one: a wide screen's extra columns.
        if elections.count > 1 {
            for election in elections {
                fields.append(count("without_decree:\(election)", text.withoutDecree(election: election), priority: 4,
                                    { s in s.withoutDecree.first { $0.election == election }?.count ?? 0 }))
            }
        }
        return fields
    }

    /// `Enter` on a site narrows every view to it and shows its overview.
    func open(_ id: RowID, state: inout UIState) -> Bool {
        guard case .site(let site) = id else { return false }
        state.narrow(to: site)
        state.switchView(to: .overview)
        return true
    }

    func detail(of id: RowID, _ input: ViewInput) -> Detail? { nil }

    /// Under the list: what Enter and w do.
    func listPlacement(in body: Rect, _ input: ViewInput) -> ListPlacement {
        ListPlacement(rect: Rect(x: body.x, y: body.y, width: body.width, height: max(1, body.height - 2)), hasHeading: true)
    }

    func draw(_ context: inout DrawContext, body: Rect, list: ListWindow) {
        guard let table = table(context.input) else { return }
        ListWidget.draw(&context, window: list, table: table, fresh: { _ in false }, changed: { _ in false })
        context.grid.put(" " + context.text.province(.enterNarrows), x: body.x, y: body.y + body.height - 1, role: .muted, maxWidth: body.width)
    }
}
