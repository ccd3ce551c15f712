import Foundation
import NetraCore

/// The words of the overview's *Sejak kemarin* line and its list.
extension UIText {
    /// The line's severity column: `BARU` / `NEW`.
    func changesWord() -> String { Message(en: "NEW", id: "BARU").text(language) }

    /// `Sejak kemarin` / `Sejak Sen 22 Mei 2023 16:05`.
    func changesSince(_ d: ChangesDigest, zone: TimeZone) -> String {
        if d.sinceYesterday { return Message(en: "Since yesterday", id: "Sejak kemarin").text(language) }
        let moment = Messages.journalMoment(d.since, zone: zone).text(language)
        return Message(en: "Since \(moment)", id: "Sejak \(moment)").text(language)
    }

    /// `Sejak kemarin: 2 kasus · 1 pensiun · 3 peringatan — Enter: daftar`.
    func changesLine(_ d: ChangesDigest, zone: TimeZone) -> String {
        let families: [(JournalEvent.Family, Message)] = [
            (.officers, Message(en: "officers", id: "pegawai")), (.retirements, Message(en: "retirements", id: "pensiun")),
            (.cases, Message(en: "cases", id: "kasus")), (.circulars, Message(en: "circulars", id: "edaran")),
            (.alerts, Message(en: "alerts", id: "peringatan")),
        ]
        let parts = families.compactMap { family, word in d.counts[family].map { "\($0) \(word.text(language))" } }
        return changesSince(d, zone: zone) + ": " + parts.joined(separator: " · ")
            + Message(en: " — Enter: the list", id: " — Enter: daftar").text(language)
    }
}
