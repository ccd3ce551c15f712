/// Reads `kpu-review.csv` (or `.xlsx`/`.ods`): the office's verdicts on KPU matches.
/// A row names an officer (NIP), a list (its file name in `kpu/`) and the entry by
/// *nomor urut*, by the name as listed, or both; the verdict is `sama` or `bukan`.
/// Whether each row names an entry that is really there is checked once the lists
/// are read (`KPUCrossCheck`).
enum KPUReviewReader {
    static func read(_ bytes: [UInt8]) -> FileReading<KPUReview> {
        var diagnostics: [Diagnostic] = []
        var rows: [KPUReviewRow] = []
        var table = CSVTable<KPUReviewColumn>(file: .kpuReview)
        var verdicts = ParseCache<KPUVerdict>()
        let (usable, problems) = table.read(bytes) { row, table in
            func fail(_ message: Message, _ column: KPUReviewColumn) {
                diagnostics.append(Diagnostic(.warning, .kpuReview, line: row.line, field: table[column], message))
            }
            let rawNIP = row.text(table[.nip])
            let nip: NIP
            switch NIP.parse(rawNIP, employment: .pppk) {
            case .success(let n): nip = n
            case .failure(let problem): return fail(Messages.nip(problem, raw: rawNIP), .nip)
            }
            let list = row.text(table[.list])
            guard !list.isEmpty else { return fail(Messages.requiredValue("daftar"), .list) }
            let number = row.text(table[.number]), name = row.text(table[.name])
            guard !number.isEmpty || !name.isEmpty else { return fail(Messages.kpuReviewNoEntry, .number) }
            let id = row.internedID(table[.verdict])
            let raw = row.state.interner.string(id)
            guard let verdict = verdicts.value(for: id, parse: { KPUVerdict.parse(raw) }) else {
                return fail(Messages.unknownValue(raw, column: "putusan", of: KPUVerdict.self), .verdict)
            }
            rows.append(KPUReviewRow(nip: nip, list: list, number: number, name: name, verdict: verdict, line: row.line))
        }
        return FileReading(value: usable ? KPUReview(rows: rows) : nil, diagnostics: problems + diagnostics)
    }
}
