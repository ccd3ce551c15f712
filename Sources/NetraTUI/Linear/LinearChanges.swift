import Foundation
import NetraCore

/// What a reload changed, as one line (`Diperbarui: 1 kasus baru, NTR-2023-008`):
/// said once instead of a repaint. New and changed cases and officers come from the
/// model's own change marks (`DashboardModel.markChanges`), new alerts by their
/// subject, files kept back at their last good data by name.
enum LinearChanges {
    static func sentence(from old: DashboardModel, to new: DashboardModel, text: UIText) -> String {
        var newCases: [String] = [], changedCases: [String] = [], newOfficers: [String] = [], changedOfficers: [String] = []
        var newAlerts = 0
        let oldCases = Set(old.dataset.cases.map(\.id)), roster = old.dataset.roster
        for id in new.changedRows {
            switch id {
            case .case(let c): if oldCases.contains(c) { changedCases.append(c) } else { newCases.append(c) }
            case .officer(let nip):
                let name = new.dataset.roster[nip]?.displayName ?? nip.description
                if roster[nip] == nil { newOfficers.append(name) } else { changedOfficers.append(name) }
            case .alert: newAlerts += 1
            default: break
            }
        }
        var parts: [String] = []
        for (kind, names) in [(UIText.LinearChange.newCases, newCases), (.changedCases, changedCases), (.newOfficers, newOfficers),
                              (.changedOfficers, changedOfficers)] where !names.isEmpty {
            parts.append(text.linearChange(kind, count: names.count, names: names.sorted().map { UntrustedText.sanitized($0) }))
        }
        if newAlerts > 0 { parts.append(text.linearChange(.newAlerts, count: newAlerts, names: [])) }
        let broken = new.broken.map(\.file.fileName).filter { name in !old.broken.contains { $0.file.fileName == name } }
        if !broken.isEmpty { parts.append(text.linearChange(.broken, count: broken.count, names: broken.sorted())) }
        if let since = new.folderMissingSince, old.folderMissingSince == nil {
            let time = TimeText(zone: new.situation.zone, text: text)
            parts.append(SpokenText(text: text, zone: new.situation.zone).plain(
                text(.folderMissing).replacingOccurrences(of: "%@", with: time.time(since, seconds: true))))
        }
        return text.linearUpdated(parts)
    }
}
