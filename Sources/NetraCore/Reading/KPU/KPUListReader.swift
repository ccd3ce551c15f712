/// Reads one KPU list, CSV text or a workbook's sheet made into CSV text, into its
/// entries. The kind of list, the party and the dapil come from the row's columns,
/// else from the file's name (`KPUFileName`); a list whose kind neither tells is left
/// out with a warning, since an alert would otherwise name the wrong list.
enum KPUListReader {
    /// The entries of the list stored as `path` (`kpu/DCS-….csv`, the name the user
    /// sees) and its problems, every one placed in that file.
    static func read(csv bytes: [UInt8], path: String) -> (entries: [KPUEntry], diagnostics: [Diagnostic], usable: Bool) {
        let fromName = KPUFileName(String(path.split(separator: "/").last ?? Substring(path)))
        var diagnostics: [Diagnostic] = []
        var entries: [KPUEntry] = []
        var table = CSVTable<KPUColumn>(file: .kpu)
        var kindless = 0
        var firstKindless: Int?
        var kinds = ParseCache<KPUListKind>()
        var sexes = ParseCache<ListedSex>()

        let (usable, problems) = table.read(bytes) { row, table in
            let name = row.text(table[.name])
            guard !name.isEmpty else { return }
            if name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                diagnostics.append(Diagnostic(.warning, .kpu, line: row.line, field: table[.name], Messages.controlCharacters(column: "nama")))
            }
            var kind = fromName.kind
            if !row.isBlank(table[.list]) {
                let id = row.internedID(table[.list])
                let raw = row.state.interner.string(id)
                if let k = kinds.value(for: id, parse: { KPUListKind.parse(raw) }) {
                    kind = k
                } else {
                    diagnostics.append(Diagnostic(.warning, .kpu, line: row.line, field: table[.list],
                                                  Messages.unknownValue(raw, column: "daftar", of: KPUListKind.self)))
                }
            }
            guard let kind else {
                kindless += 1
                if firstKindless == nil { firstKindless = row.line }
                return
            }
            func sex(_ index: Int?) -> ListedSex? {
                guard !row.isBlank(index) else { return nil }
                let id = row.internedID(index)
                let raw = row.state.interner.string(id)
                let parsed = sexes.value(for: id) { ListedSex.parse(raw) }
                if parsed == nil {
                    diagnostics.append(Diagnostic(.warning, .kpu, line: row.line, field: index, Messages.kpuUnknownSex(raw)))
                }
                return parsed
            }
            let party = row.isBlank(table[.party]) ? fromName.party : row.interned(table[.party])
            let district = row.isBlank(table[.district]) ? fromName.district : row.interned(table[.district])
            var entry = KPUEntry(file: path, line: row.line, kind: kind, number: row.text(table[.number]), name: name,
                                 sex: sex(table[.sex]), domicile: row.interned(table[.domicile]), party: party, district: district)
            entries.append(entry)
            let deputy = row.text(table[.deputy])
            if !deputy.isEmpty {
                entry.name = deputy
                entry.sex = sex(table[.deputySex])
                entry.isDeputy = true
                entries.append(entry)
            }
        }
        diagnostics += problems
        if kindless > 0 {
            diagnostics.append(Diagnostic(.warning, .kpu, line: firstKindless, Messages.kpuListKindUnknown(rows: kindless)))
        }
        let placed = diagnostics.map { d -> Diagnostic in
            var d = d
            d.location.path = path
            return d
        }.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        return (entries, placed, usable)
    }
}
