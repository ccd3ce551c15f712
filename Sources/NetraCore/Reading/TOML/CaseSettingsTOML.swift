extension TOMLFiles {
    /// Reads `[cases]`: `ppk_days` and `forwarded_days`. A wrong value keeps its default.
    static func caseFollow(_ node: TOML.Node, _ doc: inout Document) -> CaseFollowSettings {
        var settings = CaseFollowSettings()
        guard let table = node.table else {
            doc.error(Messages.casesNotATable, line: node.line)
            return settings
        }
        let keys: [(String, WritableKeyPath<CaseFollowSettings, Int>, ClosedRange<Int>)] = [
            ("ppk_days", \.ppkDays, CaseFollowSettings.ppkRange),
            ("forwarded_days", \.forwardedDays, CaseFollowSettings.forwardedRange),
        ]
        doc.reportUnknownKeys(in: table, known: Set(keys.map(\.0)), place: Messages.inCases)
        for (key, path, range) in keys {
            guard let v = table[key] else { continue }
            if let n = v.integer, range.contains(n) { settings[keyPath: path] = n } else {
                doc.error(Messages.casesSetting(key, range), line: v.line)
            }
        }
        return settings
    }
}
