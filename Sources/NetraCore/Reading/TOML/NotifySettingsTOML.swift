extension TOMLFiles {
    /// Reads `[notify]`: `command`, `mail` (one address or a list), `timeout_seconds`,
    /// `daily_limit`. A wrong value is reported and leaves that part unset.
    static func notify(_ node: TOML.Node, _ doc: inout Document) -> NotifySettings {
        var settings = NotifySettings()
        guard let table = node.table else {
            doc.error(Messages.notifyNotATable, line: node.line)
            return settings
        }
        doc.reportUnknownKeys(in: table, known: ["command", "mail", "timeout_seconds", "daily_limit"], place: Messages.inNotify)
        if let v = table["command"] {
            if let text = v.string {
                switch ArgumentSplit.split(text) {
                case .success(let args):
                    settings.command = args
                    settings.commandLine = v.line
                case .failure(let problem): doc.error(Messages.notifyCommand(problem), line: v.line)
                }
            } else {
                doc.error(Messages.notifyCommand(.empty), line: v.line)
            }
        }
        if let v = table["mail"] {
            let addresses = v.string.map { [$0] } ?? v.array?.compactMap(\.string) ?? []
            if addresses.isEmpty { doc.error(Messages.notifyMail(""), line: v.line) }
            for address in addresses {
                if NotifySettings.isMailAddress(address) { settings.mail.append(address) } else { doc.error(Messages.notifyMail(address), line: v.line) }
            }
        }
        let keys: [(String, WritableKeyPath<NotifySettings, Int>, ClosedRange<Int>)] = [
            ("timeout_seconds", \.timeoutSeconds, NotifySettings.timeoutRange),
            ("daily_limit", \.dailyLimit, NotifySettings.dailyLimitRange),
        ]
        for (key, path, range) in keys {
            guard let v = table[key] else { continue }
            if let n = v.integer, range.contains(n) { settings[keyPath: path] = n } else {
                doc.error(Messages.wholeNumber(key, place: Messages.inNotify, range: range), line: v.line)
            }
        }
        return settings
    }
}

extension NotifySettings {
    /// `name@host`: one `@`, no spaces, controls, quotes or angle brackets — an
    /// address that cannot add a header line to the mail or an option to sendmail.
    public static func isMailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.hasPrefix("-"), text.utf8.count <= 254 else { return false }
        return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"<>\"'(),;:\\[]".unicodeScalars.contains($0) }
    }
}
